"""Over Schakel: version, licence, where the data lives, keyring state, library versions."""

from __future__ import annotations

import html

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.about_info import LICENCE, versions
from desktop.services.session import VaultService
from desktop.services.ui_types import KeyringState
from desktop.ui.shell import keyring_text, theme

KEYRING_STATES = {
    KeyringState.AVAILABLE: QT_TRANSLATE_NOOP("AboutDialog", "beschikbaar"),
    KeyringState.UNAVAILABLE: QT_TRANSLATE_NOOP("AboutDialog", "niet beschikbaar op deze computer"),
    KeyringState.LOCKED: QT_TRANSLATE_NOOP("AboutDialog", "vergrendeld"),
    KeyringState.ENTRY_MISSING: QT_TRANSLATE_NOOP(
        "AboutDialog", "beschikbaar, maar de sleutel van Schakel ontbreekt"),
}


class AboutDialog(QDialog):
    def __init__(self, service: VaultService, parent: QWidget | None = None, *,
                 lock_detection: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over Schakel"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        icon = QLabel()
        icon.setPixmap(theme.app_icon().pixmap(56, 56))
        heading = QLabel("Schakel")
        heading.setProperty("role", "heading")
        self.text = QLabel(self._html(service, lock_detection))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setAccessibleName(self.tr("Over Schakel"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(heading, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _keyring(self, service: VaultService) -> str:
        try:
            state = service.keyring_state()
        except Exception:  # the about box never fails
            state = KeyringState.UNAVAILABLE
        uses = "keyring" in _slots(service)
        if not uses and state == KeyringState.ENTRY_MISSING:
            state = KeyringState.AVAILABLE  # no entry expected: Schakel does not use it
        text = self.tr(KEYRING_STATES.get(state, str(state)))
        if uses:
            return text + self.tr("; Schakel gebruikt {store}").format(
                store=keyring_text.store_name())
        return text + self.tr("; Schakel gebruikt de sleutelbos niet")

    def _html(self, service: VaultService, lock_detection: str) -> str:
        v = versions()
        rows = [
            (self.tr("Versie"), v["schakel"]),
            (self.tr("Licentie"), LICENCE),
            (self.tr("Gegevensmap"), str(service.data_dir)),
            (self.tr("Sleutelbos"), self._keyring(service)),
            (self.tr("Vergrendelt bij"), lock_detection or self.tr("geen inactiviteit")),
            (self.tr("Beleid"), service.policy.source_text()),
            (self.tr("Qt / PySide6"), f"{qVersion()} / {PySide6.__version__}"),
            (self.tr("SQLCipher"), v["sqlcipher"]),
            (self.tr("Python"), v["python"]),
        ]
        body = "".join(
            f"<tr><td style='padding-right:14px'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(value)}</td></tr>" for k, value in rows
        )
        intro = html.escape(self.tr(
            "Versleuteld register voor de aandachtsfunctionaris mensenhandel. Alle gegevens "
            "blijven op deze computer."))
        return f"<p>{intro}</p><table cellspacing='3'>{body}</table>"


def _slots(service: VaultService) -> set[str]:
    try:
        return service.slots()
    except Exception:
        return set()
