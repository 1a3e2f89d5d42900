"""One generic widget that renders and answers any checklist from its content.

Keyboard first: in the tree, G/1 = gezien, N/2 = niet gezien, O/3 = onbekend and Space
cycles; Tab goes on to "Gezien door" and "Notitie" (Enter saves and returns to the
list). Every change is saved at once through ``ChecklistService.answer``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.content.checklists import Checklist, ChecklistItem
from desktop.domain import model as m
from desktop.domain.checklist_answers import Answer, ChecklistAnswer
from desktop.services.checklists import (
    ChecklistError,
    ChecklistService,
    seen_by_choices,
    seen_by_code,
    seen_by_label,
)
from desktop.ui.checklist_model import (
    ANSWER_KEYS,
    COL_ANSWER,
    COL_LABEL,
    COL_NOTE,
    COL_SEEN_BY,
    CYCLE,
    ChecklistModel,
    ExtraColumn,
    SeenOnlyProxy,
    answer_text,
    next_answer,
)
from desktop.ui.fields import buddy_label, tr_label
from desktop.ui.messages import show_error

_BLOCKING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
    | Qt.KeyboardModifier.MetaModifier


class ChecklistView(QTreeView):
    """Tree of categories and items; answer keys emit ``answer_key`` for the current item."""

    answer_key = Signal(QModelIndex, object)  # proxy index, Answer (None: next in cycle)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in ANSWER_KEYS and not event.modifiers() & _BLOCKING:
            index = self.currentIndex()
            if index.isValid() and index.parent().isValid():
                self.answer_key.emit(index, ANSWER_KEYS[key])
                event.accept()
                return
        super().keyPressEvent(event)


class ChecklistPanel(QWidget):
    answered = Signal(object)  # the stored ChecklistAnswer
    acute_seen = Signal(list)  # labels of acute items that just became "gezien"
    current_item_changed = Signal(str)  # item id, "" when a category or nothing is current

    def __init__(self, service: ChecklistService, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._case_id: int | None = None
        self._address_id: int | None = None
        self._detail_item: str = ""
        self.model = ChecklistModel(self)
        self.proxy = SeenOnlyProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setProperty("role", "hint")
        self.description.setWordWrap(True)
        self.seen_only = QCheckBox(self.tr("Alleen &gezien"))
        self.seen_only.setAccessibleName(self.tr("Alleen gezien tonen"))
        self.seen_only.toggled.connect(self._filter)
        keys = QLabel(self.tr("Toetsen: G of 1 = gezien, N of 2 = niet gezien, O of 3 = onbekend,"
                              " spatie = volgende antwoord; Tab naar 'Gezien door'."))
        keys.setProperty("role", "hint")
        keys.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.seen_only)
        bar.addWidget(keys, 1)
        self.view = self._build_view()
        self.empty = QLabel(self.tr("Nog niets als gezien aangemerkt in deze lijst."))
        self.empty.setProperty("role", "hint")
        self.empty.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self._build_detail())
        self.setTabOrder(self.seen_only, self.view)
        self.setTabOrder(self.view, self.seen_by)
        self.setTabOrder(self.seen_by, self.note)
        self.setTabOrder(self.note, self.answer)

    def _build_view(self) -> ChecklistView:
        view = ChecklistView()
        view.setModel(self.proxy)
        view.setAccessibleName(self.tr("Signalen"))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.answer_key.connect(self._on_answer_key)
        view.doubleClicked.connect(self._on_double_click)
        view.selectionModel().currentChanged.connect(self._on_current)
        return view

    def _build_detail(self) -> QGroupBox:
        box = QGroupBox(self.tr("Geselecteerd signaal"))
        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        self.item_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.item_label.font()
        font.setBold(True)
        self.item_label.setFont(font)
        self.item_help = QLabel()
        self.item_help.setWordWrap(True)
        self.item_help.setProperty("role", "hint")
        self.seen_by = QComboBox()
        self.seen_by.setEditable(True)
        self.seen_by.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.seen_by.setAccessibleName(self.tr("Gezien door (afdeling of bron)"))
        self.seen_by.addItem("", "")
        for code, label in seen_by_choices():
            self.seen_by.addItem(tr_label(label), code)
        self.seen_by.lineEdit().setPlaceholderText(self.tr("afdeling of bron"))
        self.seen_by.lineEdit().editingFinished.connect(self._save_details)
        self.seen_by.lineEdit().returnPressed.connect(self.view.setFocus)
        self.seen_by.activated.connect(self._save_details)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Notitie bij dit signaal"))
        self.note.setPlaceholderText(self.tr("optioneel, kort en feitelijk"))
        self.note.editingFinished.connect(self._save_details)
        self.note.returnPressed.connect(self.view.setFocus)
        self.answer = QComboBox()
        self.answer.setAccessibleName(self.tr("Antwoord"))
        self.answer.activated.connect(self._on_answer_combo)
        grid = QGridLayout(box)
        grid.addWidget(self.item_label, 0, 0, 1, 6)
        grid.addWidget(self.item_help, 1, 0, 1, 6)
        grid.addWidget(buddy_label(self.tr("Gezien &door:"), self.seen_by), 2, 0)
        grid.addWidget(self.seen_by, 2, 1)
        grid.addWidget(buddy_label(self.tr("&Notitie:"), self.note), 2, 2)
        grid.addWidget(self.note, 2, 3)
        grid.addWidget(buddy_label(self.tr("&Antwoord:"), self.answer), 2, 4)
        grid.addWidget(self.answer, 2, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        self.detail = box
        return box

    # -- loading -----------------------------------------------------------------------
    def load(self, case_id: int, checklist: Checklist, address: m.Address | None = None,
             extra: list[ExtraColumn] | None = None, title: str = "") -> None:
        """Show ``checklist`` (in the version this case uses) with the case's answers."""
        self._save_details()  # pending edits of the item shown so far
        same = self.model.checklist is not None and self.model.checklist.id == checklist.id \
            and (self._case_id, self._address_id) == (case_id, address.id if address else None)
        keep, self._detail_item = (self._detail_item if same else ""), ""
        self._case_id, self._address_id = case_id, address.id if address else None
        answers = self._service.answers_for(case_id, checklist.id, self._address_id)
        self.model.set_list(checklist, answers, extra)
        self._set_texts(checklist, title)
        self.view.expandAll()
        self._size_columns()
        self._select(keep)
        self._update_empty()

    def _set_texts(self, checklist: Checklist, title: str) -> None:
        steps = checklist.kind == "steps"
        self.title.setText(title or checklist.title)
        text = checklist.description or ""
        newest = self._service.catalog.latest_version(checklist.id)
        version = self.tr("Versie {v}.").format(v=checklist.version)
        if newest > checklist.version:
            version = self.tr("Deze zaak gebruikt versie {v} van deze lijst; er is een nieuwere"
                              " versie ({new}). De antwoorden blijven bij versie {v} zodat ze bij"
                              " elkaar passen.").format(v=checklist.version, new=newest)
        self.description.setText(f"{text} {version}".strip())
        self.seen_only.setText(self.tr("Alleen &gedaan") if steps else self.tr("Alleen &gezien"))
        name = self.tr("Stappen: {title}") if steps else self.tr("Signalen: {title}")
        self.view.setAccessibleName(name.format(title=checklist.title))
        self.detail.setTitle(self.tr("Geselecteerde stap") if steps
                             else self.tr("Geselecteerd signaal"))
        with QSignalBlocker(self.answer):
            self.answer.clear()
            for value in CYCLE:
                self.answer.addItem(answer_text(value, steps), value)

    def _size_columns(self) -> None:
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ANSWER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SEEN_BY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        width = self.fontMetrics().averageCharWidth()
        header.resizeSection(COL_SEEN_BY, width * 24)
        header.resizeSection(COL_NOTE, width * 26)
        for column in range(COL_NOTE + 1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _select(self, item_id: str) -> None:
        source = self.model.index_of(item_id) if item_id else self.model.first_item_index()
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            index = self.proxy.index(0, 0, self.proxy.index(0, 0))
        self.view.setCurrentIndex(index)
        self._on_current(index)

    def select_item(self, item_id: str) -> None:
        self._select(item_id)

    def current_item_id(self) -> str:
        return self._detail_item

    # -- answering ---------------------------------------------------------------------
    def _item_for(self, proxy_index: QModelIndex) -> ChecklistItem | None:
        return self.model.item_at(self.proxy.mapToSource(proxy_index))

    def _on_answer_key(self, index: QModelIndex, value: Answer | None) -> None:
        item = self._item_for(index)
        if item is None:
            return
        if value is None:
            stored = self.model.answer_of(item.id)
            value = next_answer(stored.answer if stored else Answer.UNKNOWN)
        self.set_answer(item.id, value)

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.column() == COL_ANSWER:
            self._on_answer_key(index, None)

    def _on_answer_combo(self) -> None:
        if self._detail_item:
            self.set_answer(self._detail_item, self.answer.currentData())

    def set_answer(self, item_id: str, value: Answer) -> ChecklistAnswer | None:
        """Answer an item, keeping who saw it and the note."""
        stored = self.model.answer_of(item_id)
        return self._store(item_id, value, stored.seen_by if stored else "",
                           stored.note if stored else "")

    def _save_details(self) -> None:
        item_id, checklist = self._detail_item, self.model.checklist
        if not item_id or checklist is None or item_id not in {i.id for i in checklist.items}:
            return
        stored = self.model.answer_of(item_id)
        seen_by, note = seen_by_code(self.seen_by.currentText()), self.note.text().strip()
        if stored is None and not seen_by and not note:
            return
        if stored is not None and (stored.seen_by, stored.note) == (seen_by, note):
            return
        self._store(item_id, stored.answer if stored else Answer.UNKNOWN, seen_by, note)

    def _store(self, item_id: str, value: Answer, seen_by: str, note: str
               ) -> ChecklistAnswer | None:
        checklist = self.model.checklist
        if checklist is None or self._case_id is None:
            return None
        before = self.model.answer_of(item_id)
        try:
            saved = self._service.answer(self._case_id, checklist.id, item_id, value, seen_by,
                                         note, self._address_id)
        except ChecklistError as exc:
            show_error(self, exc.message)
            return None
        except Exception as exc:  # store errors carry a Dutch message; others are generic
            show_error(self, exc)
            return None
        self.model.set_answer(saved)
        if item_id == self._detail_item:
            self._show_detail(item_id)
        self._update_empty()
        self.answered.emit(saved)
        if checklist.item(item_id).acute and saved.answer == Answer.SEEN \
                and (before is None or before.answer != Answer.SEEN):
            self.acute_seen.emit([checklist.item(item_id).label])
        return saved

    # -- detail pane -------------------------------------------------------------------
    def _on_current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        item = self._item_for(index) if index.isValid() else None
        if self._detail_item and (item is None or item.id != self._detail_item):
            self._save_details()
        self._detail_item = item.id if item else ""
        self._show_detail(self._detail_item)
        self.current_item_changed.emit(self._detail_item)

    def _show_detail(self, item_id: str) -> None:
        checklist = self.model.checklist
        item = checklist.item(item_id) if checklist and item_id else None
        for widget in (self.seen_by, self.note, self.answer):
            widget.setEnabled(item is not None)
        stored = self.model.answer_of(item_id) if item else None
        with QSignalBlocker(self.seen_by), QSignalBlocker(self.note), \
                QSignalBlocker(self.answer):
            self.seen_by.setEditText(tr_label(seen_by_label(stored.seen_by)) if stored else "")
            self.note.setText(stored.note if stored else "")
            value = stored.answer if stored else Answer.UNKNOWN
            self.answer.setCurrentIndex(max(0, self.answer.findData(value)))
        self.item_label.setText(item.label if item else self.tr("Kies een signaal in de lijst."))
        self.item_help.setText(self._help_text(item) if item else "")

    def _help_text(self, item: ChecklistItem) -> str:
        parts = [item.explanation]
        if item.spotters:
            parts.append(self.tr("Vaak gezien door: {who}.").format(
                who=", ".join(tr_label(seen_by_label(s.value)) for s in item.spotters)))
        if item.source_register:
            parts.append(self.tr("Na te gaan in: {register}.").format(
                register=item.source_register))
        if item.acute:
            parts.append(self.tr("Acuut signaal: bij 'gezien' verschijnt wie u belt."))
        return " ".join(parts)

    # -- filter ------------------------------------------------------------------------
    def _filter(self, on: bool) -> None:
        self.proxy.set_seen_only(on)
        self.view.expandAll()
        self._update_empty()
        if not self.view.currentIndex().isValid():
            self._select("")

    def _update_empty(self) -> None:
        self.empty.setVisible(self.proxy.seen_only and self.proxy.rowCount() == 0)

    def visible_item_ids(self) -> list[str]:
        """Item ids the view shows now (after the filter), top to bottom."""
        out = []
        for g in range(self.proxy.rowCount()):
            parent = self.proxy.index(g, 0)
            for r in range(self.proxy.rowCount(parent)):
                item = self._item_for(self.proxy.index(r, 0, parent))
                if item is not None:
                    out.append(item.id)
        return out
