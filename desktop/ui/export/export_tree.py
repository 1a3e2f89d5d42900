"""The preview of an export as a tree: case → section → record → field, each with a tick.

Every field that would leave the vault is a checked item; unticking leaves it out (a
section or record tick covers all its fields). Fields that are off by default have no
tick: they are added with ``add_with_reason`` and shown as added, with the reason.
A question to the recipient is typed in the value column (double-click or F2).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.services.export.document import NAMES_FIELD, ExportChoices
from desktop.services.export.log import NAMES_REASON
from desktop.services.export.preview import ExportPreview, Look, PreviewField, PreviewRecord

KEY_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2
COL_NAME, COL_VALUE, COL_NOTE = 0, 1, 2
FINDING_COLOUR = "#f5c26b"
NOTE_COLUMN_WIDTH = 300


class _ValueEditor(QStyledItemDelegate):
    """Only the value column of a question item can be edited."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget | None:
        if index.column() != COL_VALUE:
            return None
        return super().createEditor(parent, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        """The value column is as tall as its wrapped text at the column's current width."""
        base = super().sizeHint(option, index)
        view = self.parent()
        if index.column() != COL_VALUE or not isinstance(view, QTreeWidget):
            return base
        text = str(index.data() or "")
        width = max(view.columnWidth(COL_VALUE) - 12, 60)
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 1_000_000),
                                               int(Qt.TextFlag.TextWordWrap), text)
        return QSize(base.width(), max(base.height(), rect.height() + 6))


