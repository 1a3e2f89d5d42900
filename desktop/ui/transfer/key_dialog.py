"""Exchange keys in the GUI: show and export this register's key; trust a colleague's key
by typing the fingerprint read aloud (the service audit-logs the confirmation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.transfer import BadKeyFile, PublicKey, TransferError, TransferService, read_key_file
from desktop.ui.widgets import messages

KEY_FILTER = "Schakel-sleutel (*.schakelsleutel)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransferKeys", text)


class MyKeyDialog(QDialog):
    """This register's fingerprint, the officer's name and function, and the key export."""

    def __init__(self, service: TransferService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setMinimumWidth(520)
        self.setWindowTitle(self.tr("Mijn uitwisselsleutel"))
        identity = service.public_identity()
        self.fingerprint = QLabel(service.fingerprint())
        self.fingerprint.setObjectName("vingerafdruk")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Vingerafdruk van dit register"))
        self.name = QLineEdit(identity.name)
        self.name.setAccessibleName(self.tr("Uw naam"))
        self.function = QLineEdit(identity.function)
        self.function.setAccessibleName(self.tr("Uw functie"))
        form = QFormLayout()
        form.addRow(self.tr("Vingerafdruk:"), self.fingerprint)
        form.addRow(self.tr("&Naam:"), self.name)
        form.addRow(self.tr("&Functie:"), self.function)
        explain = QLabel(self.tr(
            "Stuur het sleutelbestand aan uw collega en lees de vingerafdruk telefonisch voor. "
            "Het bestand bevat alleen openbare gegevens; uw privésleutels blijven in de kluis."))
        explain.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Sleutel &exporteren…"))
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.export_button)
        layout.addWidget(buttons)

    def export(self) -> str:
        path = messages.ask_save_file(self, self.tr("Sleutel exporteren"), "mijn-sleutel.schakelsleutel",
                                      KEY_FILTER)
        if not path:
            return ""
        try:
            self.service.set_officer(self.name.text(), self.function.text())
            self.service.export_key(path, overwrite=True)
        except Exception as exc:  # noqa: BLE001 - shown as a Dutch message
            messages.show_error(self, exc)
            return ""
        messages.show_info(self, self.tr("Sleutel opgeslagen. Vingerafdruk om voor te lezen:\n{fp}").format(
            fp=self.service.fingerprint()))
        return path


class ConfirmKeyDialog(QDialog):
    """Trust a colleague's key: the officer types the fingerprint the colleague reads aloud."""

    def __init__(self, service: TransferService, key: PublicKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.key = service, key
        self.setMinimumWidth(520)
        self.setWindowTitle(self.tr("Sleutel van een collega vertrouwen"))
        info = QLabel(self.tr(
            "Sleutel van: {who}\nBel uw collega op een bekend nummer en laat de vingerafdruk "
            "voorlezen. Typ de cijfers hieronder; alleen als ze kloppen wordt de sleutel vertrouwd.")
            .format(who=key.label()))
        info.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Voorgelezen vingerafdruk"))
        self.typed.setPlaceholderText("12345 67890 …")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Vertrouwen"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.typed)
        layout.addWidget(buttons)

    def confirm(self) -> None:
        try:
            self.service.confirm_key(self.key, self.typed.text())
        except TransferError as exc:
            messages.show_error(self, exc)
            return
        self.accept()


def add_trusted_key(parent: QWidget, service: TransferService) -> PublicKey | None:
    """Pick a key file and confirm it by fingerprint; the trusted key or None."""
    path = messages.ask_open_file(parent, _tr("Sleutel van een collega"), KEY_FILTER)
    if not path:
        return None
    try:
        key = read_key_file(path)
    except BadKeyFile as exc:
        messages.show_error(parent, exc)
        return None
    if service.is_trusted(key):
        return key
    dialog = ConfirmKeyDialog(service, key, parent)
    return key if dialog.exec() == QDialog.DialogCode.Accepted else None
