"""The case list as a table model over a bounded window of pages (200 rows each).

The model reports every matching case as a row (``rowCount() == total``), so the scroll
bar is honest and any row can be reached, but it keeps only the ``MAX_PAGES`` pages most
recently shown in memory (least recently used pages are dropped): scrolling through
100,000 cases holds at most ``MAX_PAGES * PAGE_SIZE`` summaries. A row that is not in the
window loads its page from the store when the view paints it (one indexed query).
Sorting and filtering happen in the store (server-side): ``sort`` and ``set_query``
re-query and reset. The proxy forwards header clicks to the source model and compares
text client-side with a Dutch collator only where it ever has to.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desktop.domain import labels
from desktop.domain import model as m
from desktop.services.ui_types import ListQuery, StoreError
from desktop.ui.case.case_list_rows import (  # noqa: F401  (lease_marker, deadline_text: re-exported)
    deadline_text,
    draft_cells,
    draft_tooltip,
    lease_marker,
    reasons_text,
)
from desktop.ui.intake.intake_draft import NEW_CASE_KEY, saved_at_text
from desktop.ui.widgets.fields import enum_label

(COL_NUMBER, COL_TITLE, COL_DATE, COL_FORMS, COL_STATUS, COL_NEXT, COL_DEPARTMENT, COL_LINKED,
 COL_FOUND) = range(9)
_C = "CaseTableModel"
HEADERS = (QT_TRANSLATE_NOOP(_C, "Zaaknummer"), QT_TRANSLATE_NOOP(_C, "Titel"), QT_TRANSLATE_NOOP(_C, "Datum"),
           QT_TRANSLATE_NOOP(_C, "Vorm(en)"), QT_TRANSLATE_NOOP(_C, "Status"),
           QT_TRANSLATE_NOOP(_C, "Volgende actie / termijn"),
           QT_TRANSLATE_NOOP(_C, "Melder-afdeling"), QT_TRANSLATE_NOOP(_C, "Gekoppeld"),
           QT_TRANSLATE_NOOP(_C, "Gevonden op"))
DRAFT_COLUMNS = {"number": COL_NUMBER, "title": COL_TITLE, "date": COL_DATE, "status": COL_STATUS,
                 "department": COL_DEPARTMENT, "next": COL_NEXT}
SORT_KEYS = {COL_NUMBER: "number", COL_DATE: "received_on", COL_FORMS: "forms",
             COL_STATUS: "status", COL_NEXT: "next_deadline", COL_DEPARTMENT: "reporter_department"}
PAGE_SIZE = 200
REASON_BLOCK = 50  # why-matched texts are computed for 50 rows at a time (a screenful), not per page
MAX_PAGES = 8  # window: at most 1,600 summaries in memory, whatever the register's size
OVERDUE_FG = QColor("#9b0000")
OVERDUE_FG_DARK = QColor("#ff9a9a")
OVERDUE_BG = QColor(220, 0, 0, 38)  # translucent: a red tint on light and dark palettes
LEASE_BG = QColor(0, 90, 220, 38)  # blue tint: lent out / held as deputy / handed over


def _overdue_fg() -> QColor:
    from PySide6.QtGui import QGuiApplication

    text = QGuiApplication.palette().text().color()
    return OVERDUE_FG_DARK if text.lightness() > 128 else OVERDUE_FG
CaseIdRole = Qt.ItemDataRole.UserRole + 1
DraftRole = Qt.ItemDataRole.UserRole + 2  # True on the row of the unsaved new-signal draft
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, CaseIdRole, DraftRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole})
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


def dutch_collator():
    from PySide6.QtCore import QCollator

    collator = QCollator(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


class CaseTableModel(QAbstractTableModel):
    """Rows are ``CaseSummary`` values; only a bounded window of pages is held."""

    totalChanged = Signal(int)
    sortChanged = Signal(int, Qt.SortOrder)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cases: Any = None  # CaseService of the open register, or None when locked
        self._query = ListQuery()
        self._pages: OrderedDict[int, list[m.CaseSummary]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}  # case id → display texts (held pages only)
        self._fg: QColor | None = None
        self._total = 0
        self._draft: dict[str, Any] | None = None  # the pending new-signal draft, shown as row 0
        self._draft_texts: dict[int, str] = {}
        self._reasons: dict[int, str] = {}  # case id → why it matched (held pages only)
        self._reason_pages: set[int] = set()
        self.pages_loaded = 0  # for tests and benchmarks
        self.reason_pages_computed = 0  # for tests: reasons are computed per block of rows shown

    # -- source and query -----------------------------------------------------
    def set_source(self, cases: Any) -> None:
        """Attach a CaseService (or None to drop everything) and load the first page."""
        self._cases = cases
        self.reload()

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, **changes: Any) -> None:
        self._query = replace(self._query, offset=0, **changes)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._texts.clear()
        self._reasons.clear()
        self._reason_pages.clear()
        self._fg = None
        self._draft = None
        if self._cases is None:
            self._total = 0
        else:
            self._draft = self._load_draft()
            query = replace(self._query, today=date.today(), offset=0, limit=PAGE_SIZE)
            first = self._cases.list(query)
            self._total = len(first) if len(first) < PAGE_SIZE else self._cases.count(query)
            self._pages[0] = first
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def _load_draft(self) -> dict[str, Any] | None:
        """The new-signal draft, shown only in the plain list (not among search or filter hits)."""
        q = self._query
        if q.text.strip() or q.statuses or q.form or q.overdue_only:
            return None
        try:
            draft = self._cases.pending_draft(NEW_CASE_KEY)
        except StoreError:
            return None
        self._draft_texts = draft_cells(draft, DRAFT_COLUMNS) if draft else {}
        return draft or None

    @property
    def has_draft(self) -> bool:
        return self._draft is not None

    @property
    def _offset(self) -> int:
        return 1 if self._draft is not None else 0

    def is_draft_row(self, row: int) -> bool:
        return self._draft is not None and row == 0

    # -- the window of pages ---------------------------------------------------
    def _page(self, number: int) -> list[m.CaseSummary]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if self._cases is None:
            return []
        query = replace(self._query, today=date.today(), offset=number * PAGE_SIZE, limit=PAGE_SIZE)
        page = self._cases.list(query)
        self.pages_loaded += 1
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            _number, dropped = self._pages.popitem(last=False)
            self._reason_pages.difference_update(range(_number * PAGE_SIZE // REASON_BLOCK,
                                                       (_number + 1) * PAGE_SIZE // REASON_BLOCK))
            for summary in dropped:
                self._texts.pop(summary.id, None)
                self._reasons.pop(summary.id, None)
        return page

    def _reason(self, row: int, case_id: int) -> str:
        """Why the case matched the search: computed for the block of rows around it, only when shown."""
        block = row // REASON_BLOCK
        if block not in self._reason_pages and self._cases is not None and self._query.text.strip():
            self._reason_pages.add(block)
            start = row % PAGE_SIZE // REASON_BLOCK * REASON_BLOCK
            ids = [s.id for s in self._page(row // PAGE_SIZE)[start:start + REASON_BLOCK]]
            try:
                found = self._cases.match_reasons(ids, self._query.text)
            except StoreError:
                found = {}
            self.reason_pages_computed += 1
            self._reasons.update({i: reasons_text(r) for i, r in found.items()})
        return self._reasons.get(case_id, "")

    def _row(self, row: int) -> m.CaseSummary | None:
        row -= self._offset
        if not 0 <= row < self._total:
            return None
        page = self._page(row // PAGE_SIZE)
        at = row % PAGE_SIZE
        return page[at] if at < len(page) else None  # the register shrank meanwhile

    def held_rows(self) -> int:
        """Summaries currently in memory (bounded by MAX_PAGES * PAGE_SIZE)."""
        return sum(len(p) for p in self._pages.values())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False  # every row is already counted; pages load when painted

    # -- sorting (server-side) ------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is not None:
            self.set_query(sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        self.sortChanged.emit(*self.sort_state())

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        column = next((c for c, k in SORT_KEYS.items() if k == self._query.sort), COL_NUMBER)
        desc = self._query.descending
        return column, Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder

    # -- reading -------------------------------------------------------------------
    def summary(self, row: int) -> m.CaseSummary:
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return found

    def row_of(self, case_id: int) -> int | None:
        """The row of a case among the pages in the window (None when not held)."""
        for number, page in self._pages.items():
            for i, s in enumerate(page):
                if s.id == case_id:
                    return number * PAGE_SIZE + i + self._offset
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total + self._offset

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # the view asks for ~15 roles per cell
            return None
        if self._draft is not None and index.row() == 0:
            return self._draft_data(index.column(), role)
        s = self._row(index.row())
        if s is None:
            return None
        if index.column() == COL_FOUND and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._reason(index.row() - self._offset, s.id) or None
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(s.id)
            if texts is None:  # computed once per case while its page is held
                texts = self._texts[s.id] = tuple(self._display(s, c) for c in range(len(HEADERS)))
            return texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, index.column())
        if role == CaseIdRole:
            return s.id
        if s.overdue and role == Qt.ItemDataRole.ForegroundRole:
            if self._fg is None:
                self._fg = _overdue_fg()  # palette looked up once per reload, not per cell
            return self._fg
        if role == Qt.ItemDataRole.BackgroundRole and (s.overdue or s.lease):
            if s.lease and (index.column() == COL_STATUS or not s.overdue):
                return LEASE_BG  # an overdue lent case: blue status cell, red elsewhere
            return OVERDUE_BG
        return None

    def _draft_data(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._draft_texts.get(column, "")
        if role == DraftRole:
            return True
        if role == Qt.ItemDataRole.ToolTipRole:
            return draft_tooltip(saved_at_text(self._draft or {}))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _display(s: m.CaseSummary, column: int) -> str:
        if column == COL_NUMBER:
            return s.number
        if column == COL_TITLE:
            return s.title
        if column == COL_DATE:
            return labels.format_date(s.received_on)
        if column == COL_FORMS:
            return ", ".join(enum_label(labels.FORM, f) for f in s.forms)
        if column == COL_STATUS:
            status = enum_label(labels.STATUS, s.status)
            return f"{status} · {lease_marker(s)}" if s.lease else status
        if column == COL_NEXT:
            return deadline_text(s)
        if column == COL_DEPARTMENT:
            return s.reporter_department
        if column == COL_LINKED:
            return _tr("ja ({n})").format(n=s.linked_count) if s.linked_count else ""
        return ""

    @staticmethod
    def _tooltip(s: m.CaseSummary, column: int) -> str | None:
        if column == COL_NEXT and s.overdue:
            when = labels.format_date(s.next_deadline)
            return _tr("Te laat: termijn verstreken op {date}").format(date=when)
        if column == COL_LINKED and s.linked_count:
            if s.linked_count == 1:
                return _tr("Gekoppeld aan 1 ander signaal")
            return _tr("Gekoppeld aan {n} andere signalen").format(n=s.linked_count)
        if column == COL_STATUS and s.lease:
            if s.lease == "waarnemer":
                return _tr("{state}: u neemt deze zaak waar voor een collega.").format(state=lease_marker(s))
            return _tr("{state}: deze zaak is alleen-lezen (waarneming of overdracht); bewerken kan "
                       "niet.").format(state=lease_marker(s))
        if column in (COL_NUMBER, COL_TITLE) and s.title:
            return s.title
        return None


class CaseProxyModel(QSortFilterProxyModel):
    """Forwards sorting to the source (server-side); Dutch collation for text compares."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._collator = dutch_collator()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, CaseTableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def lessThan(self, left: Index, right: Index) -> bool:
        a = str(left.data(Qt.ItemDataRole.DisplayRole) or "")
        b = str(right.data(Qt.ItemDataRole.DisplayRole) or "")
        return self._collator.compare(a, b) < 0
