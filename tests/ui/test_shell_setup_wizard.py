"""First-run wizard, driven with the keyboard (fictional municipality, real vault)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from shell_helpers import PASSPHRASE, dutch, fast_kdf, no_jobs_left, wait_idle  # noqa: F401

from desktop.policy import Policy
from desktop.services.session import UnlockMethod, VaultService, VaultState
from desktop.ui.shell.setup_wizard import SetupWizard

pytestmark = pytest.mark.usefixtures("fast_kdf", "no_jobs_left", "dutch")


@pytest.fixture
def wizard(qtbot, data_dir):
    wiz = SetupWizard(VaultService(data_dir, Policy()))
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    wiz.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wiz)
    return wiz


def key(wiz, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget() or wiz, k, modifier)


def type_ascii(qtbot, wiz, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget() or wiz, text)


def to_unlock_page(qtbot, wiz) -> None:
    key(wiz, Qt.Key.Key_Return)  # intro -> details
    assert wiz.currentPage() is wiz.details
    type_ascii(qtbot, wiz, "Gemeente Oefenwoude")
    key(wiz, Qt.Key.Key_Return)
    assert wiz.currentPage() is wiz.unlock_choice
    qtbot.waitUntil(lambda: wiz.unlock_choice.keyring_state is not None)


def enter_passphrase(qtbot, wiz, text: str) -> None:
    page = wiz.unlock_choice
    page.fields.first.clear()
    page.fields.second.clear()
    page.fields.first.setFocus()
    type_ascii(qtbot, wiz, text)
    key(wiz, Qt.Key.Key_Tab)
    type_ascii(qtbot, wiz, text)


def test_keyboard_setup_creates_a_vault_that_unlocks(qtbot, wizard, data_dir):
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Volgende >"
    to_unlock_page(qtbot, wizard)
    enter_passphrase(qtbot, wizard, "kort")
    key(wizard, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.unlock_choice
    assert "te zwak" in wizard.unlock_choice.error.text()
    assert not any(data_dir.iterdir())

    enter_passphrase(qtbot, wizard, PASSPHRASE)
    key(wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=10_000)
    code = wizard.recovery.panel.code_label.text()
    lines = code.split("\n")
    assert len(lines) == 2 and len("".join(lines).replace("-", "")) == 40

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    key(wizard, Qt.Key.Key_Escape)  # cannot cancel once created
    assert wizard.isVisible()
    key(wizard, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "veilig &bewaard"
    qtbot.waitUntil(wizard.recovery.panel.is_confirmed)  # mnemonics click after a delay
    assert finish.isEnabled()
    finish.setFocus()
    key(wizard, Qt.Key.Key_Space)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.register.setting("municipality") == "Gemeente Oefenwoude"
    assert wizard.recovery.panel.code_label.text() == ""  # code not kept around
    wizard.register.lock()

    fresh = VaultService(data_dir, Policy())
    fresh.unlock(UnlockMethod.PASSPHRASE, PASSPHRASE).lock()
    fresh.unlock(UnlockMethod.RECOVERY, code).lock()


def test_mismatch_and_empty_are_refused_in_dutch(qtbot, wizard, data_dir):
    to_unlock_page(qtbot, wizard)
    key(wizard, Qt.Key.Key_Return)
    assert wizard.unlock_choice.error.text() == "Vul een wachtwoordzin in."
    enter_passphrase(qtbot, wizard, PASSPHRASE)
    wizard.unlock_choice.fields.second.setText(PASSPHRASE + "x")
    key(wizard, Qt.Key.Key_Return)
    assert "niet gelijk" in wizard.unlock_choice.error.text()
    assert wizard.currentPage() is wizard.unlock_choice
    assert not any(data_dir.iterdir())


def test_cancel_leaves_nothing_on_disk(qtbot, wizard, data_dir):
    to_unlock_page(qtbot, wizard)
    enter_passphrase(qtbot, wizard, PASSPHRASE)
    key(wizard, Qt.Key.Key_Escape)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert not wizard.isVisible()
    assert list(data_dir.iterdir()) == []
    assert VaultService(data_dir, Policy()).state() == VaultState.NONE


def test_keyring_choice_follows_backend_and_policy(qtbot, data_dir, memory_keyring):
    memory_keyring.locked = True
    wiz = SetupWizard(VaultService(data_dir, Policy()))
    qtbot.addWidget(wiz)
    page = wiz.unlock_choice
    qtbot.waitUntil(lambda: page.keyring_state is not None)
    assert not page.keyring_box.isEnabled()
    assert "vergrendeld" in page.keyring_info.text()
    memory_keyring.locked = False
    page.recheck.click()
    qtbot.waitUntil(lambda: page.keyring_box.isEnabled())

    forbidden = SetupWizard(VaultService(data_dir, Policy(allow_keyring=False)))
    qtbot.addWidget(forbidden)
    assert "niet toe" in forbidden.unlock_choice.keyring_info.text()
    assert forbidden.unlock_choice.keyring_box.isHidden()


def test_keyring_only_when_policy_allows(qtbot, data_dir, memory_keyring):
    policy = Policy(require_passphrase=False)
    wiz = SetupWizard(VaultService(data_dir, policy))
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.details.name.setText("Gemeente Oefenwoude")
    wiz.next()
    wiz.next()
    page = wiz.unlock_choice
    qtbot.waitUntil(lambda: page.keyring_box.isEnabled())
    page.keyring_box.setChecked(True)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.recovery, timeout=10_000)
    assert VaultService(data_dir, policy).slots() == {"keyring", "recovery"}
    assert memory_keyring.store  # the key-encryption key went to the keyring
    wiz.recovery.panel.confirm.setChecked(True)
    wiz.accept()
    wiz.register.lock()


def test_cancel_works_while_the_keyring_is_still_being_checked(qtbot, data_dir):
    gate = threading.Event()
    service = VaultService(data_dir, Policy())
    service.keyring_state = lambda: gate.wait(5) and None  # a keyring that hangs
    wiz = SetupWizard(service)
    qtbot.addWidget(wiz)
    wiz.show()
    assert wiz.unlock_choice.keyring_state is None
    wiz.reject()
    assert wiz.result() == QWizard.DialogCode.Rejected and not wiz.isVisible()
    gate.set()


def test_new_laptop_restores_a_backup_instead_of_creating(qtbot, data_dir, tmp_path, monkeypatch):
    from desktop.services import maintenance
    from desktop.ui.shell.restore_dialog import RestoreDialog
    from desktop.ui.widgets import messages, worker

    old = VaultService(tmp_path / "oude-laptop", Policy())
    register, _code = old.create(PASSPHRASE, use_keyring=False)
    backup = maintenance.backup(register, tmp_path / "verhuizing")
    register.close()
    monkeypatch.setattr(messages, "show_info", lambda *a: None)

    def run_restore(dialog):
        done = []
        dialog.accepted.connect(lambda: done.append(True))
        dialog.file.setText(str(backup))
        dialog.secret.setText(PASSPHRASE)
        dialog.ok.click()
        worker.wait_for_all()
        QApplication.processEvents()
        return QDialog.DialogCode.Accepted if done else QDialog.DialogCode.Rejected

    monkeypatch.setattr(RestoreDialog, "exec", run_restore)
    service = VaultService(data_dir, Policy())
    wiz = SetupWizard(service)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.intro.restore_button.click()
    assert wiz.restored and not wiz.isVisible()
    assert service.state() == VaultState.READY
    service.unlock(UnlockMethod.PASSPHRASE, PASSPHRASE).close()
