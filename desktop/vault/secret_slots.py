"""The passphrase and recovery slots: the KEK sealed to a key derived (scrypt) from the secret.

New slots (header v2) are X25519 sealed boxes (``sealed.py``): ``reseal`` puts a new KEK
in a slot without its secret. v1 slots (AES-GCM under the scrypt output) still open;
``needs_upgrade`` tells the key store to rewrite them (and slots with weaker scrypt
parameters than today's defaults) the next time their secret is entered.
"""

from __future__ import annotations

import secrets
from dataclasses import replace

from . import kdf, recovery, sealed, slots
from .errors import LegacySlot, WrongPassphrase, WrongRecoveryCode
from .header import SecretSlot


def _seal(kek: bytes, secret: bytes, params: kdf.ScryptParams, vid: str, purpose: str) -> SecretSlot:
    salt = secrets.token_bytes(kdf.SALT_BYTES)
    pub = sealed.public_bytes(kdf.derive(secret, salt, params))
    epub, wrapped = sealed.seal(pub, kek, vid, purpose)
    return SecretSlot(params, salt, wrapped, pub, epub)


def _open(slot: SecretSlot, secret: bytes, vid: str, purpose: str) -> bytes:
    """The KEK; ``slots.UnwrapFailed`` if the secret is wrong (or the slot altered)."""
    derived = kdf.derive(secret, slot.salt, slot.params)
    if slot.legacy:
        return slots.unwrap(derived, slot.kek, vid, purpose)
    return sealed.open_sealed(derived, slot.epub, slot.kek, vid, purpose)


def reseal(slot: SecretSlot, kek: bytes, vid: str, purpose: str) -> SecretSlot:
    """The same slot (same secret) holding ``kek``; ``LegacySlot`` for a v1 slot."""
    if slot.legacy:
        raise LegacySlot()
    epub, wrapped = sealed.seal(slot.pub, kek, vid, purpose)
    return replace(slot, kek=wrapped, epub=epub)


def needs_upgrade(slot: SecretSlot, defaults: kdf.ScryptParams) -> bool:
    p = slot.params
    weaker = p.n < defaults.n or p.r < defaults.r or p.p < defaults.p
    return slot.legacy or weaker


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
