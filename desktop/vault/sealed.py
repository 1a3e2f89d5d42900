"""Slots that can be resealed without their secret: X25519 sealed boxes (header v2).

A passphrase or recovery code derives (scrypt) an X25519 *private* key; the slot stores
its public key. Sealing a KEK to a slot needs only the public key: an ephemeral key
pair, ECDH, HKDF-SHA256, AES-256-GCM (associated data binds vault id and purpose). So
when a secret is changed or revoked, the app makes a new KEK and reseals every
remaining slot to it, without asking for the other secrets. An old header plus an old
secret then yields only the old KEK, which opens nothing in the current header.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import slots
from .slots import Wrapped

INFO = b"schakel/v2/sealed-slot"


def private_key(seed: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(seed)


def public_bytes(seed: bytes) -> bytes:
    return private_key(seed).public_key().public_bytes_raw()


def _wrapping_key(shared: bytes, epub: bytes, pub: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=INFO + epub + pub).derive(shared)


def seal(pub: bytes, secret: bytes, vault_id: str, purpose: str) -> tuple[bytes, Wrapped]:
    """``secret`` sealed to ``pub``: returns (ephemeral public key, wrapped secret)."""
    eph = X25519PrivateKey.generate()
    epub = eph.public_key().public_bytes_raw()
    shared = eph.exchange(X25519PublicKey.from_public_bytes(pub))
    return epub, slots.wrap(_wrapping_key(shared, epub, pub), secret, vault_id, purpose)


def open_sealed(seed: bytes, epub: bytes, blob: Wrapped, vault_id: str, purpose: str) -> bytes:
    """Raises ``slots.UnwrapFailed`` for a wrong secret or an altered slot."""
    priv = private_key(seed)
    pub = priv.public_key().public_bytes_raw()
    try:
        shared = priv.exchange(X25519PublicKey.from_public_bytes(epub))
    except ValueError as exc:  # all-zero shared secret: a crafted epub
        raise slots.UnwrapFailed from exc
    return slots.unwrap(_wrapping_key(shared, epub, pub), blob, vault_id, purpose)
