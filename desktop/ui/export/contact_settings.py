"""Instellingen → "Contact op exports": the officer as contact on the dossier PDFs.

Name, function, phone and e-mail are stored in the (encrypted) register as settings
``officer_name``, ``officer_function``, ``officer_phone``, ``officer_email`` and printed
in the title block of the RIEC and zorgcoördinator handovers (domain.md §7: the recipient
needs to know whom to call). A compact box with one button, so the Instellingen dialog
stays small; the fields open in their own dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.services.export.contact import CONTACT_SETTINGS
from desktop.services.ui_types import StoreError
from desktop.ui.widgets.messages import show_error

MAX_LENGTH = 120


class ContactDialog(QDialog):
    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact op exports"))
        self.register = register
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        hint = QLabel(self.tr("Deze gegevens staan als contactpersoon op de overdrachten aan het "
                              "RIEC en de zorgcoördinator. Laat leeg wat niet op de PDF hoort."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form.addRow(hint)
        for label, key in CONTACT_SETTINGS:
            edit = QLineEdit(register.setting(key))
            edit.setMaxLength(MAX_LENGTH)
            edit.setAccessibleName(label)
            self.edits[key] = edit
            form.addRow(f"{label}:", edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def save(self) -> None:
        try:
            for key, edit in self.edits.items():
                value = " ".join(edit.text().split())
                if value != self.register.setting(key):
                    self.register.set_setting(key, value)
        except StoreError as exc:
            show_error(self, exc)
            return
        self.accept()


class ContactBox(QGroupBox):
    """The Instellingen box: who is shown as contact, and a button to change it."""

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Contact op exports"))
        self.register = register
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.button = QPushButton(self.tr("&Contactgegevens…"))
        self.button.setAccessibleName(self.tr("Contactgegevens op exports wijzigen"))
        self.button.clicked.connect(self.edit)
        row = QHBoxLayout(self)
        row.addWidget(self.summary, 1)
        row.addWidget(self.button)
        self.dialog: ContactDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        values = [self.register.setting(key) for _label, key in CONTACT_SETTINGS]
        shown = " · ".join(v for v in values if v)
        self.summary.setText(shown or self.tr("Nog geen contactgegevens: de overdrachten "
                                              "noemen dan geen contactpersoon."))

    def edit(self) -> None:
        self.dialog = ContactDialog(self.register, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()
