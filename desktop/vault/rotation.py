"""Rekeying the SQLCipher database, and deciding afterwards which key really opens it.

``PRAGMA rekey`` rewrites every page in one transaction, but answers "ok" even when
that transaction rolled back (another connection open, disk full, killed). So the
caller never trusts it: the new key is first recorded as *pending* in the header,
then the file is rekeyed, then ``which_key_opens`` probes the file and only then is
the pending key promoted (see ``desktop.vault.vault`` for the phases).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import sqlcipher3

from .errors import DatabaseMissing, RotationFailed, WrongKey
from .probe import key_literal, open_raw, opens_with

_IN_USE = (
    "Het vernieuwen van de sleutel kan niet: de database is nog in gebruik. Sluit andere "
    "vensters van Schakel en probeer het opnieuw."
)


class Opens(Enum):
    NEW = "new"
    OLD = "old"
    NEITHER = "neither"


def rekey_database(db_path: Path, old_key: bytes, new_key: bytes) -> None:
    """Re-encrypt ``db_path`` from ``old_key`` to ``new_key``.

    Takes an exclusive lock first (``locking_mode = EXCLUSIVE``): if any other
    connection has the file open, the rekey is refused instead of leaving that
    connection with a key that no longer fits.
    """
    if not db_path.is_file():
        raise DatabaseMissing()
    conn = open_raw(db_path, old_key)
    try:
        _lock_exclusively(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        conn.execute(f"PRAGMA rekey = {key_literal(new_key)}")
    finally:
        conn.close()


def _lock_exclusively(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 500")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("COMMIT")
    except sqlcipher3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise RotationFailed(_IN_USE) from exc
        raise WrongKey() from exc
    except sqlcipher3.DatabaseError as exc:
        raise WrongKey() from exc


def which_key_opens(db_path: Path, old_key: bytes, new_key: bytes) -> Opens:
    """Probe the file; the new key is tried first (after a crash it is the likely one)."""
    if opens_with(db_path, new_key):
        return Opens.NEW
    if opens_with(db_path, old_key):
        return Opens.OLD
    return Opens.NEITHER
