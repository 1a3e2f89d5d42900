"""Overleggen, issue 16: the selected case's linked cases are offered first, and a question
typed but not yet saved is never wiped by bringing in or choosing another case."""

from __future__ import annotations

from datetime import date

import pytest
from export_cases import rich_case
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.ui.case.case_tabs_common import current_key
from desktop.ui.meetings.meetings_view import MeetingsDialog


@pytest.fixture
def cases(register):
    made = [register.cases.create(rich_case()) for _ in range(3)]
    register.links.link(made[0].id, made[2].id, "zelfde adres")
    kind = register.meetings.kinds()[0].id
    register.meetings.plan(kind, date(2026, 3, 6))
    meeting_id = register.meetings.list()[0].id
    register.meetings.add_case(meeting_id, made[0].id)
    return made


@pytest.fixture
def agenda(qtbot, register, cases):
    dialog = MeetingsDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog.agenda
    dialog.reject()


def type_question(agenda, text: str) -> None:
    agenda.question.setFocus()
    agenda.question.selectAll()
    QTest.keyClicks(agenda.question, text)  # ASCII only: keyClicks aborts on other characters


def select_case(agenda, case_id: int) -> None:
    rows = [agenda.model.key(i) for i in range(agenda.model.rowCount())]
    agenda.table.selectRow(rows.index(case_id))


def result_texts(agenda) -> list[str]:
    return [agenda.results.item(i).text() for i in range(agenda.results.count())]


def test_linked_cases_are_offered_first(agenda, cases):
    first, other, linked = cases
    assert result_texts(agenda) == [f"{linked.number} · gekoppeld aan {first.number} (zelfde adres)"]
    agenda.search.setText(other.number)
    texts = result_texts(agenda)
    assert texts[0].startswith(linked.number) and texts[1].startswith(other.number)


def test_a_typed_question_survives_adding_and_choosing_cases(agenda, cases, register):
    first, other, linked = cases
    type_question(agenda, "Is het pand bekend?")
    agenda.results.setCurrentRow(0)  # the linked case
    QTest.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
    assert agenda.model.rowCount() == 2
    assert current_key(agenda.table) == linked.id  # the new case is selected for its question
    assert agenda.question.text() == ""
    type_question(agenda, "Wie kent de werkgever?")
    agenda.search.setText(other.number)
    agenda.results.setCurrentRow(agenda.results.count() - 1)
    QTest.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
    assert agenda.model.rowCount() == 3 and current_key(agenda.table) == other.id
    select_case(agenda, first.id)
    assert agenda.question.text() == "Is het pand bekend?"  # typed, unsaved, still there
    select_case(agenda, linked.id)
    assert agenda.question.text() == "Wie kent de werkgever?"
    QTest.mouseClick(agenda.save_button, Qt.MouseButton.LeftButton)
    meeting_id = register.meetings.list()[0].id
    saved = {r.case_id: r.question for r in register.meetings.cases(meeting_id)}
    assert saved[linked.id] == "Wie kent de werkgever?" and saved[first.id] == ""
    assert current_key(agenda.table) == linked.id
