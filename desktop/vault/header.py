"""The key header file (``schakel.keys.json``): format, validation, atomic writes.

Layout (version 2; version 1 is still read, and written as 2 on the next change)::

    {"format": "schakel-sleutels", "version": 2,
     "vault_id": "<32 hex>", "created": "<ISO 8601 UTC>",
     "data_key": {"nonce": b64, "ct": b64},        # data key wrapped by the KEK
     "key_check": "<hex HMAC>",                     # slots.key_check(data key)
     "pending": null | {"data_key": {...}, "key_check": "<hex>"},
     "slots": {"passphrase": {"kdf": {"name": "scrypt", "n", "r", "p", "salt"}, "kek": {...},
                              "pub": b64, "epub": b64},   # v2: X25519, see sealed.py
               "recovery":   {... same ...},
               "keyring":    {"service": "Schakel"}},   # KEK lives in the OS keyring
     "previous_kek": "<hex id>",                    # id of the KEK before the last change
     "keyring_rollover": null | {...},              # new KEK under the old one, while the
                                                    # keyring entry is being replaced
     "anchor": null | {"count", "last_id", "head", "mac"},   # audit head, see anchor.py
     "mac": "<hex>"}                                # slots.header_mac over the rest

A v1 header (no "pub" in the slots, no anchor) keeps its exact v1 body for the MAC.

Writes go to a temp file in the same folder, are fsynced, then ``os.replace``d over
the old header (and the folder fsynced on POSIX), so a crash leaves either the old
or the new header, never a torn one.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import safe_files

from .errors import HeaderDamaged, VaultMissing
from .kdf import ScryptParams
from .slots import Wrapped

FORMAT = "schakel-sleutels"
VERSION = 2
READABLE_VERSIONS = (1, 2)
MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class SecretSlot:
    """A KEK wrapped under a key derived (scrypt) from a secret the officer knows/holds."""

    params: ScryptParams
    salt: bytes
    kek: Wrapped
    pub: bytes = b""  # X25519 public key of the slot (empty: a v1 symmetric slot)
    epub: bytes = b""  # ephemeral public key of the current seal

    @property
    def legacy(self) -> bool:
        return not self.pub


@dataclass(frozen=True)
class Anchor:
    """The audit chain's head, MAC'd under a KEK-derived key (see anchor.py)."""

    count: int
    last_id: int
    head: str
    mac: bytes


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
    version: int = VERSION
    previous_kek: str = ""
    keyring_rollover: Wrapped | None = None
    anchor: Anchor | None = None

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
    out: dict[str, Any] = {"kdf": kdf | {"salt": _b64(s.salt)}, "kek": _wrapped(s.kek)}
    if not s.legacy:
        out |= {"pub": _b64(s.pub), "epub": _b64(s.epub)}
    return out


def _anchor(a: Anchor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"count": a.count, "last_id": a.last_id, "head": a.head, "mac": a.mac.hex()}


def to_dict(h: Header) -> dict[str, Any]:
    slots: dict[str, Any] = {"recovery": _secret_slot(h.recovery)}
    if h.passphrase is not None:
        slots["passphrase"] = _secret_slot(h.passphrase)
    if h.keyring_service is not None:
        slots["keyring"] = {"service": h.keyring_service}
    pending = None
    if h.pending is not None:
        pending = {"data_key": _wrapped(h.pending.data_key), "key_check": h.pending.key_check.hex()}
    out = {
        "format": FORMAT,
        "version": h.version,
        "vault_id": h.vault_id,
        "created": h.created,
        "data_key": _wrapped(h.data_key),
        "key_check": h.key_check.hex(),
        "pending": pending,
        "slots": slots,
        "mac": h.mac.hex(),
    }
    if h.version >= 2:
        rollover = _wrapped(h.keyring_rollover) if h.keyring_rollover is not None else None
        out |= {"previous_kek": h.previous_kek, "keyring_rollover": rollover, "anchor": _anchor(h.anchor)}
    return out


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
    pub = _bytes(slot, "pub") if "pub" in slot else b""
    epub = _bytes(slot, "epub") if "pub" in slot else b""
    if "pub" in slot and (len(pub) != 32 or len(epub) != 32):
        raise _damaged(f"ongeldige publieke sleutel in '{name}'")
    return SecretSlot(params, _bytes(kdf, "salt"), _parse_wrapped(slot, "kek"), pub, epub)


def _parse_anchor(data: dict[str, Any]) -> Anchor | None:
    if data.get("anchor") is None:
        return None
    a = _field(data, "anchor", dict)
    return Anchor(_field(a, "count", int), _field(a, "last_id", int), _field(a, "head", str),
                  _bytes(a, "mac", "hex"))


def _parse_rollover(data: dict[str, Any]) -> Wrapped | None:
    return None if data.get("keyring_rollover") is None else _parse_wrapped(data, "keyring_rollover")


def _parse_pending(data: dict[str, Any]) -> PendingKey | None:
    if data.get("pending") is None:
        return None
    pending = _field(data, "pending", dict)
    return PendingKey(_parse_wrapped(pending, "data_key"), _bytes(pending, "key_check", "hex"))


def _parse_keyring(slots: dict[str, Any]) -> str | None:
    if "keyring" not in slots:
        return None
    return str(_field(_field(slots, "keyring", dict), "service", str))


def _parse_vault_id(data: dict[str, Any]) -> str:
    vault_id = str(_field(data, "vault_id", str))
    if len(vault_id) != 32 or any(ch not in "0123456789abcdef" for ch in vault_id):
        raise _damaged("veld 'vault_id' ontbreekt of is ongeldig")
    return vault_id


def from_dict(data: Any) -> Header:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _damaged("geen sleutelbestand van Schakel")
    version = data.get("version")
    if version not in READABLE_VERSIONS:
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
        version=version,
        previous_kek=str(data.get("previous_kek") or "") if version >= 2 else "",
        keyring_rollover=_parse_rollover(data) if version >= 2 else None,
        anchor=_parse_anchor(data) if version >= 2 else None,
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


def write(path: Path, header: Header, durable: bool = True) -> None:
    """Atomically replace ``path`` with ``header`` (0600, never through a symlink).

    ``durable=False`` (audit-anchor updates) skips the folder fsync: a crash may keep the
    previous header, which is complete and only has an older anchor (reconciled)."""
    payload = json.dumps(to_dict(header), indent=2, sort_keys=True).encode() + b"\n"
    safe_files.write_bytes(path, payload, overwrite=True, sync_dir=durable)
