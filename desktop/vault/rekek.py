"""A new key-encryption key (KEK) for a header: revocation of old headers and secrets.

Every change or revocation of a secret (passphrase, recovery code, keyring slot) and every
data-key rotation calls ``rekek``: a fresh random KEK, the data key rewrapped under it,
every remaining sealed slot resealed to it (no other secret needed, see sealed.py), and
the id of the old KEK kept as ``previous_kek`` so the database can tell a crash between
the header write and its own update from an old header put back. The MAC and the audit
anchor are made under the new KEK by the key store when it writes the header.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import replace

from . import secret_slots, slots
from .header import Header, SecretSlot

KEY_BYTES = 32
KEK_ID_LABEL = b"schakel/v2/kek-id"
ROLLOVER = "kek-rollover"


def kek_id(kek: bytes) -> str:
    """A public identifier of a KEK (HMAC of a label, 128 bits, hex); reveals nothing of it."""
    return hmac.new(kek, KEK_ID_LABEL, hashlib.sha256).hexdigest()[:32]


def rekek(
    h: Header,
    kek: bytes,
    passphrase: SecretSlot | None = None,
    recovery: SecretSlot | None = None,
    drop_passphrase: bool = False,
) -> tuple[Header, bytes]:
    """The header under a new KEK; ``passphrase``/``recovery`` replace those slots.

    Raises ``errors.LegacySlot`` when a v1 slot would have to follow without its secret.
    A pending rotation must be settled first (the caller refuses otherwise).
    """
    new_kek = secrets.token_bytes(KEY_BYTES)
    data_key = slots.unwrap(kek, h.data_key, h.vault_id, slots.DATA_KEY)
    if passphrase is None and h.passphrase is not None and not drop_passphrase:
        passphrase = secret_slots.reseal(h.passphrase, new_kek, h.vault_id, slots.PASSPHRASE)
    elif passphrase is not None:
        passphrase = secret_slots.reseal(passphrase, new_kek, h.vault_id, slots.PASSPHRASE)
    recovery = secret_slots.reseal(recovery or h.recovery, new_kek, h.vault_id, slots.RECOVERY)
    new = replace(
        h,
        data_key=slots.wrap(new_kek, data_key, h.vault_id, slots.DATA_KEY),
        passphrase=passphrase,
        recovery=recovery,
        previous_kek=kek_id(kek),
        keyring_rollover=None,
        anchor=None,  # re-made under the new KEK by the key store
    )
    return new, new_kek


def with_rollover(h: Header, old_kek: bytes, new_kek: bytes) -> Header:
    """Record the new KEK under the old one while the keyring entry is being replaced."""
    return replace(h, keyring_rollover=slots.wrap(old_kek, new_kek, h.vault_id, ROLLOVER))


def open_rollover(h: Header, old_kek: bytes) -> bytes:
    """The new KEK from a keyring entry that still holds the old one (``UnwrapFailed`` if not)."""
    if h.keyring_rollover is None:
        raise slots.UnwrapFailed
    return slots.unwrap(old_kek, h.keyring_rollover, h.vault_id, ROLLOVER)
