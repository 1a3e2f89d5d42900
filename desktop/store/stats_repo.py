"""Anonymous statistics rows: computed from live cases, stored for destroyed ones.

``live_rows`` reads only code columns, dates and the reporting department — never
names or free text. ``is_feedback`` tells which route step is the feedback to the
reporter (the service knows the routes); superseded (corrected) step records are
ignored, as are cancelled handovers.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from desktop.domain.retention import outcome_code
from desktop.domain.stats_row import StatsRow, quarter_of
from desktop.policy import DEFAULT_RETENTION
from desktop.store.codec import s2d, split_codes
from desktop.store.connection import Connection

FeedbackTest = Callable[[str, int | None, str], bool]  # (route id, version, step id)

_CASE_SQL = ("SELECT id, received_on, created_at, forms, reporter_department, signal_type, minor,"
             " closed_on, outcome, extra FROM case_file")


def _chain(extra_json: str | None) -> tuple[int, int, tuple[str, ...]]:
    """(registered at ZVH, reported to CoMensha, adjacent-phenomenon codes) from case extra."""
    try:
        extra = json.loads(extra_json or "{}")
    except ValueError:
        return 0, 0, ()
    regs = extra.get("registrations") if isinstance(extra, dict) else None
    regs = [r for r in (regs or {}).values() if isinstance(r, dict)] if isinstance(regs, dict) else []
    codes = extra.get("adjacent_phenomena") if isinstance(extra, dict) else None
    phenomena = tuple(sorted(c for c in codes if isinstance(c, str))) if isinstance(codes, list) else ()
    return sum(1 for r in regs if r.get("zvh")), sum(1 for r in regs if r.get("comensha")), phenomena


def _days(start: date | None, end: date | None) -> int | None:
    if start is None or end is None:
        return None
    return max(0, (end - start).days)


def _where(case_ids: Iterable[int] | None) -> tuple[str, list[Any]]:
    if case_ids is None:
        return "", []
    ids = [int(i) for i in case_ids]
    return f" WHERE case_id IN ({','.join('?' * len(ids)) or 'NULL'})", ids


def _first_handovers(conn: Connection, case_ids: Iterable[int] | None
                     ) -> tuple[dict[int, set[str]], dict[int, date]]:
    where, args = _where(case_ids)
    partners: dict[int, set[str]] = defaultdict(set)
    first: dict[int, date] = {}
    for r in conn.execute(f"SELECT case_id, partner_id, started_on, status FROM handover{where}",
                          args):
        if r["status"] == "geannuleerd":
            continue
        partners[r["case_id"]].add(r["partner_id"])
        started = s2d(r["started_on"])
        if started and (r["case_id"] not in first or started < first[r["case_id"]]):
            first[r["case_id"]] = started
    return partners, first


def _feedback_dates(conn: Connection, case_ids: Iterable[int] | None, is_feedback: FeedbackTest
                    ) -> dict[int, date]:
    where, args = _where(case_ids)
    rows = list(conn.execute(
        f"SELECT id, case_id, route_id, route_version, step_id, completed_on, corrects"
        f" FROM route_step{where}", args))
    superseded = {r["corrects"] for r in rows if r["corrects"] is not None}
    found: dict[int, date] = {}
    for r in rows:
        if r["id"] in superseded:
            continue
        if not is_feedback(r["route_id"], r["route_version"], r["step_id"]):
            continue
        done = s2d(r["completed_on"])
        if done and (r["case_id"] not in found or done < found[r["case_id"]]):
            found[r["case_id"]] = done
    return found


def _decisions(conn: Connection, case_ids: list[int] | None) -> dict[int, set[str]]:
    where, args = _where(case_ids)
    rows = list(conn.execute(f"SELECT id, case_id, decision, corrects FROM route_step{where}",
                             args))
    superseded = {r["corrects"] for r in rows if r["corrects"] is not None}
    out: dict[int, set[str]] = defaultdict(set)
    for r in rows:
        if r["id"] not in superseded and r["decision"]:
            out[r["case_id"]].add(r["decision"])
    return out


def _interventions(conn: Connection, case_ids: Iterable[int] | None
                   ) -> dict[int, dict[str, tuple[int, int]]]:
    where, args = _where(case_ids)
    out: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
    for r in conn.execute(f"SELECT case_id, kind, effect FROM intervention{where}", args):
        n, effect = out[r["case_id"]].get(r["kind"], (0, 0))
        out[r["case_id"]][r["kind"]] = (n + 1, effect + (1 if r["effect"].strip() else 0))
    return out


def live_rows(conn: Connection, is_feedback: FeedbackTest,
              case_ids: Iterable[int] | None = None,
              terms: Mapping[str, int] = DEFAULT_RETENTION) -> dict[int, StatsRow]:
    """Case id → anonymous row, for all live cases (or only ``case_ids``).

    ``outcome`` is the outcome *code* of a closed case (``retention.outcome_code``), never
    the officer's closing text; "" while the case is open."""
    ids = None if case_ids is None else list(case_ids)
    decisions = _decisions(conn, ids)
    partners, first = _first_handovers(conn, ids)
    feedback = _feedback_dates(conn, ids, is_feedback)
    interventions = _interventions(conn, ids)
    sql, args = _CASE_SQL, []
    if ids is not None:
        sql += f" WHERE id IN ({','.join('?' * len(ids)) or 'NULL'})"
        args = ids
    out: dict[int, StatsRow] = {}
    for r in conn.execute(sql, args):
        received = s2d(r["received_on"]) or date.fromisoformat(r["created_at"][:10])
        cid = r["id"]
        zvh, comensha, phenomena = _chain(r["extra"])
        out[cid] = StatsRow(
            quarter=quarter_of(received), forms=tuple(split_codes(r["forms"])),
            department=r["reporter_department"].strip(), signal_type=r["signal_type"],
            minor=r["minor"],
            outcome=outcome_code(r["outcome"], decisions.get(cid, ()), cid in partners, terms)
            if r["closed_on"] else "",
            handovers=tuple(sorted(partners.get(cid, ()))),
            days_to_handover=_days(received, first.get(cid)),
            days_to_feedback=_days(received, feedback.get(cid)),
            interventions=dict(interventions.get(cid, {})),
            registered_zvh=zvh, reported_comensha=comensha, phenomena=phenomena,
        )
    return out


