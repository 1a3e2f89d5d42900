"""Case repository: save (insert/update the whole graph), load, list, delete.

Callers wrap writes in ``transaction``; these functions never commit themselves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain import model as m
from desktop.store import children, search
from desktop.store.codec import d2s, dt2s, enum_or, join_codes, now_s, s2d, s2dt, split_codes
from desktop.store.connection import Connection
from desktop.store.errors import NotFound

_CASE_COLUMNS = (
    "status", "forms", "signal_type", "minor", "acute", "observed_at", "received_on",
    "reporter_department", "reporter_function", "reporter_name", "how_observed", "observations",
    "title", "route_id", "route_version", "next_action", "next_deadline", "closed_on", "outcome",
    "legal_hold", "legal_hold_reason",
)


# Derived from the reporting route: written when a case is inserted, afterwards only by the
# route service (route_repo.set_status / set_route), so a stale Case copy saved from a
# form can never overwrite the route's status, next action or deadline.
_ROUTE_COLUMNS = ("status", "route_id", "route_version", "next_action", "next_deadline",
                  "closed_on", "outcome")


def _case_row(c: m.Case) -> dict[str, Any]:
    return {
        "status": c.status.value, "forms": join_codes(f.value for f in c.forms),
        "signal_type": c.signal_type.value, "minor": c.minor.value, "acute": int(c.acute),
        "observed_at": dt2s(c.observed_at), "received_on": d2s(c.received_on),
        "reporter_department": c.reporter_department, "reporter_function": c.reporter_function,
        "reporter_name": c.reporter_name, "how_observed": c.how_observed.value,
        "observations": c.observations, "title": c.title, "route_id": c.route_id,
        "route_version": c.route_version, "next_action": c.next_action,
        "next_deadline": d2s(c.next_deadline), "closed_on": d2s(c.closed_on), "outcome": c.outcome,
        "legal_hold": int(c.legal_hold), "legal_hold_reason": c.legal_hold_reason,
    }


FLAG_FIELDS = ("prostitution_setting", "victim_needs_care", "organised_element",
               "unaccompanied_minor", "victim_and_suspect", "domestic_setting")
# Other case data kept in the ``extra`` JSON column (schema needs no change).
EXTRA_FIELDS = ("triage_override", "adjacent_phenomena", "registrations")


def _flags(case: m.Case) -> dict[str, bool]:
    return {name: bool(getattr(case, name)) for name in FLAG_FIELDS}


def _write_flags(conn: Connection, case: m.Case) -> None:
    extra = get_extra(conn, case.id)
    extra["flags"] = _flags(case)
    extra.update({name: getattr(case, name) for name in EXTRA_FIELDS})
    conn.execute("UPDATE case_file SET extra = ? WHERE id = ?", (json.dumps(extra), case.id))


def next_case_number(conn: Connection, year: int) -> str:
    row = conn.execute("SELECT last FROM case_counter WHERE year = ?", (year,)).fetchone()
    last = (row[0] if row else 0) + 1
    conn.execute(
        "INSERT INTO case_counter(year, last) VALUES (?, ?)"
        " ON CONFLICT(year) DO UPDATE SET last = excluded.last", (year, last),
    )
    return f"{year}-{last:04d}"


def save(conn: Connection, case: m.Case) -> m.Case:
    """Insert or update the case and all its child records; refresh the search index."""
    now = now_s()
    row = _case_row(case)
    is_new = case.id is None
    if is_new:
        year = (case.received_on or date.today()).year
        case.number = case.number or next_case_number(conn, year)
        cols = ["number", *_CASE_COLUMNS, "extra", "created_at", "updated_at"]
        extra = {"flags": _flags(case), **{name: getattr(case, name) for name in EXTRA_FIELDS}}
        values = [case.number, *row.values(), json.dumps(extra), now, now]
        cur = conn.execute(
            f"INSERT INTO case_file({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", values
        )
        case.id = cur.lastrowid
    else:
        editable = {k: v for k, v in row.items() if k not in _ROUTE_COLUMNS}
        sets = ", ".join(f"{c} = ?" for c in editable)
        cur = conn.execute(f"UPDATE case_file SET {sets}, updated_at = ? WHERE id = ?",
                           [*editable.values(), now, case.id])
        if cur.rowcount != 1:
            raise NotFound("Deze zaak bestaat niet meer.")
    if not is_new:
        _write_flags(conn, case)
        children.unlink_removed_persons(conn, case)
    for spec in children.CHILD_TABLES:
        children.resolve_links(case, spec.attr)
        children.sync(conn, case.id, spec, getattr(case, spec.attr), is_new=is_new)
    search.reindex(conn, case)
    return case


def _case_from_row(r: Any) -> m.Case:
    return m.Case(
        id=r["id"], number=r["number"], status=enum_or(m.CaseStatus, r["status"], m.CaseStatus.NEW),
        forms={m.Form(f) for f in split_codes(r["forms"]) if f in m.Form._value2member_map_},
        signal_type=enum_or(m.SignalType, r["signal_type"], m.SignalType.PERSON),
        minor=enum_or(m.TriState, r["minor"], m.TriState.UNKNOWN), acute=bool(r["acute"]),
        observed_at=s2dt(r["observed_at"]), received_on=s2d(r["received_on"]),
        reporter_department=r["reporter_department"], reporter_function=r["reporter_function"],
        reporter_name=r["reporter_name"],
        how_observed=enum_or(m.HowObserved, r["how_observed"], m.HowObserved.OTHER),
        observations=r["observations"], title=r["title"], route_id=r["route_id"],
        route_version=r["route_version"], next_action=r["next_action"],
        next_deadline=s2d(r["next_deadline"]), closed_on=s2d(r["closed_on"]), outcome=r["outcome"],
        legal_hold=bool(r["legal_hold"]), legal_hold_reason=r["legal_hold_reason"],
        created_at=s2dt(r["created_at"]), updated_at=s2dt(r["updated_at"]),
        **_extra_fields(json.loads(r["extra"] or "{}")),
    )


def _extra_fields(extra: dict) -> dict[str, Any]:
    found: dict[str, Any] = {k: bool(v) for k, v in extra.get("flags", {}).items() if k in FLAG_FIELDS}
    types = {"triage_override": dict, "adjacent_phenomena": list, "registrations": dict}
    found.update({k: extra[k] for k, kind in types.items() if isinstance(extra.get(k), kind)})
    return found


def load(conn: Connection, case_id: int) -> m.Case:
    row = conn.execute("SELECT * FROM case_file WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFound("Deze zaak bestaat niet (meer).")
    case = _case_from_row(row)
    for spec in children.CHILD_TABLES:
        setattr(case, spec.attr, children.load(conn, case_id, spec))
    return case


def id_for_number(conn: Connection, number: str) -> int:
    row = conn.execute("SELECT id FROM case_file WHERE number = ?", (number.strip(),)).fetchone()
    if row is None:
        raise NotFound(f"Zaak {number.strip()} bestaat niet.")
    return int(row[0])


def delete(conn: Connection, case_id: int) -> None:
    """Delete a case and (through ON DELETE CASCADE) all its records, plus its FTS row."""
    conn.execute("DELETE FROM draft WHERE key LIKE ?", (f"%:case:{case_id}",))
    conn.execute("DELETE FROM case_file WHERE id = ?", (case_id,))
    search.remove(conn, case_id)  # after the cascade: an FTS delete first slows the cascade


def set_extra(conn: Connection, case_id: int, key: str, value: Any) -> None:
    row = conn.execute("SELECT extra FROM case_file WHERE id = ?", (case_id,)).fetchone()
    extra = json.loads(row[0]) if row else {}
    extra[key] = value
    conn.execute("UPDATE case_file SET extra = ? WHERE id = ?", (json.dumps(extra), case_id))


def get_extra(conn: Connection, case_id: int) -> dict[str, Any]:
    row = conn.execute("SELECT extra FROM case_file WHERE id = ?", (case_id,)).fetchone()
    return json.loads(row[0]) if row else {}


@dataclass(frozen=True)
class ListQuery:
    text: str = ""
    statuses: tuple[str, ...] = ()
    form: str = ""
    overdue_only: bool = False
    today: date | None = None
    sort: str = "number"  # one of SORT_COLUMNS
    descending: bool = True
    offset: int = 0
    limit: int = 200


SORT_COLUMNS = {
    "number": "c.number", "id": "c.id", "received_on": "c.received_on", "forms": "c.forms",
    "status": "c.status", "next_deadline": "c.next_deadline",
    "reporter_department": "c.reporter_department COLLATE NOCASE",
}


def _source(q: ListQuery) -> tuple[str, list[Any]]:
    """FROM clause: all cases, or all FTS matches joined to their cases (no cap)."""
    fts = search.fts_query(q.text)
    if fts:  # drive the join from the match set, not from case_file
        return (f"({search.match_sql()}) f CROSS JOIN case_file c INDEXED BY case_file_list"
                " ON c.id = f.rowid", [fts])
    return "case_file c", []


def _where(conn: Connection, q: ListQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = ["1=1"]
    args: list[Any] = []
    if q.text.strip() and not search.fts_query(q.text):
        clauses.append("0")  # only punctuation typed: nothing matches
    if q.statuses:
        clauses.append(f"c.status IN ({','.join('?' * len(q.statuses))})")
        args += list(q.statuses)
    if q.form:
        clauses.append("(',' || c.forms || ',') LIKE ?")
        args.append(f"%,{q.form},%")
    if q.overdue_only:
        clauses.append("c.next_deadline IS NOT NULL AND c.next_deadline < ? AND c.status <> 'afgesloten'")
        args.append((q.today or date.today()).isoformat())
    return " AND ".join(clauses), args


def _filtered(q: ListQuery) -> bool:
    return bool(q.statuses or q.form or q.overdue_only)


def count(conn: Connection, q: ListQuery) -> int:
    if search.fts_query(q.text) and not _filtered(q):
        return search.match_count(conn, q.text)
    source, source_args = _source(q)
    where, args = _where(conn, q)
    sql = f"SELECT count(*) FROM {source} WHERE {where}"
    return int(conn.execute(sql, [*source_args, *args]).fetchone()[0])


def _lease_state(raw: str | None) -> dict:
    """The list's waarneming/overdracht marker from 'role:readonly:until' (schema update 006)."""
    if not raw:
        return {}
    role, readonly, until = (raw.split(":", 2) + ["", ""])[:3]
    state = {("uitgeleend", "1"): "uitgeleend", ("waarnemer", "0"): "waarnemer",
             ("waarnemer", "1"): "teruggegeven"}.get((role, readonly))
    if role == "overgedragen":
        state = "overgedragen"
    return {"lease": state, "lease_until": s2d(until or None)} if state else {}


