"""The export dialog's "Bijlagen meesturen" part: images the profile allows, each ticked with a reason.

Hidden when the profile never lets attachments go (the default). An attachment whose file
name contains the name of a person in the case is marked: the PDF uses a neutral name
("bijlage-1.png"), but the picture itself may still show the person — look before sending.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout

from desktop.services.attachment_export import Candidate, candidates
from desktop.services.attachments import size_text


class ExportAttachments(QGroupBox):
    changed = Signal()

    def __init__(self, register: Any, parent: Any = None):
        super().__init__(parent)
        self.register = register
        self.setTitle(self.tr("Bijlagen meesturen (alleen afbeeldingen, elk met een reden)"))
        self.rows: list[tuple[Candidate, QCheckBox, QLineEdit]] = []
        self.grid = QGridLayout()
        self.note = QLabel(self.tr("Standaard gaat er geen bijlage mee. Vink alleen aan wat de "
                                   "ontvanger echt nodig heeft; de reden komt in het exportlogboek."))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.grid)
        self.setVisible(False)

    def set_preview(self, preview: Any) -> None:
        for _c, box, reason in self.rows:
            box.deleteLater()
            reason.deleteLater()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = []
        found = candidates(self.register, preview.profile, preview.case_ids) if preview else []
        for i, cand in enumerate(found):
            text = self.tr("Zaak {n}: {name} ({size})").format(
                n=cand.case_number, name=cand.row.file_name, size=size_text(cand.row.size))
            box = QCheckBox(text)
            reason = QLineEdit()
            reason.setPlaceholderText(self.tr("Reden om deze bijlage mee te sturen"))
            reason.setAccessibleName(self.tr("Reden voor bijlage {name}").format(name=cand.row.file_name))
            reason.setEnabled(False)
            box.toggled.connect(reason.setEnabled)
            box.toggled.connect(lambda _on: self.changed.emit())
            reason.textChanged.connect(lambda _t: self.changed.emit())
            self.grid.addWidget(box, i, 0)
            self.grid.addWidget(reason, i, 1)
            if cand.name_in_file_name:
                warn = QLabel(self.tr("bestandsnaam bevat de naam {name}").format(name=cand.name_in_file_name))
                warn.setStyleSheet("color: #b00020;")
                self.grid.addWidget(warn, i, 2)
            self.rows.append((cand, box, reason))
        self.setVisible(bool(found))

    def picks(self) -> dict[int, str]:
        """Ticked attachments with their reasons (an empty reason is refused when saving)."""
        return {c.row.id: reason.text() for c, box, reason in self.rows if box.isChecked()}

    def missing_reason(self) -> bool:
        return any(not r.strip() for r in self.picks().values())
