"""The bundle container: HPKE-wrapped AES-256-GCM content key, Ed25519 signature inside.

Layout of a ``.schakelbundel`` file (format 1)::

    MAGIC | u32 header length | header JSON | AES-256-GCM ciphertext

The header holds only the format number, the recipients' key ids with their HPKE-wrapped
content key (RFC 9180: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, from
``cryptography``) and the GCM nonce. The whole of MAGIC + header is the GCM associated data,
so no header byte can change unnoticed. The plaintext is ``signature | signer public key |
payload``; the Ed25519 signature covers a domain label, the SHA-256 of MAGIC + header (which
binds the recipient list) and the payload. Nothing else is in plaintext: the sender's identity
is inside the encryption. No primitive here is home-made.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.services.transfer.errors import (
    BadSignature,
    Damaged,
    NewerFormat,
    NotAddressed,
    Tampered,
)

MAGIC = b"SCHAKEL-BUNDEL\n"
FORMAT = 1
_INFO = b"schakel bundel v1 content key"
_SIGN_LABEL = b"schakel bundel v1 signature\x00"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_MAX_HEADER = 64 * 1024


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_id(enc_public: bytes, sign_public: bytes) -> str:
    """Short id of a public identity (in the bundle header; no personal data)."""
    return hashlib.sha256(b"schakel key id\x00" + enc_public + sign_public).hexdigest()[:20]


def fingerprint(enc_public: bytes, sign_public: bytes) -> str:
    """40 digits in 8 groups of 5, to compare by phone."""
    digest = hashlib.sha256(b"schakel fingerprint\x00" + enc_public + sign_public).digest()
    digits = f"{int.from_bytes(digest[:20], 'big') % 10**40:040d}"
    return " ".join(digits[i:i + 5] for i in range(0, 40, 5))


@dataclass(frozen=True)
class Identity:
    """This register's private exchange keys (they never leave the encrypted database)."""

    enc_private: bytes
    sign_private: bytes

    @classmethod
    def generate(cls) -> Identity:
        from cryptography.hazmat.primitives import serialization as s

        raw = (s.Encoding.Raw, s.PrivateFormat.Raw, s.NoEncryption())
        return cls(X25519PrivateKey.generate().private_bytes(*raw),
                   Ed25519PrivateKey.generate().private_bytes(*raw))

    @property
    def enc_public(self) -> bytes:
        return _raw_public(X25519PrivateKey.from_private_bytes(self.enc_private).public_key())

    @property
    def sign_public(self) -> bytes:
        return _raw_public(Ed25519PrivateKey.from_private_bytes(self.sign_private).public_key())

    @property
    def key_id(self) -> str:
        return key_id(self.enc_public, self.sign_public)


def _raw_public(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization as s

    return key.public_bytes(s.Encoding.Raw, s.PublicFormat.Raw)


def seal(payload: bytes, sender: Identity, recipients: list[tuple[str, bytes]]) -> bytes:
    """Encrypt ``payload`` for ``recipients`` ([(key id, X25519 public)]) and sign it."""
    content_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    wraps = [{"sleutel": kid, "enc": b64(_SUITE.encrypt(content_key, X25519PublicKey.from_public_bytes(pub),
                                                        info=_INFO))}
             for kid, pub in recipients]
    header = json.dumps({"formaat": FORMAT, "nonce": b64(nonce), "ontvangers": wraps},
                        sort_keys=True, separators=(",", ":")).encode("ascii")
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    signature = Ed25519PrivateKey.from_private_bytes(sender.sign_private).sign(
        _to_sign(prefix, sender.sign_public, payload))
    inner = signature + sender.sign_public + payload
    return prefix + AESGCM(content_key).encrypt(nonce, inner, prefix)


def _to_sign(prefix: bytes, signer: bytes, payload: bytes) -> bytes:
    return _SIGN_LABEL + hashlib.sha256(prefix).digest() + signer + payload


@dataclass(frozen=True)
class Opened:
    signer: bytes  # Ed25519 public key that signed (checked against trusted keys by the caller)
    payload: bytes
    recipients: list[str]


def header_of(data: bytes) -> tuple[bytes, dict]:
    """(prefix bytes, header) of a bundle; refuses foreign files and newer formats."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise Damaged()
    (length,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    end = len(MAGIC) + 4 + length
    if length > _MAX_HEADER or end > len(data):
        raise Damaged()
    try:
        header = json.loads(data[len(MAGIC) + 4:end].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise Damaged() from None
    if not isinstance(header, dict) or not isinstance(header.get("formaat"), int):
        raise Damaged()
    if header["formaat"] > FORMAT:
        raise NewerFormat(version=header["formaat"])
    if header["formaat"] != FORMAT or not isinstance(header.get("ontvangers"), list):
        raise Damaged()
    return data[:end], header


def open_sealed(data: bytes, me: Identity) -> Opened:
    """Decrypt and verify the signature. Raises a ``TransferRefused`` subclass."""
    prefix, header = header_of(data)
    try:
        ids = [str(w["sleutel"]) for w in header["ontvangers"]]
        mine = [unb64(w["enc"]) for w in header["ontvangers"] if w["sleutel"] == me.key_id]
        nonce = unb64(header["nonce"])
    except (KeyError, TypeError, ValueError):
        raise Damaged() from None
    if not mine:
        raise NotAddressed()
    try:
        content_key = _SUITE.decrypt(mine[0], X25519PrivateKey.from_private_bytes(me.enc_private),
                                     info=_INFO)
        inner = AESGCM(content_key).decrypt(nonce, data[len(prefix):], prefix)
    except (InvalidTag, ValueError, TypeError):
        raise Tampered() from None
    if len(inner) < 96:
        raise Tampered()
    signature, signer, payload = inner[:64], inner[64:96], inner[96:]
    try:
        Ed25519PublicKey.from_public_bytes(signer).verify(signature, _to_sign(prefix, signer, payload))
    except (InvalidSignature, ValueError):
        raise BadSignature() from None
    return Opened(signer, payload, ids)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
