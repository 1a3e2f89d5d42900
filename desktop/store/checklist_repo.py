"""Checklist answers per case (list id AND version kept with every answer)."""

from __future__ import annotations

from desktop.domain.checklist_answers import ChecklistAnswer
from desktop.store.codec import now_s
from desktop.store.connection import Connection


def upsert(conn: Connection, case_id: int, a: ChecklistAnswer) -> None:
    """Store the answer; one row per (case, list, item, address)."""
    conn.execute(
        "DELETE FROM checklist_answer WHERE case_id = ? AND list_id = ? AND item_id = ?"
        " AND IFNULL(address_id, 0) = IFNULL(?, 0)", (case_id, a.list_id, a.item_id, a.address_id),
    )
    conn.execute(
        "INSERT INTO checklist_answer(case_id, list_id, list_version, item_id, address_id, answer,"
        " seen_by, note, answered_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (case_id, a.list_id, a.list_version, a.item_id, a.address_id, a.answer.value, a.seen_by,
         a.note, now_s()),
    )


def for_case(conn: Connection, case_id: int) -> list[ChecklistAnswer]:
    rows = conn.execute(
        "SELECT list_id, list_version, item_id, answer, seen_by, note, address_id"
        " FROM checklist_answer WHERE case_id = ? ORDER BY id", (case_id,),
    )
    return [ChecklistAnswer(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows]
