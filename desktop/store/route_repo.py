"""Route step records and handovers per case (route id and version kept with every record)."""

from __future__ import annotations

import json

from desktop.domain.route_records import Handover, StepRecord
from desktop.store.codec import d2s, dt2s, s2d, s2dt
from desktop.store.connection import Connection


def add_step(conn: Connection, case_id: int, route_id: str, route_version: int, r: StepRecord
             ) -> StepRecord:
    cur = conn.execute(
        "INSERT INTO route_step(case_id, route_id, route_version, step_id, completed_on, decision,"
        " contacted, meeting, meeting_on, outcome, next_steps, fields, recorded_at, recorded_by,"
        " corrects) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (case_id, route_id, route_version, r.step_id, d2s(r.completed_on), r.decision, r.contacted,
         r.meeting, d2s(r.meeting_on), r.outcome, ",".join(r.next_steps),
         json.dumps(r.fields, ensure_ascii=False), dt2s(r.recorded_at), r.recorded_by, r.corrects),
    )
    r.id = cur.lastrowid
    return r


def steps(conn: Connection, case_id: int) -> list[StepRecord]:
    rows = conn.execute("SELECT * FROM route_step WHERE case_id = ? ORDER BY id", (case_id,))
    return [
        StepRecord(
            step_id=r["step_id"], completed_on=s2d(r["completed_on"]), decision=r["decision"],
            contacted=r["contacted"], meeting=r["meeting"], meeting_on=s2d(r["meeting_on"]),
            outcome=r["outcome"], next_steps=[s for s in r["next_steps"].split(",") if s],
            fields=json.loads(r["fields"] or "{}"), recorded_at=s2dt(r["recorded_at"]),
            recorded_by=r["recorded_by"], corrects=r["corrects"], id=r["id"],
        )
        for r in rows
    ]


def route_of(conn: Connection, case_id: int) -> tuple[str, int | None]:
    row = conn.execute("SELECT route_id, route_version FROM case_file WHERE id = ?", (case_id,)).fetchone()
    return (row[0], row[1]) if row else ("", None)


def set_route(conn: Connection, case_id: int, route_id: str, version: int) -> None:
    conn.execute("UPDATE case_file SET route_id = ?, route_version = ? WHERE id = ?",
                 (route_id, version, case_id))


def save_handover(conn: Connection, case_id: int, h: Handover) -> Handover:
    values = (h.partner_id, h.step_id, d2s(h.started_on), h.status, d2s(h.closed_on),
              h.feedback_summary)
    if h.id is None:
        cur = conn.execute(
            "INSERT INTO handover(partner_id, step_id, started_on, status, closed_on,"
            " feedback_summary, case_id) VALUES (?,?,?,?,?,?,?)", (*values, case_id))
        h.id = cur.lastrowid
    else:
        conn.execute(
            "UPDATE handover SET partner_id=?, step_id=?, started_on=?, status=?, closed_on=?,"
            " feedback_summary=? WHERE id = ? AND case_id = ?", (*values, h.id, case_id))
    return h


def handovers(conn: Connection, case_id: int) -> list[Handover]:
    rows = conn.execute("SELECT * FROM handover WHERE case_id = ? ORDER BY id", (case_id,))
    return [
        Handover(partner_id=r["partner_id"], started_on=s2d(r["started_on"]), status=r["status"],
                 closed_on=s2d(r["closed_on"]), feedback_summary=r["feedback_summary"],
                 step_id=r["step_id"], id=r["id"])
        for r in rows
    ]


def set_status(conn: Connection, case_id: int, status: str, next_action: str, deadline,
               closed_on=None, outcome: str | None = None) -> None:
    conn.execute(
        "UPDATE case_file SET status = ?, next_action = ?, next_deadline = ?, closed_on = ?,"
        " outcome = COALESCE(?, outcome) WHERE id = ?",
        (status, next_action, d2s(deadline), d2s(closed_on), outcome, case_id),
    )

