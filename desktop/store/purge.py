"""Store side of retention: the schedule, legal hold, what a purge removes, the purge itself.

Callers wrap writes in ``transaction``. ``destroy`` removes a case and every record
that holds its personal data (ON DELETE CASCADE plus the FTS row and the case's
drafts, see ``cases.delete``); the export log keeps *that* something was exported
(date, actor, profile, recipient, case ids, field ids, file hash) but loses the
officer's free-text reasons, which may describe the person.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.store import cases
from desktop.store.codec import s2d
from desktop.store.connection import Connection
from desktop.store.errors import NotFound


@dataclass(frozen=True)
class ClosedCase:
    case_id: int
    number: str
    title: str
    closed_on: date
    outcome: str  # as stored (may be the officer's closing text)
    legal_hold: bool
    decisions: frozenset[str] = frozenset()  # route decision ids (not superseded)
    handed_over: bool = False  # a handover that was not cancelled


def route_facts(conn: Connection, case_id: int | None = None
                ) -> tuple[dict[int, set[str]], set[int]]:
    """(case id → route decision ids of current step records, ids of handed-over cases)."""
    # Only closed cases matter (retention starts at closing): at 100k cases reading every
    # route step took seconds; the closed ones come from the case_file_closed index.
    where, args = ((" WHERE case_id IN (SELECT id FROM case_file WHERE closed_on IS NOT NULL"
                    " AND closed_on <> '')", ()) if case_id is None else (" WHERE case_id = ?", (case_id,)))
    rows = list(conn.execute(f"SELECT id, case_id, decision, corrects FROM route_step{where}",
                             args))
    superseded = {r["corrects"] for r in rows if r["corrects"] is not None}
    decisions: dict[int, set[str]] = {}
    for r in rows:
        if r["id"] not in superseded and r["decision"]:
            decisions.setdefault(r["case_id"], set()).add(r["decision"])
    sql = "SELECT DISTINCT case_id FROM handover WHERE status <> 'geannuleerd'"
    handed = {r[0] for r in conn.execute(sql + where.replace("WHERE", "AND", 1), args)}
    return decisions, handed


def closed_cases(conn: Connection, case_id: int | None = None) -> list[ClosedCase]:
    """Closed cases (or the one case ``case_id`` when it is closed), soonest closed first."""
    decisions, handed = route_facts(conn, case_id)
    one = "" if case_id is None else f" AND id = {int(case_id)}"
    rows = conn.execute("SELECT id, number, title, closed_on, outcome, legal_hold FROM case_file"
                        f" WHERE closed_on IS NOT NULL AND closed_on <> ''{one}"
                        " ORDER BY closed_on, id")
    return [ClosedCase(r["id"], r["number"], r["title"], s2d(r["closed_on"]), r["outcome"],
                       bool(r["legal_hold"]), frozenset(decisions.get(r["id"], ())),
                       r["id"] in handed) for r in rows]


def set_legal_hold(conn: Connection, case_id: int, on: bool, reason: str) -> None:
    cur = conn.execute("UPDATE case_file SET legal_hold = ?, legal_hold_reason = ? WHERE id = ?",
                       (int(on), reason if on else "", case_id))
    if cur.rowcount != 1:
        raise NotFound("Deze zaak bestaat niet (meer).")


#: What a purge removes, per kind: (Dutch label, SQL counting it for the ids in "{ids}").
REMOVED: tuple[tuple[str, str], ...] = (
    ("zaken", "SELECT count(*) FROM case_file WHERE id IN ({ids})"),
    ("personen", "SELECT count(*) FROM person WHERE case_id IN ({ids})"),
    ("adressen", "SELECT count(*) FROM address WHERE case_id IN ({ids})"),
    ("organisaties", "SELECT count(*) FROM organisation WHERE case_id IN ({ids})"),
    ("kenmerken (telefoon, kenteken, …)",
     "SELECT count(*) FROM identifier WHERE case_id IN ({ids})"),
    ("verrijkingen", "SELECT count(*) FROM enrichment WHERE case_id IN ({ids})"),
    ("toestemmingen", "SELECT count(*) FROM consent WHERE case_id IN ({ids})"),
    ("interventies", "SELECT count(*) FROM intervention WHERE case_id IN ({ids})"),
    ("acute meldingen", "SELECT count(*) FROM acute_call WHERE case_id IN ({ids})"),
    ("checklistantwoorden", "SELECT count(*) FROM checklist_answer WHERE case_id IN ({ids})"),
    ("routestappen", "SELECT count(*) FROM route_step WHERE case_id IN ({ids})"),
    ("overdrachten", "SELECT count(*) FROM handover WHERE case_id IN ({ids})"),
    ("koppelingen met andere zaken",
     "SELECT count(*) FROM case_link WHERE case_a IN ({ids}) OR case_b IN ({ids})"),
    ("overlegbesprekingen", "SELECT count(*) FROM meeting_case WHERE case_id IN ({ids})"),
    ("bijlagen", "SELECT count(*) FROM attachment WHERE case_id IN ({ids})"),
    ("zoekindex", "SELECT count(*) FROM case_fts WHERE rowid IN ({ids})"),
)
TEXT_COLUMNS = (
    ("case_file", "id", ("title", "observations", "reporter_name", "next_action")),
    ("person", "case_id", ("notes", "care_needs", "safe_contact")),
    ("address", "case_id", ("notes",)),
    ("organisation", "case_id", ("notes",)),
    ("enrichment", "case_id", ("result_summary", "reason_not_consulted")),
    ("intervention", "case_id", ("description", "effect")),
    ("checklist_answer", "case_id", ("note",)),
    ("route_step", "case_id", ("outcome",)),
    ("handover", "case_id", ("feedback_summary",)),
)


def _ids(case_ids: Iterable[int]) -> str:
    return ",".join(str(int(i)) for i in case_ids) or "NULL"


def draft_keys(case_id: int) -> tuple[str, str]:
    """LIKE patterns of the drafts that belong to a case (as ``cases.delete`` removes them)."""
    return f"%:case:{case_id}", f"%:case:{case_id}:%"


def removal_counts(conn: Connection, case_ids: list[int]) -> dict[str, int]:
    """Dutch label → number of records the purge of ``case_ids`` removes."""
    ids = _ids(case_ids)
    out = {label: int(conn.execute(sql.format(ids=ids)).fetchone()[0]) for label, sql in REMOVED}
    texts = 0
    for table, key, columns in TEXT_COLUMNS:
        nonempty = " + ".join(f"({c} <> '')" for c in columns)
        texts += int(conn.execute(f"SELECT coalesce(sum({nonempty}), 0) FROM {table}"
                                  f" WHERE {key} IN ({ids})").fetchone()[0])
    out["vrije teksten"] = texts
    drafts = 0
    for cid in case_ids:
        drafts += int(conn.execute("SELECT count(*) FROM draft WHERE key LIKE ? OR key LIKE ?",
                                   draft_keys(cid)).fetchone()[0])
    out["concepten"] = drafts
    return out


def export_log_ids(conn: Connection, case_id: int) -> list[int]:
    rows = conn.execute("SELECT id, case_ids FROM export_log")
    return [r[0] for r in rows if str(case_id) in (r[1] or "").split(",")]


#: Keys of export-log field references that hold ids and codes only (see export_repo).
_KEEP_KEYS = {"key", "case", "field", "label", "field_id", "case_id", "reason_code", "code"}


def _codes_only(value: Any) -> Any:
    """JSON of the export log without free text: dicts keep only id/code keys."""
    if isinstance(value, list):
        return [_codes_only(v) for v in value]
    if isinstance(value, dict):
        return {k: _codes_only(v) for k, v in value.items() if k in _KEEP_KEYS}
    return value


def scrub_export_log(conn: Connection, case_id: int) -> int:
    """Strip free-text reasons from the export-log rows of a case; returns rows touched."""
    ids = export_log_ids(conn, case_id)
    for log_id in ids:
        _scrub_row(conn, log_id)
    return len(ids)


def _scrub_row(conn: Connection, log_id: int) -> None:
    row = conn.execute("SELECT fields_out, fields_in FROM export_log WHERE id = ?",
                       (log_id,)).fetchone()
    cleaned = []
    for raw in (row[0], row[1]):
        try:
            cleaned.append(json.dumps(_codes_only(json.loads(raw or "[]"))))
        except ValueError:
            cleaned.append("[]")
    conn.execute("UPDATE export_log SET fields_out = ?, fields_in = ? WHERE id = ?",
                 (*cleaned, log_id))


def removal_counts_by_case(conn: Connection, case_ids: list[int]) -> dict[int, dict[str, int]]:
    """Case id → (Dutch label → records a purge removes), in one grouped query per kind.

    Linear in the number of cases: the retention view sums these per ticked case, so
    ticking one case adds one case's counts instead of recounting every ticked case."""
    out: dict[int, dict[str, int]] = {int(i): {} for i in case_ids}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start:start + 500]
        ids = _ids(chunk)
        for label, sql in REMOVED:
            for cid, n in _grouped(conn, label, sql, ids):
                if cid in out and n:
                    out[cid][label] = out[cid].get(label, 0) + n
        for table, key, columns in TEXT_COLUMNS:
            nonempty = " + ".join(f"({c} <> '')" for c in columns)
            for cid, n in conn.execute(f"SELECT {key}, coalesce(sum({nonempty}), 0) FROM {table}"
                                       f" WHERE {key} IN ({ids}) GROUP BY {key}"):
                if n:
                    out[cid]["vrije teksten"] = out[cid].get("vrije teksten", 0) + int(n)
    for cid, keys in draft_keys_by_case(conn, case_ids).items():
        out[cid]["concepten"] = len(keys)
    return out


