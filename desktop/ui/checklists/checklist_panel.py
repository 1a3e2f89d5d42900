"""One generic widget that renders and answers any checklist from its content.

Keyboard first: in the tree, G/1 = gezien, N/2 = niet gezien, O/3 = onbekend and Space
cycles; Tab goes on to "Gezien door" and "Notitie" (Enter saves and returns to the
list). Every change is saved at once through ``ChecklistService.answer``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.content.checklists import Checklist, ChecklistItem
from desktop.domain import model as m
from desktop.domain.checklist_answers import Answer, ChecklistAnswer
from desktop.services.checklists import ChecklistError, ChecklistService
from desktop.ui.checklists.checklist_detail import AnswerDetail
from desktop.ui.checklists.checklist_model import (
    COL_ANSWER,
    COL_LABEL,
    COL_NOTE,
    COL_SEEN_BY,
    ChecklistModel,
    ExtraColumn,
    SeenOnlyProxy,
    next_answer,
)
from desktop.ui.checklists.checklist_view import ChecklistView
from desktop.ui.widgets.messages import show_error

#: share of the view's width per column (the signal text gets the rest)
SHARES = {COL_SEEN_BY: 0.17, COL_NOTE: 0.2}
SHARES_WITH_EXTRA = {COL_SEEN_BY: 0.14, COL_NOTE: 0.12, COL_NOTE + 1: 0.17}


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
        self.keys = QLabel()
        self.keys.setProperty("role", "hint")
        self.keys.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.seen_only)
        bar.addWidget(self.keys, 1)
        self.view = self._build_view()
        self.empty = QLabel(self.tr("Nog niets als gezien aangemerkt in deze lijst."))
        self.empty.setProperty("role", "hint")
        self.empty.setVisible(False)
        self.detail = AnswerDetail()
        self.detail.edited.connect(self._save_details)
        self.detail.answer_chosen.connect(self._on_answer_combo)
        self.detail.back_to_list.connect(self.view.setFocus)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.view, 1)
        upper_layout.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.seen_only, self.view)
        self.setTabOrder(self.view, self.detail.seen_by)

    def _build_view(self) -> ChecklistView:
        view = ChecklistView()
        view.setModel(self.proxy)
        view.setAccessibleName(self.tr("Signalen"))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setMinimumHeight(self.fontMetrics().height() * 8)
        view.answer_key.connect(self._on_answer_key)
        view.doubleClicked.connect(self._on_double_click)
        view.selectionModel().currentChanged.connect(self._on_current)
        return view

    def showEvent(self, event) -> None:
        """First show: the list gets all room the detail box does not need."""
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            self.splitter.setSizes([10_000, self.detail.minimumSizeHint().height()])
            self._fit_detail()

    # the detail fields, for callers and tests
    @property
    def seen_by(self):
        return self.detail.seen_by

    @property
    def note(self):
        return self.detail.note

    @property
    def answer(self):
        return self.detail.answer

    # -- loading -----------------------------------------------------------------------
    def load(self, case_id: int, checklist: Checklist, address: m.Address | None = None,
             extra: list[ExtraColumn] | None = None, title: str = "", facts: str = ""
             ) -> None:
        """Show ``checklist`` (in the version this case uses) with the case's answers."""
        self._save_details()  # pending edits of the item shown so far
        same = self.model.checklist is not None and self.model.checklist.id == checklist.id \
            and (self._case_id, self._address_id) == (case_id, address.id if address else None)
        keep, self._detail_item = (self._detail_item if same else ""), ""
        self._case_id, self._address_id = case_id, address.id if address else None
        answers = self._service.answers_for(case_id, checklist.id, self._address_id)
        self.model.set_list(checklist, answers, extra)
        self._set_texts(checklist, title, facts)
        self._size_columns(bool(extra))
        self.view.expandAll()
        self._select(keep)
        self._update_empty()

    def _set_texts(self, checklist: Checklist, title: str, facts: str) -> None:
        steps = checklist.kind == "steps"
        self.title.setText(title or checklist.title)
        lines = [facts] if facts else []
        if steps and checklist.applies_when == "minor":
            lines.append(self.tr("Er is een minderjarige bij deze zaak betrokken: doorloop de"
                                 " stappen van de meldcode."))
        newest = self._service.catalog.latest_version(checklist.id)
        version = self.tr("Versie {v}.").format(v=checklist.version)
        if newest > checklist.version:
            version = self.tr("Deze zaak gebruikt versie {v} van deze lijst; er is een nieuwere"
                              " versie ({new}). De antwoorden blijven bij versie {v} zodat ze bij"
                              " elkaar passen.").format(v=checklist.version, new=newest)
        lines.append(f"{checklist.description or ''} {version}".strip())
        self.description.setText("\n".join(lines))
        self.seen_only.setText(self.tr("Alleen &gedaan") if steps else self.tr("Alleen &gezien"))
        self.keys.setText(
            self.tr("G/1 gedaan · N/2 niet gedaan · O/3 nog open · spatie: volgende") if steps
            else self.tr("G/1 gezien · N/2 niet gezien · O/3 onbekend · spatie: volgende"))
        self.keys.setToolTip(self.tr("Toetsen in de lijst; Tab gaat naar 'Gezien door' en"
                                     " 'Notitie', Enter bewaart en gaat terug naar de lijst."))
        name = self.tr("Stappen: {title}") if steps else self.tr("Signalen: {title}")
        self.view.setAccessibleName(name.format(title=checklist.title))
        self.detail.set_steps(steps)

    def _size_columns(self, with_extra: bool) -> None:
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ANSWER, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(COL_SEEN_BY, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        if with_extra:  # the last extra column (a count) sizes to its contents
            header.setSectionResizeMode(self.model.columnCount() - 1,
                                        QHeaderView.ResizeMode.ResizeToContents)
        minimum = self.fontMetrics().averageCharWidth() * 12
        self.view.set_column_shares(SHARES_WITH_EXTRA if with_extra else SHARES, minimum)

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

    def _on_answer_combo(self, value: Answer) -> None:
        if self._detail_item:
            self.set_answer(self._detail_item, value)

    def set_default_seen_by(self, code: str) -> None:
        """"Gezien door" for a new "gezien" answer: the signal's department until the officer
        types another; then the last one used in this session."""
        if not getattr(self, "_last_seen_by", ""):
            self._last_seen_by = code

    def set_answer(self, item_id: str, value: Answer) -> ChecklistAnswer | None:
        """Answer an item, keeping who saw it and the note; "onbekend" clears both."""
        stored = self.model.answer_of(item_id)
        seen_by, note = (stored.seen_by, stored.note) if stored else ("", "")
        if value == Answer.UNKNOWN:
            seen_by, note = "", ""
        elif value == Answer.SEEN and not seen_by:
            seen_by = getattr(self, "_last_seen_by", "")
        return self._store(item_id, value, seen_by, note)

    def _save_details(self) -> None:
        item_id, checklist = self._detail_item, self.model.checklist
        if not item_id or checklist is None or item_id not in {i.id for i in checklist.items}:
            return
        stored = self.model.answer_of(item_id)
        seen_by, note = self.detail.values()
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
        if saved.seen_by:
            self._last_seen_by = saved.seen_by
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
        self.detail.show_item(item, self.model.answer_of(item_id) if item else None)
        self._fit_detail()

    def _fit_detail(self) -> None:
        """Give the detail box the height its wrapped explanation needs (taken from the
        bottom of the list, so no row moves under the pointer)."""
        layout = self.detail.layout()
        if not self.isVisible() or layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.detail.width())
        top, bottom = self.splitter.sizes()
        if bottom < needed and top + bottom > needed:
            self.splitter.setSizes([top + bottom - needed, needed])

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
