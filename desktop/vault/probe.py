"""Minimal raw SQLCipher access for the vault: which key opens the database file?

The store owns the normal connection; this module only opens an *existing* file
(checked first, and opened with ``mode=rw`` so SQLite itself refuses to create
one) to probe a key or to rekey it.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3


def key_literal(key: bytes) -> str:
    """The ``PRAGMA key`` value for a 256-bit raw key (skips SQLCipher's own KDF)."""
    if len(key) != 32:
        raise ValueError("data key must be 32 bytes")
    return f"\"x'{key.hex()}'\""


def open_raw(db_path: Path, key: bytes) -> sqlcipher3.Connection:
    """Open an existing database with ``key`` (autocommit); does not verify the key."""
    if not db_path.is_file():
        raise FileNotFoundError(db_path.name)
    uri = f"{db_path.resolve().as_uri()}?mode=rw"  # mode=rw: SQLite never creates the file
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_literal(key)}")
        conn.execute("PRAGMA cipher_compatibility = 4")
    except BaseException:
        conn.close()
        raise
    return conn


def opens_with(db_path: Path, key: bytes) -> bool:
    """True if ``key`` reads the database. Never creates a file."""
    if not db_path.is_file():
        return False
    try:
        conn = open_raw(db_path, key)
    except (sqlcipher3.Error, FileNotFoundError):
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