def _grouped(conn: Connection, label: str, sql: str, ids: str) -> list[tuple[int, int]]:
    if label == "zaken":
        return [(int(i), 1) for i in ids.split(",") if i != "NULL"]
    if label == "koppelingen met andere zaken":
        rows = conn.execute(f"SELECT case_a, case_b FROM case_link WHERE case_a IN ({ids})"
                            f" OR case_b IN ({ids})").fetchall()
        wanted = set(int(i) for i in ids.split(",") if i != "NULL")
        counted: dict[int, int] = {}
        for a, b in rows:
            for side in {a, b} & wanted:
                counted[side] = counted.get(side, 0) + 1
        return list(counted.items())
    column = "rowid" if label == "zoekindex" else "case_id"
    table = sql.split(" FROM ")[1].split(" WHERE ")[0]
    return [(int(r[0]), int(r[1])) for r in conn.execute(
        f"SELECT {column}, count(*) FROM {table} WHERE {column} IN ({ids}) GROUP BY {column}")]


def draft_keys_by_case(conn: Connection, case_ids: Iterable[int]) -> dict[int, list[str]]:
    """Case id → keys of its drafts (one scan of the draft table)."""
    wanted = {int(i) for i in case_ids}
    out: dict[int, list[str]] = {}
    for (key,) in conn.execute("SELECT key FROM draft WHERE key LIKE '%:case:%'"):
        tail = key.split(":case:", 1)[1].split(":", 1)[0]
        if tail.isdigit() and int(tail) in wanted:
            out.setdefault(int(tail), []).append(key)
    return out


