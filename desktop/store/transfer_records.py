"""A case as plain records keyed by UUID, and writing such records back (waarneming/overdracht).

Generic over the case tables: columns come from the database itself (``PRAGMA table_info``)
and pass a profile whitelist both when reading and when writing, so a received bundle can
never name a table or column outside it. References inside a case (a consent's person, a
correction's route step) travel as the referred record's UUID.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.store.codec import now_s
from desktop.store.connection import Connection

Allowed = Callable[[str, str], bool]  # (table, column) -> may travel
_NEVER = frozenset({"id", "case_id", "uuid"})


def _never(table: str, column: str) -> bool:
    return column in _NEVER or (table == "case_file" and column == "number")


def columns(conn: Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _plain(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float))


def dump_case(conn: Connection, case_id: int, tables: list[str], refs: dict[tuple[str, str], str],
              allowed: Allowed) -> dict[str, Any]:
    """{uuid, number, fields, records: [{table, uuid, fields}]} of one case."""
    row = conn.execute("SELECT * FROM case_file WHERE id = ?", (case_id,)).fetchone()
    cols = columns(conn, "case_file")
    fields = {c: row[c] for c in cols if not _never("case_file", c) and allowed("case_file", c) and _plain(row[c])}
    records = []
    for table in tables:
        tcols = [c for c in columns(conn, table) if not _never(table, c) and allowed(table, c)]
        for r in conn.execute(f"SELECT * FROM {table} WHERE case_id = ? ORDER BY id", (case_id,)):
            values = {}
            for c in tcols:
                ref = refs.get((table, c))
                values[c] = _uuid_of(conn, ref, r[c]) if ref else r[c]
            records.append({"table": table, "uuid": r["uuid"],
                            "fields": {k: v for k, v in values.items() if _plain(v)}})
    return {"uuid": row["uuid"], "number": row["number"], "fields": fields, "records": records}


def _uuid_of(conn: Connection, table: str, local_id: Any) -> str | None:
    if local_id is None:
        return None
    row = conn.execute(f"SELECT uuid FROM {table} WHERE id = ?", (local_id,)).fetchone()
    return row[0] if row else None


def _id_of(conn: Connection, table: str, uuid: Any, case_id: int | None = None) -> int | None:
    """The local id of a referred record; with ``case_id`` only a record of that same case (a
    bundle naming another case's record by its UUID gets no link)."""
    if uuid is None:
        return None
    sql = f"SELECT id FROM {table} WHERE uuid = ?"
    args: list[Any] = [str(uuid)]
    if case_id is not None:
        sql, args = sql + " AND case_id = ?", [*args, case_id]
    row = conn.execute(sql, args).fetchone()
    return int(row[0]) if row else None


def case_id_for_uuid(conn: Connection, uuid: str) -> int | None:
    return _id_of(conn, "case_file", uuid)


def free_number(conn: Connection, number: str, origin: str) -> str:
    """The case number to use here: the origin's number, suffixed when it is already taken."""
    candidate, n = number, 1
    while conn.execute("SELECT 1 FROM case_file WHERE number = ?", (candidate,)).fetchone():
        candidate = f"{number}-{origin[:4]}{'' if n == 1 else n}"
        n += 1
    return candidate


def _writable(conn: Connection, table: str, fields: dict[str, Any], allowed: Allowed,
              refs: dict[tuple[str, str], str], case_id: int | None = None) -> dict[str, Any]:
    local = set(columns(conn, table))
    out = {}
    for c, v in fields.items():
        if _never(table, c) or c not in local or not allowed(table, c) or not _plain(v):
            continue
        ref = refs.get((table, c))
        out[c] = _id_of(conn, ref, v, case_id) if ref else v
    return out


def insert_case(conn: Connection, case: dict[str, Any], number: str, tables: list[str],
                refs: dict[tuple[str, str], str], allowed: Allowed) -> int:
    """Insert a received case with all its records; returns the local case id."""
    fields = _writable(conn, "case_file", case["fields"], allowed, refs)
    fields.setdefault("created_at", now_s())
    fields["updated_at"] = now_s()
    cols = ["uuid", "number", *fields]
    cur = conn.execute(f"INSERT INTO case_file({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                       [case["uuid"], number, *fields.values()])
    case_id = int(cur.lastrowid)
    for table in tables:
        for rec in case["records"]:
            if rec["table"] == table:
                insert_record(conn, table, case_id, rec["uuid"], rec["fields"], allowed, refs)
    return case_id


def insert_record(conn: Connection, table: str, case_id: int, uuid: str, fields: dict[str, Any],
                  allowed: Allowed, refs: dict[tuple[str, str], str]) -> None:
    values = _writable(conn, table, fields, allowed, refs, case_id)
    cols = ["case_id", "uuid", *values]
    conn.execute(f"INSERT INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                 [case_id, uuid, *values.values()])


def update_record(conn: Connection, table: str, uuid: str, fields: dict[str, Any], allowed: Allowed,
                  refs: dict[tuple[str, str], str]) -> None:
    key = "id" if table == "case_file" else "case_id"  # the case the record belongs to
    row = conn.execute(f"SELECT {key} FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
    values = _writable(conn, table, fields, allowed, refs, int(row[0]) if row else None)
    if values:
        sets = ", ".join(f"{c} = ?" for c in values)
        conn.execute(f"UPDATE {table} SET {sets} WHERE uuid = ?", [*values.values(), uuid])


def delete_record(conn: Connection, table: str, uuid: str) -> None:
    conn.execute(f"DELETE FROM {table} WHERE uuid = ?", (uuid,))
