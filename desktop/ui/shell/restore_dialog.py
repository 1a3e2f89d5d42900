"""Restoring a ``.schakelbackup`` from the unlock screen (register missing or damaged).

The backup is opened with its own passphrase or recovery code and fully checked
before the current files are moved aside (``desktop.services.maintenance.restore``).
A backup of another register, or one older than the current register's last change,
is only restored after the officer confirms the warning.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import maintenance
from desktop.ui.widgets import messages, worker


class RestoreDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Back-up terugzetten"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build()
        self.setMinimumWidth(540)

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Kies een back-upbestand (.schakelbackup). Schakel controleert de back-up eerst "
            "volledig; pas daarna wordt het huidige register opzij gezet in de map 'backups'."))
        intro.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Back-upbestand"))
        browse = QPushButton(self.tr("Bla&deren…"))
        browse.setAccessibleName(self.tr("Back-upbestand kiezen"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.by_passphrase = QRadioButton(self.tr("met de &wachtwoordzin van de back-up"))
        self.by_recovery = QRadioButton(self.tr("met de &herstelcode"))
        self.by_passphrase.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_passphrase)
        group.addButton(self.by_recovery)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Wachtwoordzin of herstelcode"))
        self.by_recovery.toggled.connect(self._mode_changed)
        form = QFormLayout()
        file_label = QLabel(self.tr("Back-up&bestand:"))
        file_label.setBuddy(self.file)
        secret_label = QLabel(self.tr("&Sleutel:"))
        secret_label.setBuddy(self.secret)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("Openen:"), self.by_passphrase)
        form.addRow("", self.by_recovery)
        form.addRow(secret_label, self.secret)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Terugzetten"))
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (self.error, self.busy, self.buttons):
            layout.addWidget(widget)

    def _mode_changed(self, recovery: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery
                                else QLineEdit.EchoMode.Password)

    def _browse(self) -> None:
        path = messages.ask_open_file(self, self.tr("Back-up kiezen"),
                                      self.tr("Schakel-back-ups (*.schakelbackup)"))
        if path:
            self.file.setText(path)

    def _restore(self, force: bool = False) -> None:
        source, secret = self.file.text().strip(), self.secret.text()
        if not source or not Path(source).is_file():
            self.error.setText(self.tr("Kies een bestaand back-upbestand."))
            return
        if not secret:
            self.error.setText(self.tr("Vul de wachtwoordzin of herstelcode van de back-up in."))
            return
        how = "recovery" if self.by_recovery.isChecked() else "passphrase"
        self.error.clear()
        self.busy.setVisible(True)
        worker.run_with_progress(  # this process holds the instance lock (app.py)
            lambda progress: maintenance.restore(self.data_dir, Path(source), how, secret, force=force,
                                                 lock_held=True, progress=progress),
            self._restored, self._failed, owner=self, busy=[self.ok, self.secret, self.file],
            title=self.tr("Back-up terugzetten"), label=self.tr("Back-up wordt gecontroleerd…"),
            on_cancel=self._cancelled,
        )

    def _cancelled(self) -> None:
        self.busy.setVisible(False)
        self.error.setText(self.tr("Afgebroken; het huidige register is ongewijzigd."))

    def _restored(self, _result: object) -> None:
        self.busy.setVisible(False)
        self.secret.clear()
        messages.show_info(self, self.tr("De back-up is teruggezet. Ontgrendel nu het register."))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        if isinstance(exc, maintenance.RestoreNeedsConfirmation):
            question = "\n\n".join([*exc.warnings, self.tr(
                "Het huidige register gaat dan opzij naar de map 'backups'. Toch terugzetten?")])
            if messages.confirm(self, question):
                self._restore(force=True)
            else:
                self.error.setText(self.tr("Niet teruggezet; het huidige register is ongewijzigd."))
            return
        self.error.setText(messages.error_text(exc))
