"""The ``setting`` table (key/value inside the encrypted database) for services outside Register."""

from __future__ import annotations

from desktop.store.connection import Connection


def put(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", (key, value))
