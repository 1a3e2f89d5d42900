"""The key header file (``schakel.keys.json``): format, validation, atomic writes.

Layout (version 1)::

    {"format": "schakel-sleutels", "version": 1,
     "vault_id": "<32 hex>", "created": "<ISO 8601 UTC>",
     "data_key": {"nonce": b64, "ct": b64},        # data key wrapped by the KEK
     "key_check": "<hex HMAC>",                     # slots.key_check(data key)
     "pending": null | {"data_key": {...}, "key_check": "<hex>"},
     "slots": {"passphrase": {"kdf": {"name": "scrypt", "n", "r", "p", "salt"}, "kek": {...}},
               "recovery":   {... same ...},
               "keyring":    {"service": "Schakel"}},   # KEK lives in the OS keyring
     "mac": "<hex>"}                                # slots.header_mac over the rest

Writes go to a temp file in the same folder, are fsynced, then ``os.replace``d over
the old header (and the folder fsynced on POSIX), so a crash leaves either the old
or the new header, never a torn one.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import HeaderDamaged, VaultMissing
from .kdf import ScryptParams
from .slots import Wrapped

FORMAT = "schakel-sleutels"
VERSION = 1
MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class SecretSlot:
    """A KEK wrapped under a key derived (scrypt) from a secret the officer knows/holds."""

    params: ScryptParams
    salt: bytes
    kek: Wrapped


@dataclass(frozen=True)
class PendingKey:
    data_key: Wrapped
    key_check: bytes


@dataclass(frozen=True)
class Header:
    vault_id: str
    created: str
    data_key: Wrapped
    key_check: bytes
    recovery: SecretSlot
    passphrase: SecretSlot | None = None
    keyring_service: str | None = None
    pending: PendingKey | None = None
    mac: bytes = b""

    def slot_names(self) -> set[str]:
        names = {"recovery"}
        if self.passphrase is not None:
            names.add("passphrase")
        if self.keyring_service is not None:
            names.add("keyring")
        return names

    def body(self) -> bytes:
        """Canonical bytes covered by the MAC (everything except the MAC)."""
        data = to_dict(self)
        del data["mac"]
        return json.dumps(data, sort_keys=True, separators=(",", ":")).encode()


# -- serialisation -------------------------------------------------------------------


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _wrapped(w: Wrapped) -> dict[str, str]:
    return {"nonce": _b64(w.nonce), "ct": _b64(w.ct)}


def _secret_slot(s: SecretSlot) -> dict[str, Any]:
    kdf = {"name": "scrypt", "n": s.params.n, "r": s.params.r, "p": s.params.p}
    return {"kdf": kdf | {"salt": _b64(s.salt)}, "kek": _wrapped(s.kek)}


def to_dict(h: Header) -> dict[str, Any]:
    slots: dict[str, Any] = {"recovery": _secret_slot(h.recovery)}
    if h.passphrase is not None:
        slots["passphrase"] = _secret_slot(h.passphrase)
    if h.keyring_service is not None:
        slots["keyring"] = {"service": h.keyring_service}
    pending = None
    if h.pending is not None:
        pending = {"data_key": _wrapped(h.pending.data_key), "key_check": h.pending.key_check.hex()}
    return {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": h.vault_id,
        "created": h.created,
        "data_key": _wrapped(h.data_key),
        "key_check": h.key_check.hex(),
        "pending": pending,
        "slots": slots,
        "mac": h.mac.hex(),
    }


# -- validation ----------------------------------------------------------------------


def _damaged(detail: str) -> HeaderDamaged:
    return HeaderDamaged(
        f"Het sleutelbestand van de kluis is beschadigd ({detail}). Zet een reservekopie "
        "terug of neem contact op met de functioneel beheerder."
    )


def _field(obj: Any, name: str, kind: type) -> Any:
    value = obj.get(name) if isinstance(obj, dict) else None
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise _damaged(f"veld '{name}' ontbreekt of is ongeldig")
    return value


def _bytes(obj: Any, name: str, decode: str = "b64") -> bytes:
    text = _field(obj, name, str)
    try:
        if decode == "hex":
            return bytes.fromhex(text)
        return base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error) as exc:
        raise _damaged(f"veld '{name}' ontbreekt of is ongeldig") from exc


def _parse_wrapped(obj: Any, name: str) -> Wrapped:
    w = _field(obj, name, dict)
    return Wrapped(nonce=_bytes(w, "nonce"), ct=_bytes(w, "ct"))


def _parse_secret_slot(slots: dict[str, Any], name: str) -> SecretSlot:
    slot = _field(slots, name, dict)
    kdf = _field(slot, "kdf", dict)
    if kdf.get("name") != "scrypt":
        raise _damaged(f"onbekende sleutelafleiding in '{name}'")
    params = ScryptParams(_field(kdf, "n", int), _field(kdf, "r", int), _field(kdf, "p", int))
    if not params.is_sane():
        raise _damaged(f"ongeldige scrypt-parameters in '{name}'")
    return SecretSlot(params=params, salt=_bytes(kdf, "salt"), kek=_parse_wrapped(slot, "kek"))


def _parse_pending(data: dict[str, Any]) -> PendingKey | None:
    if data.get("pending") is None:
        return None
    pending = _field(data, "pending", dict)
    return PendingKey(_parse_wrapped(pending, "data_key"), _bytes(pending, "key_check", "hex"))


def _parse_keyring(slots: dict[str, Any]) -> str | None:
    if "keyring" not in slots:
        return None
    return _field(_field(slots, "keyring", dict), "service", str)


def _parse_vault_id(data: dict[str, Any]) -> str:
    vault_id = _field(data, "vault_id", str)
    if len(vault_id) != 32 or any(ch not in "0123456789abcdef" for ch in vault_id):
        raise _damaged("veld 'vault_id' ontbreekt of is ongeldig")
    return vault_id


def from_dict(data: Any) -> Header:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _damaged("geen sleutelbestand van Schakel")
    version = data.get("version")
    if version != VERSION:
        raise _damaged(f"onbekende versie {version!r}; misschien gemaakt door een nieuwere Schakel")
    slots = _field(data, "slots", dict)
    return Header(
        vault_id=_parse_vault_id(data),
        created=_field(data, "created", str),
        data_key=_parse_wrapped(data, "data_key"),
        key_check=_bytes(data, "key_check", "hex"),
        recovery=_parse_secret_slot(slots, "recovery"),
        passphrase=_parse_secret_slot(slots, "passphrase") if "passphrase" in slots else None,
        keyring_service=_parse_keyring(slots),
        pending=_parse_pending(data),
        mac=_bytes(data, "mac", "hex"),
    )


# -- files ---------------------------------------------------------------------------


def read(path: Path) -> Header:
    """Read and validate; ``VaultMissing`` if absent, ``HeaderDamaged`` if broken."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise VaultMissing() from exc
    except OSError as exc:
        raise HeaderDamaged("Het sleutelbestand van de kluis kan niet worden gelezen.") from exc
    if len(raw) > MAX_BYTES:
        raise _damaged("bestand te groot")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged("geen geldige JSON") from exc
    return from_dict(data)


def write(path: Path, header: Header) -> None:
    """Atomically replace ``path`` with ``header``."""
    payload = json.dumps(to_dict(header), indent=2, sort_keys=True).encode() + b"\n"
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(payload)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return  # directories cannot be opened for fsync on Windows; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
