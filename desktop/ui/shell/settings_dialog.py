"""Instellingen: passphrase, OS keyring, new recovery code, auto-lock time.

Key operations run off the GUI thread. The idle time is kept within the policy's
maximum and stored in the (encrypted) register as ``idle_minutes``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.register import Register
from desktop.services.session import VaultService
from desktop.services.ui_types import KeyringState
from desktop.ui.export.contact_settings import ContactBox
from desktop.ui.shell import keyring_text
from desktop.ui.shell.recovery_sheet import RecoveryCodeDialog, SheetData
from desktop.ui.widgets import geometry, messages, worker
from desktop.ui.widgets.passphrase import PassphraseFields


def idle_minutes(register: Register) -> int:
    """The officer's auto-lock time, kept within the policy."""
    stored = register.setting("idle_minutes")
    return register.policy.idle_minutes(int(stored) if stored.isdigit() else None)


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


class SettingsDialog(QDialog):
    idle_minutes_changed = Signal(int)
    rotate_requested = Signal()

    def __init__(self, service: VaultService, register: Register,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.register, self.policy = service, register, service.policy
        self.setWindowTitle(self.tr("Instellingen"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._for_lock = False
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Melding"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        content = QWidget()  # scrolls on a small screen (1366×768 at 150 %) instead of squashing
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        for box in (self._passphrase_box(), self._keyring_box(), self._recovery_box(),
                    self._rotation_box(), self._idle_box(), ContactBox(register)):
            column.addWidget(box)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        self.refresh_keyring()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)  # wrapped texts need more height than Qt gives a dialog
        QTimer.singleShot(0, self, lambda: geometry.fit_dialog_height(self, self.scroll))

    # -- passphrase ----------------------------------------------------------------------
    def _passphrase_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Wachtwoordzin"))
        self.fields = PassphraseFields(box, new=True)
        self.change_button = QPushButton(self.tr("Wachtwoordzin w&ijzigen"))
        self.change_button.setAccessibleName(self.tr("Wachtwoordzin wijzigen"))
        self.change_button.clicked.connect(self.change_passphrase)
        layout = QVBoxLayout(box)
        layout.addWidget(self.fields)
        layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def change_passphrase(self) -> None:
        problem = self.fields.problem()
        if problem:
            self._say(problem, error=True)
            return
        new = self.fields.passphrase()
        self._run(lambda: self.service.change_passphrase(self.register, new),
                  lambda _r: (self.fields.clear(),
                              self._say(self.tr(
                                  "De wachtwoordzin is gewijzigd en de sleutelsleutel vernieuwd: een oud "
                                  "sleutelbestand met de oude wachtwoordzin opent dit register niet meer "
                                  "in Schakel. Bestaat er een oude back-up die met de oude wachtwoordzin "
                                  "opent (bijvoorbeeld na verlies van een laptop), vervang dan ook de "
                                  "gegevenssleutel hieronder."))),
                  [self.fields, self.change_button])

    # -- keyring ----------------------------------------------------------------------------
    def _keyring_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ontgrendelen met uw aanmelding"))
        self.keyring_check = QCheckBox(keyring_text.option_text())
        self.keyring_check.setAccessibleName(keyring_text.option_text().replace("&", ""))
        self.keyring_check.clicked.connect(self.toggle_keyring)
        self.keyring_info = _hint()
        layout = QVBoxLayout(box)
        layout.addWidget(self.keyring_check)
        layout.addWidget(self.keyring_info)
        box.setVisible(self.policy.allow_keyring)
        return box

    def refresh_keyring(self) -> None:
        self.keyring_check.setEnabled(False)
        self.keyring_info.setText(keyring_text.state_text(None, self.policy.allow_keyring))
        if self.policy.allow_keyring:
            worker.run_in_background(self.service.keyring_state, self._show_keyring,
                                     lambda _e: self._show_keyring(KeyringState.UNAVAILABLE),
                                     owner=self)

    def _show_keyring(self, state: KeyringState) -> None:
        has_slot = "keyring" in self.service.slots()
        if not has_slot and state == KeyringState.ENTRY_MISSING:
            state = KeyringState.AVAILABLE  # the keyring works; Schakel just has no entry
        self.keyring_check.setChecked(has_slot)
        self.keyring_check.setEnabled(has_slot or state == KeyringState.AVAILABLE)
        if has_slot and state == KeyringState.ENTRY_MISSING:
            text = self.tr("De sleutel staat niet meer in {store}. Zet het vinkje uit en weer "
                           "aan om hem opnieuw te koppelen.")
            text = text.format(store=keyring_text.store_name())
        elif has_slot:
            text = self.tr("Aan: de sleutel staat in {store}.").format(
                store=keyring_text.store_name())
        else:
            text = keyring_text.state_text(state, True)
        self.keyring_info.setText(text)
        if self.isVisible():
            QTimer.singleShot(0, self, lambda: geometry.fit_dialog_height(self, self.scroll))

    def toggle_keyring(self, on: bool) -> None:
        action = self.service.enable_keyring if on else self.service.disable_keyring
        self._run(lambda: action(self.register), lambda _r: self.refresh_keyring(),
                  [self.keyring_check], on_error=lambda _e: self.refresh_keyring())

    # -- recovery code ------------------------------------------------------------------------
    def _recovery_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Herstelcode"))
        self.recovery_button = QPushButton(self.tr("Nieuwe &herstelcode maken…"))
        self.recovery_button.setAccessibleName(self.tr("Nieuwe herstelcode maken"))
        self.recovery_button.clicked.connect(self.new_recovery_code)
        layout = QHBoxLayout(box)
        layout.addWidget(_hint(self.tr("Maak een nieuwe code als de oude is gebruikt of gezien kan "
                                       "zijn. De oude code opent dit register daarna niet meer. Een oude "
                                       "back-up blijft wel openen met de code van toen: vervang de "
                                       "gegevenssleutel als zo'n back-up in verkeerde handen kan zijn.")),
                         1)
        layout.addWidget(self.recovery_button)
        return box

    def new_recovery_code(self) -> None:
        if not messages.confirm(self, self.tr("Een nieuwe herstelcode maken? De huidige herstelcode "
                                              "opent dit register daarna niet meer (oude back-ups "
                                              "wel).")):
            return
        self._run(lambda: self.service.new_recovery_code(self.register), self._show_code,
                  [self.recovery_button])

    def _show_code(self, code: str) -> None:
        data = SheetData(code, self.register.setting("vault_id"),
                         self.register.setting("municipality"), date.today())
        self.code_dialog = RecoveryCodeDialog(data, self)
        self.code_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.code_dialog.open()

    # -- data key rotation ---------------------------------------------------------------------
    def _rotation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Gegevenssleutel"))
        self.rotate_button = QPushButton(self.tr("Gegevenssleutel &vervangen…"))
        self.rotate_button.setAccessibleName(self.tr("Gegevenssleutel vervangen"))
        self.rotate_button.clicked.connect(self.request_rotation)
        layout = QHBoxLayout(box)
        layout.addWidget(_hint(self.tr("Versleutel het register opnieuw met een nieuwe sleutel, "
                                       "bijvoorbeeld na verlies van een laptop of back-up. Daarna "
                                       "opent een oud sleutelbestand met een oude wachtwoordzin of "
                                       "herstelcode dit register niet meer; de oude back-up zelf "
                                       "blijft daarmee wel leesbaar. De huidige wachtwoordzin, "
                                       "herstelcode en Windows-aanmelding blijven werken.")), 1)
        layout.addWidget(self.rotate_button)
        return box

    def request_rotation(self) -> None:
        if not messages.confirm(self, self.tr("De gegevenssleutel vervangen? Het register wordt "
                                              "kort gesloten en opnieuw versleuteld; maak eerst "
                                              "een back-up.")):
            return
        self.rotate_requested.emit()
        self.accept()

    # -- idle time --------------------------------------------------------------------------------
    def _idle_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Automatisch vergrendelen"))
        self.idle = QSpinBox()
        self.idle.setRange(1, self.policy.max_idle_lock_minutes)
        self.idle.setValue(idle_minutes(self.register))
        self.idle.setSuffix(self.tr(" minuten"))
        self.idle.setAccessibleName(self.tr("Vergrendelen na minuten zonder gebruik"))
        label = QLabel(self.tr("Ver&grendelen na:"))
        label.setBuddy(self.idle)
        row = QHBoxLayout(box)
        row.addWidget(label)
        row.addWidget(self.idle)
        row.addWidget(_hint(self.tr("zonder gebruik (uw organisatie staat hoogstens {n} "
                                    "minuten toe)").format(n=self.policy.max_idle_lock_minutes)),
                      1)
        return box

    def _save_idle(self) -> None:
        minutes = self.idle.value()
        if minutes != idle_minutes(self.register):
            self.register.set_setting("idle_minutes", str(minutes))
            self.idle_minutes_changed.emit(minutes)

    # -- plumbing ---------------------------------------------------------------------------------
    def _run(self, fn, on_success, busy, on_error=None) -> None:
        self._say("")

        def failed(exc: BaseException) -> None:
            self._say(messages.error_text(exc), error=True)
            if on_error:
                on_error(exc)

        worker.run_in_background(fn, on_success, failed, owner=self, busy=busy)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setProperty("role", "error" if error else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def done(self, result: int) -> None:
        if not self._for_lock and self.register.is_open:
            try:
                self._save_idle()
            except Exception as exc:  # noqa: BLE001 - shown, never a traceback
                messages.show_error(self, exc)
        self.fields.clear()
        super().done(result)

    def close_for_lock(self) -> None:
        self._for_lock = True
        self.reject()
