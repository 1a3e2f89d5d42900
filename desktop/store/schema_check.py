"""Is a database's schema exactly what its version should be? (Restore refuses anything extra.)

The expected schema of version *v* is built by applying migrations 1..v to an empty
in-memory database (same SQLCipher build, so FTS5 shadow tables match); the backup's
``sqlite_master`` (type, name, table, SQL) must equal it. An extra trigger, view, table
or index - or a changed one - is a difference.
"""

from __future__ import annotations

import sqlcipher3

from desktop.store import migrations
from desktop.store.connection import Connection

_MASTER = "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"


def _normalise(sql: str) -> str:
    return " ".join(sql.split())


def master(conn: Connection) -> set[tuple[str, str, str, str]]:
    return {(str(t), str(n), str(tb), _normalise(str(s))) for t, n, tb, s in conn.execute(_MASTER)}


def expected_master(version: int) -> set[tuple[str, str, str, str]]:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        for number, step in migrations.MIGRATIONS:
            if number > version:
                break
            step(conn)
        return master(conn)
    finally:
        conn.close()


def differences(conn: Connection) -> tuple[list[str], list[str]]:
    """(extra or changed objects, missing objects) by ``type name``; no SQL text (no data)."""
    version = migrations.schema_version(conn)
    found, expected = master(conn), expected_master(version)
    extra = sorted(f"{t} {n}" for t, n, _, _ in found - expected)
    missing = sorted(f"{t} {n}" for t, n, _, _ in expected - found)
    return extra, missing
