"""The reporting-route state machine: a route plus a case's records -> where the case is.

Qt-free and pure: ``RouteState.compute(route, facts, step_records, handovers, today)``
answers which steps are done and current, what may follow a step, what is missing
before a step can be completed, which handovers are open or suggested, the deadlines
(and which are overdue), the derived case status and the case list's next action.
Before saving: ``validate_step_completion(route, state, record)`` and
``validate_handover(route, state, handover)`` (Dutch problems; empty = may be saved).

Status (desktop.domain.model.CaseStatus), first match wins:
  afgesloten               a close step is completed;
  nieuw                    nothing recorded yet;
  wacht_op_terugkoppeling  handovers are open and only waiting steps (or none) are current;
  overgedragen             handovers are open and the officer still has current steps;
  in_behandeling           otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from desktop.domain.model import CaseStatus
from desktop.domain.route_branches import Suggestion, suggest_handovers
from desktop.domain.route_records import CaseFacts, Handover, HandoverStatus, StepRecord
from desktop.domain.route_replay import Activation, replay
from desktop.domain.route_requirements import (
    default_review_date,
    missing_for,
    validate_handover,
    validate_step_completion,
)
from desktop.domain.route_terms import DeadlineBase, StepKind

if TYPE_CHECKING:
    from desktop.domain.route_schema import Route

__all__ = [
    "NextAction",
    "RouteState",
    "StepDeadline",
    "Suggestion",
    "default_review_date",
    "validate_handover",
    "validate_step_completion",
]


class StepDeadline(NamedTuple):
    step_id: str
    due: date
    overdue: bool


class NextAction(NamedTuple):
    label: str  # Dutch; "" for a closed case
    due: date | None


@dataclass(frozen=True)
class RouteState:
    route: Route
    facts: CaseFacts
    today: date
    records: tuple[StepRecord, ...]  # all records, corrections and superseded ones included
    effective: tuple[StepRecord, ...]  # records in force, in replay order
    superseded_ids: frozenset[int]
    handovers: tuple[Handover, ...]
    activations: dict[str, Activation]  # current step id -> why it is current
    last_records: dict[str, StepRecord]  # step id -> newest record in force
    closed_on: date | None

    @classmethod
    def compute(
        cls,
        route: Route,
        facts: CaseFacts,
        step_records: list[StepRecord],
        handovers: list[Handover],
        today: date,
    ) -> RouteState:
        result = replay(route, facts, list(step_records))
        return cls(
            route=route,
            facts=facts,
            today=today,
            records=tuple(step_records),
            effective=tuple(result.effective),
            superseded_ids=frozenset(result.superseded),
            handovers=tuple(handovers),
            activations=result.current,
            last_records=result.last,
            closed_on=result.closed_on,
        )

    # --- steps ------------------------------------------------------------------------------
    def _in_route_order(self, step_ids: Iterable[str]) -> list[str]:
        return sorted(step_ids, key=self.route.step_order)

    @cached_property
    def done_steps(self) -> list[str]:
        """Steps with a record in force (a step made current again is also current)."""
        return self._in_route_order(self.last_records)

    @cached_property
    def current_steps(self) -> list[str]:
        """Steps the officer can complete now (several when branches run in parallel)."""
        return self._in_route_order(self.activations)

    @cached_property
    def open_steps(self) -> list[str]:
        """Steps of the route not done yet, current ones included, in route order."""
        return [s.id for s in self.route.steps if s.id not in self.last_records]

    def is_done(self, step_id: str) -> bool:
        return step_id in self.last_records

    def record_for(self, step_id: str) -> StepRecord | None:
        return self.last_records.get(step_id)

    def allowed_next(self, step_id: str, decision: str | None = None) -> list[str]:
        """Steps that may follow ``step_id``; with a decision, those of the chosen option."""
        step = self.route.step(step_id)
        option = step.option(decision) if decision else None
        if option is not None:
            return list(option.next or step.next)
        targets = list(step.next)
        if step.decision is not None and not decision:
            targets += [t for o in step.decision.options for t in o.next]
        return list(dict.fromkeys(targets))

    def missing_for(self, step_id: str, draft: StepRecord | None = None) -> list[str]:
        """Dutch list of what blocks completing ``step_id`` (with ``draft``: as filled in)."""
        return missing_for(self, step_id, draft)

    # --- handovers --------------------------------------------------------------------------
    @cached_property
    def open_handovers(self) -> list[Handover]:
        return [h for h in self.handovers if h.status == HandoverStatus.OPEN]

    @cached_property
    def suggested_handovers(self) -> list[Suggestion]:
        """Branch rules applied to the facts: partners to hand over to, with reasons."""
        return suggest_handovers(self.route, self.facts, list(self.handovers))

    # --- deadlines ----------------------------------------------------------------------------
    def due_date(self, step_id: str) -> date | None:
        """Due date of a current step: a review date, else its deadline; None without one."""
        activation = self.activations.get(step_id)
        if activation is None:
            return None
        if activation.review_on is not None:
            return activation.review_on
        deadline = self.route.deadline_of(self.route.step(step_id))
        if deadline is None:
            return None
        base = self.facts.received_on
        if activation.by is not None and activation.by.step_id == step_id:  # receipt sent
            return activation.by.completed_on + timedelta(days=self.route.final_feedback_days)
        if deadline.from_ == DeadlineBase.PREVIOUS_STEP and activation.by is not None:
            base = activation.by.completed_on
        return base + timedelta(days=deadline.days)

    @cached_property
    def deadlines(self) -> list[StepDeadline]:
        """Deadlines of the current steps, earliest first."""
        found = [(s, self.due_date(s)) for s in self.current_steps]
        dated = [StepDeadline(s, due, due < self.today) for s, due in found if due is not None]
        return sorted(dated, key=lambda d: (d.due, self.route.step_order(d.step_id)))

    @property
    def overdue(self) -> bool:
        return any(d.overdue for d in self.deadlines)

    # --- summary --------------------------------------------------------------------------------
    def _kind(self, step_id: str) -> StepKind:
        return self.route.step(step_id).kind

    @cached_property
    def status(self) -> CaseStatus:
        if self.closed_on is not None:
            return CaseStatus.CLOSED
        if not self.effective:
            return CaseStatus.NEW
        if self.open_handovers:
            waiting = all(self._kind(s) == StepKind.AWAIT_FEEDBACK for s in self.current_steps)
            return CaseStatus.WAITING if waiting else CaseStatus.HANDED_OVER
        return CaseStatus.IN_PROGRESS

    @cached_property
    def next_action(self) -> NextAction:
        """What the case list shows: the most urgent current step and its due date."""
        step_id = self.next_step
        if step_id is None:
            if self.closed_on is not None:
                return NextAction("", None)
            return NextAction("Geen stap open: kies een vervolgstap of sluit het dossier af", None)
        return NextAction(self._action_label(step_id), self.due_date(step_id))

    @cached_property
    def next_step(self) -> str | None:
        """The most urgent current step: acute first, then by due date, then route order."""

        def urgency(step_id: str) -> tuple[bool, date, int]:
            due = self.due_date(step_id)
            acute = self._kind(step_id) == StepKind.ACUTE
            return (not acute, due or date.max, self.route.step_order(step_id))

        return min(self.current_steps, key=urgency, default=None)

    def _action_label(self, step_id: str) -> str:
        step = self.route.step(step_id)
        if step.kind == StepKind.AWAIT_FEEDBACK and self.open_handovers:
            names = ", ".join(self.route.partner_title(h.partner_id) for h in self.open_handovers)
            return f"Wacht op terugkoppeling van {names}"
        if self.activations[step_id].review_on is not None:
            return f"Herbeoordelen: {step.title}"
        if step.kind == StepKind.REPORTER_FEEDBACK and self.activations[step_id].by is not None:
            return f"{step.title}: eindbericht"
        return step.title
