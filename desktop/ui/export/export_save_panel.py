"""Where and how an export is saved: folder (with the synced/shared warning), optional
password (typed twice) and the officer's confirmation tick (``confirm``; the dialog
places it next to its save button)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services.export.folder import folder_warning
from desktop.services.ui_types import StoreError
from desktop.ui.widgets import messages
from desktop.ui.widgets.fields import ERROR_COLOUR

MIN_PASSWORD = 8
FOLDER_SETTING = "export_folder"


def start_folder(register: Any) -> str:
    """The remembered export folder, else the policy's, else Documents."""
    try:
        remembered = register.setting(FOLDER_SETTING)
    except StoreError:
        remembered = ""
    if remembered and Path(remembered).is_dir():
        return remembered
    policy_dir = register.policy.export_dir
    if policy_dir and Path(policy_dir).is_dir():
        return str(policy_dir)
    return messages.documents_dir() or str(Path.home())
WARNING_STYLE = ("QLabel { background: #fff4d6; color: #5c4400; border: 1px solid #e0c36a;"
                 " border-radius: 3px; padding: 4px 6px; }")


class SavePanel(QWidget):
    changed = Signal()

    def __init__(self, start_folder: str, password_required: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password_required = password_required
        tr = self.tr
        self.folder_edit = QLineEdit(start_folder)
        self.folder_edit.setAccessibleName(tr("Map voor de export"))
        self.browse = QPushButton(tr("&Bladeren…"))
        self.browse.setAccessibleName(tr("Map kiezen"))
        self.browse.clicked.connect(self._choose_folder)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        # always there (empty when the folder is fine): its space is reserved so nothing above
        # or below moves when a warning appears
        self.warning.setMinimumHeight(self.warning.fontMetrics().lineSpacing() * 2 + 10)
        self.warning.setAccessibleName(tr("Waarschuwing over de gekozen map"))
        self.file_name = QLabel()
        self.file_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_password = QCheckBox(tr("Beveiligen met een &wachtwoord"))
        self.use_password.setAccessibleName(tr("PDF beveiligen met een wachtwoord"))
        self.password = self._password_edit(tr("Wachtwoord"))
        self.repeat = self._password_edit(tr("Herhaal wachtwoord"))
        self.password_error = QLabel()
        self.password_error.setStyleSheet(f"color: {ERROR_COLOUR}")
        # reserved: a validation message never moves the password fields under the mouse
        self.password_error.setMinimumHeight(self.password_error.fontMetrics().lineSpacing())
        self.confirm = QCheckBox(tr("Ik heb &gecontroleerd dat alleen noodzakelijke gegevens "
                                    "zijn opgenomen"))
        self.confirm.setAccessibleName(tr("Bevestiging: alleen noodzakelijke gegevens"))
        self._layout()
        self.folder_edit.textChanged.connect(self._folder_changed)
        self.use_password.toggled.connect(self._password_toggled)
        for widget in (self.password, self.repeat):
            widget.textChanged.connect(self._password_changed)
        self.confirm.toggled.connect(self.changed)
        self._password_toggled(False)
        if password_required:
            self.use_password.setChecked(True)
            self.use_password.setEnabled(False)
            self.use_password.setToolTip(tr("Uw organisatie eist een wachtwoord op elke export."))
        self._folder_changed()

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setPlaceholderText(name)
        edit.setAccessibleName(name)
        return edit

    def _layout(self) -> None:
        folder_label = QLabel(self.tr("&Map:"))
        folder_label.setBuddy(self.folder_edit)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(folder_label, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse)
        grid.addLayout(row, 0, 1)
        passwords = QHBoxLayout()
        passwords.addWidget(self.use_password)
        passwords.addWidget(self.password, 1)
        passwords.addWidget(self.repeat, 1)
        grid.addLayout(passwords, 1, 1)
        grid.addWidget(self.password_error, 2, 1)
        # below the passwords: a folder warning appearing never moves them
        grid.addWidget(self.file_name, 3, 1)
        grid.addWidget(self.warning, 4, 1)
        grid.setColumnStretch(1, 1)

    # --- state ---------------------------------------------------------------------------------
    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip())

    def folder_problem(self) -> str | None:
        text = self.folder_edit.text().strip()
        if not text or not Path(text).is_dir():
            return self.tr("Kies een bestaande map om de export in op te slaan.")
        return None

    def chosen_password(self) -> str | None:
        return self.password.text() if self.use_password.isChecked() else None

    def password_problem(self) -> str | None:
        if not self.use_password.isChecked():
            return None
        if len(self.password.text()) < MIN_PASSWORD:
            return self.tr("Het wachtwoord moet minstens {n} tekens hebben.").format(
                n=MIN_PASSWORD)
        if self.password.text() != self.repeat.text():
            return self.tr("De twee wachtwoorden zijn niet gelijk.")
        return None

    def confirmed(self) -> bool:
        return self.confirm.isChecked()

    def reset_confirmation(self) -> None:
        self.confirm.setChecked(False)

    def set_file_name(self, name: str) -> None:
        self.file_name.setText(self.tr("Bestandsnaam: {name}").format(name=name))

    # --- reactions -----------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Map voor de export kiezen"),
                                                  self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def _folder_changed(self) -> None:
        text = self.folder_edit.text().strip()
        warning = folder_warning(text) if text else None
        self.warning.setText(f"⚠ {warning}" if warning else "")
        self.warning.setStyleSheet(WARNING_STYLE if warning else "")
        self.changed.emit()

    def _password_toggled(self, on: bool) -> None:
        for widget in (self.password, self.repeat):
            widget.setEnabled(on)
            if not on:
                widget.clear()
        self._password_changed()

    def _password_changed(self) -> None:
        typed = self.password.text() or self.repeat.text()
        problem = self.password_problem() if typed else None
        self.password_error.setText(problem or "")
        self.changed.emit()
