"""Route tab and step dialog, driven with the keyboard; meetings view. Fictional data only."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QPlainTextEdit, QRadioButton, QWidget

from desktop.domain import model as m
from desktop.domain.route_records import StepRecord
from desktop.ui.case.case_view import CaseView
from desktop.ui.route.route_step_dialog import RouteStepDialog
from desktop.ui.route.route_tab import RouteTab
from desktop.ui.shell import theme

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
    styled(widget)
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


def styled(widget) -> None:
    """The app's palette and stylesheet (roles: heading, hint, error) on this widget only;
    dialogs parented to it inherit them."""
    widget.setPalette(theme.palette(False))
    widget.setStyleSheet(theme.stylesheet(False))


def shoot(qtbot, widget, name: str) -> None:
    qtbot.wait(150)  # let layouts settle (the step dialog grows with its messages)
    widget.grab().save(f"{SHOTS}/{name}.png")


# --- keyboard helpers ----------------------------------------------------------------------------
def focus():
    return QApplication.focusWidget()


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = focus()
    assert target is not None, "no widget has keyboard focus"
    QTest.keyClick(target, key, modifier)


def alt(widget, key) -> None:
    """Alt+letter on the window (that is where Qt looks up mnemonics)."""
    QTest.keyClick(widget.window().windowHandle(), key, Qt.KeyboardModifier.AltModifier)


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
    assert [k for k, e in dialog.form.errors.items() if not e.isHidden()] == []  # untouched
    choose_option(0)
    assert dialog.form.next_group.checked() == ["verrijken"]
    confirm(qtbot, tab, dialog)

    dialog = open_dialog(qtbot, tab, "verrijken")
    tab_until(lambda w: w is dialog.form.free["geraadpleegde_bronnen"])
    type_ascii("BRP, KvK, handhaving")
    confirm(qtbot, tab, dialog)

    dialog = open_dialog(qtbot, tab, "wegen")
    choose_option(1)  # vermoeden
    tab_until(lambda w: w is dialog.form.free["weging"])
    type_ascii("Matrassen en busje samen")
    tab_until(lambda w: isinstance(w, QCheckBox) and w.text().replace("&", "").startswith("Reg"))
    press(Qt.Key.Key_Space)  # registration at the ZVH later, not in this walk
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
    choose_option(1)  # doorgegeven, vervolg loopt
    assert "Meer mogen wij er niet over zeggen" in dialog.form.message_text.text()
    confirm(qtbot, tab, dialog)
    assert register.cases.get(case_id).status == m.CaseStatus.WAITING

    close_handover_with_keyboard(qtbot, tab)
    dialog = open_dialog(qtbot, tab, "terugkoppeling_af")
    fill_outcome(dialog, "RIEC pakt het op")
    leave_text_box()
    confirm(qtbot, tab, dialog)

    steps = [r.step_id for r in routes.state(case_id).effective]
    assert steps == ["signaal_opgepikt", "af_geinformeerd", "verrijken", "wegen", "lokaal_afstemmen",
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
    alt(tab, Qt.Key.Key_O)  # Terugkoppeling &ontvangen…
    qtbot.waitUntil(lambda: tab.dialog is not None)  # a mnemonic clicks after a short delay
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focus() is dialog.summary)
    type_ascii("Besproken aan de regionale tafel")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None and dialog.saved.feedback_summary.startswith("Besproken")


# --- mid-way: parallel handovers, suggestions, consent, flags ------------------------------------
def rec(step_id: str, on: date = D0, **kw) -> StepRecord:
    return StepRecord(step_id, on, kw.pop("decision", ""), kw.pop("contacted", ""), "", None,
                      kw.pop("outcome", ""), kw.pop("next_steps", []), kw.pop("fields", {}),
                      datetime.min, "")


def midway(routes, case_id: int) -> None:
    routes.complete_step(case_id, rec("signaal_opgepikt", next_steps=["af_geinformeerd"]))
    routes.complete_step(case_id, rec("af_geinformeerd", decision="mogelijk_mensenhandel",
                                      next_steps=["verrijken"]))
    routes.complete_step(case_id, rec("verrijken", on=date(2026, 3, 4),
                                      fields={"geraadpleegde_bronnen": "BRP"},
                                      next_steps=["wegen"]))
    routes.complete_step(case_id, rec("wegen", on=date(2026, 3, 4), decision="vermoeden",
                                      fields={"weging": "Combinatie van signalen"},
                                      next_steps=["lokaal_afstemmen"]))
    routes.set_flags(case_id, organised_element=True, victim_needs_care=True)
    routes.start_handover(case_id, "arbeidsinspectie", "lokaal_afstemmen")


def test_route_tab_midway_with_parallel_handovers(qtbot, view, register, routes):
    routes.today = lambda: date(2026, 3, 20)  # the reporter feedback (due 16-03) is overdue
    midway(routes, view.case_id)
    view.reload()
    tab = view.tab(RouteTab)
    spoken = [r.spoken() for r in tab.timeline.model_.rows]
    assert spoken[0] == "✓ afgerond – 2. Signaal opgepikt – afgerond op 02-03-2026"
    assert spoken[4].startswith("● huidig – 6. Lokaal ondermijningsoverleg")
    assert "⇄ overdracht loopt – Overdracht aan Nederlandse Arbeidsinspectie" in spoken[5]
    assert "○ open – 7. RIEC / regionale ondermijningstafel" in spoken
    feedback = next(s for s in spoken if "Terugkoppeling aan de melder" in s)
    assert "TE LAAT – streefdatum 07-03-2026 (13 dagen over tijd)" in feedback
    assert "TE LAAT" in tab.status_line.text()
    rows = {p: r for p, r in tab.handovers.rows.items() if r.isVisibleTo(tab)}
    assert [r.partner_id for r in tab.handovers.visible_rows()] == [
        "arbeidsinspectie", "fairwork", "zorgcoordinator", "zvh", "riec"]  # branch-rule order
    assert rows["zorgcoordinator"].button.text() == "Toestemming vastleggen…"
    assert rows["zorgcoordinator"].blocked.text().startswith("Toestemming van betrokkene")
    assert not rows["arbeidsinspectie"].button.isEnabled()  # already running
    rows["riec"].button.click()  # start the RIEC handover next to the NLA one
    dialog = tab.dialog
    assert dialog.partner.currentData() == "riec" and dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert [h.partner_id for h in routes.state(view.case_id).open_handovers] == [
        "arbeidsinspectie", "riec"]
    assert tab.handovers.model.rowCount() == 2
    shoot(qtbot, view, "route_tab_midway")


def test_consent_from_a_blocked_suggestion_unblocks_the_zorgcoordinator(qtbot, view, routes):
    midway(routes, view.case_id)
    view.reload()
    tab = view.tab(RouteTab)
    tab.handovers.rows["zorgcoordinator"].button.click()
    dialog = tab.dialog
    assert not dialog.ok_button.isEnabled()
    assert dialog.problems.text().startswith("Nog nodig")
    dialog.status_buttons[m.ConsentStatus.GIVEN].setChecked(True)
    assert "Reikwijdte ontbreekt" in dialog.problems.text()
    dialog.scope.setText("Zorgcoördinator: naam en contact")
    dialog.form.setCurrentIndex(dialog.form.findData(m.ConsentForm.WRITTEN.value))
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert "gegeven" in tab.consent.status.text()
    assert tab.handovers.rows["zorgcoordinator"].button.text() == "Starten"


def test_flags_are_saved_and_change_the_suggestions(qtbot, view, register):
    tab = view.tab(RouteTab)
    assert not tab.handovers.rows["pct"].isVisibleTo(tab)
    tab.flags.boxes["prostitution_setting"].click()
    assert register.cases.get(view.case_id).prostitution_setting
    assert tab.handovers.rows["pct"].isVisibleTo(tab)
    assert "Prostitutie Controle Team" in tab.handovers.rows["pct"].text.text()


def test_missing_fields_show_after_a_save_attempt_without_moving_controls(qtbot, view, register,
                                                                         routes):
    midway(routes, view.case_id)
    view.reload()
    tab = view.tab(RouteTab)
    tab.open_step("lokaal_afstemmen")
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    shown = lambda: {k: e.text() for k, e in dialog.form.errors.items() if not e.isHidden()}  # noqa: E731
    assert shown() == {} and dialog.general.isHidden()  # no red errors before the first touch
    police = dialog.form.partners
    before = police.mapTo(dialog, police.rect().topLeft())
    dialog.ok_button.click()  # validate on save: every message appears, nothing is stored
    assert shown() == {"decision": "⚠ Besluit ontbreekt",
                       "contacted": "⚠ Overleg of gecontacteerde partner ontbreekt",
                       "outcome": "⚠ Advies of afspraken ontbreekt"}
    assert dialog.isVisible() and routes.state(view.case_id).record_for("lokaal_afstemmen") is None
    qtbot.wait(50)
    assert police.mapTo(dialog, police.rect().topLeft()) == before  # the space was reserved
    dialog.form.option_buttons["onvoldoende_informatie"].setChecked(True)
    assert dialog.form.row_visible("review")
    assert dialog.form.review_on.text() == "06-04-2026"  # completed 09-03 + 28 days
    dialog.form.partners.set_checked({"zorgcoordinator"})
    assert dialog.consent_button.isVisible()
    assert "Toestemming van betrokkene" in dialog.form.errors["contacted"].text()
    shoot(qtbot, dialog, "route_step_dialog")
    dialog.form.partners.set_checked({"politie"})
    dialog.form.outcome.setPlainText("Meer informatie nodig van de wijkagent")
    assert shown() == {} and not dialog.consent_button.isVisible()
    dialog.ok_button.click()
    state = routes.state(view.case_id)
    assert state.activations["verrijken"].review_on == date(2026, 4, 6)
    assert tab.timeline.model_.rows[2].state == "current"  # verrijken is current again


def test_correcting_a_step_from_the_timeline_keeps_history(qtbot, view, register, routes):
    midway(routes, view.case_id)
    view.reload()
    tab = view.tab(RouteTab)
    dialog = open_dialog(qtbot, tab, "verrijken")  # done: Enter opens the correction
    assert dialog.windowTitle() == "Stap corrigeren"
    field = dialog.form.free["geraadpleegde_bronnen"]
    assert field.text() == "BRP"
    tab_until(lambda w: w is field)
    press(Qt.Key.Key_End)
    type_ascii(" en KvK")
    confirm(qtbot, tab, dialog)
    history = routes.history(view.case_id)
    verrijken = [(h.record.fields["geraadpleegde_bronnen"], h.superseded) for h in history
                 if h.record.step_id == "verrijken"]
    assert verrijken == [("BRP", True), ("BRP en KvK", False)]
    assert register.audit_entries(case_id=view.case_id, action="routestap_gecorrigeerd")


def test_intervention_added_and_effect_recorded_later(qtbot, view, register, routes):
    tab = view.tab(RouteTab)
    tab.interventions.add_button.click()
    dialog = tab.dialog
    assert not dialog.ok_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(m.InterventionKind.FISCAL.value))
    dialog.description.setText("Naheffing loonbelasting")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert tab.interventions.model.rowCount() == 1
    tab.interventions.table.selectRow(0)
    tab.interventions.edit_button.click()
    dialog = tab.dialog
    dialog.effect.setPlainText("Bedrijf failliet verklaard")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.dialog is None)
    [item] = register.cases.get(view.case_id).interventions
    assert (item.kind, item.effect, item.step_id) == (
        m.InterventionKind.FISCAL, "Bedrijf failliet verklaard", "signaal_opgepikt")


# --- accessibility --------------------------------------------------------------------------------
def _visible_inputs(root):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    kinds = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(root)
            and w.window() is root.window() and type(w).__name__ not in ("QHeaderView",)
            and not (w.parentWidget() and w.parentWidget().inherits("QComboBox"))
            and not w.inherits("QTabBar")]


def _mnemonics(root) -> list[str]:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    for w in root.findChildren(QWidget):
        shown = w.isVisibleTo(root) and w.window() is root.window()
        if isinstance(w, QAbstractButton | QLabel) and shown:
            hit = re.search(r"&(\w)", w.text().replace("&&", ""))
            found += [hit.group(1).lower()] if hit else []
    return found


def test_every_input_named_and_mnemonics_unique(qtbot, view, routes):
    midway(routes, view.case_id)
    view.reload()
    tab = view.tab(RouteTab)
    unnamed = [w for w in _visible_inputs(tab) if not w.accessibleName().strip()
               and not w.inherits("QScrollBar")]
    assert unnamed == []
    letters = _mnemonics(view)
    assert sorted({x for x in letters if letters.count(x) > 1}) == []
    tab.open_step("lokaal_afstemmen")
    dialog = tab.dialog
    assert [w for w in _visible_inputs(dialog) if not w.accessibleName().strip()
            and not w.inherits("QScrollBar")] == []
    letters = _mnemonics(dialog)
    assert sorted({x for x in letters if letters.count(x) > 1}) == []


def test_timeline_rows_without_widgets(routes, register):
    case_id = make_case(register)
    from desktop.ui.route.route_timeline import timeline_rows

    state = routes.state(case_id, today=D0 + timedelta(days=2))
    rows = timeline_rows(state, state.today)
    assert [(r.key, r.state, r.overdue) for r in rows][:2] == [
        ("signaal_opgepikt", "current", True), ("af_geinformeerd", "open", False)]
    assert all(r.key not in ("acuut", "meldcode") for r in rows)  # branches that do not apply


# --- consultation tables --------------------------------------------------------------------------
@pytest.fixture
def meetings_dialog(qtbot, register, routes):
    from desktop.ui.meetings.meetings_view import open_meetings

    parent = QWidget()
    styled(parent)
    qtbot.addWidget(parent)
    dialog = open_meetings(parent, register)
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog.agenda.dialog is not None:
        dialog.agenda.dialog.reject()
    dialog.reject()


def test_meetings_view_plans_brings_in_and_completes_the_step(qtbot, meetings_dialog, register,
                                                              routes, monkeypatch):
    view = meetings_dialog
    case_id = make_case(register)
    midway(routes, case_id)
    other = make_case(register)
    number = register.cases.get(case_id).number
    assert view.kind.count() == 3 and view.kind.currentData() == "lokaal_ondermijningsoverleg"
    view.held_on.set_text("06-03-2026")
    view.plan_button.click()
    assert [r.kind for r in register.meetings.list()] == ["lokaal_ondermijningsoverleg"]
    meeting_id = register.meetings.list()[0].id
    agenda = view.agenda
    agenda.search.setText(number)
    assert agenda.results.count() == 1
    agenda.add_button.click()
    agenda.search.setText(register.cases.get(other).number)
    agenda.add_button.click()
    assert agenda.model.rowCount() == 2 and view.model.data(view.model.index(0, 2)) == "2"
    agenda.table.selectRow(0)
    agenda.question.setText("Is het pand bekend bij de partners?")
    agenda.names.setChecked(True)
    agenda.save_button.click()
    row = register.meetings.cases(meeting_id)[0]
    assert (row.case_id, row.question, row.names_allowed) == (
        case_id, "Is het pand bekend bij de partners?", True)
    exported = []
    monkeypatch.setattr("desktop.ui.meetings.meetings_agenda.open_agenda_export",
                        lambda parent, reg, ids, *_rest, **_kw: exported.append(ids))
    agenda.agenda_button.click()
    assert exported == [[case_id, other]]
    view.resize(1366, 768)
    shoot(qtbot, view, "meetings_view")

    agenda.table.selectRow(0)
    agenda.agree_button.click()
    step = agenda.dialog
    assert isinstance(step, RouteStepDialog) and step.form.step.id == "lokaal_afstemmen"
    assert step.form.meeting.currentData() == "lokaal_ondermijningsoverleg"
    assert step.form.meeting_on.text() == "06-03-2026"
    step.form.option_buttons["vermoeden"].setChecked(True)
    step.form.outcome.setPlainText("Politie en RIEC pakken het samen op")
    assert step.ok_button.isEnabled()
    step.ok_button.click()
    assert register.meetings.cases(meeting_id)[0].agreed == "Politie en RIEC pakken het samen op"
    record = routes.state(case_id).record_for("lokaal_afstemmen")
    assert (record.meeting, record.meeting_on) == ("lokaal_ondermijningsoverleg", date(2026, 3, 6))
    assert agenda.model.data(agenda.model.index(0, 4)) == "Politie en RIEC pakken het samen op"

    agenda.table.selectRow(1)  # the other case is not at that step: only the agreement is kept
    agenda.agree_button.click()
    plain = agenda.dialog
    assert plain.windowTitle() == "Afspraak vastleggen"
    plain.text.setPlainText("Eerst verrijken")
    plain.ok_button.click()
    assert register.meetings.cases(meeting_id)[1].agreed == "Eerst verrijken"
    assert routes.state(other).done_steps == []


def test_meetings_view_closes_when_the_register_locks(qtbot, meetings_dialog, register):
    register.lock()
    assert not meetings_dialog.isVisible()
    assert meetings_dialog.model.rowCount() == 0


def test_after_completing_a_step_the_following_step_is_selected(qtbot, view, register, routes):
    """Issue 16: not the most urgent step (the reporter feedback) but the one that follows."""
    midway(routes, view.case_id)
    view.reload()
    tab = view.tab(RouteTab)
    dialog = open_dialog(qtbot, tab, "lokaal_afstemmen")
    choose_option(0)  # vermoeden
    tab_until(lambda w: w is dialog.form.partners)
    check_partner("Politie (basisteam")
    fill_outcome(dialog, "Advies: inbrengen bij het RIEC")
    leave_text_box()
    followers = dialog.form.next_group.checked()
    confirm(qtbot, tab, dialog)
    state = routes.state(view.case_id)
    assert state.next_step not in followers  # the urgent one is elsewhere
    assert tab.timeline.selected_row().key == followers[0]
