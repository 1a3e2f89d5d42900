"""Setting a new passphrase after unlocking with the recovery code. Cannot be skipped.

The dialog has no Cancel, ignores Escape and the close button; only locking
(``close_for_lock``) ends it without a new passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.services.register import Register
from desktop.services.session import VaultService
from desktop.ui.widgets import messages, worker
from desktop.ui.widgets.passphrase import PassphraseFields


class NewPassphraseDialog(QDialog):
    def __init__(self, service: VaultService, register: Register,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.register = service, register
        self._closing_for_lock = False
        self.setWindowTitle(self.tr("Nieuwe wachtwoordzin instellen"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setModal(True)
        intro = QLabel(self.tr(
            "U hebt het register geopend met de herstelcode. Kies nu een nieuwe "
            "wachtwoordzin; daarmee ontgrendelt u Schakel voortaan. Bewaar de herstelcode "
            "weer veilig: hij blijft geldig."))
        intro.setWordWrap(True)
        self.fields = PassphraseFields(self, new=True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.setAccessibleName(self.tr("Melding"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Bezig met opslaan"))
        self.save = QPushButton(self.tr("Wachtwoordzin &opslaan"))
        self.save.setAccessibleName(self.tr("Wachtwoordzin opslaan"))
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        layout = QVBoxLayout(self)
        for widget in (intro, self.fields, self.error, self.busy):
            layout.addWidget(widget)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(520)
        self.fields.focus()

    def _save(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.error.setText(problem)
            return
        self.error.setText("")
        new = self.fields.passphrase()
        self.busy.setVisible(True)
        worker.run_in_background(
            lambda: self.service.change_passphrase(self.register, new),
            self._saved, self._failed, owner=self, busy=[self.fields, self.save],
        )

    def _saved(self, _result: object) -> None:
        self.busy.setVisible(False)
        self.fields.clear()
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.error.setText(messages.error_text(exc))

    def reject(self) -> None:
        if self._closing_for_lock:
            super().reject()

    def close_for_lock(self) -> None:
        """Locking ends the dialog without a new passphrase."""
        self._closing_for_lock = True
        self.fields.clear()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._closing_for_lock:
            event.accept()
        else:
            event.ignore()
