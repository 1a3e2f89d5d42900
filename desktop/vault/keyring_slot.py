"""The keyring slot: the vault's key-encryption key (KEK) in the OS keyring.

Only real OS backends on an allowlist count; anything else (``keyrings.alt``
plaintext files, ``fail``, ``null``, a chainer without a real backend) is
UNAVAILABLE. There is never a plaintext fallback. The keyring is looked up at the
moment of use, never at import time, so a keyring that appears or unlocks later is
seen. Service name ``Schakel``, user name = the vault id.

Tests allow their in-memory backend with ``allow_backend_class`` (see conftest).
"""

from __future__ import annotations

import base64
from enum import StrEnum

import keyring
import keyring.errors as keyring_errors
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

from . import errors

SERVICE = "Schakel"
_ENTRY_PREFIX = "schakel-kek-v1:"
_WINDOWS = "keyring.backends.Windows.WinVaultKeyring"
_PROBE_USER = "schakel-keyring-probe"

ALLOWED_BACKEND_CLASSES: set[str] = {
    _WINDOWS,
    "keyring.backends.macOS.Keyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
}


class KeyringState(StrEnum):
    AVAILABLE = "beschikbaar"
    UNAVAILABLE = "niet_beschikbaar"
    LOCKED = "vergrendeld"
    ENTRY_MISSING = "sleutel_ontbreekt"


STATE_MESSAGES: dict[KeyringState, str] = {
    KeyringState.AVAILABLE: "De sleutel staat in de sleutelbos van deze computer.",
    KeyringState.UNAVAILABLE: errors.KeyringUnavailable.default_message,
    KeyringState.LOCKED: errors.KeyringLocked.default_message,
    KeyringState.ENTRY_MISSING: errors.KeyringEntryMissing.default_message,
}


def class_name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def allow_backend_class(cls: type) -> None:
    """Test hook: accept ``cls`` as a real keyring backend."""
    ALLOWED_BACKEND_CLASSES.add(class_name(cls))


def _allowed(backend: KeyringBackend) -> bool:
    return class_name(type(backend)) in ALLOWED_BACKEND_CLASSES


def _backend() -> KeyringBackend | None:
    """The first allowed backend, looked up now; a chainer is searched, not used."""
    try:
        current = keyring.get_keyring()
        candidates = current.backends if isinstance(current, ChainerBackend) else [current]
    except Exception:  # broken keyring configuration: same as none at all
        return None
    for backend in candidates:
        if _allowed(backend):
            if class_name(type(backend)) == _WINDOWS:
                backend.persist = "local machine"  # type: ignore[union-attr]  # no roaming
            return backend
    return None


def _require_backend() -> KeyringBackend:
    backend = _backend()
    if backend is None:
        raise errors.KeyringUnavailable()
    return backend


def _read(backend: KeyringBackend, username: str) -> str | None:
    try:
        return backend.get_password(SERVICE, username)
    except keyring_errors.KeyringLocked as exc:
        raise errors.KeyringLocked() from exc
    except Exception as exc:  # NoKeyringError, D-Bus errors, InitError...
        raise errors.KeyringUnavailable() from exc


def keyring_state(vault_id: str | None = None) -> KeyringState:
    """State of the OS keyring now; with ``vault_id`` also whether its entry exists.

    Without a vault id this asks for a probe entry that never exists, so a locked
    keyring is noticed (the OS may show its unlock prompt).
    """
    backend = _backend()
    if backend is None:
        return KeyringState.UNAVAILABLE
    try:
        value = _read(backend, vault_id or _PROBE_USER)
    except errors.KeyringLocked:
        return KeyringState.LOCKED
    except errors.KeyringUnavailable:
        return KeyringState.UNAVAILABLE
    if vault_id and value is None:
        return KeyringState.ENTRY_MISSING
    return KeyringState.AVAILABLE


def store_kek(vault_id: str, kek: bytes) -> None:
    backend = _require_backend()
    entry = _ENTRY_PREFIX + base64.b64encode(kek).decode("ascii")
    try:
        backend.set_password(SERVICE, vault_id, entry)
    except keyring_errors.KeyringLocked as exc:
        raise errors.KeyringLocked() from exc
    except Exception as exc:
        raise errors.KeyringUnavailable() from exc


def load_kek(vault_id: str) -> bytes:
    """The KEK from the keyring; each failure has its own error."""
    value = _read(_require_backend(), vault_id)
    if value is None:
        raise errors.KeyringEntryMissing()
    if not value.startswith(_ENTRY_PREFIX):
        raise errors.KeyringEntryInvalid()
    try:
        return base64.b64decode(value.removeprefix(_ENTRY_PREFIX), validate=True)
    except ValueError as exc:
        raise errors.KeyringEntryInvalid() from exc


def delete_kek(vault_id: str) -> None:
    """Remove the entry; an entry that is already gone is fine."""
    backend = _require_backend()
    if _read(backend, vault_id) is None:
        return
    try:
        backend.delete_password(SERVICE, vault_id)
    except keyring_errors.KeyringLocked as exc:
        raise errors.KeyringLocked() from exc
    except keyring_errors.PasswordDeleteError:
        return
    except Exception as exc:
        raise errors.KeyringUnavailable() from exc
