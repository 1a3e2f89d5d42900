"""Consultation tables (overleggen) and the cases brought into them. Callers own the transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.store.codec import d2s, now_s, s2d, s2dt
from desktop.store.connection import Connection
from desktop.store.errors import NotFound


@dataclass
class MeetingRow:
    """A planned or held meeting; ``kind`` is the meeting id the route declares."""

    kind: str
    title: str
    held_on: date
    notes: str = ""
    created_at: datetime | None = None
    id: int | None = None
    place: str = ""  # where the meeting is held (printed on the agenda)


@dataclass
class MeetingCaseRow:
    """A case on a meeting's agenda: the question to the table and what was agreed."""

    meeting_id: int
    case_id: int
    question: str = ""
    agreed: str = ""
    names_allowed: bool = False
    number: str = ""  # case number (read only)
    case_title: str = ""  # the case's short neutral title (read only)


def _meeting(r) -> MeetingRow:
    return MeetingRow(kind=r["kind"], title=r["title"], held_on=s2d(r["held_on"]) or date.min,
                      notes=r["notes"], created_at=s2dt(r["created_at"]), id=r["id"],
                      place=r["place"])


def insert_meeting(conn: Connection, m: MeetingRow) -> MeetingRow:
    cur = conn.execute(
        "INSERT INTO meeting(kind, title, held_on, notes, created_at, place) VALUES (?,?,?,?,?,?)",
        (m.kind, m.title, d2s(m.held_on), m.notes, now_s(), m.place))
    m.id = cur.lastrowid
    return m


def update_meeting(conn: Connection, m: MeetingRow) -> None:
    cur = conn.execute(
        "UPDATE meeting SET kind = ?, title = ?, held_on = ?, notes = ?, place = ? WHERE id = ?",
        (m.kind, m.title, d2s(m.held_on), m.notes, m.place, m.id))
    if cur.rowcount != 1:
        raise NotFound("Dit overleg bestaat niet (meer).")


def delete_meeting(conn: Connection, meeting_id: int) -> None:
    conn.execute("DELETE FROM meeting WHERE id = ?", (meeting_id,))


def get_meeting(conn: Connection, meeting_id: int) -> MeetingRow:
    row = conn.execute("SELECT * FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
    if row is None:
        raise NotFound("Dit overleg bestaat niet (meer).")
    return _meeting(row)


def meetings(conn: Connection, since: date | None = None) -> list[MeetingRow]:
    """Meetings (from ``since`` on, when given), newest date first."""
    where, args = ("WHERE held_on >= ?", [d2s(since)]) if since else ("", [])
    rows = conn.execute(f"SELECT * FROM meeting {where} ORDER BY held_on DESC, id DESC", args)
    return [_meeting(r) for r in rows]


_CASE_SELECT = (
    "SELECT mc.*, c.number, c.title AS case_title FROM meeting_case mc"
    " JOIN case_file c ON c.id = mc.case_id"
)


def _meeting_case(r) -> MeetingCaseRow:
    return MeetingCaseRow(meeting_id=r["meeting_id"], case_id=r["case_id"], question=r["question"],
                          agreed=r["agreed"], names_allowed=bool(r["names_allowed"]),
                          number=r["number"], case_title=r["case_title"])


def cases_of(conn: Connection, meeting_id: int) -> list[MeetingCaseRow]:
    rows = conn.execute(f"{_CASE_SELECT} WHERE mc.meeting_id = ? ORDER BY c.number",
                        (meeting_id,))
    return [_meeting_case(r) for r in rows]


def meeting_case(conn: Connection, meeting_id: int, case_id: int) -> MeetingCaseRow:
    row = conn.execute(f"{_CASE_SELECT} WHERE mc.meeting_id = ? AND mc.case_id = ?",
                       (meeting_id, case_id)).fetchone()
    if row is None:
        raise NotFound("Deze zaak staat niet op de agenda van dit overleg.")
    return _meeting_case(row)


def meetings_of_case(conn: Connection, case_id: int) -> list[int]:
    rows = conn.execute("SELECT meeting_id FROM meeting_case WHERE case_id = ? ORDER BY meeting_id",
                        (case_id,))
    return [int(r[0]) for r in rows]


def save_case(conn: Connection, row: MeetingCaseRow) -> None:
    """Insert the case on the agenda, or update its question, agreement and names flag."""
    conn.execute(
        "INSERT INTO meeting_case(meeting_id, case_id, question, agreed, names_allowed)"
        " VALUES (?,?,?,?,?) ON CONFLICT(meeting_id, case_id) DO UPDATE SET"
        " question = excluded.question, agreed = excluded.agreed,"
        " names_allowed = excluded.names_allowed",
        (row.meeting_id, row.case_id, row.question, row.agreed, int(row.names_allowed)))


def remove_case(conn: Connection, meeting_id: int, case_id: int) -> None:
    conn.execute("DELETE FROM meeting_case WHERE meeting_id = ? AND case_id = ?",
                 (meeting_id, case_id))
