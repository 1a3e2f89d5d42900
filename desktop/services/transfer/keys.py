"""Public key files (``.schakelsleutel``) and where trusted keys come from.

A key file holds only public halves, the municipality, the officer's name and function and
a fingerprint (digits, to compare by phone). A key is never trusted because it arrived:
trusted keys are the files in the ``sleutels/`` folder of the admin-controlled content
folder (``inhoud_map`` in the policy, read-only for officers), or keys the officer confirmed
by typing the fingerprint read aloud (stored in the register, audit logged).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from desktop.i18n import N_
from desktop.services.transfer.bundle import PublicIdentity
from desktop.services.transfer.crypto import fingerprint, key_id, unb64
from desktop.services.transfer.errors import TransferError

KEY_SUFFIX = ".schakelsleutel"
KEYS_FOLDER = "sleutels"
_MAX_KEY_FILE = 16 * 1024


class BadKeyFile(TransferError):
    default_message = N_("Dit is geen geldig Schakel-sleutelbestand.")


@dataclass(frozen=True)
class PublicKey:
    identity: PublicIdentity
    source: str  # "map" (admin folder) | "bevestigd" (fingerprint typed) | "" (not trusted)

    @property
    def key_id(self) -> str:
        return self.identity.key_id

    @property
    def enc(self) -> bytes:
        return unb64(self.identity.enc)

    @property
    def sign(self) -> bytes:
        return unb64(self.identity.sign)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.enc, self.sign)

    def label(self) -> str:
        return self.identity.label()


def key_file_bytes(identity: PublicIdentity) -> bytes:
    data = {"type": "schakel-sleutel", "formaat": 1, **identity.model_dump(),
            "vingerafdruk": fingerprint(unb64(identity.enc), unb64(identity.sign))}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse_key_file(data: bytes, source: str = "") -> PublicKey:
    """Parse and check a key file (the key id must match the keys; the fingerprint is recomputed)."""
    if len(data) > _MAX_KEY_FILE:
        raise BadKeyFile()
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("type") != "schakel-sleutel" or raw.get("formaat") != 1:
            raise BadKeyFile()
        fields = {k: v for k, v in raw.items() if k in PublicIdentity.model_fields}
        identity = PublicIdentity(**fields)
        enc, sign = unb64(identity.enc), unb64(identity.sign)
    except (UnicodeDecodeError, ValueError, ValidationError, TypeError):
        raise BadKeyFile() from None
    if len(enc) != 32 or len(sign) != 32 or key_id(enc, sign) != identity.key_id:
        raise BadKeyFile()
    return PublicKey(identity, source)


def read_key_file(path: Path | str, source: str = "") -> PublicKey:
    try:
        with open(path, "rb") as handle:
            data = handle.read(_MAX_KEY_FILE + 1)
    except OSError:
        raise BadKeyFile() from None
    return parse_key_file(data, source)


def folder_keys(content_dir: Path | None) -> list[PublicKey]:
    """Keys in the admin folder ``<inhoud_map>/sleutels``; unreadable files are skipped."""
    if content_dir is None:
        return []
    folder = Path(content_dir) / KEYS_FOLDER
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob(f"*{KEY_SUFFIX}")):
        try:
            out.append(read_key_file(path, "map"))
        except BadKeyFile:
            continue
    return out


def normalise_fingerprint(text: str) -> str:
    digits = "".join(ch for ch in text if ch.isdigit())
    return " ".join(digits[i:i + 5] for i in range(0, len(digits), 5))
