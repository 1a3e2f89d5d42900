"""Intake keyboard use (issue 16): the full Tab chain, radio groups, the view follows the focus."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

from case_helpers import workspace  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain import model as m


def focus():
    return QApplication.focusWidget()


def tab(times: int = 1, back: bool = False) -> None:
    for _ in range(times):
        key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
        QTest.keyClick(focus(), key)


def open_intake(ws, register, qtbot):
    ws.set_register(register)
    ws.new_signal()
    intake = ws.intake
    ws.window().activateWindow()
    qtbot.waitUntil(ws.window().isActiveWindow)
    for record_list in intake.lists.values():
        record_list.add_row()
    qtbot.waitUntil(lambda: all(r.rows[0].isVisible() for r in intake.lists.values()))
    intake.acute.acute.setFocus()
    qtbot.waitUntil(lambda: focus() is intake.acute.acute)
    return intake


def walk(limit: int = 200) -> list:
    """Tab from the current widget until the focus comes back to it."""
    start, seen = focus(), []
    for _ in range(limit):
        tab()
        if focus() is start:
            return seen
        seen.append(focus())
    raise AssertionError("the Tab chain never came back to where it started")


def test_tab_reaches_every_part_of_the_intake_in_reading_order(workspace, register, qtbot):
    intake = open_intake(workspace, register, qtbot)
    s = intake.signal
    chain = walk()
    lists = intake.lists
    wanted = [s.observed_date.edit, s.observed_time.edit, s.how, s.received.edit,
              s.signal_type.buttons[m.SignalType.PERSON], s.department.combo, s.function.edit,
              s.reporter_name.edit, s.title_field.edit, s.observations,
              *s.form_boxes.values(), s.minor.buttons[m.TriState.UNKNOWN]]
    for record_list in lists.values():
        row = record_list.rows[0]
        wanted += [f.inner for f in row.fields.values()] + [row.remove_button,
                                                            record_list.add_button]
    wanted += [intake.save_button, intake.close_button]
    positions = [chain.index(w) for w in wanted]  # ValueError: never reached by Tab
    assert positions == sorted(positions), "Tab order does not follow the form"
    # radio groups: one stop per group, on the checked option
    assert s.minor.buttons[m.TriState.YES] not in chain
    assert s.signal_type.buttons[m.SignalType.LOCATION] not in chain


def test_tab_into_a_radio_group_lands_on_the_checked_option(workspace, register, qtbot):
    intake = open_intake(workspace, register, qtbot)
    s = intake.signal
    s.received.edit.setFocus()
    s.signal_type.set_value(m.SignalType.LOCATION)
    qtbot.waitUntil(lambda: focus() is s.received.edit)
    tab()
    assert focus() is s.signal_type.buttons[m.SignalType.LOCATION]
    QTest.keyClick(focus(), Qt.Key.Key_Left)  # arrows move within the group
    assert s.signal_type.value() == m.SignalType.PERSON
    tab()
    assert focus() is s.department.combo


def test_adding_a_row_scrolls_it_into_view_and_tab_reaches_save(workspace, register, qtbot):
    intake = open_intake(workspace, register, qtbot)
    identifiers = intake.lists["identifiers"]
    identifiers.add_button.click()
    row = identifiers.rows[-1]
    qtbot.waitUntil(lambda: focus() is row.fields["kind"].inner and row.isVisible())
    viewport = intake.scroll.viewport()
    inner = row.fields["kind"].inner

    def in_view() -> bool:
        return viewport.rect().contains(inner.mapTo(viewport, inner.rect().topLeft()))

    qtbot.waitUntil(in_view, timeout=2000)  # the view follows the focus one event later
    names = []
    for _ in range(9):  # value, person, remove, add, (attachment buttons), Opslaan
        tab()
        names.append(focus().accessibleName())
        if focus() is intake.save_button:
            break
    assert focus() is intake.save_button, names
    assert names[:4] == ["Kenmerk 2: Nummer, kenteken of adres", "Kenmerk 2: Hoort bij (persoon)",
                         "Kenmerk 2 verwijderen", "+ Kenmerk toevoegen"]


def test_the_help_names_the_alt_letters_the_add_buttons_really_have(workspace, register, qtbot):
    import re

    from desktop.resources import resource_path

    help_text = resource_path("help/werkwijze.html").read_text(encoding="utf-8")
    documented = re.search(r"Alt\+(\w) / Alt\+(\w) / Alt\+(\w) / Alt\+(\w)", help_text).groups()
    intake = open_intake(workspace, register, qtbot)
    actual = tuple(re.search(r"&(\w)", intake.lists[name].add_button.text()).group(1).upper()
                   for name in ("persons", "addresses", "organisations", "identifiers"))
    assert actual == documented
