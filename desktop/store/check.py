"""Integrity checks: SQLCipher HMACs, SQLite structure, foreign keys, audit chain."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.store import audit
from desktop.store.connection import Connection, DbError


@dataclass
class CheckReport:
    cipher_problems: list[str] = field(default_factory=list)
    integrity_problems: list[str] = field(default_factory=list)
    foreign_key_problems: int = 0
    audit_rows: int = 0
    audit_break_at: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: int = 0
    cipher_version: str = ""
    audit_head: str = ""  # witness "<count>/<12 hex>" (see desktop/vault/anchor.py)
    anchor_problem: str | None = None  # Dutch text when rows were removed or re-chained
    anchor_note: str | None = None  # e.g. the anchor caught up after an interruption

    @property
    def ok(self) -> bool:
        return not (self.cipher_problems or self.integrity_problems or self.foreign_key_problems
                    or self.audit_break_at is not None or self.anchor_problem)


COUNTED = ("case_file", "person", "address", "organisation", "identifier", "enrichment",
           "checklist_answer", "route_step", "handover", "export_log", "stats_record", "audit_log")


ANCHOR_PROBLEMS = {
    audit.AnchorState.TRUNCATED: "auditlog ingekort: regels die in het sleutelbestand verankerd zijn ontbreken",
    audit.AnchorState.CHANGED: "auditlog gewijzigd: de verankerde regel is veranderd of de keten is opnieuw opgebouwd",
}


def check_anchor(conn: Connection, rep: CheckReport, anchored: tuple[int, int, str] | None) -> str:
    """Compare the database with the anchored head; returns the AnchorState."""
    try:
        return _check_anchor(conn, rep, anchored)
    except DbError:
        rep.integrity_problems.append("logboek onleesbaar: anker niet te vergelijken")
        return audit.AnchorState.CHANGED


def _check_anchor(conn: Connection, rep: CheckReport, anchored: tuple[int, int, str] | None) -> str:
    count, _, head_hash = audit.head(conn)
    rep.audit_head = f"{count}/{head_hash[:12]}"
    if anchored is None:
        rep.anchor_note = "auditlog nog niet verankerd (eerste controle na de update)"
        return audit.AnchorState.BEHIND
    state = audit.anchor_state(conn, *anchored)
    rep.anchor_problem = ANCHOR_PROBLEMS.get(state)
    if state == audit.AnchorState.BEHIND:
        rep.anchor_note = "anker liep achter (onderbroken schrijfactie); bijgewerkt na een intacte keten"
    return state


CHECK_PHASES = 5  # the phases ``run_check`` reports through ``step``


def run_check(conn: Connection, step: Callable[[int, int, str], None] | None = None) -> CheckReport:
    """Run every check; a damaged file is reported as a problem, never raised half-way.

    ``step(done, total, label)`` is called before each of the ``CHECK_PHASES`` phases (it may
    raise to stop the check: nothing is written here, so stopping changes nothing)."""
    say = step or (lambda done, total, label: None)
    rep = CheckReport()
    rep.cipher_version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    try:
        rep.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        say(0, CHECK_PHASES, "Versleuteling controleren…")
        rep.cipher_problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        say(1, CHECK_PHASES, "Databankstructuur controleren…")
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        rep.integrity_problems = [] if rows == ["ok"] else rows
        say(2, CHECK_PHASES, "Verwijzingen controleren…")
        rep.foreign_key_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        say(3, CHECK_PHASES, "Logboekketen controleren…")
        chain = audit.verify_chain(conn)
        say(4, CHECK_PHASES, "Gegevens tellen…")
        rep.audit_rows, rep.audit_break_at = chain.rows, chain.first_break
        for table in COUNTED:
            rep.counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except DbError:
        rep.integrity_problems.append("database beschadigd: niet alle gegevens leesbaar")
    return rep
