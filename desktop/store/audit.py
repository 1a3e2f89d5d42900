"""Append-only, hash-chained audit log. Stores who, when, action and case id — never content.

Each row's hash is SHA-256 over the previous row's hash and this row's fields, so
editing or deleting any row (even with the key, after dropping the triggers) breaks
the chain at that point, which ``verify_chain`` reports.
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
