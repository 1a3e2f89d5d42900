"""Unlock screen: each failure has its own message; recovery forces a new passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from shell_helpers import (  # noqa: F401
    NEW_PASSPHRASE,
    PASSPHRASE,
    fast_kdf,
    make_vault,
    no_jobs_left,
    wait_idle,
)

from desktop import paths
from desktop.policy import Policy
from desktop.services import maintenance
from desktop.services.session import UnlockMethod, VaultService
from desktop.ui.shell.passphrase_dialog import NewPassphraseDialog
from desktop.ui.shell.restore_dialog import RestoreDialog
from desktop.ui.shell.unlock import UnlockScreen
from desktop.ui.widgets import messages
from desktop.vault import errors as vault_errors

pytestmark = pytest.mark.usefixtures("fast_kdf", "no_jobs_left")


@pytest.fixture
def screen_for(qtbot):
    def build(service: VaultService) -> tuple[UnlockScreen, list]:
        screen = UnlockScreen(service)
        qtbot.addWidget(screen)
        opened: list = []
        screen.unlocked.connect(opened.append)
        screen.show()
        return screen, opened
    return build


def submit(qtbot, screen: UnlockScreen, secret: str) -> None:
    screen.secret.setText(secret)
    QTest.keyClick(screen.secret, Qt.Key.Key_Return)
    wait_idle(qtbot)


def test_passphrase_unlocks_and_wrong_one_says_so(qtbot, data_dir, screen_for):
    service, _code = make_vault(data_dir)
    screen, opened = screen_for(service)
    assert not screen.keyring_button.isVisibleTo(screen)  # no keyring slot
    submit(qtbot, screen, "verkeerde wachtwoordzin hier")
    assert screen.error.text() == vault_errors.WrongPassphrase.default_message
    assert not screen.restore_button.isVisibleTo(screen) and opened == []
    submit(qtbot, screen, PASSPHRASE)
    assert len(opened) == 1 and opened[0].is_open
    assert screen.secret.text() == ""
    opened[0].lock()


def test_keyring_locked_and_entry_missing_have_their_own_messages(
        qtbot, data_dir, screen_for, memory_keyring):
    service, _code = make_vault(data_dir, keyring=True)
    screen, opened = screen_for(service)
    assert screen.keyring_button.isVisibleTo(screen)

    memory_keyring.locked = True
    screen.keyring_button.click()
    wait_idle(qtbot)
    locked_text = screen.error.text()
    assert locked_text == vault_errors.KeyringLocked.default_message

    memory_keyring.locked = False
    memory_keyring.store.clear()
    screen.keyring_button.click()
    wait_idle(qtbot)
    missing_text = screen.error.text()
    assert missing_text == vault_errors.KeyringEntryMissing.default_message
    assert len({locked_text, missing_text, vault_errors.WrongPassphrase.default_message}) == 3
    assert opened == []


def test_keyring_unlock_works(qtbot, data_dir, screen_for):
    service, _code = make_vault(data_dir, keyring=True)
    screen, opened = screen_for(service)
    screen.keyring_button.click()
    wait_idle(qtbot)
    assert len(opened) == 1
    opened[0].lock()


def test_missing_database_offers_restore_and_restores(qtbot, data_dir, tmp_path, screen_for,
                                                       monkeypatch):
    service, _code = make_vault(data_dir)
    register = service.unlock(UnlockMethod.PASSPHRASE, PASSPHRASE)
    backup = maintenance.backup(register, tmp_path / "kopie")
    register.lock()
    (data_dir / paths.VAULT_FILE).unlink()

    screen, opened = screen_for(VaultService(data_dir, Policy()))
    assert "registerbestand ontbreekt" in screen.error.text()
    assert screen.restore_button.isVisibleTo(screen)
    assert not screen.secret.isVisibleTo(screen)  # nothing to unlock: restore instead

    monkeypatch.setattr(messages, "ask_open_file", lambda *a: str(backup))
    monkeypatch.setattr(messages, "show_info", lambda *a: None)
    screen.restore_button.click()
    dialog = screen.findChild(RestoreDialog)
    next(b for b in dialog.findChildren(type(dialog.ok)) if "Bla&deren" in b.text()).click()
    assert dialog.file.text() == str(backup)
    dialog.secret.setText(PASSPHRASE)
    dialog.ok.click()
    wait_idle(qtbot)
    assert (data_dir / paths.VAULT_FILE).is_file()
    assert screen.error.text() == "" and not screen.restore_button.isVisibleTo(screen)
    submit(qtbot, screen, PASSPHRASE)
    assert len(opened) == 1
    opened[0].lock()


def test_damaged_header_has_its_own_message(qtbot, data_dir, screen_for):
    service, _code = make_vault(data_dir)
    (data_dir / paths.HEADER_FILE).write_text("{kapot", encoding="utf-8")
    screen, _opened = screen_for(VaultService(data_dir, Policy()))
    assert "beschadigd" in screen.error.text()
    assert screen.restore_button.isVisibleTo(screen)


def test_recovery_code_forces_a_new_passphrase(qtbot, data_dir, screen_for):
    service, code = make_vault(data_dir)
    screen, opened = screen_for(service)
    screen.mode_link.click()
    assert screen.recovery_mode and screen.secret_label.text() == "Her&stelcode:"
    submit(qtbot, screen, "AAAAA-BBBBB")
    assert "40 tekens" in screen.error.text()
    submit(qtbot, screen, code)
    dialog = screen.dialog
    assert isinstance(dialog, NewPassphraseDialog) and dialog.isVisible()
    assert opened == []

    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # cannot be skipped
    dialog.reject()
    dialog.close()
    assert dialog.isVisible()
    dialog.fields.first.setText("zwak")
    dialog.fields.second.setText("zwak")
    dialog.save.click()
    assert "te zwak" in dialog.error.text() and dialog.isVisible()

    dialog.fields.first.setText(NEW_PASSPHRASE)
    dialog.fields.second.setText(NEW_PASSPHRASE)
    dialog.save.click()
    wait_idle(qtbot)
    assert not dialog.isVisible() and len(opened) == 1
    opened[0].lock()
    fresh = VaultService(data_dir, Policy())
    fresh.unlock(UnlockMethod.PASSPHRASE, NEW_PASSPHRASE).lock()
    with pytest.raises(vault_errors.WrongPassphrase):
        fresh.unlock(UnlockMethod.PASSPHRASE, PASSPHRASE)


def test_locking_during_forced_passphrase_closes_the_register(qtbot, data_dir, screen_for):
    service, code = make_vault(data_dir)
    screen, opened = screen_for(service)
    screen.set_recovery_mode(True)
    submit(qtbot, screen, code)
    dialog = screen.dialog
    register = dialog.register
    dialog.close_for_lock()
    assert not register.is_open and opened == []
    assert not service.keystore.is_unlocked()
