"""The key header: validation, tamper detection, atomic writes."""

from __future__ import annotations

import json
import os

import pytest
from vault_helpers import PASSPHRASE, fast_kdf, snapshot  # noqa: F401

from desktop.paths import HEADER_FILE
from desktop.policy import Policy
from desktop.vault import HeaderDamaged, KeyStore, VaultMissing, WrongPassphrase, header

pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def vault(data_dir):
    created = KeyStore(data_dir).create(PASSPHRASE, use_keyring=True, policy=Policy())
    return data_dir / HEADER_FILE, created


def _edit(path, change):
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def _flip_hex(text: str) -> str:
    return ("0" if text[0] != "0" else "1") + text[1:]


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d["slots"].pop("keyring"),
        lambda d: d.update(key_check=_flip_hex(d["key_check"])),
        lambda d: d.update(mac=_flip_hex(d["mac"])),
        lambda d: d.update(created="2020-01-01T00:00:00+00:00"),
        lambda d: d.update(pending={"data_key": d["data_key"], "key_check": d["key_check"]}),
    ],
    ids=["slot-removed", "key-check", "mac", "created", "pending-injected"],
)
def test_tampering_is_detected_on_unlock(vault, tamper):
    path, _ = vault
    _edit(path, tamper)
    with pytest.raises(HeaderDamaged) as info:
        KeyStore(path.parent).unlock_with_passphrase(PASSPHRASE)
    assert "gewijzigd of beschadigd" in info.value.message


def test_swapped_slot_blob_does_not_unwrap(vault):
    path, _ = vault
    _edit(path, lambda d: d["slots"]["passphrase"].update(kek=d["slots"]["recovery"]["kek"]))
    with pytest.raises(WrongPassphrase):
        KeyStore(path.parent).unlock_with_passphrase(PASSPHRASE)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{niet json", "geen geldige JSON"),
        (b"", "geen geldige JSON"),
        (b"\xff\xfe", "geen geldige JSON"),
        (b"[]", "geen sleutelbestand van Schakel"),
    ],
)
def test_unreadable_header_gives_a_dutch_error(vault, content, fragment):
    path, _ = vault
    path.write_bytes(content)
    with pytest.raises(HeaderDamaged) as info:
        KeyStore(path.parent).unlock_with_passphrase(PASSPHRASE)
    assert fragment in info.value.message
    assert "reservekopie" in info.value.message


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d.update(version=3), "onbekende versie 3"),
        (lambda d: d.pop("vault_id"), "'vault_id'"),
        (lambda d: d.update(vault_id="../../etc"), "'vault_id'"),
        (lambda d: d["data_key"].update(nonce="***"), "'nonce'"),
        (lambda d: d["slots"].pop("recovery"), "'recovery'"),
        (lambda d: d["slots"]["passphrase"]["kdf"].update(n=3), "scrypt-parameters"),
        (lambda d: d["slots"]["passphrase"]["kdf"].update(n=2**30), "scrypt-parameters"),
        (lambda d: d["slots"]["passphrase"]["kdf"].update(r=True), "'r'"),
        (lambda d: d["slots"]["passphrase"]["kdf"].update(name="md5"), "sleutelafleiding"),
        (lambda d: d["slots"].update(keyring={"service": 5}), "'service'"),
    ],
)
def test_structural_damage_names_the_problem(vault, change, fragment):
    path, _ = vault
    _edit(path, change)
    with pytest.raises(HeaderDamaged) as info:
        header.read(path)
    assert fragment in info.value.message


def test_oversized_header_is_refused(vault):
    path, _ = vault
    path.write_bytes(b" " * (header.MAX_BYTES + 1))
    with pytest.raises(HeaderDamaged):
        header.read(path)


def test_missing_header_is_vault_missing(tmp_path):
    with pytest.raises(VaultMissing):
        header.read(tmp_path / HEADER_FILE)
    assert list(tmp_path.iterdir()) == []


def test_round_trip_is_lossless(vault):
    path, _ = vault
    h = header.read(path)
    assert header.from_dict(header.to_dict(h)) == h


def test_write_failure_keeps_the_old_header_and_leaves_no_temp_file(vault, monkeypatch):
    path, created = vault
    before = snapshot(path.parent)
    store = KeyStore(path.parent)
    store.unlock_with_passphrase(PASSPHRASE)

    def failing_replace(src, dst):
        raise OSError("schijf vol (gesimuleerd)")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        store.regenerate_recovery_code(created.key)
    assert snapshot(path.parent) == before


def test_successful_write_leaves_only_the_header(vault):
    path, created = vault
    store = KeyStore(path.parent)
    store.unlock_with_passphrase(PASSPHRASE)
    store.regenerate_recovery_code(created.key)
    assert [p.name for p in path.parent.iterdir()] == [HEADER_FILE]
