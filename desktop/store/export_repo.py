"""The export log (table ``export_log``): one row per saved export, never its content.

``fields_out`` / ``fields_in`` hold JSON lists of field references (key, case number,
field id, label; plus the reason for added fields), not the values themselves.

A row is inserted as ``bezig`` (with the target file) before the file is written and
marked ``klaar`` after; ``pending`` lists the rows an interrupted export left behind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.store.connection import Connection

PENDING, DONE, FAILED = "bezig", "klaar", "mislukt"


@dataclass(frozen=True)
class ExportLogRow:
    id: int
    exported_at: str
    actor: str
    profile: str  # "id@version"
    recipient: str
    case_ids: tuple[int, ...]
    fields_out: tuple[dict[str, Any], ...]
    fields_in: tuple[dict[str, Any], ...]
    sha256: str
    encrypted: bool
    state: str = DONE
    file_path: str = ""
    audit_head: str = ""  # audit witness at export time, as in the PDF footer (issue 13)


def next_id(conn: Connection) -> int:
    row = conn.execute("SELECT COALESCE(MAX(id), 0) FROM export_log").fetchone()
    return int(row[0]) + 1


def exists(conn: Connection, log_id: int) -> bool:
    return conn.execute("SELECT 1 FROM export_log WHERE id = ?", (log_id,)).fetchone() is not None


def insert(conn: Connection, row: ExportLogRow) -> None:
    conn.execute(
        "INSERT INTO export_log(id, exported_at, actor, profile, recipient, case_ids, fields_out,"
        " fields_in, sha256, encrypted, state, file_path, audit_head) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (row.id, row.exported_at, row.actor, row.profile, row.recipient,
         ",".join(str(c) for c in row.case_ids), _dump(row.fields_out), _dump(row.fields_in),
         row.sha256, int(row.encrypted), row.state, row.file_path, row.audit_head),
    )


def set_state(conn: Connection, log_id: int, state: str, file_path: str | None = None) -> None:
    if file_path is None:
        conn.execute("UPDATE export_log SET state = ? WHERE id = ?", (state, log_id))
    else:
        conn.execute("UPDATE export_log SET state = ?, file_path = ? WHERE id = ?",
                     (state, file_path, log_id))


def delete_pending(conn: Connection, log_id: int) -> None:
    """Drop a row whose file was never written (the write failed before any byte landed)."""
    conn.execute("DELETE FROM export_log WHERE id = ? AND state = ?", (log_id, PENDING))


def pending(conn: Connection) -> list[ExportLogRow]:
    rows = conn.execute("SELECT * FROM export_log WHERE state = ? ORDER BY id", (PENDING,))
    return [_row(r) for r in rows]


def for_case(conn: Connection, case_id: int) -> list[ExportLogRow]:
    """Exports that included ``case_id``, newest first."""
    rows = conn.execute(
        "SELECT * FROM export_log WHERE ',' || case_ids || ',' LIKE ? ORDER BY id DESC",
        (f"%,{int(case_id)},%",),
    )
    return [_row(r) for r in rows]


def get(conn: Connection, log_id: int) -> ExportLogRow | None:
    r = conn.execute("SELECT * FROM export_log WHERE id = ?", (log_id,)).fetchone()
    return _row(r) if r else None


def _dump(items: tuple[dict[str, Any], ...]) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def _row(r: Any) -> ExportLogRow:
    return ExportLogRow(
        id=r["id"], exported_at=r["exported_at"], actor=r["actor"], profile=r["profile"],
        recipient=r["recipient"],
        case_ids=tuple(int(c) for c in r["case_ids"].split(",") if c),
        fields_out=tuple(json.loads(r["fields_out"] or "[]")),
        fields_in=tuple(json.loads(r["fields_in"] or "[]")),
        sha256=r["sha256"], encrypted=bool(r["encrypted"]),
        state=r["state"], file_path=r["file_path"], audit_head=r["audit_head"],
    )
