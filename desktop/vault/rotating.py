"""Data-key rotation for ``KeyStore`` (a mixin: it uses the store's header session and writes).

Crash-safe rotation, in phases:

1. write the header with the new key as *pending* (wrapped by the KEK) - atomic;
2. ``PRAGMA rekey`` the database (it may roll back and still say "ok");
3. probe which key opens the file;
4. promote the pending key (new opens) or drop it (old opens) - atomic.

A crash after 1 leaves a pending record; every unlock settles it by probing (3-4)
before returning the key, so a kill -9 at any point leaves a vault that opens.

Before the data key changes the KEK is replaced too (``KeyStore._rekek``), so the new data
key never sits under a KEK that an old header plus an old secret could yield.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import errors, rotation, slots
from .header import Header, PendingKey
from .probe import opens_with

KEY_BYTES = 32


class RotationMixin:
    """Needs ``db_path``, ``_session``, ``_write`` and ``_rekek`` from ``KeyStore``."""

    db_path: Path
    _session: Any
    _write: Any
    _rekek: Any

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
        self._rekek(key)  # a new KEK first: the new data key never sits under an old one
        h, kek = self._session(key)
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
