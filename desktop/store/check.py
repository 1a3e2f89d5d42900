"""Integrity checks: SQLCipher HMACs, SQLite structure, foreign keys, audit chain."""

from __future__ import annotations

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

    @property
    def ok(self) -> bool:
        return not (self.cipher_problems or self.integrity_problems or self.foreign_key_problems
                    or self.audit_break_at is not None)


COUNTED = ("case_file", "person", "address", "organisation", "identifier", "enrichment",
           "checklist_answer", "route_step", "handover", "export_log", "stats_record", "audit_log")


def run_check(conn: Connection) -> CheckReport:
    """Run every check; a damaged file is reported as a problem, never raised half-way."""
    rep = CheckReport()
    rep.cipher_version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    try:
        rep.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        rep.cipher_problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        rep.integrity_problems = [] if rows == ["ok"] else rows
        rep.foreign_key_problems = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        chain = audit.verify_chain(conn)
        rep.audit_rows, rep.audit_break_at = chain.rows, chain.first_break
        for table in COUNTED:
            rep.counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except DbError:
        rep.integrity_problems.append("database beschadigd: niet alle gegevens leesbaar")
    return rep
