"""KeyStore: the key slots of one data dir, and every operation on them.

Key hierarchy (like LUKS, with one extra level)::

    passphrase --scrypt--\\
    recovery code -scrypt-> wrapping key --AES-GCM--> KEK --AES-GCM--> data key
    OS keyring ------------------------------------> KEK        (SQLCipher raw key)

Every slot holds the same random key-encryption key (KEK); the header holds the data
key wrapped once by the KEK. So:

* changing the passphrase or regenerating the recovery code rewraps only the KEK;
* rotating the data key rewraps only the data key under the KEK: no slot secret is
  needed, and the keyring entry (which holds the KEK) does not change;
* the KEK stays in memory while the vault is unlocked (``lock()`` drops it); all
  operations that rewrite the header need it, because the header carries a MAC
  under the KEK that catches any tampering with slots, keys or the pending record.

Rotation does not replace the KEK: it shuts out someone who learnt the *data key*
(memory dump, an old copy of it), not someone who holds the header and a slot secret.

Crash-safe rotation, in phases:

1. write the header with the new key as *pending* (wrapped by the KEK) - atomic;
2. ``PRAGMA rekey`` the database (it may roll back and still say "ok");
3. probe which key opens the file;
4. promote the pending key (new opens) or drop it (old opens) - atomic.

A crash after 1 leaves a pending record; every unlock settles it by probing (3-4)
before returning the key, so a kill -9 at any point leaves a vault that opens.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from desktop.paths import HEADER_FILE, VAULT_FILE
from desktop.policy import Policy

from . import errors, header, keyring_slot, recovery, rotation, secret_slots, slots
from .header import Header, PendingKey
from .keyring_slot import KeyringState
from .probe import opens_with
from .strength import check_passphrase

KEY_BYTES = 32

_KEYRING_ERRORS = {
    KeyringState.UNAVAILABLE: errors.KeyringUnavailable,
    KeyringState.LOCKED: errors.KeyringLocked,
}


@dataclass(frozen=True)
class Created:
    key: bytes
    recovery_code: str  # show once, never stored
    vault_id: str


def _check_create_policy(passphrase: str | None, use_keyring: bool, policy: Policy) -> None:
    if passphrase is None and policy.require_passphrase:
        raise errors.PassphraseRequired()
    if use_keyring and not policy.allow_keyring:
        raise errors.KeyringForbidden()
    if passphrase is None and not use_keyring:
        raise errors.SlotMissing(errors.SlotMissing.NO_DAILY_SLOT)


class KeyStore:
    """Header and slots for one data dir. Holds the KEK in memory while unlocked."""

    def __init__(self, data_dir: Path, policy: Policy | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.policy = policy or Policy()
        self.header_path = self.data_dir / HEADER_FILE
        self.db_path = self.data_dir / VAULT_FILE
        self._kek: bytes | None = None

    # -- state ---------------------------------------------------------------------

    def exists(self) -> bool:
        return self.header_path.is_file() and self.db_path.is_file()

    def header_exists(self) -> bool:
        return self.header_path.is_file()

    def slots(self) -> set[str]:
        return header.read(self.header_path).slot_names()

    def vault_id(self) -> str:
        return header.read(self.header_path).vault_id

    def has_pending_rotation(self) -> bool:
        return header.read(self.header_path).pending is not None

    def is_unlocked(self) -> bool:
        return self._kek is not None

    def lock(self) -> None:
        """Drop the KEK reference. (Python cannot wipe memory; the store closes the DB.)"""
        self._kek = None

    def verify_key(self, key: bytes) -> bool:
        return slots.matches_key_check(key, header.read(self.header_path).key_check)

    # -- create ----------------------------------------------------------------------

    def create(
        self, passphrase: str | None, use_keyring: bool, policy: Policy | None = None
    ) -> Created:
        """A new vault's header (the store creates the DB with ``Created.key``)."""
        policy = policy or self.policy
        if self.header_path.exists() or self.db_path.exists():
            raise errors.VaultExists()
        _check_create_policy(passphrase, use_keyring, policy)
        if passphrase is not None:
            check_passphrase(passphrase)
        vid = secrets.token_hex(16)
        if use_keyring and (state := keyring_slot.keyring_state(vid)) in _KEYRING_ERRORS:
            raise _KEYRING_ERRORS[state]()
        data_key, kek = secrets.token_bytes(KEY_BYTES), secrets.token_bytes(KEY_BYTES)
        code = recovery.generate()
        new = Header(
            vault_id=vid,
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            data_key=slots.wrap(kek, data_key, vid, slots.DATA_KEY),
            key_check=slots.key_check(data_key),
            recovery=secret_slots.seal_recovery(kek, code, vid),
            passphrase=secret_slots.seal_passphrase(kek, passphrase, vid)
            if passphrase is not None
            else None,
            keyring_service=keyring_slot.SERVICE if use_keyring else None,
        )
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if use_keyring:
            keyring_slot.store_kek(vid, kek)
        try:
            self._write(new, kek)
        except OSError:
            if use_keyring:
                keyring_slot.delete_kek(vid)  # no orphan entry for a vault that never was
            raise
        self._kek = kek
        return Created(key=data_key, recovery_code=code, vault_id=vid)

    # -- unlock ----------------------------------------------------------------------

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        h = header.read(self.header_path)
        if h.passphrase is None:
            raise errors.SlotMissing(errors.SlotMissing.NO_PASSPHRASE)
        kek = secret_slots.open_passphrase(h.passphrase, passphrase, h.vault_id)
        return self._finish_unlock(h, kek, errors.HeaderTampered())

    def unlock_with_recovery(self, code: str) -> bytes:
        recovery.parse(code)  # RecoveryCodeMalformed before any file access
        h = header.read(self.header_path)
        kek = secret_slots.open_recovery(h.recovery, code, h.vault_id)
        return self._finish_unlock(h, kek, errors.HeaderTampered())

    def unlock_with_keyring(self) -> bytes:
        if not self.policy.allow_keyring:
            raise errors.KeyringForbidden()
        h = header.read(self.header_path)
        if h.keyring_service is None:
            raise errors.SlotMissing(errors.SlotMissing.NO_KEYRING)
        kek = keyring_slot.load_kek(h.vault_id)
        return self._finish_unlock(h, kek, errors.KeyringEntryInvalid())

    def _finish_unlock(self, h: Header, kek: bytes, bad_kek: errors.VaultError) -> bytes:
        """Check the KEK against the header, settle a pending rotation, keep the KEK."""
        try:
            data_key = slots.unwrap(kek, h.data_key, h.vault_id, slots.DATA_KEY)
        except slots.UnwrapFailed:
            raise bad_kek from None
        self._check_integrity(h, kek, data_key)
        key = self._settle(h, kek, data_key)
        self._kek = kek
        return key

    @staticmethod
    def _check_integrity(h: Header, kek: bytes, data_key: bytes) -> None:
        mac_ok = secrets.compare_digest(slots.header_mac(kek, h.body()), h.mac)
        if not mac_ok or not slots.matches_key_check(data_key, h.key_check):
            raise errors.HeaderTampered()

    # -- operations on an unlocked vault ----------------------------------------------

    def _session(self, key: bytes | None) -> tuple[Header, bytes]:
        """The current header and KEK; checks the header MAC and (if given) the data key."""
        if self._kek is None:
            raise errors.VaultLocked()
        h = header.read(self.header_path)
        if not secrets.compare_digest(slots.header_mac(self._kek, h.body()), h.mac):
            raise errors.HeaderTampered()
        if key is not None and not slots.matches_key_check(key, h.key_check):
            raise errors.WrongKey()
        return h, self._kek

    def _write(self, h: Header, kek: bytes) -> Header:
        signed = replace(h, mac=slots.header_mac(kek, h.body()))
        header.write(self.header_path, signed)
        return signed

    def change_passphrase(self, key: bytes, new_passphrase: str) -> None:
        """Rewrap the KEK under a new passphrase (also adds a passphrase slot if none)."""
        check_passphrase(new_passphrase)
        h, kek = self._session(key)
        slot = secret_slots.seal_passphrase(kek, new_passphrase, h.vault_id)
        self._write(replace(h, passphrase=slot), kek)

    def regenerate_recovery_code(self, key: bytes) -> str:
        """A new recovery code (show once); the old code stops working."""
        h, kek = self._session(key)
        code = recovery.generate()
        self._write(replace(h, recovery=secret_slots.seal_recovery(kek, code, h.vault_id)), kek)
        return code

    def add_keyring_slot(self, key: bytes) -> None:
        """Store the KEK in the OS keyring (also repairs a missing entry)."""
        if not self.policy.allow_keyring:
            raise errors.KeyringForbidden()
        h, kek = self._session(key)
        keyring_slot.store_kek(h.vault_id, kek)
        if h.keyring_service is None:
            self._write(replace(h, keyring_service=keyring_slot.SERVICE), kek)

    def remove_keyring_slot(self) -> None:
        """Delete the keyring entry, then the slot. An unreachable keyring does not block."""
        h, kek = self._session(None)
        if h.keyring_service is None:
            return
        if h.passphrase is None:
            raise errors.SlotMissing(errors.SlotMissing.LAST_DAILY_SLOT)
        try:
            keyring_slot.delete_kek(h.vault_id)
        except errors.KeyringUnavailable:
            pass  # entry (if any) is out of reach; the slot goes regardless
        self._write(replace(h, keyring_service=None), kek)

    # -- rotation ------------------------------------------------------------------

    def rotate_data_key(self, key: bytes, db_path: Path | None = None) -> bytes:
        """Re-encrypt the database under a new data key; returns it. Crash-safe.

        The store must have closed its connection first (else ``RotationFailed``).
        ``db_path`` is accepted for symmetry with the store but must be this vault's.
        """
        if db_path is not None and Path(db_path).resolve() != self.db_path.resolve():
            raise ValueError("only the vault's own database can be rekeyed")
        db_path = self.db_path  # a pending record is always settled against this file
        h, kek = self._session(key)
        if h.pending is not None:
            raise errors.RotationFailed(
                "Er staat nog een onderbroken sleutelwissel open. Vergrendel en ontgrendel "
                "de kluis en probeer het daarna opnieuw."
            )
        if not db_path.is_file():
            raise errors.DatabaseMissing()
        if not opens_with(db_path, key):
            raise errors.RotationFailed(
                "Het vernieuwen van de sleutel kan niet: de database opent niet met de "
                "huidige sleutel."
            )
        new_key = secrets.token_bytes(KEY_BYTES)
        pending = PendingKey(
            slots.wrap(kek, new_key, h.vault_id, slots.DATA_KEY), slots.key_check(new_key)
        )
        h = self._write(replace(h, pending=pending), kek)  # phase 1
        failure: Exception | None = None
        try:
            rotation.rekey_database(db_path, key, new_key)  # phase 2
        except Exception as exc:  # rekey may fail after committing: the probe decides
            failure = exc
        if self._resolve(h, kek, key, new_key, db_path) == new_key:  # phases 3 and 4
            return new_key
        if isinstance(failure, errors.VaultError):
            raise failure
        raise errors.RotationFailed() from failure

    def recover_pending_rotation(self) -> bytes:
        """Settle a pending rotation now (unlock does this already); returns the key."""
        h, kek = self._session(None)
        data_key = slots.unwrap(kek, h.data_key, h.vault_id, slots.DATA_KEY)
        return self._settle(h, kek, data_key)

    def _settle(self, h: Header, kek: bytes, data_key: bytes) -> bytes:
        if h.pending is None:
            return data_key
        try:
            new_key = slots.unwrap(kek, h.pending.data_key, h.vault_id, slots.DATA_KEY)
        except slots.UnwrapFailed:
            raise errors.HeaderTampered() from None
        if not slots.matches_key_check(new_key, h.pending.key_check):
            raise errors.HeaderTampered()
        return self._resolve(h, kek, data_key, new_key, self.db_path)

    def _resolve(self, h: Header, kek: bytes, old: bytes, new: bytes, db_path: Path) -> bytes:
        """Probe the file, then promote or drop the pending key. Returns the key that opens.

        If neither key opens (file missing or damaged) the pending record stays for a
        later attempt and the current key is returned; the store reports the DB problem.
        """
        opens = rotation.which_key_opens(db_path, old, new)
        if opens is rotation.Opens.NEW:
            self._promote(h, kek)
            return new
        if opens is rotation.Opens.OLD:
            self._write(replace(h, pending=None), kek)
        return old

    def _promote(self, h: Header, kek: bytes) -> None:
        assert h.pending is not None
        promoted = replace(h, data_key=h.pending.data_key, key_check=h.pending.key_check)
        self._write(replace(promoted, pending=None), kek)
