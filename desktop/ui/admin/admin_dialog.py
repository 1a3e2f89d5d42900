"""Shared pieces of the administration dialogs (Monitor, Bewaartermijnen, Logboek, ...).

``AdminDialog``: modal, parented to the main window, deleted on close; ``close_for_lock``
drops every model and the register reference, then closes (the main window calls it
on lock). ``TextTable``: a read-only table of strings with optional tooltips,
colours and check boxes, never a widget per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from desktop.domain import labels

if TYPE_CHECKING:
    from desktop.services.register import Register

Index = QModelIndex | QPersistentModelIndex
WARN = QColor("#fde7c2")
ERROR = QColor("#f9d0cc")
TEXT_ON_COLOUR = QColor("#1f2328")


def tr_data(text: str) -> str:
    """Dutch source text coming from a service (labels, table titles): translate for display."""
    return QCoreApplication.translate(labels.CONTEXT, text)


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


class AdminDialog(QDialog):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(True)
        self.resize(1100, 680)

    def clear(self) -> None:
        """Drop everything that holds case data (subclasses extend)."""
        self.register = None

    def close_for_lock(self) -> None:
        self.clear()
        self.reject()


class TextTable(QAbstractTableModel):
    """Rows of strings; per cell optional tooltip and background; optional check column 0."""

    def __init__(self, headers: Sequence[str], parent: Any = None, checkable: bool = False,
                 numeric_from: int | None = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._numeric_from = numeric_from  # columns from here on are right-aligned
        self._rows: list[list[str]] = []
        self._tips: dict[tuple[int, int], str] = {}
        self._colours: dict[tuple[int, int], QColor] = {}
        self._checkable = checkable
        self._checked: list[bool] = []
        self._enabled: list[bool] = []
        self.keys: list[Any] = []

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[Any] | None = None,
                 checked: Sequence[bool] | None = None, enabled: Sequence[bool] | None = None,
                 headers: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        if headers is not None:
            self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self.keys = list(keys) if keys is not None else list(range(len(rows)))
        self._checked = list(checked) if checked is not None else [False] * len(rows)
        self._enabled = list(enabled) if enabled is not None else [True] * len(rows)
        self._tips, self._colours = {}, {}
        self.endResetModel()

    def set_cell_style(self, row: int, column: int, tip: str = "", colour: QColor | None = None
                       ) -> None:
        if tip:
            self._tips[(row, column)] = tip
        if colour is not None:
            self._colours[(row, column)] = colour

    def clear(self) -> None:
        self.set_rows([])

    def set_text(self, row: int, column: int, text: str) -> None:
        self._rows[row][column] = text
        index = self.index(row, column)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def is_checked(self, row: int) -> bool:
        return self._checked[row]

    def checked_keys(self) -> list[Any]:
        return [k for k, c in zip(self.keys, self._checked, strict=True) if c]

    def set_checked(self, row: int, on: bool) -> None:
        self._checked[row] = on
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[r][c]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get((r, c)) or self._rows[r][c] or None
        if role == Qt.ItemDataRole.BackgroundRole and (r, c) in self._colours:
            return QBrush(self._colours[(r, c)])
        if role == Qt.ItemDataRole.ForegroundRole and (r, c) in self._colours:
            return QBrush(TEXT_ON_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._numeric_from is not None \
                and c >= self._numeric_from:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable and c == 0:
            return Qt.CheckState.Checked if self._checked[r] else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable and index.column() == 0:
            state = value.value if hasattr(value, "value") else value
            self.set_checked(index.row(), state == Qt.CheckState.Checked.value)
            return True
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if self._checkable and index.column() == 0 and self._enabled[index.row()]:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def make_view(model: TextTable, accessible_name: str, stretch: int | None = None,
              multi: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view
