"""Small crypto primitives for the key slots: AES-256-GCM wrapping, key check, header MAC.

Every wrap binds its context as associated data (``schakel/v1/<vault id>/<purpose>``),
so a blob copied from another vault or from another slot does not unwrap.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_CHECK_LABEL = b"schakel/v1/key-check"
HEADER_MAC_LABEL = b"schakel/v1/header-mac"

# Purposes (part of the associated data).
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
KEYRING = "keyring"
DATA_KEY = "data-key"


class UnwrapFailed(Exception):
    """Wrong wrapping key, or the blob/associated data was altered."""


@dataclass(frozen=True)
class Wrapped:
    nonce: bytes
    ct: bytes


def _aad(vault_id: str, purpose: str) -> bytes:
    return f"schakel/v1/{vault_id}/{purpose}".encode()


def wrap(wrapping_key: bytes, secret: bytes, vault_id: str, purpose: str) -> Wrapped:
    nonce = os.urandom(NONCE_BYTES)
    ct = AESGCM(wrapping_key).encrypt(nonce, secret, _aad(vault_id, purpose))
    return Wrapped(nonce, ct)


def unwrap(wrapping_key: bytes, blob: Wrapped, vault_id: str, purpose: str) -> bytes:
    try:
        return AESGCM(wrapping_key).decrypt(blob.nonce, blob.ct, _aad(vault_id, purpose))
    except InvalidTag as exc:
        raise UnwrapFailed from exc


def key_check(data_key: bytes) -> bytes:
    """HMAC-SHA256 of a fixed label under the data key: tells a wrong key from a bad DB."""
    return hmac.new(data_key, KEY_CHECK_LABEL, hashlib.sha256).digest()


def matches_key_check(data_key: bytes, check: bytes) -> bool:
    return hmac.compare_digest(key_check(data_key), check)


def header_mac(kek: bytes, body: bytes) -> bytes:
    """MAC over the canonical header body, under a key derived from the KEK."""
    mac_key = hmac.new(kek, HEADER_MAC_LABEL, hashlib.sha256).digest()
    return hmac.new(mac_key, body, hashlib.sha256).digest()