class PreviewTree(QTreeWidget):
    changed = Signal()  # a tick, a question or an added field changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Gegeven"), self.tr("Waarde"), self.tr("Toelichting")])
        self.setAccessibleName(self.tr("Voorbeeld: gegevens die de kluis verlaten"))
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)  # every value in full: the officer sees what leaves
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_ValueEditor(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        self._preview: ExportPreview | None = None
        self._defaults = ExportChoices()
        self._added: dict[str, str] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._filling = False
        self.itemChanged.connect(self._item_changed)
        # wrapped rows get their height from the column width: re-layout when it changes
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())

    def edit(self, index: QModelIndex, *args: object) -> bool:  # type: ignore[override]
        """F2 or double-click anywhere on a question row edits its value column."""
        value = index.siblingAtColumn(COL_VALUE)
        if index.column() != COL_VALUE and value.flags() & Qt.ItemFlag.ItemIsEditable:
            index = value
        return super().edit(index, *args)  # type: ignore[call-overload]

    # --- filling ------------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self._preview = None
        self.clear()
        QTreeWidgetItem(self, [text])

    def set_preview(self, preview: ExportPreview, defaults: ExportChoices | None = None) -> None:
        """Fill the tree; ``defaults`` prefill questions and names (an agenda's meeting)."""
        self._filling = True
        self.clear()
        self._preview, self._added, self._items = preview, {}, {}
        self._defaults = defaults or ExportChoices()
        for case in preview.cases:
            top = self._group(self, self.tr("Zaak {n}").format(n=case.number), case.case_id)
            for section in case.sections:
                self._section(top, section.title, section.look, section.records, case.case_id)
        for i in range(self.topLevelItemCount()):
            _drop_empty_ticks(self.topLevelItem(i))
        self.expandAll()
        self._filling = False
        self.resizeColumnToContents(COL_NAME)
        self.setColumnWidth(COL_NAME, min(self.columnWidth(COL_NAME) + 12, 340))
        self.setColumnWidth(COL_NOTE, NOTE_COLUMN_WIDTH)
        self.scheduleDelayedItemsLayout()

    def _group(self, parent: QTreeWidget | QTreeWidgetItem, text: str, case_id: int
               ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(COL_NAME, Qt.CheckState.Checked)
        item.setData(COL_NAME, CASE_ROLE, case_id)
        bold = QFont(item.font(COL_NAME))
        bold.setBold(True)
        item.setFont(COL_NAME, bold)
        return item

    def _section(self, parent: QTreeWidgetItem, title: str, look: Look,
                 records: tuple[PreviewRecord, ...], case_id: int) -> None:
        node = self._group(parent, title, case_id)
        if not any(r.fields for r in records):
            node.setText(COL_NOTE, self.tr("geen gegevens"))
        for record in records:
            if not record.fields:
                continue
            holder = node
            if look in (Look.RECORDS, Look.TABLE):
                holder = self._group(node, record.label or _first_value(record), case_id)
            for f in record.fields:
                self._field(holder, f, case_id)

    def _field(self, parent: QTreeWidgetItem, f: PreviewField, case_id: int) -> None:
        value = self._defaults.questions.get(case_id, "") if f.editable else f.value
        item = QTreeWidgetItem(parent, [f.label, _shown(value)])
        item.setData(COL_NAME, KEY_ROLE, f.key)
        if f.field_id == NAMES_FIELD and case_id in self._defaults.names_allowed:
            self._added[f.key] = NAMES_REASON
        item.setData(COL_NAME, CASE_ROLE, case_id)
        item.setToolTip(COL_VALUE, f.value[:2000])
        self._items[f.key] = item
        if f.editable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setText(COL_NOTE, self.tr("dubbelklik of F2 om te typen"))
            item.setData(COL_NAME, KIND_ROLE, "question")
        if f.fixed:
            item.setText(COL_NOTE, self.tr("vast onderdeel"))
        elif f.optional:
            self._show_optional(item, f)
        elif not f.editable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(COL_NAME, Qt.CheckState.Checked)

    def _show_optional(self, item: QTreeWidgetItem, f: PreviewField) -> None:
        reason = self._added.get(f.key)
        muted = QBrush(self.palette().color(QPalette.ColorGroup.Disabled,
                                            QPalette.ColorRole.Text))
        font = QFont(item.font(COL_NAME))
        font.setItalic(reason is None)
        for col in (COL_NAME, COL_VALUE, COL_NOTE):
            item.setFont(col, font)
            item.setForeground(col, QBrush() if reason is not None else muted)
        if reason is None:
            item.setText(COL_NOTE, self.tr("Uit – {why}").format(why=f.optional_reason))
            item.setToolTip(COL_NOTE, f.optional_reason)
        else:
            item.setText(COL_NOTE, self.tr("Toegevoegd; reden: {reason}").format(reason=reason))
            item.setToolTip(COL_NOTE, reason)

    # --- the officer's choices ----------------------------------------------------------------
    def selected_field(self) -> PreviewField | None:
        item = self.currentItem()
        key = item.data(COL_NAME, KEY_ROLE) if item is not None else None
        if key is None or self._preview is None:
            return None
        return self._preview.field(key)

    def selected_optional(self) -> list[PreviewField]:
        """The selected optional field, or the optional fields of the selected record group."""
        field = self.selected_field()
        if field is not None:
            return [field] if field.optional else []
        item = self.currentItem()
        if item is None or self._preview is None or item.childCount() == 0:
            return []
        keys = [item.child(i).data(COL_NAME, KEY_ROLE) for i in range(item.childCount())]
        if any(k is None for k in keys):  # a section or case: too broad for one reason
            return []
        fields = [f for f in (self._preview.field(k) for k in keys) if f.optional]
        # one reason covers one ground: special categories or BSN stay a separate choice
        return [f for f in fields if f.optional_reason == fields[0].optional_reason]

    def is_added(self, key: str) -> bool:
        return key in self._added

    def add_with_reason(self, key: str, reason: str) -> None:
        assert self._preview is not None
        self._added[key] = reason.strip()
        self._show_optional(self._items[key], self._preview.field(key))
        self.changed.emit()

    def remove_added(self, key: str) -> None:
        assert self._preview is not None
        self._added.pop(key, None)
        self._show_optional(self._items[key], self._preview.field(key))
        self.changed.emit()

    def set_included(self, key: str, included: bool) -> None:
        state = Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
        self._items[key].setCheckState(COL_NAME, state)

    def set_question(self, key: str, text: str) -> None:
        self._items[key].setText(COL_VALUE, text)

    def item_for(self, key: str) -> QTreeWidgetItem:
        return self._items[key]

    def mark_findings(self, open_keys: set[str]) -> None:
        """Fields with open findings of the minimisation guard get a marked background."""
        filling, self._filling = self._filling, True  # colours are no change of the choices
        try:
            self._mark(open_keys)
        finally:
            self._filling = filling

    def _mark(self, open_keys: set[str]) -> None:
        for key, item in self._items.items():
            brush = QBrush(QColor(FINDING_COLOUR)) if key in open_keys else QBrush()
            item.setBackground(COL_VALUE, brush)
            if key in open_keys:
                item.setForeground(COL_VALUE, QBrush(QColor("#000000")))
                item.setToolTip(COL_VALUE, self.tr("Bevat een open bevinding van de "
                                                   "minimalisatiecontrole (zie hieronder)."))
            elif not self._preview or not self._preview.field(key).optional:
                item.setForeground(COL_VALUE, QBrush())

    def choices(self) -> ExportChoices:
        left_out, questions = set(), {}
        for key, item in self._items.items():
            if item.data(COL_NAME, KIND_ROLE) == "question":
                questions[int(item.data(COL_NAME, CASE_ROLE))] = item.text(COL_VALUE).strip()
            elif item.data(COL_NAME, Qt.ItemDataRole.CheckStateRole) is not None and \
                    item.checkState(COL_NAME) != Qt.CheckState.Checked:
                left_out.add(key)
        return ExportChoices(left_out=left_out, added=dict(self._added), questions=questions)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling:
            return
        if column == COL_NAME and _has_tick(item):
            self._filling = True
            try:
                if item.data(COL_NAME, KEY_ROLE) is None:  # a group: all fields below follow
                    _set_below(item, item.checkState(COL_NAME))
                _update_above(item.parent())
            finally:
                self._filling = False
        self.changed.emit()


def _has_tick(item: QTreeWidgetItem) -> bool:
    return item.data(COL_NAME, Qt.ItemDataRole.CheckStateRole) is not None


def _set_below(item: QTreeWidgetItem, state: Qt.CheckState) -> None:
    if state == Qt.CheckState.PartiallyChecked:
        return
    for i in range(item.childCount()):
        child = item.child(i)
        if _has_tick(child):
            child.setCheckState(COL_NAME, state)
            _set_below(child, state)


def _update_above(item: QTreeWidgetItem | None) -> None:
    """A group is ticked when all ticks below are, unticked when none, else partly."""
    while item is not None:
        states = {item.child(i).checkState(COL_NAME) for i in range(item.childCount())
                  if _has_tick(item.child(i))}
        if states and _has_tick(item):
            state = states.pop() if len(states) == 1 else Qt.CheckState.PartiallyChecked
            item.setCheckState(COL_NAME, state)
        item = item.parent()


def _drop_empty_ticks(item: QTreeWidgetItem) -> bool:
    """Remove the tick of groups without any tickable field below; True if item has one."""
    if item.data(COL_NAME, KEY_ROLE) is not None:
        return item.data(COL_NAME, Qt.ItemDataRole.CheckStateRole) is not None
    found = False
    for i in range(item.childCount()):
        found = _drop_empty_ticks(item.child(i)) or found
    if not found:
        item.setData(COL_NAME, Qt.ItemDataRole.CheckStateRole, None)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
    return found


def _shown(value: str) -> str:
    """The full value (wrapped by the view); only blank-line runs are collapsed."""
    return "\n".join(line.rstrip() for line in value.strip().splitlines() if line.strip())


def _first_value(record: PreviewRecord) -> str:
    text = " ".join(" · ".join(f.value for f in record.fields[:2] if not f.optional).split())
    return (text if len(text) <= 80 else text[:79] + "…") or "…"
