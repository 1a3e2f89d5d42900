"""Helpers shared by the vault tests (fictional data only)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from desktop.vault import kdf
from desktop.vault.probe import key_literal

PASSPHRASE = "fiets-kaas-molen-regen"
OTHER_PASSPHRASE = "blauwe reiger boven de sloot"
FAST = kdf.ScryptParams(n=2**10, r=8, p=1)


@pytest.fixture
def fast_kdf(monkeypatch):
    """Light scrypt so tests stay fast; the params are stored per slot, as in real use."""
    monkeypatch.setattr(kdf, "PASSPHRASE_PARAMS", FAST)
    monkeypatch.setattr(kdf, "RECOVERY_PARAMS", FAST)


def make_db(path: Path, key: bytes, rows: int = 50) -> None:
    """A real SQLCipher 4 database in WAL mode with one table of fictional rows."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key_literal(key)}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
    with conn:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO note (text) VALUES (?)",
            [(f"Fictieve notitie {i} over Łukasz Testpersoon " * 4,) for i in range(rows)],
        )
    conn.close()


def read_rows(path: Path, key: bytes) -> list[tuple[int, str]]:
    conn = sqlcipher3.connect(f"{path.as_uri()}?mode=rw", uri=True)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key_literal(key)}")
    try:
        return conn.execute("SELECT id, text FROM note ORDER BY id").fetchall()
    finally:
        conn.close()


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and mtime, to prove nothing changed."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
