"""Case list: lazy loading, server-side sort, folded search, filters, overdue, empty state."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

from datetime import date, timedelta

from case_helpers import stored_case, type_text, workspace  # noqa: F401
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from desktop.domain import model as m
from desktop.services.demo import fill
from desktop.ui.case.case_table_model import (
    COL_DATE,
    COL_NEXT,
    COL_NUMBER,
    COL_STATUS,
    PAGE_SIZE,
    CaseIdRole,
)


def rows(ws):
    model = ws.list.model
    return [model.summary(i) for i in range(model.rowCount())]


def test_demo_list_shows_cases_and_total(workspace, demo_register):
    workspace.set_register(demo_register)
    assert workspace.stack.currentWidget() is workspace.list
    assert workspace.list.model.rowCount() == 60
    assert workspace.list.total_label.text() == "60 zaken"
    numbers = [s.number for s in rows(workspace)]
    assert numbers == sorted(numbers, reverse=True)  # default: newest number first


def test_list_holds_a_bounded_window_of_pages(workspace, register, monkeypatch):
    from desktop.ui.case import case_table_model

    monkeypatch.setattr(case_table_model, "MAX_PAGES", 2)
    fill(register, PAGE_SIZE * 3 + 50, seed=3)
    workspace.set_register(register)
    model, view = workspace.list.model, workspace.list.view
    total = PAGE_SIZE * 3 + 50
    assert model.rowCount() == total  # every case is a row: the scroll bar is honest
    assert not model.canFetchMore()
    assert workspace.list.total_label.text() == f"{total} zaken"
    assert model.held_rows() == PAGE_SIZE
    view.scrollToBottom()
    QTest.qWait(50)
    assert model.index(total - 1, 0).data()  # the last page loads when painted
    assert len({s.id for s in rows(workspace)}) == total  # every row reachable
    assert model.held_rows() <= 2 * PAGE_SIZE  # but never more than the window


def test_header_click_requeries_with_server_sort(workspace, demo_register, qtbot):
    workspace.set_register(demo_register)
    header = workspace.list.view.horizontalHeader()
    click_at = QPoint(header.sectionViewportPosition(COL_DATE) + 10, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    model = workspace.list.model
    assert model.query.sort == "received_on"
    dates = [s.received_on for s in rows(workspace)]
    first_order = model.query.descending
    assert dates == sorted(dates, reverse=first_order)
    workspace.list.view.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "received_on" and not model.query.descending
    assert [s.received_on for s in rows(workspace)] == sorted(dates)
    workspace.list.view.sortByColumn(COL_STATUS, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "status" and model.query.descending
    assert header.sortIndicatorSection() == COL_STATUS


def test_search_is_folded_and_debounced(workspace, demo_register, qtbot):
    target = stored_case(demo_register, persons=[m.Person(name="Ștefan Țurcanu")])
    workspace.set_register(demo_register)
    type_text(workspace.list.search, "turcanu")
    assert workspace.list.model.rowCount() == 61  # debounced: not yet re-queried
    qtbot.waitUntil(lambda: workspace.list.model.rowCount() < 61, timeout=2000)
    ids = [s.id for s in rows(workspace)]
    assert target.id in ids
    assert workspace.list.total_label.text() == f"{len(ids)} gevonden"
    workspace.list.search.setText("zzzgeenzaak")
    qtbot.waitUntil(lambda: workspace.list.results.currentWidget() is workspace.list.no_results,
                    timeout=2000)


def test_status_and_form_filters(workspace, demo_register):
    workspace.set_register(demo_register)
    lst = workspace.list
    lst.status.setCurrentIndex(lst.status.findData(m.CaseStatus.CLOSED.value))
    assert rows(workspace) and all(s.status == m.CaseStatus.CLOSED for s in rows(workspace))
    lst.status.setCurrentIndex(0)
    lst.form.setCurrentIndex(lst.form.findData(m.Form.SEXUAL.value))
    assert rows(workspace) and all(m.Form.SEXUAL in s.forms for s in rows(workspace))
    assert len(rows(workspace)) < 60


def test_overdue_filter_marks_rows_with_text_and_colour(workspace, register):
    late = stored_case(register, next_action="Verrijken",
                       next_deadline=date.today() - timedelta(days=3))
    stored_case(register, next_action="Overleg", next_deadline=date.today() + timedelta(days=9))
    workspace.set_register(register)
    workspace.list.overdue.click()
    model = workspace.list.model
    assert [s.id for s in rows(workspace)] == [late.id]
    index = model.index(0, COL_NEXT)
    assert model.data(index).startswith("⚠ te laat")
    assert "Te laat" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    workspace.list.overdue.click()
    on_time = next(i for i, s in enumerate(rows(workspace)) if s.id != late.id)
    assert "te laat" not in model.data(model.index(on_time, COL_NEXT))
    assert model.data(model.index(on_time, COL_NEXT), Qt.ItemDataRole.BackgroundRole) is None


def test_empty_vault_shows_first_steps_then_list(workspace, register, qtbot):
    workspace.set_register(register)
    assert workspace.stack.currentWidget() is workspace.empty
    texts = " ".join(label.text() for label in workspace.empty.findChildren(QLabel))
    assert "Nog geen signalen" in texts and "Extra › Importeren" in texts
    assert "schakel import" not in texts  # no CLI command for the officer
    requested = []
    workspace.import_requested.connect(lambda: requested.append(True))
    workspace.empty.import_button.click()
    assert requested == [True]
    stored_case(register)  # e.g. an import elsewhere: the register reports the change
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is workspace.list, timeout=2000)
    assert workspace.list.model.rowCount() == 1


def test_enter_opens_case_and_logs_view(workspace, demo_register):
    workspace.set_register(demo_register)
    view = workspace.list.view
    view.setFocus()
    view.setCurrentIndex(workspace.list.proxy.index(2, COL_NUMBER))
    case_id = view.currentIndex().data(CaseIdRole)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert workspace.case_view is not None and workspace.case_view.case_id == case_id
    assert demo_register.audit_entries(case_id=case_id, action="zaak_ingezien")
    workspace.case_view.back_button.click()
    assert workspace.stack.currentWidget() is workspace.list
    assert workspace.list.selected_case_id() == case_id


def test_down_and_enter_in_the_search_box_reach_the_hits(workspace, demo_register, qtbot):
    """Issue 16: ↓ moves to the first hit, Enter opens the only hit."""
    target = stored_case(demo_register, persons=[m.Person(name="Xyloquendo Fictief")])
    workspace.set_register(demo_register)
    panel = workspace.list
    panel.window().activateWindow()
    qtbot.waitUntil(panel.window().isActiveWindow)
    panel.search.setFocus()
    type_text(panel.search, "handhaving")
    QTest.keyClick(panel.search, Qt.Key.Key_Down)  # before the debounce fired
    qtbot.waitUntil(panel.view.hasFocus)
    assert panel.view.currentIndex().row() == 0
    panel.search.setFocus()
    panel.search.selectAll()
    type_text(panel.search, "xyloquendo")
    QTest.keyClick(panel.search, Qt.Key.Key_Return)
    assert workspace.case_view is not None and workspace.case_view.case_id == target.id


def test_clear_drops_rows_and_register(workspace, demo_register):
    workspace.set_register(demo_register)
    workspace.open_case(rows(workspace)[0].id)
    workspace.clear()
    assert workspace.list.model.rowCount() == 0
    assert workspace._register is None
    assert workspace.case_view is None and workspace.intake is None
    assert not demo_register.on_change
