"""Append-only, hash-chained audit log. Stores who, when, action and case id — never content.

Each row's hash is SHA-256 over the previous row's hash and this row's fields, so
editing or deleting a row in the middle breaks the chain at that point, which
``verify_chain`` reports. The chain alone does not catch someone with the database key
who deletes the *last* rows, or deletes and re-chains everything after a row: for that
the head (count, last id, hash) is anchored in the MAC'd key header (desktop/vault/
anchor.py) and compared by ``anchor_state``; see docs/beheer.md for what that defends.
"""

from __future__ import annotations

import getpass
import hashlib
from dataclasses import dataclass
from datetime import datetime

from desktop.store.connection import Connection

GENESIS = "0" * 64


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "onbekend"


def _row_hash(prev: str, at: str, actor: str, action: str, case_id: int | None, detail: str) -> str:
    payload = "\x1f".join([prev, at, actor, action, "" if case_id is None else str(case_id), detail])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(conn: Connection, action: str, case_id: int | None = None, detail: str = "",
           actor: str | None = None) -> None:
    """Append one entry. Call inside the transaction of the change it describes."""
    actor = actor or current_actor()
    at = datetime.now().astimezone().isoformat(timespec="seconds")
    row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    conn.execute(
        "INSERT INTO audit_log(at, actor, action, case_id, detail, prev_hash, hash)"
        " VALUES (?,?,?,?,?,?,?)",
        (at, actor, action, case_id, detail, prev, _row_hash(prev, at, actor, action, case_id, detail)),
    )


def append_many(conn: Connection, action: str, case_ids: list[int], actor: str | None = None) -> None:
    """``append`` for many cases with one action (import): same rows, chained in Python,
    written with one ``executemany``."""
    if not case_ids:
        return
    actor = actor or current_actor()
    at = datetime.now().astimezone().isoformat(timespec="seconds")
    row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    rows = []
    for case_id in case_ids:
        digest = _row_hash(prev, at, actor, action, case_id, "")
        rows.append((at, actor, action, case_id, "", prev, digest))
        prev = digest
    conn.executemany("INSERT INTO audit_log(at, actor, action, case_id, detail, prev_hash, hash)"
                     " VALUES (?,?,?,?,?,?,?)", rows)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    case_id: int | None
    detail: str


@dataclass(frozen=True)
class ChainReport:
    rows: int
    first_break: int | None  # audit row id where the chain breaks, None when intact

    @property
    def ok(self) -> bool:
        return self.first_break is None


def verify_chain(conn: Connection) -> ChainReport:
    prev = GENESIS
    count = 0
    for row in conn.execute(
        "SELECT id, at, actor, action, case_id, detail, prev_hash, hash FROM audit_log ORDER BY id"
    ):
        count += 1
        rid, at, actor, action, case_id, detail, prev_hash, stored = tuple(row)
        if prev_hash != prev or _row_hash(prev, at, actor, action, case_id, detail) != stored:
            return ChainReport(count, rid)
        prev = stored
    return ChainReport(count, None)


def entries(conn: Connection, case_id: int | None = None, action: str | None = None,
            since: str | None = None, until: str | None = None, limit: int = 5000) -> list[AuditEntry]:
    sql = "SELECT id, at, actor, action, case_id, detail FROM audit_log WHERE 1=1"
    args: list[object] = []
    if case_id is not None:
        sql += " AND case_id = ?"
        args.append(case_id)
    if action:
        sql += " AND action = ?"
        args.append(action)
    if since:
        sql += " AND at >= ?"
        args.append(since)
    if until:
        sql += " AND at < ?"
        args.append(until)
    sql += " ORDER BY id DESC LIMIT ?"
    args.append(limit)
    return [AuditEntry(*tuple(r)) for r in conn.execute(sql, args)]


def last_id(conn: Connection) -> int:
    return int(conn.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0)


def head_after(conn: Connection, count: int, since_id: int) -> tuple[int, int, str]:
    """The head, counting on from an anchored (count, last id) instead of a full count."""
    added = int(conn.execute("SELECT count(*) FROM audit_log WHERE id > ?", (since_id,)).fetchone()[0])
    top = last_id(conn)
    if top == 0:
        return 0, 0, GENESIS
    found = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (top,)).fetchone()
    return count + added, top, str(found[0])


def anchor_state_quick(conn: Connection, anchored_id: int, anchored_hash: str) -> bool:
    """Is the anchored row still there, unchanged? (One indexed lookup, run per commit.)"""
    if anchored_id == 0:
        return True
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (anchored_id,)).fetchone()
    return row is not None and str(row[0]) == anchored_hash


def witness(conn: Connection) -> str:
    """The head as printed outside the register (exports, check): "<count>/<12 hex>"."""
    count, _, head_hash = head(conn)
    return f"{count}/{head_hash[:12]}"


def head(conn: Connection) -> tuple[int, int, str]:
    """(row count, id of the last row, its hash); (0, 0, GENESIS) for an empty log."""
    row = conn.execute("SELECT count(*), max(id) FROM audit_log").fetchone()
    count, last_id = int(row[0]), int(row[1] or 0)
    if not last_id:
        return 0, 0, GENESIS
    found = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (last_id,)).fetchone()
    return count, last_id, str(found[0])


class AnchorState:
    OK = "ok"  # the anchored row is there, unchanged, at the same position
    BEHIND = "achter"  # ...and intact rows follow it (crash before the header write)
    TRUNCATED = "ingekort"  # rows up to the anchor are missing
    CHANGED = "gewijzigd"  # the anchored row was changed or the chain re-made


def anchor_state(conn: Connection, count: int, last_id: int, head_hash: str) -> str:
    """Compare the database with an anchored head (chain integrity is checked separately)."""
    if last_id == 0:
        return AnchorState.OK if count == 0 else AnchorState.CHANGED
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (last_id,)).fetchone()
    if row is None:
        latest = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        return AnchorState.TRUNCATED if (latest or 0) < last_id else AnchorState.CHANGED
    if str(row[0]) != head_hash:
        return AnchorState.CHANGED
    upto = int(conn.execute("SELECT count(*) FROM audit_log WHERE id <= ?", (last_id,)).fetchone()[0])
    if upto != count:
        return AnchorState.TRUNCATED if upto < count else AnchorState.CHANGED
    total = int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    return AnchorState.OK if total == count else AnchorState.BEHIND
