"""Qt model for one checklist: categories with their items, and the answers of one case.

The tree has a row per category with a row per item under it. Columns: signal, answer,
who saw it, note, plus optional extra columns (the risk-address view adds the register
and the number of linked enrichment entries). The model only shows; answering goes
through ``ChecklistService`` and comes back here with ``set_answer``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from desktop.content.checklists import Checklist, ChecklistItem
from desktop.domain.checklist_answers import Answer, ChecklistAnswer
from desktop.services.checklists import seen_by_label
from desktop.ui.widgets.fields import tr_label

COL_LABEL, COL_ANSWER, COL_SEEN_BY, COL_NOTE = range(4)
ItemIdRole = Qt.ItemDataRole.UserRole + 1
AnswerRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
_C = "ChecklistModel"

ANSWER_TEXT = {Answer.SEEN: QT_TRANSLATE_NOOP(_C, "gezien"),
               Answer.NOT_SEEN: QT_TRANSLATE_NOOP(_C, "niet gezien"),
               Answer.UNKNOWN: QT_TRANSLATE_NOOP(_C, "onbekend")}
STEP_TEXT = {Answer.SEEN: QT_TRANSLATE_NOOP(_C, "gedaan"),
             Answer.NOT_SEEN: QT_TRANSLATE_NOOP(_C, "niet gedaan"),
             Answer.UNKNOWN: QT_TRANSLATE_NOOP(_C, "nog open")}
CYCLE = (Answer.UNKNOWN, Answer.SEEN, Answer.NOT_SEEN)
#: keys that answer the current item; None cycles onbekend → gezien → niet gezien
ANSWER_KEYS: dict[int, Answer | None] = {
    Qt.Key.Key_G: Answer.SEEN, Qt.Key.Key_1: Answer.SEEN,
    Qt.Key.Key_N: Answer.NOT_SEEN, Qt.Key.Key_2: Answer.NOT_SEEN,
    Qt.Key.Key_O: Answer.UNKNOWN, Qt.Key.Key_3: Answer.UNKNOWN,
    Qt.Key.Key_Space: None,
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def answer_text(answer: Answer, steps: bool = False) -> str:
    return tr((STEP_TEXT if steps else ANSWER_TEXT)[answer])


def plural(n: int, one: str, many: str) -> str:
    """``one`` when n is 1, else ``many``; both translated, "{n}" filled in."""
    return (one if n == 1 else many).format(n=n)


def next_answer(answer: Answer) -> Answer:
    return CYCLE[(CYCLE.index(answer) + 1) % len(CYCLE)]


@dataclass(frozen=True)
class ExtraColumn:
    title: str
    value: Callable[[ChecklistItem], str]


class ChecklistModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.checklist: Checklist | None = None
        self._groups: list[tuple[str, str, list[ChecklistItem]]] = []  # (cat id, title, items)
        self._answers: dict[str, ChecklistAnswer] = {}
        self._extra: list[ExtraColumn] = []

    # -- loading -----------------------------------------------------------------------
    def set_list(self, checklist: Checklist, answers: dict[str, ChecklistAnswer],
                 extra: list[ExtraColumn] | None = None) -> None:
        self.beginResetModel()
        self.checklist = checklist
        self._answers = dict(answers)
        self._extra = list(extra or [])
        self._groups = [(c.id, c.title, [i for i in checklist.items if i.category == c.id])
                        for c in checklist.categories]
        self._groups = [g for g in self._groups if g[2]]
        self.endResetModel()

    def set_answer(self, stored: ChecklistAnswer) -> None:
        self._answers[stored.item_id] = stored
        index = self.index_of(stored.item_id)
        if index.isValid():
            last = self.columnCount() - 1
            self.dataChanged.emit(index, index.siblingAtColumn(last))
            parent = index.parent()
            self.dataChanged.emit(parent, parent.siblingAtColumn(last))

    def answer_of(self, item_id: str) -> ChecklistAnswer | None:
        return self._answers.get(item_id)

    @property
    def steps(self) -> bool:
        return self.checklist is not None and self.checklist.kind == "steps"

    def seen_count(self, items: list[ChecklistItem] | None = None) -> int:
        items = items if items is not None else [i for g in self._groups for i in g[2]]
        return sum(1 for i in items if self._value(i) == Answer.SEEN)

    # -- lookup ------------------------------------------------------------------------
    def item_at(self, index: Index) -> ChecklistItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][2][index.row()]

    def index_of(self, item_id: str, column: int = 0) -> QModelIndex:
        for g, (_, _, items) in enumerate(self._groups):
            for r, item in enumerate(items):
                if item.id == item_id:
                    return self.createIndex(r, column, g + 1)
        return QModelIndex()

    def first_item_index(self) -> QModelIndex:
        return self.createIndex(0, 0, 1) if self._groups else QModelIndex()

    def _value(self, item: ChecklistItem) -> Answer:
        stored = self._answers.get(item.id)
        return stored.answer if stored else Answer.UNKNOWN

    # -- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if row < 0 or not 0 <= column < self.columnCount():
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or row >= len(self._groups[parent.row()][2]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][2])
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return 4 + len(self._extra)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section >= 4:
            return self._extra[section - 4].title
        titles = (tr("Stap") if self.steps else tr("Signaal"), tr("Antwoord"),
                  tr("Door") if self.steps else tr("Gezien door"), tr("Notitie"))
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item_at(index)
        if item is None:
            return self._category_data(index, role)
        return self._item_data(item, index.column(), role)

    def _category_data(self, index: Index, role: int) -> Any:
        _, title, items = self._groups[index.row()]
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if index.column() == COL_LABEL:
            return title
        if index.column() == COL_ANSWER:
            done = tr("{n} van {total} gedaan") if self.steps else tr("{n} van {total} gezien")
            return done.format(n=self.seen_count(items), total=len(items))
        return None

    def _item_data(self, item: ChecklistItem, column: int, role: int) -> Any:
        stored = self._answers.get(item.id)
        value = self._value(item)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._item_text(item, stored, value, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._item_text(item, stored, value, column) if column else ""
            return text or item.explanation
        if role == ItemIdRole:
            return item.id
        if role == AnswerRole:
            return value
        if role == Qt.ItemDataRole.FontRole and value == Answer.SEEN and column <= COL_ANSWER:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and value == Answer.SEEN:
            colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
            colour.setAlpha(45)
            return colour
        if role == Qt.ItemDataRole.ForegroundRole and value == Answer.UNKNOWN \
                and column == COL_ANSWER:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _item_text(self, item: ChecklistItem, stored: ChecklistAnswer | None, value: Answer,
                   column: int) -> str:
        if column == COL_LABEL:
            return item.label + (tr(" (acuut)") if item.acute else "")
        if column == COL_ANSWER:
            return answer_text(value, self.steps)
        if column == COL_SEEN_BY:
            return tr_label(seen_by_label(stored.seen_by, short=True)) if stored else ""
        if column == COL_NOTE:
            return stored.note if stored else ""
        return self._extra[column - 4].value(item)


class SeenOnlyProxy(QSortFilterProxyModel):
    """"Alleen gezien": keeps items answered gezien and the categories that hold them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._seen_only = False
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)

    def set_seen_only(self, on: bool) -> None:
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._seen_only = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._seen_only = on
            self.invalidateFilter()

    @property
    def seen_only(self) -> bool:
        return self._seen_only

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._seen_only:
            return True
        if not source_parent.isValid():
            return False  # a category shows when one of its items does (recursive filtering)
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(AnswerRole) == Answer.SEEN
