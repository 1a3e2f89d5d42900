"""Insert many new cases at once (import): one ``executemany`` per table and batch.

``cases.save`` costs about ten statements per case (counter, case row, each child table,
FTS delete + insert). For an import that is the bottleneck, so ``insert_new`` assigns the
case numbers, row ids and child ids in Python (the caller holds the write transaction, so
nobody else inserts meanwhile) and writes each table with a single ``executemany``; the
FTS rows likewise. The rows written are exactly those ``cases.save`` writes for a new
case. Cases whose identifiers or consents point at a person id (not produced by an
import) take the per-case path.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop.domain import model as m
from desktop.store import cases as repo
from desktop.store import children, search
from desktop.store.codec import now_s
from desktop.store.connection import Connection


def _simple(case: m.Case) -> bool:
    """No links between the case's records (those need the ids ``cases.save`` assigns)."""
    return case.id is None and not any(c.person_id for c in case.consents) and not any(
        getattr(item, id_attr) is not None or getattr(item, ref_attr) is not None
        for source, id_attr, ref_attr, _target in m.RECORD_LINKS
        for item in getattr(case, source))


def _has_uuid(conn: Connection, table: str) -> bool:
    """Tables with a ``uuid`` column (transfer) fill it by an AFTER INSERT trigger, one UPDATE
    per row; the bulk path writes the same kind of value (32 lowercase hex) itself."""
    return any(r[1] == "uuid" for r in conn.execute(f"PRAGMA table_info({table})"))


def _next_id(conn: Connection, table: str) -> int:
    return int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]) + 1


def _assign_numbers(conn: Connection, cases: Sequence[m.Case]) -> None:
    last: dict[int, int] = {}
    for case in cases:
        if case.number:
            continue
        year = (case.received_on or date.today()).year
        if year not in last:
            row = conn.execute("SELECT last FROM case_counter WHERE year = ?", (year,)).fetchone()
            last[year] = row[0] if row else 0
        last[year] += 1
        case.number = f"{year}-{last[year]:04d}"
    conn.executemany("INSERT INTO case_counter(year, last) VALUES (?, ?) ON CONFLICT(year)"
                     " DO UPDATE SET last = excluded.last", list(last.items()))


def insert_new(conn: Connection, cases: Sequence[m.Case]) -> None:
    """Store new cases (ids, numbers and child ids are set on the objects)."""
    if not cases:
        return
    if not all(_simple(c) for c in cases):
        for case in cases:
            repo.save(conn, case)
        return
    _assign_numbers(conn, cases)
    now = now_s()
    next_case = _next_id(conn, "case_file")
    cols = ["id", "number", *repo._CASE_COLUMNS, "extra", "created_at", "updated_at"]
    with_uuid = _has_uuid(conn, "case_file")
    if with_uuid:
        cols.append("uuid")
    rows: list[list[Any]] = []
    for case in cases:
        case.id, next_case = next_case, next_case + 1
        extra = {"flags": repo._flags(case), **{name: getattr(case, name) for name in repo.EXTRA_FIELDS}}
        rows.append([case.id, case.number, *repo._case_row(case).values(), json.dumps(extra), now, now])
        if with_uuid:
            rows[-1].append(uuid.uuid4().hex)
    conn.executemany(f"INSERT INTO case_file({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
    for spec in children.CHILD_TABLES:
        _insert_children(conn, spec, cases)
    conn.executemany("INSERT INTO case_fts(rowid, body) VALUES (?, ?)",
                     [(case.id, search.index_body(case)) for case in cases])


def _insert_children(conn: Connection, spec: children.ChildTable, cases: Sequence[m.Case]) -> None:
    items = [(case.id, item) for case in cases for item in getattr(case, spec.attr)]
    if not items:
        return
    next_id = _next_id(conn, spec.table)
    with_uuid = _has_uuid(conn, spec.table)
    grouped: dict[tuple[str, ...], list[list[Any]]] = {}
    for case_id, item in items:
        item.id, next_id = next_id, next_id + 1
        row = spec.to_row(item)
        if with_uuid and "uuid" not in row:
            row["uuid"] = uuid.uuid4().hex
        grouped.setdefault(tuple(row), []).append([item.id, case_id, *row.values()])
    for columns, values in grouped.items():
        names = ", ".join(["id", "case_id", *columns])
        marks = ", ".join("?" * (len(columns) + 2))
        conn.executemany(f"INSERT INTO {spec.table}({names}) VALUES ({marks})", values)
