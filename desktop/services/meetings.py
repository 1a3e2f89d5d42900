"""Consultation tables (overleggen): plan a meeting, bring in cases, record what was agreed.

No Qt. The meeting types are the meetings the register's route declares (e.g. lokaal
ondermijningsoverleg, regionale tafel, zorgtafel). Recording the agreement for a case
can complete the route step the case's own route says this meeting completes: the
agreement, the step record, the derived status and the audit entry are one transaction.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from desktop.domain.route_records import StepRecord
from desktop.domain.route_requirements import blank_record
from desktop.services.route.support import RouteError
from desktop.store import audit, meeting_repo
from desktop.store.meeting_repo import MeetingCaseRow, MeetingRow

if TYPE_CHECKING:
    from desktop.content.routes import Meeting, Route
    from desktop.services.register import Register

AUDIT_PLANNED = "overleg_gepland"
AUDIT_CASE_ADDED = "overleg_zaak_ingebracht"
AUDIT_CASE_REMOVED = "overleg_zaak_teruggetrokken"
AUDIT_AGREED = "overleg_afspraak_vastgelegd"
CHANGE_KIND = "overleg"


@dataclass(frozen=True)
class MeetingKind:
    """A meeting type offered when planning: the route's meeting id, title, type, step."""

    id: str
    title: str
    type: str
    completes: str  # step id (in the register's route) the discussion completes


class MeetingService:
    def __init__(self, register: Register):
        self._r = register

    @property
    def _routes(self):
        return self._r.routes

    # -- meeting types ------------------------------------------------------------------------
    def kinds(self) -> list[MeetingKind]:
        route = self._routes.catalog.latest(self._routes.default_route_id())
        return [MeetingKind(x.id, x.title, x.type.value, x.completes) for x in route.meetings]

    # -- meetings -----------------------------------------------------------------------------
    def plan(self, kind: str, held_on: date, title: str = "", notes: str = "",
             place: str = "") -> MeetingRow:
        known = {k.id: k for k in self.kinds()}
        if kind not in known:
            raise RouteError(f"onbekend soort overleg '{kind}'")
        row = MeetingRow(kind=kind, title=title.strip() or known[kind].title, held_on=held_on,
                         notes=notes.strip(), place=place.strip())
        with self._r.write() as conn:
            meeting_repo.insert_meeting(conn, row)
            audit.append(conn, AUDIT_PLANNED, None, kind)
        self._r.changed(CHANGE_KIND, None)
        return row

    def reschedule(self, meeting_id: int, held_on: date, notes: str | None = None,
                   place: str | None = None) -> MeetingRow:
        with self._r.write() as conn:
            row = meeting_repo.get_meeting(conn, meeting_id)
            row.held_on = held_on
            row.notes = row.notes if notes is None else notes.strip()
            row.place = row.place if place is None else place.strip()
            meeting_repo.update_meeting(conn, row)
        self._r.changed(CHANGE_KIND, None)
        return row

    def get(self, meeting_id: int) -> MeetingRow:
        with self._r.read() as conn:
            return meeting_repo.get_meeting(conn, meeting_id)

    # -- cases on the agenda --------------------------------------------------------------------
    def cases(self, meeting_id: int) -> list[MeetingCaseRow]:
        with self._r.read() as conn:
            return meeting_repo.cases_of(conn, meeting_id)

    def add_case(self, meeting_id: int, case_id: int, question: str = "",
                 names_allowed: bool = False) -> MeetingCaseRow:
        """Bring a case in (or update its question and names flag if it is already on)."""
        with self._r.write() as conn:
            meeting_repo.get_meeting(conn, meeting_id)
            existing = {r.case_id: r for r in meeting_repo.cases_of(conn, meeting_id)}
            row = existing.get(case_id) or MeetingCaseRow(meeting_id, case_id)
            row = replace(row, question=question.strip(), names_allowed=names_allowed)
            meeting_repo.save_case(conn, row)
            if case_id not in existing:
                audit.append(conn, AUDIT_CASE_ADDED, case_id, str(meeting_id))
            row = meeting_repo.meeting_case(conn, meeting_id, case_id)
        self._r.changed(CHANGE_KIND, case_id)
        return row

    def remove_case(self, meeting_id: int, case_id: int) -> None:
        with self._r.write() as conn:
            meeting_repo.remove_case(conn, meeting_id, case_id)
            audit.append(conn, AUDIT_CASE_REMOVED, case_id, str(meeting_id))
        self._r.changed(CHANGE_KIND, case_id)

    # -- what was agreed ------------------------------------------------------------------------
    def route_meeting(self, meeting_id: int, case_id: int) -> tuple[Route, Meeting | None]:
        """The case's route and its declaration of this meeting (same id, else same type)."""
        row = self.get(meeting_id)
        route = self._routes.route_for(self._r.cases.get(case_id))
        by_id = next((x for x in route.meetings if x.id == row.kind), None)
        if by_id is not None:
            return route, by_id
        kind = next((k for k in self.kinds() if k.id == row.kind), None)
        same_type = [x for x in route.meetings if kind is not None and x.type.value == kind.type]
        return route, same_type[0] if same_type else None

    def step_for(self, meeting_id: int, case_id: int) -> str | None:
        """The route step this meeting completes for the case, when that step is current now."""
        _route, declared = self.route_meeting(meeting_id, case_id)
        if declared is None:
            return None
        state = self._routes.state(case_id)
        return declared.completes if declared.completes in state.current_steps else None

    def draft_record(self, meeting_id: int, case_id: int, agreed: str = "",
                     today: date | None = None) -> StepRecord | None:
        """A step record pre-filled from the meeting (None when no step is completed by it)."""
        step_id = self.step_for(meeting_id, case_id)
        if step_id is None:
            return None
        row = self.get(meeting_id)
        _route, declared = self.route_meeting(meeting_id, case_id)
        record = blank_record(step_id, today or self._routes.today())
        return replace(record, meeting=declared.id if declared else "", meeting_on=row.held_on,
                       outcome=agreed.strip())

    def set_agreed(self, meeting_id: int, case_id: int, agreed: str,
                   record: StepRecord | None = None, handovers: Iterable[str] = (),
                   today: date | None = None) -> StepRecord | None:
        """Store what was agreed; with ``record`` also complete the route step (one transaction)."""
        if not agreed.strip():
            raise RouteError("vul in wat er is afgesproken")
        with self._r.write() as conn:
            row = meeting_repo.meeting_case(conn, meeting_id, case_id)
            meeting_repo.save_case(conn, replace(row, agreed=agreed.strip()))
            saved = None
            if record is not None:
                saved = self._routes.complete_in(conn, case_id, record, handovers, today)
            audit.append(conn, AUDIT_AGREED, case_id, str(meeting_id))
        self._r.changed(CHANGE_KIND, case_id)
        return saved

    # defined last: inside the class body the name ``list`` is this method
    def list(self, since: date | None = None) -> builtins.list[MeetingRow]:
        """Meetings (from ``since`` on, when given), newest date first."""
        with self._r.read() as conn:
            return meeting_repo.meetings(conn, since)
