"""Issue 16, "wrong records": no invented 00:00, BRP/BAG address figures can be filled in."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

from datetime import datetime

from case_helpers import fill_line, fill_minimal_signal, workspace  # noqa: F401
from PySide6.QtWidgets import QLabel

from desktop.ui.case.case_tabs_signal import SignalTab
from desktop.ui.intake.intake import IntakePage


def open_intake(ws, register):
    ws.set_register(register)
    ws.new_signal()
    return ws.intake


def test_no_time_entered_shows_no_time_anywhere(workspace, register, qtbot):
    intake = open_intake(workspace, register)
    fill_minimal_signal(intake)
    fill_line(intake.signal.observed_time, "")
    assert intake.save()
    [summary] = register.cases.search("balie", 5)
    stored = register.cases.get(summary.id)
    assert stored.observed_at == datetime(2026, 3, 1, 0, 0)
    workspace.open_case(stored.id)
    tab = workspace.case_view.tab(SignalTab)
    texts = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert "01-03-2026" in texts and "00:00" not in texts
    editing = IntakePage(register, stored)  # editing again: the time field stays empty
    qtbot.addWidget(editing)
    assert editing.signal.observed_time.text() == ""
    editing.detach()


def test_brp_and_bag_figures_are_filled_in_the_intake(workspace, register):
    intake = open_intake(workspace, register)
    fill_minimal_signal(intake)
    intake.lists["addresses"].add_button.click()
    row = intake.lists["addresses"].rows[0]
    fill_line(row.fields["street"], "Kerkstraat")
    fill_line(row.fields["number"], "12")
    fill_line(row.fields["brp_registered_count"], "14")
    fill_line(row.fields["bag_floor_area_m2"], "60")
    assert intake.save()
    [summary] = register.cases.search("kerkstraat", 5)
    [address] = register.cases.get(summary.id).addresses
    assert (address.brp_registered_count, address.bag_floor_area_m2) == (14, 60)


def test_afdeling_melder_offers_the_municipal_list(workspace, register):
    from desktop.services.defaults import department_choices, seen_by_for_department

    intake = open_intake(workspace, register)
    field = intake.signal.department
    assert field.choices() == department_choices(register)
    handhaving = next(c for c in field.choices() if c.startswith("Handhaving"))
    field.combo.setCurrentIndex(field.combo.findText(handhaving))
    field.combo.activated.emit(field.combo.currentIndex())
    assert field.text() == handhaving and field.error_text() == ""
    assert seen_by_for_department(handhaving) == "handhaving"  # checklists follow it
