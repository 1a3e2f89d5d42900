"""SQL for attachments inside waarneming/overdracht bundles: read a case's files by UUID, add received ones.

Chunks are read and written one at a time; callers wrap writes in the receiving transaction,
so a received file is stored whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop.store.connection import Connection

#: Columns that travel with an attachment (besides its UUID and the chunks).
META = ("file_name", "mime", "size", "sha256", "width", "height", "has_script", "source", "added_at",
        "added_by")


def for_case(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    """Metadata (and local id, chunk count) of the attachments of one case, oldest first."""
    rows = conn.execute(f"SELECT id, uuid, chunks, {', '.join(META)} FROM attachment WHERE case_id = ?"
                        " ORDER BY id", (case_id,))
    return [{"id": r["id"], "uuid": r["uuid"], "chunks": r["chunks"], **{c: r[c] for c in META}} for r in rows]


def iter_chunks(conn: Connection, attachment_id: int, count: int) -> Iterator[bytes]:
    for seq in range(count):
        row = conn.execute("SELECT data FROM attachment_chunk WHERE attachment_id = ? AND seq = ?",
                           (attachment_id, seq)).fetchone()
        if row is None:
            raise LookupError("missing chunk")
        yield bytes(row[0])


def uuids(conn: Connection, case_id: int) -> set[str]:
    return {r[0] for r in conn.execute("SELECT uuid FROM attachment WHERE case_id = ?", (case_id,))}


def exists(conn: Connection, uuid: str) -> bool:
    return conn.execute("SELECT 1 FROM attachment WHERE uuid = ?", (uuid,)).fetchone() is not None


def totals(conn: Connection, case_id: int) -> tuple[int, int]:
    r = conn.execute("SELECT count(*), coalesce(sum(size), 0) FROM attachment WHERE case_id = ?",
                     (case_id,)).fetchone()
    return int(r[0]), int(r[1])


def insert(conn: Connection, case_id: int, uuid: str, meta: dict[str, Any], chunks: list[bytes]) -> int:
    """Add a received attachment with its chunks; returns the local id."""
    values = [meta[c] for c in META]
    cur = conn.execute(f"INSERT INTO attachment(case_id, uuid, chunks, {', '.join(META)})"
                       f" VALUES (?, ?, ?, {', '.join('?' * len(META))})",
                       (case_id, uuid, len(chunks), *values))
    att_id = int(cur.lastrowid)
    conn.executemany("INSERT INTO attachment_chunk(attachment_id, seq, data) VALUES (?, ?, ?)",
                     [(att_id, seq, data) for seq, data in enumerate(chunks)])
    return att_id


def case_readonly(conn: Connection, case_id: int) -> bool:
    """True while the case is lent out, returned or handed over (see schema update 006)."""
    return conn.execute("SELECT 1 FROM transfer_lease WHERE case_id = ? AND readonly = 1",
                        (case_id,)).fetchone() is not None
