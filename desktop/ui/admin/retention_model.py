"""Table model of the Bewaartermijnen view: closed cases, tick boxes, running removal totals.

Cells are computed on demand from the ``ScheduledCase`` rows (nothing pre-rendered), and
ticking one case emits ``dataChanged`` for that one cell and adds or subtracts that one
case's removal counts (loaded once per case, in a worker) from the running totals: a toggle
costs the same with 10 or 10,000 rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from desktop.domain import labels
from desktop.services.monitoring.retention import ScheduledCase
from desktop.ui.admin.admin_dialog import ERROR, TEXT_ON_COLOUR, WARN, tr_data

Index = QModelIndex | QPersistentModelIndex
HOLD_COLUMN, TERM_COLUMN, DUE_COLUMN = 6, 4, 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("RetentionDialog", text)


class RetentionModel(QAbstractTableModel):
    checked_changed = Signal()

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[ScheduledCase] = []
        self.keys: list[int] = []
        self._checked: set[int] = set()
        self._counts: dict[int, dict[str, int]] = {}
        self.totals: dict[str, int] = {}
        self.today = date.today()

    # -- filling -------------------------------------------------------------------------
    def set_rows(self, rows: list[ScheduledCase], today: date,
                 counts: dict[int, dict[str, int]] | None = None) -> None:
        """Show ``rows``; purgeable ones start ticked (a tick survives a refilter)."""
        self.beginResetModel()
        self.today = today
        if counts is not None:
            self._counts = counts
        self._rows = rows
        self.keys = [s.case_id for s in rows]
        self._checked = {s.case_id for s in rows if self.purgeable(s)}
        self._recount()
        self.endResetModel()
        self.checked_changed.emit()

    def clear(self) -> None:
        self._counts = {}
        self.set_rows([], self.today)

    def purgeable(self, s: ScheduledCase) -> bool:
        return s.is_due(self.today) and not s.legal_hold

    def _recount(self) -> None:
        self.totals = {}
        for cid in self._checked:
            self._add(cid, 1)

    def _add(self, case_id: int, sign: int) -> None:
        for label, n in self._counts.get(case_id, {}).items():
            self.totals[label] = self.totals.get(label, 0) + sign * n

    # -- ticking -------------------------------------------------------------------------
    def checked_keys(self) -> list[int]:
        return [k for k in self.keys if k in self._checked]

    def checked_count(self) -> int:
        return len(self._checked)

    def is_checked(self, row: int) -> bool:
        return self.keys[row] in self._checked

    def set_checked(self, row: int, on: bool) -> None:
        cid = self.keys[row]
        if on == (cid in self._checked) or (on and not self.purgeable(self._rows[row])):
            return
        if on:
            self._checked.add(cid)
        else:
            self._checked.discard(cid)
        self._add(cid, 1 if on else -1)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def row(self, row: int) -> ScheduledCase:
        return self._rows[row]

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def _text(self, s: ScheduledCase, column: int) -> str:
        if column == 0:
            return s.number
        if column == 1:
            return s.title
        if column == 2:
            return labels.format_date(s.closed_on)
        if column == 3:
            return tr_data(s.outcome.replace("_", " ")) if s.outcome else _tr("onbekend")
        if column == TERM_COLUMN:
            term = _tr("{n} mnd.").format(n=s.months)
            return term if s.term_known else term + _tr(" (langste)")
        if column == DUE_COLUMN:
            return labels.format_date(s.due_on)
        return _tr("ja") if s.legal_hold else _tr("nee")

    def _style(self, s: ScheduledCase, column: int) -> tuple[str, Any]:
        if column == HOLD_COLUMN and s.legal_hold:
            return _tr("Bewaarblokkade: wordt niet vernietigd."), WARN
        if column == DUE_COLUMN and not s.legal_hold and s.is_due(self.today):
            return _tr("Termijn verstreken"), ERROR
        if column == TERM_COLUMN and not s.term_known:
            return _tr("Deze uitkomst heeft geen eigen termijn in het beleid: de langste termijn "
                       "geldt."), None
        return "", None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s, c = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, c)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._style(s, c)[0] or self._text(s, c) or None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colour = self._style(s, c)[1]
            if colour is None:
                return None
            return QBrush(colour if role == Qt.ItemDataRole.BackgroundRole else TEXT_ON_COLOUR)
        if role == Qt.ItemDataRole.CheckStateRole and c == 0:
            return Qt.CheckState.Checked if s.case_id in self._checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            state = value.value if hasattr(value, "value") else value
            self.set_checked(index.row(), state == Qt.CheckState.Checked.value)
            return True
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.column() == 0 and self.purgeable(self._rows[index.row()]):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