def insert(conn: Connection, row: StatsRow) -> None:
    conn.execute(
        "INSERT INTO stats_record(quarter, forms, department, signal_type, minor, outcome,"
        " handovers, days_to_handover, days_to_feedback, interventions, registrations, phenomena)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (row.quarter, ",".join(row.forms), row.department, row.signal_type, row.minor, row.outcome,
         ",".join(row.handovers), row.days_to_handover, row.days_to_feedback,
         json.dumps({k: list(v) for k, v in sorted(row.interventions.items())}),
         json.dumps({"zvh": row.registered_zvh, "comensha": row.reported_comensha}),
         ",".join(row.phenomena)),
    )


def stored_rows(conn: Connection) -> list[StatsRow]:
    out = []
    for r in conn.execute("SELECT * FROM stats_record ORDER BY id"):
        raw = json.loads(r["interventions"] or "{}")
        chain = json.loads(r["registrations"] or "{}")
        out.append(StatsRow(
            quarter=r["quarter"], forms=tuple(split_codes(r["forms"])), department=r["department"],
            signal_type=r["signal_type"], minor=r["minor"], outcome=r["outcome"],
            handovers=tuple(split_codes(r["handovers"])),
            days_to_handover=r["days_to_handover"], days_to_feedback=r["days_to_feedback"],
            interventions={k: (int(v[0]), int(v[1])) for k, v in raw.items()},
            registered_zvh=int(chain.get("zvh", 0)), reported_comensha=int(chain.get("comensha", 0)),
            phenomena=tuple(split_codes(r["phenomena"])),
        ))
    return out
