"""The unlock screen: passphrase, OS keyring, or recovery code (which forces a new
passphrase). Every failure has its own Dutch message; a missing or damaged register
offers "Back-up terugzetten…". Unlocking runs off the GUI thread (scrypt ~0.4 s).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.presence import PresenceGate
from desktop.services.register import Register
from desktop.services.session import UnlockMethod, VaultService, VaultState
from desktop.services.ui_types import store_errors, vault_errors
from desktop.ui.shell import keyring_text, theme
from desktop.ui.shell.passphrase_dialog import NewPassphraseDialog
from desktop.ui.shell.restore_dialog import RestoreDialog
from desktop.ui.widgets import messages, worker

RESTORE_ERRORS = (store_errors.DatabaseMissing, store_errors.DatabaseDamaged,
                  vault_errors.HeaderDamaged, vault_errors.DatabaseMissing,
                  vault_errors.VaultMissing)


class UnlockScreen(QWidget):
    """Emits ``unlocked(register)`` once the register is open (and, after the recovery
    code, a new passphrase is set)."""

    unlocked = Signal(object)

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.presence = PresenceGate(service.policy, service.data_dir)
        self.recovery_mode = False
        self.dialog: NewPassphraseDialog | None = None
        self._build()
        self.reset()

    # -- building -------------------------------------------------------------------
    def _build(self) -> None:
        icon = QLabel()
        icon.setPixmap(theme.app_icon().pixmap(56, 56))
        self.heading = QLabel(self.tr("Schakel is vergrendeld"))
        self.heading.setProperty("role", "heading")
        self.demo_hint = QLabel()
        self.demo_hint.setProperty("role", "demo")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setVisible(False)
        self.secret_label = QLabel()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.returnPressed.connect(self.unlock_with_secret)
        self.secret_label.setBuddy(self.secret)
        self.unlock_button = QPushButton(self.tr("&Ontgrendelen"))
        self.unlock_button.setAccessibleName(self.tr("Ontgrendelen"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock_with_secret)
        self.keyring_button = QPushButton(keyring_text.button_text())
        self.keyring_button.setAccessibleName(keyring_text.button_text().replace("&", ""))
        self.keyring_button.clicked.connect(self.unlock_with_keyring)
        self.mode_link = QPushButton()
        self.mode_link.setFlat(True)
        self.mode_link.setProperty("role", "link")
        self.mode_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.mode_link.clicked.connect(self._toggle_mode)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.setAccessibleName(self.tr("Melding"))
        self.restore_button = QPushButton(self.tr("Back-up &terugzetten…"))
        self.restore_button.setAccessibleName(self.tr("Back-up terugzetten"))
        self.restore_button.clicked.connect(self.restore_backup)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Bezig met ontgrendelen"))
        self._lay_out(icon)

    def _lay_out(self, icon: QLabel) -> None:
        card = QFrame()
        card.setProperty("role", "card")
        card.setMaximumWidth(520)
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(self.heading, 1)
        entry = QHBoxLayout()
        entry.addWidget(self.secret, 1)
        entry.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        inner.addLayout(head)
        inner.addWidget(self.demo_hint)
        inner.addSpacing(6)
        inner.addWidget(self.secret_label)
        inner.addLayout(entry)
        inner.addWidget(self.busy)
        inner.addWidget(self.keyring_button)
        inner.addWidget(self.mode_link, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.error)
        inner.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    # -- state ---------------------------------------------------------------------------
    def reset(self) -> None:
        """Fresh locked state: fields empty, buttons matching the vault's slots."""
        self.secret.clear()
        self.error.clear()
        self.restore_button.setVisible(False)
        state = self.service.state()
        self.incomplete = state in (VaultState.DATABASE_MISSING, VaultState.HEADER_MISSING)
        if state == VaultState.DATABASE_MISSING:
            self.show_error(store_errors.DatabaseMissing(
                self.tr("Het registerbestand ontbreekt. Zet een back-up terug.")))
        elif state == VaultState.HEADER_MISSING:
            self.show_error(store_errors.DatabaseMissing(
                self.tr("Het sleutelbestand van het register ontbreekt. Zet een back-up terug.")))
        try:
            slots = self.service.slots() if state != VaultState.HEADER_MISSING else set()
        except vault_errors.VaultError as exc:
            slots = set()
            self.show_error(exc)
        self.has_passphrase = "passphrase" in slots
        self.keyring_button.setVisible("keyring" in slots and self.service.policy.allow_keyring
                                       and not self.incomplete and self.presence.keyring_allowed())
        self.set_recovery_mode(False)

    def set_demo_hint(self, text: str) -> None:
        self.demo_hint.setText(text)
        self.demo_hint.setVisible(bool(text))

    def _toggle_mode(self) -> None:
        self.error.clear()
        self.set_recovery_mode(not self.recovery_mode)

    def set_recovery_mode(self, on: bool) -> None:
        self.recovery_mode = on
        self.secret.clear()
        if on:
            self.secret_label.setText(self.tr("Her&stelcode:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setAccessibleName(self.tr("Herstelcode"))
            self.secret.setPlaceholderText("XXXXX-XXXXX-…")
            self.mode_link.setText(self.tr("Wachtwoordzin &gebruiken"))
        else:
            self.secret_label.setText(self.tr("Wachtwoord&zin:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setAccessibleName(self.tr("Wachtwoordzin"))
            self.secret.setPlaceholderText("")
            self.mode_link.setText(self.tr("Herstelcode &gebruiken"))
        self.mode_link.setAccessibleName(self.mode_link.text().replace("&", ""))
        incomplete = getattr(self, "incomplete", False)
        show_entry = (on or getattr(self, "has_passphrase", True)) and not incomplete
        for widget in (self.secret_label, self.secret, self.unlock_button):
            widget.setVisible(show_entry)
        self.mode_link.setVisible(not incomplete)
        self.focus_entry()

    def focus_entry(self) -> None:
        target = self.secret if self.secret.isVisible() or not self.isVisible() else None
        (target or self.keyring_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, exc: BaseException) -> None:
        self.error.setText(messages.error_text(exc))
        self.restore_button.setVisible(isinstance(exc, RESTORE_ERRORS))

    # -- unlocking -------------------------------------------------------------------------
    def unlock_with_secret(self) -> None:
        secret = self.secret.text()
        if not secret:
            self.error.setText(self.tr("Vul de herstelcode in.") if self.recovery_mode
                               else self.tr("Vul uw wachtwoordzin in."))
            return
        method = UnlockMethod.RECOVERY if self.recovery_mode else UnlockMethod.PASSPHRASE
        self._unlock(method, secret)

    def unlock_with_keyring(self) -> None:
        if not self.presence.confirm():  # Windows Hello where the policy demands presence
            self.error.setText(self.presence.refusal())
            self.keyring_button.setVisible(self.presence.keyring_allowed())
            self.focus_entry()
            return
        self._unlock(UnlockMethod.KEYRING, "")

    def _unlock(self, method: UnlockMethod, secret: str) -> None:
        if worker.is_busy():
            return
        self.error.clear()
        self.busy.setVisible(True)
        worker.run_in_background(
            lambda: self.service.unlock(method, secret),
            lambda register: self._opened(register, method), self._failed, owner=self,
            busy=[self.secret, self.unlock_button, self.keyring_button, self.mode_link],
        )

    def _failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.show_error(exc)
        self.secret.selectAll()
        self.focus_entry()

    def _opened(self, register: Register, method: UnlockMethod) -> None:
        self.busy.setVisible(False)
        if method == UnlockMethod.KEYRING:
            self.presence.record_keyring_unlock()
        self.secret.clear()
        if method == UnlockMethod.RECOVERY:
            self._force_new_passphrase(register)
        else:
            self.unlocked.emit(register)

    def _force_new_passphrase(self, register: Register) -> None:
        self.dialog = NewPassphraseDialog(self.service, register, self)
        self.dialog.accepted.connect(lambda: self._passphrase_set(register))
        self.dialog.rejected.connect(lambda: self._passphrase_skipped(register))
        self.dialog.open()

    def _passphrase_set(self, register: Register) -> None:
        self.dialog = None
        self.reset()
        self.unlocked.emit(register)

    def _passphrase_skipped(self, register: Register) -> None:
        """Only locking ends the dialog without a new passphrase: lock again."""
        self.dialog = None
        register.lock()
        self.service.keystore.lock()
        self.reset()

    # -- restore -------------------------------------------------------------------------------
    def restore_backup(self) -> None:
        dialog = RestoreDialog(self.service.data_dir, self)
        dialog.accepted.connect(self.reset)
        dialog.open()
