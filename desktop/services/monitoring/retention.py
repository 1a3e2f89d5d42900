"""Retention and lawful deletion: the schedule, legal hold, preview and purge of due cases.

A purge destroys, in batches of ``PURGE_BATCH`` cases but inside ONE transaction for all
cases (so "Annuleren" between batches rolls everything back): an anonymous
statistics row is written first (``stats_record``), then every record holding the
case's personal data is deleted (``secure_delete`` is on for the connection and
FTS5 secure-delete in the schema, so deleted bytes are overwritten), and the audit
log gets "zaak_vernietigd" with the case id only. After the commit the WAL is
checkpointed with TRUNCATE so no old page survives in the ``-wal`` file. A case on
legal hold is never purged.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from desktop.domain import retention as rules
from desktop.domain.validation import FieldError, ValidationFailed
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.store import purge as repo
from desktop.store import stats_repo

if TYPE_CHECKING:
    from desktop.services.register import Register

ACTION_PURGED = "zaak_vernietigd"
PURGE_BATCH = 250
REMOVED_LABELS = repo.REMOVED  # (Dutch label, sql) of what a purge removes, in display order
ACTION_HOLD_ON = "bewaarblokkade_ingesteld"
ACTION_HOLD_OFF = "bewaarblokkade_opgeheven"
KEPT = (
    "De anonieme statistiek van deze zaken blijft bewaard (geen namen, geen tekst).",
    "Het logboek blijft bewaard; het bevat alleen wie, wanneer en welke handeling, nooit "
    "inhoud.",
    "Het exportlogboek blijft bewaard zonder de toelichtingen (datum, ontvanger, profiel, "
    "veldnamen en controlegetal).",
    "Back-ups van vóór de vernietiging bevatten deze zaken nog, tot die back-ups zelf worden "
    "opgeruimd.",
)


@dataclass(frozen=True)
class ScheduledCase:
    case_id: int
    number: str
    title: str
    closed_on: date
    outcome: str  # outcome code (see desktop.domain.retention.outcome_code)
    due_on: date
    months: int
    term_known: bool  # False: outcome without its own term, the longest term applies
    legal_hold: bool

    def is_due(self, today: date) -> bool:
        return self.due_on <= today


@dataclass(frozen=True)
class PurgePreview:
    cases: list[ScheduledCase]
    removed: dict[str, int]  # Dutch label → number of records
    kept: tuple[str, ...] = KEPT


@dataclass
class PurgeResult:
    purged: list[str] = field(default_factory=list)  # case numbers
    on_hold: list[str] = field(default_factory=list)
    not_due: list[str] = field(default_factory=list)
    dry_run: bool = False


class RetentionService:
    def __init__(self, register: Register) -> None:
        self._r = register

    @property
    def terms(self):
        return self._r.policy.retention

    # -- reading -------------------------------------------------------------------------
    def schedule(self, case_id: int | None = None, *, background: bool = False) -> list[ScheduledCase]:
        """Every closed case (or just ``case_id``) with its deletion date, soonest first.

        ``background=True`` (in a worker): read on the worker's own connection, so the GUI
        thread never waits for this scan."""
        with (self._r.reader() if background else self._r.read()) as conn:
            closed = repo.closed_cases(conn, case_id)
        out = []
        for c in closed:
            code = rules.outcome_code(c.outcome, c.decisions, c.handed_over, self.terms)
            term = rules.term_for(code, self.terms)
            out.append(ScheduledCase(c.case_id, c.number, c.title, c.closed_on, code,
                                     rules.add_months(c.closed_on, term.months), term.months,
                                     term.known, c.legal_hold))
        return sorted(out, key=lambda s: (s.due_on, s.number))

    def due(self, today: date | None = None) -> list[ScheduledCase]:
        """Cases past their date (also those on legal hold, which the purge skips)."""
        day = today or date.today()
        return [s for s in self.schedule() if s.is_due(day)]

    def overdue_count(self, today: date | None = None, *, background: bool = False) -> int:
        """Cases that could be purged now (past their date, not on legal hold)."""
        day = today or date.today()
        return sum(1 for s in self.schedule(background=background)
                   if s.is_due(day) and not s.legal_hold)

    def due_date(self, case_id: int) -> date | None:
        """The case's deletion date (its outcome code derived as in the schedule)."""
        return next((s.due_on for s in self.schedule(case_id)), None)

    def removal_counts_by_case(self, case_ids: list[int], *, background: bool = False
                               ) -> dict[int, dict[str, int]]:
        """Per case what a purge would remove (the view sums these; linear, one pass)."""
        with (self._r.reader() if background else self._r.read()) as conn:
            return repo.removal_counts_by_case(conn, case_ids)

    def preview(self, case_ids: list[int] | None = None, today: date | None = None
                ) -> PurgePreview:
        """What a purge of ``case_ids`` (default: all purgeable cases) would remove."""
        cases = self._purgeable(case_ids, today, PurgeResult())
        with self._r.read() as conn:
            removed = repo.removal_counts(conn, [c.case_id for c in cases])
        return PurgePreview(cases, removed)

    def _purgeable(self, case_ids: list[int] | None, today: date | None,
                   result: PurgeResult) -> list[ScheduledCase]:
        day = today or date.today()
        by_id = {s.case_id: s for s in self.schedule()}
        wanted = [s for s in by_id.values() if s.is_due(day)] if case_ids is None else \
            [by_id[i] for i in case_ids if i in by_id]
        if case_ids is not None:
            missing = [i for i in case_ids if i not in by_id]
            result.not_due += [self._number(i) for i in missing]
        out = []
        for s in wanted:
            if s.legal_hold:
                result.on_hold.append(s.number)
            elif not s.is_due(day):
                result.not_due.append(s.number)
            else:
                out.append(s)
        return out

    def _number(self, case_id: int) -> str:
        with self._r.read() as conn:
            row = conn.execute("SELECT number FROM case_file WHERE id = ?", (case_id,)).fetchone()
        return row[0] if row else str(case_id)

    # -- writing -------------------------------------------------------------------------
    def purge(self, case_ids: list[int] | None = None, today: date | None = None,
              dry_run: bool = False, progress: Progress = NO_PROGRESS) -> PurgeResult:
        """Destroy the due cases (or the due ones among ``case_ids``); legal hold is skipped.

        ``progress`` gets a step per batch; cancelling rolls the whole purge back."""
        result = PurgeResult(dry_run=dry_run)
        cases = self._purgeable(case_ids, today, result)
        if dry_run or not cases:
            result.purged = [c.number for c in cases] if dry_run else []
            return result
        from desktop.content.departments import load_departments
        from desktop.services.monitoring.stats import feedback_test, with_department_code

        test = feedback_test(self._r.policy.content_dir)
        departments = load_departments(self._r.policy.content_dir)
        total = len(cases)
        codes: dict[str, str] = {}
        progress.step(0, total, f"Vernietigen: 0 van {total} zaken")
        with self._r.write() as conn:
            for start in range(0, total, PURGE_BATCH):
                batch = cases[start:start + PURGE_BATCH]
                ids = [c.case_id for c in batch]
                rows = stats_repo.live_rows(conn, test, ids, self.terms)
                for c in batch:
                    row = rows[c.case_id]
                    if row.department not in codes:  # one lookup per distinct department text
                        codes[row.department] = with_department_code(row, departments).department
                    stats_repo.insert(conn, replace(row, department=codes[row.department]))
                repo.destroy_batch(conn, ids, fts=False)
                for c in batch:
                    self._r.audit(conn, ACTION_PURGED, c.case_id)
                done = start + len(batch)
                progress.step(done, total, f"Vernietigen: {done} van {total} zaken")
            progress.step(total, total, "Zoekindex bijwerken…")
            ids = [c.case_id for c in cases]  # search index last (see destroy_batch)
            if total >= repo.BULK_FTS_FROM:
                repo.remove_fts_bulk(conn, ids)
            else:
                repo.remove_fts(conn, ids)
            progress.step(total, total, "Zoekindex bijgewerkt")
        with self._r.read() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        result.purged = [c.number for c in cases]
        self._r.links.invalidate()
        self._r.changed("purge", None)
        return result

    def set_legal_hold(self, case_id: int, on: bool, reason: str = "") -> None:
        """Legal hold on (a reason is required) or off. The audit log gets no reason text."""
        reason = reason.strip()
        if on and not reason:
            raise ValidationFailed([FieldError("legal_hold_reason",
                                               "Geef een reden voor de bewaarblokkade.")])
        with self._r.write() as conn:
            repo.set_legal_hold(conn, case_id, on, reason)
            self._r.audit(conn, ACTION_HOLD_ON if on else ACTION_HOLD_OFF, case_id)
        self._r.changed("case", case_id)
