"""KeyStore: the key slots of one data dir, and every operation on them.

Key hierarchy (like LUKS, with one extra level)::

    passphrase --scrypt--> X25519 key --sealed box--\
    recovery code -scrypt-> X25519 key --sealed box--> KEK --AES-GCM--> data key
    OS keyring ---------------------------------------> KEK        (SQLCipher raw key)

Every slot holds the same random key-encryption key (KEK); the header holds the data
key wrapped once by the KEK. Revocation (issue 13): every change or revocation of a
secret - new passphrase, new recovery code, keyring slot off - and every data-key
rotation makes a *new* KEK and reseals every remaining slot to it (``rekek.py``; the
sealed slots need only their public key, see ``sealed.py``). So an old header plus an
old secret yields only an old KEK, which opens nothing in the current header. A
passphrase change alone leaves the data key as it was: an old header plus the old
passphrase still unwraps *that* data key, which the database stops accepting only after
``rotate_data_key``. The database records the current KEK id (``kek_id``), so the app
refuses an old header put back even before a rotation.

The KEK stays in memory (a bytearray, zeroed on ``lock()``) while the vault is
unlocked; operations that rewrite the header need it, because the header carries a MAC
under the KEK that catches any tampering with slots, keys, the pending record or the
audit anchor (``anchor.py``).

Data-key rotation (crash-safe, in phases) lives in ``rotating.py``.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from desktop.paths import HEADER_FILE, VAULT_FILE
from desktop.policy import Policy

from . import anchor, errors, header, kdf, keyring_slot, recovery, rekek, secret_slots, slots
from .anchor import Head
from .header import Header
from .keyring_slot import KeyringState
from .rotating import RotationMixin
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


class KeyStore(RotationMixin):
    """Header and slots for one data dir. Holds the KEK in memory while unlocked."""

    def __init__(self, data_dir: Path, policy: Policy | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.policy = policy or Policy()
        self.header_path = self.data_dir / HEADER_FILE
        self.db_path = self.data_dir / VAULT_FILE
        self._kek_buf: bytearray | None = None

    @property
    def _kek(self) -> bytes | None:
        return None if self._kek_buf is None else bytes(self._kek_buf)

    @_kek.setter
    def _kek(self, value: bytes | None) -> None:
        self._wipe()
        self._kek_buf = None if value is None else bytearray(value)

    def _wipe(self) -> None:
        if self._kek_buf is not None:
            self._kek_buf[:] = bytes(len(self._kek_buf))

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
        """Zero the KEK buffer and drop it (copies made by ``bytes()`` are only released)."""
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
        key = self._finish_unlock(h, kek, errors.HeaderTampered())
        if secret_slots.needs_upgrade(h.passphrase, kdf.PASSPHRASE_PARAMS):  # v1 or r=6: upgrade
            self._upgrade_slot(passphrase=secret_slots.seal_passphrase(kek, passphrase, h.vault_id))
        return key

    def unlock_with_recovery(self, code: str) -> bytes:
        recovery.parse(code)  # RecoveryCodeMalformed before any file access
        h = header.read(self.header_path)
        kek = secret_slots.open_recovery(h.recovery, code, h.vault_id)
        key = self._finish_unlock(h, kek, errors.HeaderTampered())
        if secret_slots.needs_upgrade(h.recovery, kdf.RECOVERY_PARAMS):
            self._upgrade_slot(recovery=secret_slots.seal_recovery(kek, code, h.vault_id))
        return key

    def unlock_with_keyring(self) -> bytes:
        if not self.policy.allow_keyring:
            raise errors.KeyringForbidden()
        h = header.read(self.header_path)
        if h.keyring_service is None:
            raise errors.SlotMissing(errors.SlotMissing.NO_KEYRING)
        kek = keyring_slot.load_kek(h.vault_id)
        try:
            kek = rekek.open_rollover(h, kek)  # a crash left the old KEK in the keyring
        except slots.UnwrapFailed:
            pass
        else:
            key = self._finish_unlock(h, kek, errors.KeyringEntryInvalid())
            self._finish_rollover(kek)
            return key
        key = self._finish_unlock(h, kek, errors.KeyringEntryInvalid())
        if h.keyring_rollover is not None:  # crash after the keyring was already replaced
            self._finish_rollover(kek)
        return key

    def _upgrade_slot(self, **slot: object) -> None:
        """Rewrite one slot in today's format (same secret, same KEK); best effort."""
        h, kek = self._session(None)
        try:
            self._write(replace(h, **slot), kek)  # type: ignore[arg-type]
        except OSError:
            pass  # read-only or full disk: the old slot keeps working, upgrade next time

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
        if h.anchor is not None and not anchor.verify(kek, h.anchor):
            raise errors.HeaderTampered()

    # -- operations on an unlocked vault ----------------------------------------------

    def _session(self, key: bytes | None) -> tuple[Header, bytes]:
        """The current header and KEK; checks the header MAC and (if given) the data key."""
        kek = self._kek
        if kek is None:
            raise errors.VaultLocked()
        h = header.read(self.header_path)
        if not secrets.compare_digest(slots.header_mac(kek, h.body()), h.mac):
            raise errors.HeaderTampered()
        if key is not None and not slots.matches_key_check(key, h.key_check):
            raise errors.WrongKey()
        return h, kek

    def _write(self, h: Header, kek: bytes, durable: bool = True) -> Header:
        h = replace(h, version=header.VERSION)
        signed = replace(h, mac=slots.header_mac(kek, h.body()))
        header.write(self.header_path, signed, durable)
        return signed

    # -- KEK identity and the audit anchor ---------------------------------------------

    def kek_id(self) -> str:
        """Public id of the KEK in use (the database stores it; see ``StaleHeader``)."""
        _, kek = self._session(None)
        return rekek.kek_id(kek)

    def previous_kek_id(self) -> str:
        return self._session(None)[0].previous_kek

    def anchored_head(self) -> Head | None:
        """The audit head recorded in the (MAC-checked) header, or None if never anchored."""
        h, kek = self._session(None)
        if h.anchor is None:
            return None
        if not anchor.verify(kek, h.anchor):
            raise errors.HeaderTampered()
        return anchor.head_of(h.anchor)

    def set_anchor(self, head: Head) -> None:
        """Record the audit head (after the commit that appended the rows)."""
        h, kek = self._session(None)
        if h.anchor is not None and anchor.head_of(h.anchor) == head:
            return
        self._write(replace(h, anchor=anchor.make(kek, head)), kek, durable=False)

    # -- secrets: every change or revocation makes a new KEK ----------------------------

    def _rekek(self, key: bytes | None, *, keyring_on: bool | None = None, **changes: object) -> None:
        """New KEK, every remaining slot resealed, keyring entry replaced; crash-safe.

        Header first (atomic). With a keyring slot the header also carries the new KEK
        wrapped under the old one until the keyring entry is replaced; a crash in between
        is finished at the next keyring unlock (``unlock_with_keyring``).
        """
        h, kek = self._session(key)
        if h.pending is not None:
            raise errors.RotationFailed(
                "Er staat nog een onderbroken sleutelwissel open. Vergrendel en ontgrendel "
                "de kluis en probeer het daarna opnieuw."
            )
        new_h, new_kek = rekek.rekek(h, kek, **changes)  # type: ignore[arg-type]
        keyring = h.keyring_service is not None if keyring_on is None else keyring_on
        if not keyring:
            new_h = replace(new_h, keyring_service=None)
        if new_h.anchor is None and h.anchor is not None:
            new_h = replace(new_h, anchor=anchor.make(new_kek, anchor.head_of(h.anchor)))
        if keyring:
            self._write(rekek.with_rollover(new_h, kek, new_kek), new_kek)
            self._kek = new_kek
            self._finish_rollover(new_kek)
        else:
            self._write(new_h, new_kek)
            self._kek = new_kek
            if h.keyring_service is not None:
                try:
                    keyring_slot.delete_kek(h.vault_id)
                except errors.VaultError:
                    pass  # out of reach: the old entry holds an old KEK, useless now

    def _finish_rollover(self, kek: bytes) -> None:
        """Put ``kek`` in the keyring and drop the rollover record (or the keyring slot)."""
        h, _ = self._session(None)
        if h.keyring_rollover is None:
            return
        try:
            keyring_slot.store_kek(h.vault_id, kek)
        except errors.VaultError:
            self._write(replace(h, keyring_rollover=None, keyring_service=None), kek)
            raise errors.KeyringUnavailable(
                "De sleutelbos van deze computer kon niet worden bijgewerkt; ontgrendelen via "
                "Windows is uitgezet. Zet het opnieuw aan in Instellingen."
            ) from None
        self._write(replace(h, keyring_rollover=None), kek)

    def change_passphrase(self, key: bytes, new_passphrase: str) -> None:
        """A new passphrase slot and a new KEK (also adds a passphrase slot if none)."""
        check_passphrase(new_passphrase)
        h, kek = self._session(key)
        slot = secret_slots.seal_passphrase(kek, new_passphrase, h.vault_id)
        self._rekek(key, passphrase=slot)

    def regenerate_recovery_code(self, key: bytes) -> str:
        """A new recovery code (show once) and a new KEK; the old code stops working."""
        h, kek = self._session(key)
        code = recovery.generate()
        self._rekek(key, recovery=secret_slots.seal_recovery(kek, code, h.vault_id))
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
        """Delete the keyring entry and the slot, with a new KEK (an undeleted entry is useless)."""
        h, _ = self._session(None)
        if h.keyring_service is None:
            return
        if h.passphrase is None:
            raise errors.SlotMissing(errors.SlotMissing.LAST_DAILY_SLOT)
        self._rekek(None, keyring_on=False)
