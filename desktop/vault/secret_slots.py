"""The passphrase and recovery slots: the KEK wrapped under a scrypt-derived key."""

from __future__ import annotations

import secrets

from . import kdf, recovery, slots
from .errors import WrongPassphrase, WrongRecoveryCode
from .header import SecretSlot


def _seal(
    kek: bytes, secret: bytes, params: kdf.ScryptParams, vid: str, purpose: str
) -> SecretSlot:
    salt = secrets.token_bytes(kdf.SALT_BYTES)
    wrapping_key = kdf.derive(secret, salt, params)
    return SecretSlot(params, salt, slots.wrap(wrapping_key, kek, vid, purpose))


def _open(slot: SecretSlot, secret: bytes, vid: str, purpose: str) -> bytes:
    """The KEK; ``slots.UnwrapFailed`` if the secret is wrong (or the slot altered)."""
    return slots.unwrap(kdf.derive(secret, slot.salt, slot.params), slot.kek, vid, purpose)


def seal_passphrase(kek: bytes, passphrase: str, vid: str) -> SecretSlot:
    """A passphrase slot with the current default parameters."""
    secret = kdf.normalize_passphrase(passphrase)
    return _seal(kek, secret, kdf.PASSPHRASE_PARAMS, vid, slots.PASSPHRASE)


def seal_recovery(kek: bytes, code: str, vid: str) -> SecretSlot:
    return _seal(kek, recovery.secret_bytes(code), kdf.RECOVERY_PARAMS, vid, slots.RECOVERY)


def open_passphrase(slot: SecretSlot, passphrase: str, vid: str) -> bytes:
    try:
        return _open(slot, kdf.normalize_passphrase(passphrase), vid, slots.PASSPHRASE)
    except slots.UnwrapFailed:
        raise WrongPassphrase() from None


def open_recovery(slot: SecretSlot, code: str, vid: str) -> bytes:
    """Raises ``RecoveryCodeMalformed`` for a non-code, ``WrongRecoveryCode`` otherwise."""
    secret = recovery.secret_bytes(code)
    try:
        return _open(slot, secret, vid, slots.RECOVERY)
    except slots.UnwrapFailed:
        raise WrongRecoveryCode() from None
