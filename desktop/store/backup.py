"""Encrypted copies of the database (``sqlcipher_export`` into an attached, keyed file).

The copy is in DELETE journal mode (opens from read-only media) and keyed with the
same raw data key, so the key slots of the vault header open it too.
"""

from __future__ import annotations

from pathlib import Path

from desktop.store.connection import Connection, is_db_error, key_pragma, translate_error
from desktop.store.errors import StoreError


def export_encrypted(conn: Connection, dest: Path, key: bytes) -> None:
    """Write an encrypted copy of the open database to ``dest`` (which must not exist)."""
    if dest.exists():
        raise StoreError("Het doelbestand bestaat al; kies een andere naam.")
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    attach_key = key_pragma(key).split("=", 1)[1].strip()  # "x'..'" literal
    try:
        conn.execute(f"ATTACH DATABASE ? AS backup KEY {attach_key}", (str(dest),))
        try:
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute(f"PRAGMA backup.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE backup")
    except Exception as exc:
        dest.unlink(missing_ok=True)
        if is_db_error(exc):
            raise translate_error(exc) from None
        raise


def case_versions(conn: Connection) -> dict[str, str]:
    """Case number -> ``updated_at`` (compares a backup with the current register, no content)."""
    return {str(n): str(u) for n, u in conn.execute("SELECT number, updated_at FROM case_file")}


def newer_than(current: dict[str, str], backup: dict[str, str]) -> int:
    """Cases made after the backup, or changed since (later ``updated_at``)."""
    return sum(1 for number, at in current.items() if number not in backup or at > backup[number])
