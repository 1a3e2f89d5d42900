"""KeyStore: create, unlock with each slot, failed unlocks, slot management."""

from __future__ import annotations

import base64
import json

import pytest
from vault_helpers import OTHER_PASSPHRASE, PASSPHRASE, fast_kdf, snapshot  # noqa: F401

from desktop.paths import HEADER_FILE, VAULT_FILE
from desktop.policy import Policy
from desktop.vault import (
    KeyringEntryMissing,
    KeyringLocked,
    KeyringUnavailable,
    KeyStore,
    PolicyViolation,
    RecoveryCodeMalformed,
    SlotMissing,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WeakPassphrase,
    WrongKey,
    WrongPassphrase,
    WrongRecoveryCode,
    kdf,
)
from desktop.vault.keyring_slot import SERVICE

pytestmark = pytest.mark.usefixtures("fast_kdf")
REAL_DEFAULT = kdf.PASSPHRASE_PARAMS  # captured before any fixture patches it


@pytest.fixture
def created(data_dir):
    store = KeyStore(data_dir)
    return store, store.create(PASSPHRASE, use_keyring=True, policy=Policy())


def test_create_writes_only_the_header_and_never_the_plain_key(data_dir, created):
    store, result = created
    assert [p.name for p in data_dir.iterdir()] == [HEADER_FILE]
    raw = (data_dir / HEADER_FILE).read_bytes()
    for encoded in (result.key.hex(), base64.b64encode(result.key).decode()):
        assert encoded.encode() not in raw
    assert len(result.key) == 32
    assert store.slots() == {"passphrase", "keyring", "recovery"}
    assert store.vault_id() == result.vault_id
    assert json.loads(raw)["slots"]["passphrase"]["kdf"]["n"] == 2**10


def test_each_slot_unlocks_to_the_same_key(data_dir, created):
    _, result = created
    assert KeyStore(data_dir).unlock_with_passphrase(PASSPHRASE) == result.key
    assert KeyStore(data_dir).unlock_with_keyring() == result.key
    assert KeyStore(data_dir).unlock_with_recovery(result.recovery_code) == result.key


def test_recovery_code_is_accepted_as_people_type_it(data_dir, created):
    _, result = created
    code = result.recovery_code
    for typed in (code.lower(), code.replace("-", " "), code.replace("-", ""), f"  {code}\n"):
        assert KeyStore(data_dir).unlock_with_recovery(typed) == result.key


def test_keyring_holds_the_kek_not_the_data_key(memory_keyring, created):
    _, result = created
    entry = memory_keyring.store[(SERVICE, result.vault_id)]
    assert result.key.hex() not in entry
    assert base64.b64encode(result.key).decode() not in entry


def test_create_refuses_when_a_vault_exists(data_dir, created):
    before = snapshot(data_dir)
    with pytest.raises(VaultExists):
        KeyStore(data_dir).create(OTHER_PASSPHRASE, use_keyring=False, policy=Policy())
    assert snapshot(data_dir) == before


def test_create_refuses_when_only_the_database_exists(data_dir):
    (data_dir / VAULT_FILE).write_bytes(b"existing")
    with pytest.raises(VaultExists):
        KeyStore(data_dir).create(PASSPHRASE, use_keyring=False, policy=Policy())
    assert not (data_dir / HEADER_FILE).exists()


@pytest.mark.parametrize(
    ("passphrase", "use_keyring", "policy", "error"),
    [
        (None, True, Policy(require_passphrase=True), PolicyViolation),
        (PASSPHRASE, True, Policy(allow_keyring=False), PolicyViolation),
        (None, False, Policy(require_passphrase=False), SlotMissing),
        ("Welkom2024!!", False, Policy(), WeakPassphrase),
        ("kort", False, Policy(), WeakPassphrase),
    ],
)
def test_create_enforces_policy_and_strength(data_dir, passphrase, use_keyring, policy, error):
    with pytest.raises(error) as info:
        KeyStore(data_dir).create(passphrase, use_keyring=use_keyring, policy=policy)
    assert info.value.message
    assert list(data_dir.iterdir()) == []


def test_keyring_only_vault_when_policy_allows(data_dir):
    result = KeyStore(data_dir).create(None, True, Policy(require_passphrase=False))
    assert KeyStore(data_dir).slots() == {"keyring", "recovery"}
    assert KeyStore(data_dir).unlock_with_keyring() == result.key
    with pytest.raises(SlotMissing):
        KeyStore(data_dir).unlock_with_passphrase(PASSPHRASE)


def test_policy_forbidding_keyring_blocks_keyring_unlock(data_dir, created):
    store = KeyStore(data_dir, policy=Policy(allow_keyring=False))
    with pytest.raises(PolicyViolation):
        store.unlock_with_keyring()
    key = store.unlock_with_passphrase(PASSPHRASE)
    with pytest.raises(PolicyViolation):
        store.add_keyring_slot(key)


