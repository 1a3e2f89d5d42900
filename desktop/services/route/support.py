"""Plain helpers of the route service: errors, case facts, history entries. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop.domain import model as m
from desktop.domain.route_records import CaseFacts, StepRecord
from desktop.domain.route_terms import StepKind
from desktop.domain.triage import ItemHit, Triage, TriageOverride, derive_triage
from desktop.errors import SchakelError

if TYPE_CHECKING:
    from desktop.content.routes import Route

FALLBACK_ROUTE_ID = "west-friesland"
TEMPLATE_ROUTE_IDS = frozenset({"sjabloon"})  # example routes, never followed by a case

#: Consent statuses that count as "recorded" before a handover to the care side
#: (domain.md §6.4). "niet gevraagd" is no answer yet; a withdrawn record no longer
#: counts: the officer records the new status (usually "geweigerd") first.
RECORDED_CONSENT = frozenset(
    {m.ConsentStatus.GIVEN, m.ConsentStatus.REFUSED, m.ConsentStatus.NOT_POSSIBLE})


class RouteError(SchakelError, ValueError):
    """A route change that may not be saved; ``problems`` (and ``message``) are Dutch."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        self.message = "\n".join(_sentence(p) for p in self.problems)
        super().__init__(self.message)


def _sentence(problem: str) -> str:
    text = problem.strip()
    return (text[:1].upper() + text[1:]) if text else text


def consent_recorded(case: m.Case) -> bool:
    """The shared consent rule (desktop.domain.consent): a victim's own consent for the care
    side is given and not withdrawn; refused or for another recipient never counts."""
    from desktop.domain.consent import CARE_TERMS, case_consent_given

    return case_consent_given(case, CARE_TERMS)


def current_consent(case: m.Case) -> m.ConsentRecord | None:
    """The newest consent record (by date, then by entry order), or None."""
    if not case.consents:
        return None
    indexed = list(enumerate(case.consents))
    return max(indexed, key=lambda ic: (ic[1].recorded_on or date.min, ic[0]))[1]


def received_on(case: m.Case, today: date | None = None) -> date:
    received = case.received_on or (case.created_at.date() if case.created_at else None)
    return received or today or date.today()


def case_triage(case: m.Case, hits: list[ItemHit] | tuple[ItemHit, ...] = (),
                today: date | None = None) -> Triage:
    """Minor and acute derived from persons and checklist hits, with the officer's override."""
    return derive_triage(
        officer_minor=case.minor, officer_acute=case.acute, persons=case.persons, hits=hits,
        forms=case.forms, on=received_on(case, today),
        override=TriageOverride.from_data(case.triage_override))


def _victims(case: m.Case) -> list[m.Person]:
    return [p for p in case.persons if p.role == m.PersonRole.VICTIM]


def case_facts(case: m.Case, today: date | None = None,
               hits: list[ItemHit] | tuple[ItemHit, ...] = ()) -> CaseFacts:
    """What the route engine needs to know about ``case`` (triage, flags, forms, consent)."""
    triage = case_triage(case, hits, today)
    victims = _victims(case)
    override = TriageOverride.from_data(case.triage_override)
    return CaseFacts(
        received_on=received_on(case, today),
        acute=triage.acute,
        minor=triage.minor,
        unaccompanied_foreign_minor=case.unaccompanied_minor,
        forms=set(case.forms),
        prostitution_setting=case.prostitution_setting,
        victim_needs_care=case.victim_needs_care,
        organised_element=case.organised_element,
        consent_recorded=consent_recorded(case),
        signal_type=case.signal_type,
        has_victim=bool(victims) or (case.signal_type == m.SignalType.PERSON and not case.persons),
        domestic_setting=case.domestic_setting,
        irregular_residence=any(
            p.residence_status == m.ResidenceStatus.NON_EU_IRREGULAR for p in victims),
        acute_overridden=override is not None and override.acute is not None,
        unregistered_victims=sum(1 for p in victims
                                 if not case.registrations.get(str(p.id), {}).get("zvh")),
    )


@dataclass(frozen=True)
class HistoryEntry:
    """One step record with readable Dutch labels (for the Route tab, history and PDFs)."""

    record: StepRecord
    step_title: str
    step_code: str
    superseded: bool  # replaced by a later correction
    corrected_by: int | None  # id of the record that replaced this one
    decision_label: str  # chosen option, or the standard message sent to the reporter
    contacted: tuple[str, ...]  # partner titles
    meeting_title: str
    next_titles: tuple[str, ...]


def decision_label(route: Route, record: StepRecord) -> str:
    if not record.decision or not route.has_step(record.step_id):
        return ""
    step = route.step(record.step_id)
    if step.kind == StepKind.REPORTER_FEEDBACK:
        try:
            return route.feedback_message(record.decision).label
        except KeyError:
            return record.decision
    option = step.option(record.decision)
    return option.label if option else record.decision


def step_title(route: Route, step_id: str) -> str:
    return route.step(step_id).title if route.has_step(step_id) else step_id


def meeting_title(route: Route, meeting_id: str) -> str:
    if not meeting_id:
        return ""
    try:
        return route.meeting(meeting_id).title
    except KeyError:
        return meeting_id


def history_entries(route: Route, records: list[StepRecord]) -> list[HistoryEntry]:
    """All records in the order they were saved, corrections and superseded ones included."""
    corrected_by = {r.corrects: r.id for r in records if r.corrects is not None}
    entries = []
    for r in sorted(records, key=lambda r: r.id or 0):
        code = (route.step(r.step_id).code or "") if route.has_step(r.step_id) else ""
        entries.append(HistoryEntry(
            record=r, step_title=step_title(route, r.step_id), step_code=code,
            superseded=r.id in corrected_by,
            corrected_by=corrected_by.get(r.id) if r.id is not None else None,
            decision_label=decision_label(route, r),
            contacted=tuple(route.partner_title(p) for p in r.contacted_ids()),
            meeting_title=meeting_title(route, r.meeting),
            next_titles=tuple(step_title(route, s) for s in r.next_steps),
        ))
    return entries
