"""Acute: guidance at once (never blocking), calls recorded, minor + sexual exploitation."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

from datetime import datetime, timedelta

from case_helpers import fill_line, fill_minimal_signal, workspace  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from desktop.domain import model as m


def test_acute_tick_shows_guidance_at_once_and_records_call(workspace, register):
    workspace.set_register(register)
    workspace.new_signal()
    intake = workspace.intake
    panel = intake.acute
    assert panel.guidance.isHidden()
    assert panel.acute.hasFocus()  # first thing on the page, never scrolled away
    QTest.keyClick(panel.acute, Qt.Key.Key_Space)
    assert not panel.guidance.isHidden()
    for number in ("112", "0900-8844", "0800-2000"):
        assert number in panel.numbers.text()
    assert not QApplication.activeModalWidget() and not workspace.findChildren(QDialog)
    assert panel.called_at.text()  # "now" is prefilled
    fill_line(panel.called_by, "F. de Wit")
    panel.record_button.click()
    assert panel.calls.count() == 1 and "F. de Wit" in panel.calls.item(0).text()

    fill_minimal_signal(intake)  # the form stays usable
    assert intake.save()
    case = register.cases.get(workspace.case_view.case_id)
    assert case.acute is True
    assert [(c.service, c.called_by) for c in case.acute_calls] == [("112", "F. de Wit")]
    assert abs(case.acute_calls[0].called_at - datetime.now()) < timedelta(minutes=2)


def test_call_time_in_future_is_refused_next_to_field(workspace, register):
    workspace.set_register(register)
    workspace.new_signal()
    panel = workspace.intake.acute
    panel.acute.click()
    future = (datetime.now() + timedelta(days=2)).strftime("%d-%m-%Y %H:%M")
    fill_line(panel.called_at, future)
    assert panel.record_call() is False
    assert "toekomst" in panel.called_at.error_text()
    assert panel.calls.count() == 0


def test_minor_with_sexual_exploitation_shows_guidance(workspace, register):
    workspace.set_register(register)
    workspace.new_signal()
    intake = workspace.intake
    intake.signal.minor.buttons[m.TriState.YES].click()
    assert intake.acute.guidance.isHidden()
    intake.signal.form_boxes[m.Form.SEXUAL].click()
    assert not intake.acute.guidance.isHidden()
    assert not intake.acute.minor_note.isHidden()
    intake.signal.minor.buttons[m.TriState.NO].click()
    assert intake.acute.guidance.isHidden()
