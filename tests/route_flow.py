"""Test helper: walk a case through a route the way the route service will.

Every record and handover goes through the engine's own validation before it is
"saved" (appended with an id), so a test that walks a route also proves that each
step could really be saved.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.content.route_catalog import load_routes
from desktop.content.routes import Route
from desktop.domain.route_engine import RouteState
from desktop.domain.route_records import CaseFacts, Handover, HandoverStatus, StepRecord
from desktop.domain.route_requirements import validate_handover, validate_step_completion
from desktop.resources import forms_dir

D0 = date(2026, 3, 2)  # signal received (a Monday)
ROUTES_DIR: Path = forms_dir() / "routes"


def shipped_route(route_id: str, version: int | None = None) -> Route:
    """A bundled route, its newest version unless ``version`` is given (old versions stay)."""
    catalog, problems = load_routes([ROUTES_DIR])
    assert problems == []
    return catalog.get(route_id, version) if version else catalog.latest(route_id)


class Flow:
    def __init__(self, route: Route, today: date = D0, **facts: object):
        self.route = route
        self.facts = CaseFacts(received_on=D0, **facts)  # type: ignore[arg-type]
        self.today = today
        self.records: list[StepRecord] = []
        self.handovers: list[Handover] = []
        self._ids = 0

    @property
    def state(self) -> RouteState:
        return RouteState.compute(self.route, self.facts, self.records, self.handovers, self.today)

    def _new_id(self) -> int:
        self._ids += 1
        return self._ids

    # --- step records ---------------------------------------------------------------------
    def record(
        self, step_id: str, *, on: date | None = None, fill: bool = True, **kw: object
    ) -> StepRecord:
        """A record for ``step_id``; with ``fill`` the step's required fields get neutral values."""
        fields = dict(kw.pop("fields", {}) or {})  # type: ignore[call-overload]
        record = StepRecord(
            step_id=step_id,
            completed_on=on or self.today,
            decision=str(kw.pop("decision", "")),
            contacted=str(kw.pop("contacted", "")),
            meeting=str(kw.pop("meeting", "")),
            meeting_on=kw.pop("meeting_on", None),  # type: ignore[arg-type]
            outcome=str(kw.pop("outcome", "")),
            next_steps=list(kw.pop("next_steps", None) or []),  # type: ignore[call-overload]
            fields=fields,
            recorded_at=datetime(2026, 3, 2, 9, 0) + timedelta(minutes=len(self.records)),
            recorded_by="af.test",
            corrects=kw.pop("corrects", None),  # type: ignore[arg-type]
        )
        assert not kw, f"unknown arguments: {kw}"
        if fill:
            record = self._fill(record)
        return record

    def _fill(self, record: StepRecord) -> StepRecord:
        step = self.route.step(record.step_id)
        option = step.option(record.decision)
        fields = dict(record.fields)
        outcome, contacted = record.outcome, record.contacted
        for rf in list(step.records) + (list(option.records) if option else []):
            if not rf.required:
                continue
            if rf.field == "outcome" and not outcome:
                outcome = "vastgelegd"
            elif rf.field in ("contacted", "meeting_or_contacted") and not (
                contacted or record.meeting
            ):
                contacted = next(
                    p for p in step.partners if not self.route.partner(p).requires_consent
                )
            elif rf.field not in ("decision", "meeting", "meeting_on", "next_steps"):
                fields.setdefault(rf.field, "vastgelegd")
        next_steps = record.next_steps
        if not next_steps and not (step.decision and not record.decision):
            next_steps = self.state.allowed_next(record.step_id, record.decision or None)
        return replace(
            record, outcome=outcome, contacted=contacted, fields=fields, next_steps=next_steps
        )

    def problems(self, step_id: str, **kw: object) -> list[str]:
        """What validation says about this record, without saving it."""
        return validate_step_completion(self.route, self.state, self.record(step_id, **kw))

    def do(self, step_id: str, **kw: object) -> StepRecord:
        """Validate and save a record; fails the test when validation objects."""
        record = self.record(step_id, **kw)
        problems = validate_step_completion(self.route, self.state, record)
        assert problems == [], problems
        record = replace(record, id=self._new_id())
        self.records.append(record)
        return record

    # --- handovers ------------------------------------------------------------------------
    def start(self, partner_id: str, step_id: str, on: date | None = None) -> Handover:
        handover = Handover(partner_id, on or self.today, HandoverStatus.OPEN, None, "", step_id)
        problems = validate_handover(self.route, self.state, handover)
        assert problems == [], problems
        handover = replace(handover, id=self._new_id())
        self.handovers.append(handover)
        return handover

    def finish(
        self, partner_id: str, status: str = HandoverStatus.DONE, on: date | None = None
    ) -> None:
        index = next(
            i
            for i, h in enumerate(self.handovers)
            if h.partner_id == partner_id and h.status == HandoverStatus.OPEN
        )
        closed = replace(
            self.handovers[index],
            status=status,
            closed_on=on or self.today,
            feedback_summary="teruggekoppeld",
        )
        assert validate_handover(self.route, self.state, closed) == []
        self.handovers[index] = closed
