"""The reporting route of a case: start it, complete and correct steps, run handovers. No Qt.

Every change is ONE transaction: the step record (or handover), the case's derived
status / next action / deadline (``route_repo.set_status``, from the route engine) and
the audit entry are saved together or not at all. A case keeps the route id and
version it was started with, whatever happens to the content files later.
Consent, interventions and triage flags live in ``route_case_data`` (mixed in here).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop.domain import model as m
from desktop.domain.checklist_answers import triage_hits
from desktop.domain.route_engine import RouteState, validate_handover, validate_step_completion
from desktop.domain.route_records import CaseFacts, Handover, HandoverStatus, StepRecord
from desktop.domain.route_terms import StepKind
from desktop.domain.triage import ItemHit, Triage
from desktop.services.route.case_data import CaseDataMixin
from desktop.services.route.support import (
    FALLBACK_ROUTE_ID,
    TEMPLATE_ROUTE_IDS,
    HistoryEntry,
    RouteError,
    case_facts,
    case_triage,
    history_entries,
)
from desktop.store import audit, checklist_repo, route_repo
from desktop.store import cases as case_repo
from desktop.store.connection import Connection

if TYPE_CHECKING:
    from desktop.content.problems import ContentProblem
    from desktop.content.route_catalog import RouteCatalog
    from desktop.content.routes import Route
    from desktop.services.register import Register

AUDIT_START = "route_gestart"
AUDIT_STEP = "routestap_afgerond"
AUDIT_CORRECTION = "routestap_gecorrigeerd"
AUDIT_HANDOVER_START = "overdracht_gestart"
AUDIT_HANDOVER_CLOSE = "overdracht_afgerond"
CHANGE_KIND = "route"  # Register.changed(kind, case_id) after every route change


@dataclass
class CaseRoute:
    """A case with its route and route records, as read inside one transaction."""

    case: m.Case
    route: Route
    records: list[StepRecord]
    handovers: list[Handover]
    hits: tuple[ItemHit, ...] = ()  # checklist items seen that steer triage (minor, acute)

    @property
    def case_id(self) -> int:
        return int(self.case.id or 0)

    @property
    def facts(self) -> CaseFacts:
        return case_facts(self.case, hits=self.hits)

    @property
    def triage(self) -> Triage:
        return case_triage(self.case, self.hits)

    def state(self, today: date, extra_handovers: Iterable[Handover] = ()) -> RouteState:
        handovers = [*self.handovers, *extra_handovers]
        return RouteState.compute(self.route, self.facts, self.records, handovers, today)


class RouteService(CaseDataMixin):
    def __init__(self, register: Register, catalog: RouteCatalog | None = None,
                 problems: list[ContentProblem] | None = None):
        self._r = register
        self._catalog = catalog
        self._problems = list(problems or [])
        self.today: Callable[[], date] = date.today  # replaceable in tests

    # -- content ------------------------------------------------------------------------
    @property
    def catalog(self) -> RouteCatalog:
        if self._catalog is None:
            from desktop.content.route_catalog import load_default_routes

            self._catalog, self._problems = load_default_routes(self._r.policy.content_dir)
        return self._catalog

    @property
    def problems(self) -> list[ContentProblem]:
        """Route files that were skipped or gave warnings (file, line, field, Dutch message)."""
        _ = self.catalog
        return list(self._problems)

    def selectable(self) -> list[tuple[str, str]]:
        """(route id, title) of the routes a register can follow; templates left out."""
        catalog = self.catalog
        choices = [(rid, catalog.latest(rid).title) for rid in catalog.ids()
                   if rid not in TEMPLATE_ROUTE_IDS]
        return sorted(choices, key=lambda c: c[1].casefold())

    def default_route_id(self) -> str:
        """The register's route (setup), else the policy's, else West-Friesland."""
        wanted = [self._r.setting("route_id"), self._r.policy.default_route, FALLBACK_ROUTE_ID]
        ids = [rid for rid, _ in self.selectable()]
        found = next((rid for rid in wanted if rid and rid in ids), None)
        if found is None and not ids:
            raise RouteError("er is geen meldroute beschikbaar: controleer de routebestanden")
        return found or ids[0]

    def route_for(self, case: m.Case) -> Route:
        """The route (in its own version) a case follows; the default one if not started."""
        if not case.route_id:
            return self.catalog.latest(self.default_route_id())
        try:
            return self.catalog.get(case.route_id, case.route_version)
        except KeyError:
            raise RouteError(
                f"meldroute '{case.route_id}' versie {case.route_version} is niet beschikbaar: "
                "zet het routebestand van die versie terug in de inhoudsmap") from None

    def facts(self, case: m.Case) -> CaseFacts:
        return case_facts(case, self.today())

    # -- reading ----------------------------------------------------------------------------
    def _context(self, conn: Connection, case_id: int) -> CaseRoute:
        case = case_repo.load(conn, case_id)
        return CaseRoute(case, self.route_for(case), route_repo.steps(conn, case_id),
                         route_repo.handovers(conn, case_id), self._hits(conn, case_id))

    def _hits(self, conn: Connection, case_id: int) -> tuple[ItemHit, ...]:
        """Checklist answers that steer triage; none when the checklist content is unusable."""
        try:
            catalog = self._r.checklists.catalog
        except Exception:  # broken content must not block the route
            return ()
        return tuple(triage_hits(checklist_repo.for_case(conn, case_id), catalog))

    def triage(self, case_id: int) -> Triage:
        """Derived minor/acute with reasons and the officer's override (for the Route tab)."""
        return self.context(case_id).triage

    def context(self, case_id: int) -> CaseRoute:
        with self._r.read() as conn:
            return self._context(conn, case_id)

    def state(self, case_id: int, today: date | None = None) -> RouteState:
        return self.context(case_id).state(today or self.today())

    def handovers(self, case_id: int) -> list[Handover]:
        return list(self.context(case_id).handovers)

    def history(self, case_id: int) -> list[HistoryEntry]:
        """All step records, superseded ones included, with readable labels."""
        ctx = self.context(case_id)
        return history_entries(ctx.route, ctx.records)

    # -- starting -----------------------------------------------------------------------------
    def start(self, case_id: int) -> Route:
        """Fix the route and version of a case (no-op when it already has one)."""
        with self._r.write() as conn:
            ctx = self._context(conn, case_id)
            started = self.start_in(conn, ctx)
        if started:
            self._r.changed(CHANGE_KIND, case_id)
        return ctx.route

    def start_case_in(self, conn: Connection, case_id: int) -> bool:
        """Inside the caller's transaction (e.g. ``CaseService.create``): start the route."""
        return self.start_in(conn, self._context(conn, case_id))

    def start_in(self, conn: Connection, ctx: CaseRoute) -> bool:
        """Inside a transaction: record the route on a case that has none yet."""
        if ctx.case.route_id:
            return False
        route_repo.set_route(conn, ctx.case_id, ctx.route.id, ctx.route.version)
        ctx.case.route_id, ctx.case.route_version = ctx.route.id, ctx.route.version
        audit.append(conn, AUDIT_START, ctx.case_id, f"{ctx.route.id}@{ctx.route.version}")
        self._refresh_in(conn, ctx, self.today())
        return True

    def refresh_status(self, case_id: int, today: date | None = None) -> RouteState:
        """Re-derive status, next action and deadline (e.g. after the signal was edited)."""
        with self._r.write() as conn:
            ctx = self._context(conn, case_id)
            self.start_in(conn, ctx)
            state = self._refresh_in(conn, ctx, today or self.today())
        self._r.changed(CHANGE_KIND, case_id)
        return state

    def _refresh_in(self, conn: Connection, ctx: CaseRoute, today: date,
                    outcome: str | None = None) -> RouteState:
        ctx.records = route_repo.steps(conn, ctx.case_id)
        ctx.handovers = route_repo.handovers(conn, ctx.case_id)
        state = ctx.state(today)
        action = state.next_action
        route_repo.set_status(conn, ctx.case_id, state.status.value, action.label, action.due,
                              state.closed_on, outcome if state.closed_on else None)
        return state

    # -- steps ----------------------------------------------------------------------------
    def check(self, case_id: int, record: StepRecord, handovers: Iterable[str] = (),
              today: date | None = None) -> list[str]:
        """Dutch problems with saving ``record`` (and starting ``handovers``) now; [] = fine."""
        return self.problems_for(self.context(case_id), record, handovers, today)

    def problems_for(self, ctx: CaseRoute, record: StepRecord, handovers: Iterable[str] = (),
                     today: date | None = None) -> list[str]:
        """Like ``check`` on an already read ``context`` (no database access: per keystroke)."""
        return self._pending(ctx, record, handovers, today or self.today())[1]

    def check_handover(self, case_id: int, partner_id: str, step_id: str,
                       on: date | None = None, today: date | None = None) -> list[str]:
        """Dutch problems with starting this handover now; [] = it may start."""
        today = today or self.today()
        handover = Handover(partner_id, on or today, HandoverStatus.OPEN, None, "", step_id)
        return validate_handover(self.context(case_id).route, self.state(case_id, today), handover)

    def _pending(self, ctx: CaseRoute, record: StepRecord, partner_ids: Iterable[str],
                 today: date) -> tuple[list[Handover], list[str]]:
        state = ctx.state(today)
        pending: list[Handover] = []
        problems: list[str] = []
        for partner_id in dict.fromkeys(partner_ids):
            handover = Handover(partner_id, record.completed_on, HandoverStatus.OPEN, None, "",
                                record.step_id)
            problems += validate_handover(ctx.route, state, handover)
            pending.append(handover)
        problems += validate_step_completion(ctx.route, ctx.state(today, pending), record)
        return pending, list(dict.fromkeys(problems))

    def complete_step(self, case_id: int, record: StepRecord, handovers: Iterable[str] = (),
                      today: date | None = None) -> StepRecord:
        """Save a completed step plus the handovers started in it; RouteError when refused."""
        if record.corrects is not None:
            raise RouteError("een correctie gaat via 'stap corrigeren'")
        with self._r.write() as conn:
            saved = self.complete_in(conn, case_id, record, handovers, today)
        self._r.changed(CHANGE_KIND, case_id)
        return saved

    def complete_in(self, conn: Connection, case_id: int, record: StepRecord,
                    handovers: Iterable[str] = (), today: date | None = None) -> StepRecord:
        """Inside a transaction (also used by the meeting service): validate and save."""
        today = today or self.today()
        ctx = self._context(conn, case_id)
        self.start_in(conn, ctx)
        pending, problems = self._pending(ctx, record, handovers, today)
        if problems:
            raise RouteError(problems)
        for handover in pending:
            route_repo.save_handover(conn, case_id, handover)
            audit.append(conn, AUDIT_HANDOVER_START, case_id, handover.partner_id)
        saved = replace(record, id=None, recorded_at=datetime.now().replace(microsecond=0),
                        recorded_by=audit.current_actor())
        route_repo.add_step(conn, case_id, ctx.route.id, ctx.route.version, saved)
        action = AUDIT_CORRECTION if saved.corrects is not None else AUDIT_STEP
        audit.append(conn, action, case_id, saved.step_id)
        closing = ctx.route.step(saved.step_id).kind == StepKind.CLOSE
        self._refresh_in(conn, ctx, today, saved.outcome if closing else None)
        return saved

    def correct_step(self, case_id: int, old_id: int, record: StepRecord,
                     today: date | None = None) -> StepRecord:
        """Save ``record`` as the correction of record ``old_id`` (history keeps both)."""
        with self._r.write() as conn:
            saved = self.complete_in(conn, case_id, replace(record, corrects=old_id), (), today)
        self._r.changed(CHANGE_KIND, case_id)
        return saved

    # -- handovers ----------------------------------------------------------------------------
    def start_handover(self, case_id: int, partner_id: str, step_id: str, on: date | None = None,
                       today: date | None = None) -> Handover:
        today = today or self.today()
        handover = Handover(partner_id, on or today, HandoverStatus.OPEN, None, "", step_id)
        with self._r.write() as conn:
            ctx = self._context(conn, case_id)
            self.start_in(conn, ctx)
            problems = validate_handover(ctx.route, ctx.state(today), handover)
            if problems:
                raise RouteError(problems)
            route_repo.save_handover(conn, case_id, handover)
            audit.append(conn, AUDIT_HANDOVER_START, case_id, partner_id)
            self._refresh_in(conn, ctx, today)
        self._r.changed(CHANGE_KIND, case_id)
        return handover

    def close_handover(self, case_id: int, handover_id: int, summary: str,
                       on: date | None = None, *, cancelled: bool = False,
                       today: date | None = None) -> Handover:
        """Close a handover with the (minimised) feedback summary, or cancel it."""
        today = today or self.today()
        if not cancelled and not summary.strip():
            raise RouteError("samenvatting van de terugkoppeling ontbreekt")
        with self._r.write() as conn:
            ctx = self._context(conn, case_id)
            old = next((h for h in ctx.handovers if h.id == handover_id), None)
            if old is None or old.status != HandoverStatus.OPEN:
                raise RouteError("deze overdracht staat niet (meer) open")
            status = HandoverStatus.CANCELLED if cancelled else HandoverStatus.DONE
            closed = replace(old, status=status, closed_on=on or today,
                             feedback_summary=summary.strip())
            problems = validate_handover(ctx.route, ctx.state(today), closed)
            if closed.closed_on and closed.closed_on > today:
                problems.insert(0, "de datum van afronden van de overdracht ligt in de toekomst")
            if problems:
                raise RouteError(problems)
            route_repo.save_handover(conn, case_id, closed)
            audit.append(conn, AUDIT_HANDOVER_CLOSE, case_id, closed.partner_id)
            self._refresh_in(conn, ctx, today)
        self._r.changed(CHANGE_KIND, case_id)
        return closed
