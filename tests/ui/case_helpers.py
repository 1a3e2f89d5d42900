"""Shared pieces for the case-work GUI tests (engineer B). Fictional data only."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.domain import model as m
from desktop.ui.shell.workspace import CaseWorkspace


@pytest.fixture
def workspace(qtbot):
    """A shown CaseWorkspace; cleared (timers, drafts, register reference) before the register
    fixture closes the database."""
    ws = CaseWorkspace()
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    yield ws
    ws.clear()


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user, also non-ASCII (qtbot.keyClicks aborts on it)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def fill_line(field, text: str) -> None:
    """Replace a LineField's text through real key events."""
    edit: QLineEdit = field.edit
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def stored_case(register, **overrides) -> m.Case:
    """A valid case stored directly through the service (fictional)."""
    case = m.Case(
        forms={m.Form.LABOUR}, received_on=date(2026, 3, 2),
        observed_at=datetime(2026, 3, 1, 9, 15), reporter_department="Handhaving",
        reporter_function="toezichthouder", observations="Veel matrassen in een bedrijfspand.",
        title="Overnachten in bedrijfspand",
    )
    for key, value in overrides.items():
        setattr(case, key, value)
    from route_state_helpers import create_with_route_state

    return create_with_route_state(register, case)


def fill_minimal_signal(intake) -> None:
    """The required signal fields of an intake page, typed as a user would."""
    s = intake.signal
    fill_line(s.department, "Burgerzaken")
    fill_line(s.observed_date, "01-03-2026")
    fill_line(s.observed_time, "10:30")
    s.observations.setFocus()
    type_text(s.observations, "Groep aan de balie met een woordvoerder.")
    s.form_boxes[m.Form.LABOUR].click()
