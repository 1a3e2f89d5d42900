"""A banner above the workspace: the municipality's content files that were skipped.

Shown once after unlock when a file in the policy's ``inhoud_map`` is broken (it was
skipped; the shipped content keeps working). The text names file, line and reason, so the
officer can pass it on to the functional administrator; "Sluiten" hides it until the next
unlock. The check runs off the GUI thread (it loads every route, list and profile).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.content_warnings import skipped_content, warning_lines
from desktop.ui.widgets import worker

if TYPE_CHECKING:
    from desktop.services.register import Register


class ContentBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#contentBanner { background: rgba(230, 160, 0, 60); "
                           "border: 1px solid rgba(200, 130, 0, 160); }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Overgeslagen inhoudsbestanden"))
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.close_button.setAccessibleName(self.tr("Melding over inhoudsbestanden sluiten"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button)
        self.setVisible(False)

    def check(self, register: Register) -> None:
        """Look for skipped municipal files in the background; show the banner if any."""
        self.setVisible(False)
        worker.run_in_background(lambda: warning_lines(skipped_content(register)),
                                 self.show_lines, lambda _exc: None, owner=self)

    def show_lines(self, lines: list[str]) -> None:
        if not lines:
            self.setVisible(False)
            return
        self.text.setText("\n".join(line.strip() if i == 0 else "• " + line.strip()
                                    for i, line in enumerate(lines)))
        self.setVisible(True)