def destroy_batch(conn: Connection, case_ids: list[int], *, fts: bool = True) -> None:
    """``destroy`` for many cases at once: one scan of the export log and the drafts, then one
    delete per table (cascades use the foreign-key indexes of schema update 002).

    ``fts=False`` leaves the search-index rows for ``remove_fts`` at the end of the purge: an
    FTS5 delete earlier in the same transaction makes every later cascade 5-16x slower."""
    if not case_ids:
        return
    wanted = {str(int(i)) for i in case_ids}
    for log_id, listed in conn.execute("SELECT id, case_ids FROM export_log").fetchall():
        if wanted & set((listed or "").split(",")):
            _scrub_row(conn, log_id)
    for keys in draft_keys_by_case(conn, case_ids).values():
        conn.executemany("DELETE FROM draft WHERE key = ?", [(k,) for k in keys])
    ids = _ids(case_ids)
    # Order matters: an FTS5 (secure-)delete earlier in the transaction made the cascaded
    # deletes after it 10-16x slower (measured: 250 cases 1,367 ms vs 83 ms this way round).
    conn.execute(f"DELETE FROM case_file WHERE id IN ({ids})")
    if fts:
        remove_fts(conn, case_ids)


def remove_fts(conn: Connection, case_ids: list[int]) -> None:
    """Remove the search-index rows of destroyed cases (FTS5 secure-delete overwrites them)."""
    conn.execute(f"DELETE FROM case_fts WHERE rowid IN ({_ids(case_ids)})")


#: From this many cases on, a purge removes the search-index rows without FTS5's per-row
#: secure-delete (~6 ms per row, measured) and then merges the whole index into one new
#: segment ('optimize'): no segment holding a deleted token survives, and the pages of the
#: old segments are overwritten on release (PRAGMA secure_delete) like every freed page.
BULK_FTS_FROM = 200


def remove_fts_bulk(conn: Connection, case_ids: list[int]) -> None:
    """``remove_fts`` for a large purge: delete markers, then one merge of the index."""
    conn.execute("INSERT INTO case_fts(case_fts, rank) VALUES ('secure-delete', 0)")
    try:
        for start in range(0, len(case_ids), 1000):
            remove_fts(conn, case_ids[start:start + 1000])
        conn.execute("INSERT INTO case_fts(case_fts) VALUES ('optimize')")
    finally:
        conn.execute("INSERT INTO case_fts(case_fts, rank) VALUES ('secure-delete', 1)")


def destroy(conn: Connection, case_id: int) -> None:
    """Remove the case and all its personal data (caller: statistics row and audit first)."""
    scrub_export_log(conn, case_id)
    conn.execute("DELETE FROM draft WHERE key LIKE ?", (draft_keys(case_id)[1],))
    cases.delete(conn, case_id)
