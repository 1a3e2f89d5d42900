"""One transaction per change: commit on success, roll back on any error."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from desktop.store.connection import Connection, is_db_error, translate_error


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``; any exception rolls back and leaves the old state."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except Exception as exc:
        if is_db_error(exc):
            raise translate_error(exc) from None
        raise
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        try:
            conn.execute("ROLLBACK")
        except Exception:
            pass
        if is_db_error(exc):
            raise translate_error(exc) from None
        raise
