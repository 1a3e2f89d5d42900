"""Route tab and step dialog, driven with the keyboard; meetings view. Fictional data only."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QPlainTextEdit, QRadioButton

from desktop.domain import model as m
from desktop.domain.route_records import StepRecord
from desktop.ui.case_view import CaseView
from desktop.ui.route_step_dialog import RouteStepDialog
from desktop.ui.route_tab import RouteTab

D0 = date(2026, 3, 2)
TODAY = date(2026, 3, 9)
SHOTS = "/work/main/shots"


@pytest.fixture
def routes(register):
    service = register.routes
    service.today = lambda: TODAY
    return service


def make_case(register) -> int:
    case = m.Case(forms={m.Form.LABOUR}, received_on=D0, observed_at=datetime(2026, 3, 1, 9),
                  reporter_department="Handhaving", observations="Matrassen in een loods.",
                  title="Overnachten in bedrijfspand")
    return register.cases.create(case).id


@pytest.fixture
def view(qtbot, register, routes):
    case_id = make_case(register)
    widget = CaseView(register, case_id)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.tabs.setCurrentWidget(widget.tab(RouteTab))
    yield widget
    tab = widget.tab(RouteTab)
    if tab.dialog is not None:
        tab.dialog.reject()


# --- keyboard helpers ----------------------------------------------------------------------------
def focus():
    return QApplication.focusWidget()


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = focus()
    assert target is not None, "no widget has keyboard focus"
    QTest.keyClick(target, key, modifier)


def tab_until(check, limit: int = 30) -> None:
    for _ in range(limit):
        if check(focus()):
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"focus never reached the wanted field (at {focus()!r})")


def type_ascii(text: str) -> None:
    QTest.keyClicks(focus(), text)


def open_dialog(qtbot, tab: RouteTab, step_id: str) -> RouteStepDialog:
    """Select ``step_id`` in the timeline with the arrow keys and press Enter."""
    tab.window().activateWindow()
    qtbot.waitUntil(tab.window().isActiveWindow)
    tab.timeline.setFocus()
    qtbot.waitUntil(lambda: focus() is tab.timeline)
    rows = tab.timeline.model_.rows
    wanted = next(i for i, r in enumerate(rows) if r.kind == "step" and r.key == step_id)
    press(Qt.Key.Key_Home)
    for _ in range(wanted):
        press(Qt.Key.Key_Down)
    assert tab.timeline.selected_row().key == step_id
    press(Qt.Key.Key_Return)
    dialog = tab.dialog
    assert isinstance(dialog, RouteStepDialog) and dialog.form.step.id == step_id
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focus() is not None and dialog.isAncestorOf(focus()))
    return dialog


def confirm(qtbot, tab: RouteTab, dialog: RouteStepDialog) -> None:
    messages = {k: e.text() for k, e in dialog.form.errors.items() if not e.isHidden()}
    assert dialog.ok_button.isEnabled(), (dialog.general.problems, messages)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None


def choose_option(index: int) -> None:
    """Focus is on the first radio button: arrow down ``index`` times, then Space."""
    assert isinstance(focus(), QRadioButton)
    for _ in range(index):
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Space)
    assert focus().isChecked()


def check_partner(title_part: str) -> None:
    """In the focused partner list: move to the partner and toggle it with Space."""
    partners = focus()
    press(Qt.Key.Key_Home)
    for _ in range(partners.count()):
        if title_part in partners.currentItem().text():
            press(Qt.Key.Key_Space)
            assert partners.currentItem().checkState() == Qt.CheckState.Checked
            return
        press(Qt.Key.Key_Down)
    raise AssertionError(title_part)


def fill_outcome(dialog: RouteStepDialog, text: str) -> None:
    tab_until(lambda w: w is dialog.form.outcome)
    type_ascii(text)


def leave_text_box() -> None:
    tab_until(lambda w: isinstance(w, QCheckBox | QRadioButton) or w.inherits("QPushButton"))


# --- the walk ----------------------------------------------------------------------------------
def test_keyboard_walk_west_friesland_from_signal_to_feedback(qtbot, view, register, routes):
    tab = view.tab(RouteTab)
    case_id = view.case_id
    assert tab.complete_button.text() == "Stap &afronden…"
    dialog = open_dialog(qtbot, tab, "signaal_opgepikt")
    assert isinstance(focus(), QPlainTextEdit)
    type_ascii("Matrassen gezien bij controle")
    leave_text_box()
    confirm(qtbot, tab, dialog)

    dialog = open_dialog(qtbot, tab, "af_geinformeerd")
    assert not dialog.ok_button.isEnabled()
    choose_option(0)
    assert dialog.form.next_group.checked() == ["verrijken"]
    confirm(qtbot, tab, dialog)

    dialog = open_dialog(qtbot, tab, "verrijken")
    tab_until(lambda w: w is dialog.form.free["geraadpleegde_bronnen"])
    type_ascii("BRP, KvK, handhaving")
    confirm(qtbot, tab, dialog)

    dialog = open_dialog(qtbot, tab, "lokaal_afstemmen")
    choose_option(0)  # vermoeden
    tab_until(lambda w: w is dialog.form.partners)
    check_partner("Politie (basisteam")
    fill_outcome(dialog, "Advies: inbrengen bij het RIEC")
    leave_text_box()
    confirm(qtbot, tab, dialog)

    dialog = open_dialog(qtbot, tab, "riec_regionaal")
    choose_option(0)  # signaal van mensenhandel
    tab_until(lambda w: w is dialog.form.partners)
    check_partner("RIEC")
    fill_outcome(dialog, "Inbrengen op het informatieplein")
    leave_text_box()
    confirm(qtbot, tab, dialog)

    dialog = open_dialog(qtbot, tab, "informatieplein")
    assert dialog.form.handover_group.checked() == ["riec"]  # handover_to: ticked by default
    fill_outcome(dialog, "Casus ingebracht")
    leave_text_box()
    confirm(qtbot, tab, dialog)
    assert [h.partner_id for h in routes.state(case_id).open_handovers] == ["riec"]

    dialog = open_dialog(qtbot, tab, "terugkoppeling_melder")
    choose_option(2)  # vervolg loopt
    assert "Meer kunnen wij er niet over zeggen" in dialog.form.message_text.text()
    confirm(qtbot, tab, dialog)
    assert register.cases.get(case_id).status == m.CaseStatus.WAITING

    close_handover_with_keyboard(qtbot, tab)
    dialog = open_dialog(qtbot, tab, "terugkoppeling_af")
    fill_outcome(dialog, "RIEC pakt het op")
    leave_text_box()
    confirm(qtbot, tab, dialog)

    steps = [r.step_id for r in routes.state(case_id).effective]
    assert steps == ["signaal_opgepikt", "af_geinformeerd", "verrijken", "lokaal_afstemmen",
                     "riec_regionaal", "informatieplein", "terugkoppeling_melder",
                     "terugkoppeling_af"]
    case = register.cases.get(case_id)
    assert (case.status, case.next_action) == (m.CaseStatus.IN_PROGRESS, "Afsluiten en bewaren")
    assert "in behandeling" in view.heading.text()  # the whole case view was reloaded


def close_handover_with_keyboard(qtbot, tab: RouteTab) -> None:
    table = tab.handovers.table
    tab.window().activateWindow()
    qtbot.waitUntil(tab.window().isActiveWindow)
    table.setFocus()
    qtbot.waitUntil(lambda: focus() is table)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Home)
    assert tab.handovers.close_button.isEnabled()
    press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Terugkoppeling &ontvangen…
    dialog = tab.dialog
    assert dialog is not None, (focus(), focus().text() if hasattr(focus(), "text") else "")
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focus() is dialog.summary)
    type_ascii("Besproken aan de regionale tafel")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None and dialog.saved.feedback_summary.startswith("Besproken")
