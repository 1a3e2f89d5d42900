"""Keyring states, the backend allowlist, and lookup at the moment of use."""

from __future__ import annotations

import keyring
import pytest
from conftest import MemoryKeyring
from keyring.backends import chainer, fail, null
from vault_helpers import PASSPHRASE, fast_kdf  # noqa: F401

from desktop.policy import Policy
from desktop.vault import (
    STATE_MESSAGES,
    KeyringState,
    KeyringUnavailable,
    KeyStore,
    keyring_state,
)
from desktop.vault.keyring_slot import ALLOWED_BACKEND_CLASSES

pytestmark = pytest.mark.usefixtures("fast_kdf")


class UnlistedKeyring(MemoryKeyring):
    """Works like the test keyring but is not on the allowlist (like keyrings.alt)."""


def test_states_with_the_test_backend(memory_keyring):
    assert keyring_state() is KeyringState.AVAILABLE
    assert keyring_state("0" * 32) is KeyringState.ENTRY_MISSING
    memory_keyring.store[("Schakel", "0" * 32)] = "x"
    assert keyring_state("0" * 32) is KeyringState.AVAILABLE
    memory_keyring.locked = True
    assert keyring_state() is KeyringState.LOCKED
    assert keyring_state("0" * 32) is KeyringState.LOCKED


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), null.Keyring(), UnlistedKeyring()], ids=["fail", "null", "alt"]
)
def test_backends_off_the_allowlist_are_unavailable(backend):
    keyring.set_keyring(backend)
    assert keyring_state() is KeyringState.UNAVAILABLE
    assert keyring_state("0" * 32) is KeyringState.UNAVAILABLE


def test_chainer_uses_only_an_allowed_backend(monkeypatch, memory_keyring):
    chained = [UnlistedKeyring(), memory_keyring]
    monkeypatch.setattr(chainer.ChainerBackend, "backends", chained, raising=False)
    keyring.set_keyring(chainer.ChainerBackend())
    assert keyring_state() is KeyringState.AVAILABLE
    monkeypatch.setattr(chainer.ChainerBackend, "backends", chained[:1], raising=False)
    assert keyring_state() is KeyringState.UNAVAILABLE


def test_real_os_backends_are_on_the_allowlist():
    assert "keyring.backends.Windows.WinVaultKeyring" in ALLOWED_BACKEND_CLASSES
    assert "keyring.backends.macOS.Keyring" in ALLOWED_BACKEND_CLASSES
    assert "keyring.backends.SecretService.Keyring" in ALLOWED_BACKEND_CLASSES
    assert not any("keyrings.alt" in name for name in ALLOWED_BACKEND_CLASSES)


def test_state_messages_are_distinct():
    assert set(STATE_MESSAGES) == set(KeyringState)
    assert len(set(STATE_MESSAGES.values())) == len(KeyringState)


def test_create_with_unavailable_keyring_writes_nothing(data_dir):
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailable):
        KeyStore(data_dir).create(PASSPHRASE, use_keyring=True, policy=Policy())
    assert list(data_dir.iterdir()) == []


def test_unlisted_backend_never_receives_the_secret(data_dir):
    plain = UnlistedKeyring()
    keyring.set_keyring(plain)
    with pytest.raises(KeyringUnavailable):
        KeyStore(data_dir).create(PASSPHRASE, use_keyring=True, policy=Policy())
    assert plain.store == {}


def test_keyring_is_looked_up_at_unlock_time(data_dir, memory_keyring):
    created = KeyStore(data_dir).create(PASSPHRASE, use_keyring=True, policy=Policy())
    store = KeyStore(data_dir)
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailable):
        store.unlock_with_keyring()
    keyring.set_keyring(memory_keyring)
    assert store.unlock_with_keyring() == created.key
