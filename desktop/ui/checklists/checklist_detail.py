"""The "selected signal" box under a checklist: explanation, who saw it, note, answer.

Only shows and reports; the panel saves. ``edited`` fires when "gezien door" or the
note is finished (Enter, leaving the field, picking from the list); ``answer_chosen``
when the answer combo is used; ``back_to_list`` on Enter so typing stays fast.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from desktop.content.checklists import ChecklistItem
from desktop.domain.checklist_answers import Answer, ChecklistAnswer
from desktop.services.checklists import seen_by_choices, seen_by_code, seen_by_label
from desktop.ui.checklists.checklist_model import CYCLE, answer_text
from desktop.ui.widgets.fields import buddy_label, tr_label


class AnswerDetail(QGroupBox):
    edited = Signal()
    answer_chosen = Signal(object)  # Answer
    back_to_list = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Geselecteerd signaal"), parent)
        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        self.item_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.item_label.font()
        font.setBold(True)
        self.item_label.setFont(font)
        self.item_help = QLabel()
        self.item_help.setWordWrap(True)
        self.item_help.setProperty("role", "hint")
        self.seen_by = self._build_seen_by()
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Notitie bij dit signaal"))
        self.note.setPlaceholderText(self.tr("optioneel, kort en feitelijk"))
        self.note.editingFinished.connect(self.edited)
        self.note.returnPressed.connect(self.back_to_list)
        self.answer = QComboBox()
        self.answer.setAccessibleName(self.tr("Antwoord"))
        self.answer.activated.connect(lambda: self.answer_chosen.emit(self.answer.currentData()))
        self.seen_by_label = buddy_label(self.tr("Gezien &door:"), self.seen_by)
        self.grid = QGridLayout(self)
        self.grid.addWidget(self.item_label, 0, 0, 1, 6)
        self.grid.addWidget(self.item_help, 1, 0, 1, 6)
        self.grid.addWidget(self.seen_by_label, 2, 0)
        self.grid.addWidget(self.seen_by, 2, 1)
        self.grid.addWidget(buddy_label(self.tr("&Notitie:"), self.note), 2, 2)
        self.grid.addWidget(self.note, 2, 3)
        self.grid.addWidget(buddy_label(self.tr("&Antwoord:"), self.answer), 2, 4)
        self.grid.addWidget(self.answer, 2, 5)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(3, 3)
        self.setTabOrder(self.seen_by, self.note)
        self.setTabOrder(self.note, self.answer)
        self.set_steps(False)

    def _build_seen_by(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.addItem("", "")
        for code, label in seen_by_choices():
            combo.addItem(tr_label(label), code)
        combo.lineEdit().setPlaceholderText(self.tr("afdeling of bron"))
        combo.lineEdit().editingFinished.connect(self.edited)
        combo.lineEdit().returnPressed.connect(self.back_to_list)
        combo.activated.connect(self.edited)
        return combo

    def add_row(self, widget: QWidget) -> None:
        """An extra full-width row under the fields (the risk-address view's evidence)."""
        self.grid.addWidget(widget, 3, 0, 1, 6)

    def set_steps(self, steps: bool) -> None:
        """Wording for procedure lists (meldcode) or signal lists."""
        self.setTitle(self.tr("Geselecteerde stap") if steps else self.tr("Geselecteerd signaal"))
        self.seen_by_label.setText(self.tr("&Door:") if steps else self.tr("Gezien &door:"))
        self.seen_by.setAccessibleName(self.tr("Gedaan door") if steps
                                       else self.tr("Gezien door (afdeling of bron)"))
        with QSignalBlocker(self.answer):
            self.answer.clear()
            for value in CYCLE:
                self.answer.addItem(answer_text(value, steps), value)

    def values(self) -> tuple[str, str]:
        """(seen-by code or free text, note) as typed now."""
        return seen_by_code(self.seen_by.currentText()), self.note.text().strip()

    def show_item(self, item: ChecklistItem | None, stored: ChecklistAnswer | None) -> None:
        for widget in (self.seen_by, self.note, self.answer):
            widget.setEnabled(item is not None)
        with QSignalBlocker(self.seen_by), QSignalBlocker(self.note), \
                QSignalBlocker(self.answer):
            self.seen_by.setEditText(tr_label(seen_by_label(stored.seen_by)) if stored else "")
            self.seen_by.lineEdit().setCursorPosition(0)
            self.note.setText(stored.note if stored else "")
            self.note.setCursorPosition(0)
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
