"""Replay a case's step records over its route: which steps are done and which are current.

Corrections are applied first: a record whose ``corrects`` names another record
supersedes it (the history keeps both). The remaining records are replayed in order;
each one completes its step and makes its ``next_steps`` current. Start steps are
current from the beginning; a branch rule's step is current while its condition holds
and the step has not been done. Completing a close step ends the route.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop.domain.route_records import CaseFacts, StepRecord
from desktop.domain.route_terms import REVIEW_FIELD, StepKind, condition_applies

if TYPE_CHECKING:  # the route schema (pydantic models) is only needed for type hints
    from desktop.domain.route_schema import Route


@dataclass(frozen=True)
class Activation:
    """Why a step is current."""

    by: StepRecord | None = None  # the record that chose this step; None: start or branch rule
    review_on: date | None = None  # set when the choosing decision asked for a review date
    rule: bool = False  # made current by a branch rule


@dataclass
class Replay:
    effective: list[StepRecord]
    superseded: set[int]
    current: dict[str, Activation] = field(default_factory=dict)
    last: dict[str, StepRecord] = field(default_factory=dict)  # newest effective record per step
    closed_on: date | None = None


def superseded_ids(records: list[StepRecord]) -> set[int]:
    return {r.corrects for r in records if r.corrects is not None}


def _position(record: StepRecord, by_id: dict[int, StepRecord], depth: int = 0) -> tuple[Any, ...]:
    """A correction takes the place of the record it corrects in the replay order."""
    original = by_id.get(record.corrects) if record.corrects is not None else None
    if original is not None and original is not record and depth < len(by_id):
        return _position(original, by_id, depth + 1)
    return (record.completed_on, record.recorded_at or datetime.min, record.id or 0)


def effective_records(records: list[StepRecord]) -> tuple[list[StepRecord], set[int]]:
    """Records not superseded by a correction, in replay order; plus the superseded ids."""
    superseded = superseded_ids(records)
    by_id = {r.id: r for r in records if r.id is not None}
    effective = [r for r in records if r.id is None or r.id not in superseded]
    effective.sort(key=lambda r: _position(r, by_id))
    return effective, superseded


def parse_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        return None


def review_date(route: Route, record: StepRecord) -> date | None:
    """The review date a record asks for (its decision option has ``review_days``)."""
    if not route.has_step(record.step_id):
        return None
    option = route.step(record.step_id).option(record.decision)
    if option is None or option.review_days is None:
        return None
    chosen = parse_date(record.fields.get(REVIEW_FIELD))
    return chosen or record.completed_on + timedelta(days=option.review_days)


def _is_receipt(route: Route, record: StepRecord) -> bool:
    if not route.has_step(record.step_id):
        return False
    step = route.step(record.step_id)
    return step.kind == StepKind.REPORTER_FEEDBACK and route.is_receipt(record.decision)


def replay(route: Route, facts: CaseFacts, records: list[StepRecord]) -> Replay:
    effective, superseded = effective_records(records)
    result = Replay(effective, superseded)
    current = {step_id: Activation() for step_id in route.start}
    for record in effective:
        if _is_receipt(route, record):  # a receipt to the reporter keeps the step open
            current[record.step_id] = Activation(record)
            continue
        current.pop(record.step_id, None)
        result.last[record.step_id] = record
        if route.has_step(record.step_id) and route.step(record.step_id).kind == StepKind.CLOSE:
            result.closed_on = record.completed_on
        review_on = review_date(route, record)
        for next_id in record.next_steps:
            if route.has_step(next_id):  # saved records are validated; stay safe on old data
                current[next_id] = Activation(record, review_on)
    for rule in route.branches:
        step_id = rule.activates
        if step_id and step_id not in result.last and condition_applies(rule.when, facts):
            current.setdefault(step_id, Activation(rule=True))
    result.current = {} if result.closed_on else current
    return result
