"""Case list (issue 16): a Titel column, 'Gevonden op' while searching, the unsaved draft as first row."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

from case_helpers import stored_case, type_text, workspace  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.domain import model as m
from desktop.services.demo import fill
from desktop.ui.case.case_table_model import (
    COL_FOUND,
    COL_NUMBER,
    COL_STATUS,
    COL_TITLE,
    PAGE_SIZE,
    REASON_BLOCK,
    CaseIdRole,
    DraftRole,
)
from desktop.ui.intake.intake_draft import NEW_CASE_KEY


def _search(ws, qtbot, text):
    type_text(ws.list.search, text)
    ws.list._apply_filters()  # skip the debounce


def test_title_column_shows_the_case_title(workspace, register):
    case = stored_case(register, title="Overbewoning Fictieweg")
    workspace.set_register(register)
    model = workspace.list.model
    assert model.headerData(COL_TITLE, Qt.Orientation.Horizontal) == "Titel"
    assert model.index(0, COL_TITLE).data() == "Overbewoning Fictieweg"
    assert model.index(0, COL_NUMBER).data() == case.number
    assert "Overbewoning" not in workspace.window().windowTitle()
    assert not workspace.list.view.isColumnHidden(COL_TITLE)


def test_search_says_why_each_hit_matched(workspace, register, qtbot):
    a = stored_case(register, title="Overbewoning", persons=[m.Person(name="Ștefan Țurcanu")])
    b = stored_case(register, title="Uitzendbureau", observations="Een Turcanu belde.",
                    addresses=[m.Address(street="Fictieweg", number="7", postcode="9999 XB")],
                    identifiers=[m.Identifier(kind=m.IdentifierKind.PHONE, value="06 12 34 56 78")])
    workspace.set_register(register)
    view, model = workspace.list.view, workspace.list.model
    assert view.isColumnHidden(COL_FOUND)  # no search: no column
    _search(workspace, qtbot, "turcanu")
    assert not view.isColumnHidden(COL_FOUND)
    assert view.horizontalHeader().visualIndex(COL_FOUND) == view.horizontalHeader().visualIndex(COL_TITLE) + 1
    found = {model.index(r, 0).data(CaseIdRole): model.index(r, COL_FOUND).data() for r in range(model.rowCount())}
    assert found == {a.id: "naam Ștefan Țurcanu", b.id: "signaaltekst"}
    workspace.list.search.clear()
    _search(workspace, qtbot, "06 12 34 56 78")
    assert model.rowCount() == 1
    assert model.index(0, COL_FOUND).data() == "telefoonnummer 06 12 34 56 78"
    workspace.list.search.clear()
    _search(workspace, qtbot, "fictieweg")
    assert model.index(0, COL_FOUND).data() == "adres Fictieweg 7"
    workspace.list.search.clear()
    _search(workspace, qtbot, b.number)
    assert model.index(0, COL_FOUND).data(Qt.ItemDataRole.ToolTipRole) == "zaaknummer"
    workspace.list.search.clear()
    workspace.list._apply_filters()
    assert view.isColumnHidden(COL_FOUND)


def test_reasons_are_computed_per_block_of_rows_shown(workspace, register):
    fill(register, PAGE_SIZE + 30, seed=5)
    workspace.set_register(register)
    model = workspace.list.model
    workspace.list.search.setText("20")  # every case number: more than one page of hits
    workspace.list._apply_filters()
    assert model.rowCount() > PAGE_SIZE
    assert model.reason_pages_computed <= 1  # at most the painted first page
    assert model.index(0, COL_FOUND).data()
    assert model.reason_pages_computed == 1
    assert model.index(REASON_BLOCK - 1, COL_FOUND).data()
    assert model.reason_pages_computed == 1  # same block of rows: no new query
    assert model.index(REASON_BLOCK, COL_FOUND).data()
    assert model.reason_pages_computed == 2
    assert model.index(model.rowCount() - 1, COL_FOUND).data()
    assert model.reason_pages_computed == 3


def test_draft_is_the_first_row_and_opens_the_intake(workspace, register, qtbot):
    case = stored_case(register)
    register.save_draft(NEW_CASE_KEY, {"version": 1, "saved_at": "2026-03-04T10:15:00",
                                       "signal": {"title": "Matrassen in loods", "received_on": "04-03-2026",
                                                  "reporter_department": "Handhaving"}})
    workspace.set_register(register)
    model, view = workspace.list.model, workspace.list.view
    assert model.rowCount() == 2
    assert workspace.list.total_label.text() == "1 zaak"  # the draft is not a case
    assert model.index(0, COL_TITLE).data() == "Matrassen in loods"
    assert model.index(0, COL_STATUS).data() == "Concept (nog niet opgeslagen)"
    assert model.index(0, COL_NUMBER).data() == "Concept"
    assert model.index(0, 0).data(DraftRole) is True
    assert model.index(0, 0).data(CaseIdRole) is None
    assert "04-03-2026 10:15" in model.index(0, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, COL_STATUS).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 0).data(CaseIdRole) == case.id
    assert model.row_of(case.id) == 1
    assert model.summary(1).id == case.id
    # a search hides the draft (it is not a hit)
    workspace.list.search.setText("matrassen")
    workspace.list._apply_filters()
    assert all(model.index(r, 0).data(DraftRole) is None for r in range(model.rowCount()))
    workspace.list.search.clear()
    workspace.list._apply_filters()
    assert model.index(0, 0).data(DraftRole)
    # Enter on the draft row opens the intake with the draft
    view.setFocus()
    view.setCurrentIndex(workspace.list.proxy.index(0, COL_NUMBER))
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert workspace.intake is not None and workspace.stack.currentWidget() is workspace.intake
    assert workspace.intake.signal.title_field.text() == "Matrassen in loods"
    # discard the draft and close: the list no longer shows it
    workspace.intake.discard_draft()
    workspace.intake.close_page()
    assert workspace.stack.currentWidget() is workspace.list
    assert model.rowCount() == 1 and model.index(0, 0).data(CaseIdRole) == case.id


def test_draft_row_appears_after_closing_an_unsaved_intake(workspace, register, qtbot):
    stored_case(register)
    workspace.set_register(register)
    assert workspace.list.model.rowCount() == 1
    workspace.new_signal()
    type_text(workspace.intake.signal.title_field.edit, "Loods Proefdorp")
    workspace.intake.close_page()
    model = workspace.list.model
    assert model.rowCount() == 2
    assert model.index(0, COL_TITLE).data() == "Loods Proefdorp"
    assert model.index(0, COL_STATUS).data() == "Concept (nog niet opgeslagen)"
    workspace.list.view.doubleClicked.emit(workspace.list.proxy.index(0, COL_TITLE))
    assert workspace.intake is not None
    assert workspace.intake.signal.title_field.text() == "Loods Proefdorp"


def test_draft_in_an_empty_register_shows_the_list_with_the_draft(workspace, register):
    register.save_draft(NEW_CASE_KEY, {"version": 1, "signal": {"title": "Eerste signaal"}})
    workspace.set_register(register)
    assert workspace.stack.currentWidget() is workspace.list
    model = workspace.list.model
    assert model.rowCount() == 1 and model.index(0, 0).data(DraftRole)
    assert workspace.list.total_label.text() == "0 zaken"
    workspace.list.view.doubleClicked.emit(workspace.list.proxy.index(0, 0))
    assert workspace.intake is not None and workspace.intake.signal.title_field.text() == "Eerste signaal"
    workspace.intake.discard_draft()
    workspace.intake.close_page()
    assert workspace.stack.currentWidget() is workspace.empty
