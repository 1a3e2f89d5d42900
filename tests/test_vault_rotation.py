"""Data-key rotation on a real SQLCipher file, including crashes between phases."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlcipher3
from vault_helpers import PASSPHRASE, fast_kdf, make_db, read_rows, snapshot  # noqa: F401

from desktop.paths import VAULT_FILE
from desktop.policy import Policy
from desktop.vault import (
    DatabaseMissing,
    KeyStore,
    RotationFailed,
    VaultLocked,
    WrongKey,
    opens_with,
    rotation,
)
from desktop.vault.probe import key_literal

pytestmark = pytest.mark.usefixtures("fast_kdf")
REPO = Path(__file__).resolve().parents[1]


class Crash(BaseException):
    """Stands in for the process dying between two phases."""


@pytest.fixture
def vault(data_dir):
    store = KeyStore(data_dir)
    created = store.create(PASSPHRASE, use_keyring=True, policy=Policy())
    make_db(data_dir / VAULT_FILE, created.key)
    return store, created, data_dir / VAULT_FILE


def _assert_every_slot_gives(data_dir, key, recovery_code):
    assert KeyStore(data_dir).unlock_with_passphrase(PASSPHRASE) == key
    assert KeyStore(data_dir).unlock_with_keyring() == key
    assert KeyStore(data_dir).unlock_with_recovery(recovery_code) == key


def test_rotation_rekeys_the_database_and_keeps_every_slot(vault):
    store, created, db = vault
    rows = read_rows(db, created.key)
    new_key = store.rotate_data_key(created.key, db)
    assert new_key != created.key
    assert opens_with(db, new_key)
    assert not opens_with(db, created.key)
    assert read_rows(db, new_key) == rows
    assert store.verify_key(new_key) and not store.verify_key(created.key)
    assert not store.has_pending_rotation()
    _assert_every_slot_gives(db.parent, new_key, created.recovery_code)


def test_rotation_twice_and_wal_is_checkpointed(vault):
    store, created, db = vault
    key = store.rotate_data_key(created.key)
    key = store.rotate_data_key(key)
    assert opens_with(db, key)
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0


def test_rotation_needs_unlocked_store_and_right_key(vault):
    store, created, db = vault
    before = snapshot(db.parent)
    with pytest.raises(WrongKey):
        store.rotate_data_key(bytes(32))
    store.lock()
    with pytest.raises(VaultLocked):
        store.rotate_data_key(created.key)
    assert snapshot(db.parent) == before


def test_rotation_without_database_changes_nothing(data_dir):
    store = KeyStore(data_dir)
    created = store.create(PASSPHRASE, use_keyring=False, policy=Policy())
    before = snapshot(data_dir)
    with pytest.raises(DatabaseMissing):
        store.rotate_data_key(created.key)
    assert snapshot(data_dir) == before
    assert not (data_dir / VAULT_FILE).exists()


@pytest.mark.parametrize("reading", [False, True], ids=["idle", "reading"])
def test_rotation_refused_while_database_in_use_keeps_old_key(vault, reading):
    store, created, db = vault
    reader = sqlcipher3.connect(str(db), isolation_level=None)
    reader.execute("PRAGMA cipher_log_level = NONE")
    reader.execute(f"PRAGMA key = {key_literal(created.key)}")
    reader.execute("SELECT count(*) FROM note").fetchone()
    if reading:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM note").fetchone()
    try:
        with pytest.raises(RotationFailed) as info:
            store.rotate_data_key(created.key)
        assert "in gebruik" in info.value.message
    finally:
        reader.close()
    assert opens_with(db, created.key)
    assert not store.has_pending_rotation()
    assert store.verify_key(created.key)


def test_probe_decides_when_rekey_fails_after_committing(vault, monkeypatch):
    store, created, db = vault
    real_rekey = rotation.rekey_database

    def rekey_then_fail(*args):
        real_rekey(*args)
        raise OSError("fout bij sluiten (gesimuleerd)")

    monkeypatch.setattr(rotation, "rekey_database", rekey_then_fail)
    new_key = store.rotate_data_key(created.key)
    assert opens_with(db, new_key) and store.verify_key(new_key)
    assert not store.has_pending_rotation()


def test_unexpected_rekey_error_keeps_the_old_key(vault, monkeypatch):
    store, created, db = vault

    def fail(*args):
        raise OSError("schijf vol (gesimuleerd)")

    monkeypatch.setattr(rotation, "rekey_database", fail)
    with pytest.raises(RotationFailed):
        store.rotate_data_key(created.key)
    assert opens_with(db, created.key) and store.verify_key(created.key)
    assert not store.has_pending_rotation()


def test_crash_after_pending_record_leaves_a_vault_that_opens(vault, monkeypatch):
    store, created, db = vault
    rows = read_rows(db, created.key)

    def crash(*args):
        raise Crash

    monkeypatch.setattr(rotation, "rekey_database", crash)
    with pytest.raises(Crash):
        store.rotate_data_key(created.key)
    assert KeyStore(db.parent).has_pending_rotation()
    key = KeyStore(db.parent).unlock_with_passphrase(PASSPHRASE)  # settles the record
    assert key == created.key
    assert read_rows(db, key) == rows
    assert not KeyStore(db.parent).has_pending_rotation()
    _assert_every_slot_gives(db.parent, created.key, created.recovery_code)


def test_crash_after_rekey_before_promote_leaves_a_vault_that_opens(vault, monkeypatch):
    store, created, db = vault
    rows = read_rows(db, created.key)

    def crash(*args):
        raise Crash

    monkeypatch.setattr(store, "_promote", crash)  # only this (dying) instance
    with pytest.raises(Crash):
        store.rotate_data_key(created.key)
    assert not opens_with(db, created.key)
    fresh = KeyStore(db.parent)
    assert fresh.has_pending_rotation()
    key = fresh.unlock_with_recovery(created.recovery_code)
    assert key != created.key and opens_with(db, key)
    assert read_rows(db, key) == rows
    assert not fresh.has_pending_rotation()
    _assert_every_slot_gives(db.parent, key, created.recovery_code)


def test_pending_record_kept_while_database_is_missing(vault, monkeypatch):
    store, created, db = vault
    monkeypatch.setattr(store, "_promote", lambda *a: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        store.rotate_data_key(created.key)
    moved = db.with_name("elders.db")
    db.rename(moved)
    assert KeyStore(db.parent).unlock_with_passphrase(PASSPHRASE) == created.key
    assert KeyStore(db.parent).has_pending_rotation()
    assert not db.exists()
    moved.rename(db)
    new_key = KeyStore(db.parent).unlock_with_passphrase(PASSPHRASE)
    assert new_key != created.key and opens_with(db, new_key)
    assert not KeyStore(db.parent).has_pending_rotation()


def test_opens_with_never_creates_a_file(tmp_path):
    missing = tmp_path / "nieuw.db"
    assert not opens_with(missing, bytes(32))
    assert list(tmp_path.iterdir()) == []


_CHILD = """
import sys
from pathlib import Path
from desktop.vault import KeyStore
store = KeyStore(Path(sys.argv[1]))
key = store.unlock_with_passphrase(sys.argv[2])
print("ready", flush=True)
while True:
    key = store.rotate_data_key(key)
"""


@pytest.mark.slow
def test_kill_during_rotation_always_leaves_a_vault_that_opens(data_dir):
    created = KeyStore(data_dir).create(PASSPHRASE, use_keyring=False, policy=Policy())
    db = data_dir / VAULT_FILE
    make_db(db, created.key, rows=4000)  # ~1.5 MB: a rekey takes long enough to be hit
    rows = read_rows(db, created.key)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    rng = random.Random(20261114)
    for _ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(data_dir), PASSPHRASE],
            stdout=subprocess.PIPE,
            env=env,
            cwd=REPO,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.4))
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        child.wait()
        key = KeyStore(data_dir).unlock_with_passphrase(PASSPHRASE)
        assert read_rows(db, key) == rows
        assert KeyStore(data_dir).unlock_with_recovery(created.recovery_code) == key
        assert not KeyStore(data_dir).has_pending_rotation()