def summaries(conn: Connection, q: ListQuery) -> list[m.CaseSummary]:
    source, source_args = _source(q)
    where, args = _where(conn, q)
    order = SORT_COLUMNS.get(q.sort, "c.number")
    direction = "DESC" if q.descending else "ASC"
    today = (q.today or date.today()).isoformat()
    # Two phases: pick the page's ids from the narrow covering index, then read full rows.
    sql = (
        "SELECT c.id, c.number, c.received_on, c.forms, c.status, c.next_action, c.next_deadline,"
        " c.reporter_department, c.title,"
        " (SELECT count(*) FROM case_link WHERE case_a = c.id)"
        " + (SELECT count(*) FROM case_link WHERE case_b = c.id) AS links,"
        " (SELECT l.role || ':' || l.readonly || ':' || coalesce(l.until, '') FROM transfer_lease l"
        " WHERE l.case_id = c.id) AS lease"
        " FROM (SELECT c.id AS page_id FROM"
        f" {source} WHERE {where} ORDER BY {order} {direction}, c.id {direction}"
        " LIMIT ? OFFSET ?) page CROSS JOIN case_file c ON c.id = page.page_id"
        f" ORDER BY {order} {direction}, c.id {direction}"
    )
    out = []
    for r in conn.execute(sql, [*source_args, *args, q.limit, q.offset]):
        deadline = s2d(r["next_deadline"])
        status = enum_or(m.CaseStatus, r["status"], m.CaseStatus.NEW)
        out.append(m.CaseSummary(
            id=r["id"], number=r["number"], received_on=s2d(r["received_on"]),
            forms=tuple(m.Form(f) for f in split_codes(r["forms"]) if f in m.Form._value2member_map_),
            status=status, next_action=r["next_action"], next_deadline=deadline,
            reporter_department=r["reporter_department"], title=r["title"], linked_count=r["links"],
            overdue=bool(deadline and deadline.isoformat() < today and status != m.CaseStatus.CLOSED),
            **_lease_state(r["lease"]),
        ))
    return out
