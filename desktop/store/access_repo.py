"""Reads for the audit view and access requests (AVG art. 15): case numbers, destroyed cases,
audit actions and the persons of a case. SQL only; no decisions."""

from __future__ import annotations

from typing import Any

from desktop.store.connection import Connection


def case_numbers(conn: Connection) -> dict[int, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, number FROM case_file")}


def case_number(conn: Connection, case_id: int) -> str:
    row = conn.execute("SELECT number FROM case_file WHERE id = ?", (case_id,)).fetchone()
    return str(row[0]) if row else ""


def destroyed_case_ids(conn: Connection) -> set[int]:
    return {r[0] for r in conn.execute("SELECT case_id FROM audit_log WHERE action = 'zaak_vernietigd'")}


def audit_actions(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]


def audit_row_time(conn: Connection, row_id: int) -> str | None:
    row = conn.execute("SELECT at FROM audit_log WHERE id = ?", (row_id,)).fetchone()
    return str(row[0]) if row else None


def case_ids_with_bsn(conn: Connection, bsn: str) -> list[int]:
    return [r[0] for r in conn.execute("SELECT DISTINCT case_id FROM person WHERE bsn = ?", (bsn,))]


def persons_of_case(conn: Connection, case_id: int) -> list[Any]:
    """Rows (id, name, alias, birth_date, bsn) of the persons of one case."""
    return list(conn.execute("SELECT id, name, alias, birth_date, bsn FROM person WHERE case_id = ?",
                             (case_id,)))