def _failed_unlocks(data_dir, memory_keyring, vault_id):
    """Each failure, in a fresh KeyStore: (callable, expected error)."""

    def missing_entry():
        memory_keyring.store.clear()
        KeyStore(data_dir).unlock_with_keyring()

    def locked():
        memory_keyring.locked = True
        try:
            KeyStore(data_dir).unlock_with_keyring()
        finally:
            memory_keyring.locked = False

    def unavailable():
        import keyring
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())
        try:
            KeyStore(data_dir).unlock_with_keyring()
        finally:
            keyring.set_keyring(memory_keyring)

    return [
        (lambda: KeyStore(data_dir).unlock_with_passphrase(OTHER_PASSPHRASE), WrongPassphrase),
        (lambda: KeyStore(data_dir).unlock_with_recovery("2" * 40), WrongRecoveryCode),
        (lambda: KeyStore(data_dir).unlock_with_recovery("0" * 40), RecoveryCodeMalformed),
        (locked, KeyringLocked),
        (unavailable, KeyringUnavailable),
        (missing_entry, KeyringEntryMissing),
    ]


def test_each_failed_unlock_has_its_own_error_and_changes_no_file(
    data_dir, memory_keyring, created
):
    _, result = created
    before = snapshot(data_dir)
    messages = set()
    for attempt, error in _failed_unlocks(data_dir, memory_keyring, result.vault_id):
        with pytest.raises(VaultError) as info:
            attempt()
        assert type(info.value) is error
        messages.add(info.value.message)
        assert snapshot(data_dir) == before
    assert len(messages) == 6


def test_wrong_passphrase_message_is_dutch(data_dir, created):
    with pytest.raises(WrongPassphrase) as info:
        KeyStore(data_dir).unlock_with_passphrase("verkeerde wachtwoordzin")
    assert info.value.message == "De wachtwoordzin klopt niet."


def test_missing_folder_is_never_created(tmp_path):
    missing = tmp_path / "bestaat-niet"
    store = KeyStore(missing)
    assert not store.exists() and not store.header_exists()
    for attempt in (
        lambda: store.unlock_with_passphrase(PASSPHRASE),
        store.unlock_with_keyring,
        lambda: store.unlock_with_recovery("2" * 40),
        store.slots,
    ):
        with pytest.raises(VaultMissing):
            attempt()
    assert not missing.exists()


def test_change_passphrase_keeps_the_data_key(data_dir, created):
    store, result = created
    store.change_passphrase(result.key, OTHER_PASSPHRASE)
    assert KeyStore(data_dir).unlock_with_passphrase(OTHER_PASSPHRASE) == result.key
    with pytest.raises(WrongPassphrase):
        KeyStore(data_dir).unlock_with_passphrase(PASSPHRASE)
    assert KeyStore(data_dir).unlock_with_recovery(result.recovery_code) == result.key


def test_change_passphrase_rejects_weak_and_wrong_key(data_dir, created):
    store, result = created
    before = snapshot(data_dir)
    with pytest.raises(WeakPassphrase):
        store.change_passphrase(result.key, "wachtwoord123")
    with pytest.raises(WrongKey):
        store.change_passphrase(bytes(32), OTHER_PASSPHRASE)
    assert snapshot(data_dir) == before


def test_regenerate_recovery_code_invalidates_the_old_one(data_dir, created):
    store, result = created
    new_code = store.regenerate_recovery_code(result.key)
    assert new_code != result.recovery_code
    assert KeyStore(data_dir).unlock_with_recovery(new_code) == result.key
    with pytest.raises(WrongRecoveryCode):
        KeyStore(data_dir).unlock_with_recovery(result.recovery_code)


def test_remove_and_add_keyring_slot(data_dir, memory_keyring, created):
    store, result = created
    store.remove_keyring_slot()
    assert memory_keyring.store == {}
    assert store.slots() == {"passphrase", "recovery"}
    with pytest.raises(SlotMissing):
        KeyStore(data_dir).unlock_with_keyring()
    store.add_keyring_slot(result.key)
    assert KeyStore(data_dir).unlock_with_keyring() == result.key


def test_add_keyring_slot_repairs_a_missing_entry(data_dir, memory_keyring, created):
    store, result = created
    memory_keyring.store.clear()
    store.add_keyring_slot(result.key)
    assert KeyStore(data_dir).unlock_with_keyring() == result.key


def test_last_daily_slot_cannot_be_removed(data_dir):
    store = KeyStore(data_dir)
    store.create(None, True, Policy(require_passphrase=False))
    with pytest.raises(SlotMissing):
        store.remove_keyring_slot()
    assert "keyring" in store.slots()


def test_operations_need_an_unlocked_store(data_dir, created):
    store, result = created
    store.lock()
    assert not store.is_unlocked()
    with pytest.raises(VaultLocked):
        store.change_passphrase(result.key, OTHER_PASSPHRASE)
    with pytest.raises(VaultLocked):
        KeyStore(data_dir).regenerate_recovery_code(result.key)
    assert store.unlock_with_passphrase(PASSPHRASE) == result.key
    assert store.is_unlocked()


def test_verify_key(data_dir, created):
    _, result = created
    assert KeyStore(data_dir).verify_key(result.key)
    assert not KeyStore(data_dir).verify_key(bytes(32))


def test_default_scrypt_parameters_are_recorded(data_dir, monkeypatch):
    monkeypatch.setattr(kdf, "PASSPHRASE_PARAMS", REAL_DEFAULT)
    KeyStore(data_dir).create(PASSPHRASE, use_keyring=False, policy=Policy())
    slot = json.loads((data_dir / HEADER_FILE).read_text())["slots"]["passphrase"]["kdf"]
    assert (slot["n"], slot["r"], slot["p"]) == (2**17, 8, 1)
