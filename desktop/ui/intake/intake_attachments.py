"""Attachments in the intake: files chosen or dropped while registering a signal.

The files are only remembered by path (in memory, not in the draft) and stored encrypted
right after the signal is saved — a new signal has no case yet to attach them to. A refused
file is reported by name with its Dutch reason; the signal itself is saved regardless.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.services.attachments import AttachmentRefused
from desktop.ui.widgets import messages

if TYPE_CHECKING:
    from desktop.services.register import Register


class IntakeAttachments(QGroupBox):
    changed = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setTitle(self.tr("Bijlagen (schermafbeelding, foto, e-mail, scan)"))
        self.setAcceptDrops(True)
        self.paths: list[Path] = []
        self.listing = QLabel()
        self.listing.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Bijlagen kie&zen…"))
        self.add_button.setAccessibleName(self.tr("Bestanden kiezen om als bijlage op te slaan"))
        self.add_button.clicked.connect(self.pick)
        self.clear_button = QPushButton(self.tr("Lijst leegmaken"))
        self.clear_button.setAccessibleName(self.tr("Gekozen bijlagen niet opslaan"))
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.listing)
        layout.addLayout(row)
        self._show()

    def focus_chain(self) -> list:
        return [self.add_button, self.clear_button]

    def pick(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Bijlagen kiezen"), messages.documents_dir())
        self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
        self._show()
        self.changed.emit()

    def clear(self) -> None:
        self.paths = []
        self._show()

    def _show(self) -> None:
        self.clear_button.setEnabled(bool(self.paths))
        self.listing.setText("\n".join(p.name for p in self.paths) if self.paths else self.tr(
            "Sleep bestanden hierheen of kies ze. Ze worden versleuteld opgeslagen zodra het signaal "
            "is opgeslagen; laat ze daarna niet in Downloads staan."))

    def store(self, register: Register, case_id: int) -> list[str]:
        """Store the chosen files with the saved case; returns "name: reason" per refused file."""
        refused = []
        for path in self.paths:
            try:
                register.attachments.add_file(case_id, path, source="intake")
            except AttachmentRefused as exc:
                refused.append(f"{path.name}: {exc.message}")
        self.clear()
        if refused:
            messages.show_error(self, "\n".join(
                [self.tr("Het signaal is opgeslagen, maar deze bijlagen niet:")] + refused))
        return refused

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and all(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        event.acceptProposedAction()
        self.add_paths([Path(u.toLocalFile()) for u in event.mimeData().urls()])
