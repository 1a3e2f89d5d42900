"""What must be true before a route step may be saved, and before a handover may start.

All messages are Dutch and name no personal data. An empty list means: may be saved.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from desktop.domain.route_branches import action_problem, consent_problem
from desktop.domain.route_records import Handover, HandoverStatus, StepRecord
from desktop.domain.route_replay import parse_date
from desktop.domain.route_terms import REVIEW_FIELD, StepKind, condition_applies

if TYPE_CHECKING:
    from desktop.domain.route_engine import RouteState
    from desktop.domain.route_schema import Route, Step


def _unique(problems: list[str]) -> list[str]:
    return list(dict.fromkeys(problems))


def blank_record(step_id: str, on: date) -> StepRecord:
    """An empty record for ``step_id``: what ``missing_for`` checks when nothing is filled in."""
    return StepRecord(step_id, on, "", "", "", None, "", [], {}, datetime.min, "")


def default_review_date(
    route: Route, step_id: str, decision: str, completed_on: date
) -> date | None:
    """Suggested review date when the chosen option keeps the case open for review."""
    option = route.step(step_id).option(decision)
    if option is None or option.review_days is None:
        return None
    return completed_on + timedelta(days=option.review_days)


def missing_for(
    state: RouteState, step_id: str, draft: StepRecord | None = None, *, correction: bool = False
) -> list[str]:
    """What blocks completing ``step_id``: order of the route, handovers, consent, fields."""
    step = state.route.step(step_id)
    record = draft or blank_record(step_id, state.today)
    problems = [] if correction else _preconditions(state, step, record)
    return _unique(problems + _field_problems(step, record))


def _preconditions(state: RouteState, step: Step, record: StepRecord) -> list[str]:
    route = state.route
    problems = []
    if step.id not in state.activations:
        problems.append(f"stap '{step.title}' is nu niet aan de beurt")
    waiting_on = [s for s in step.after if not state.is_done(s)]
    if step.kind == StepKind.CLOSE:
        waiting_on += [s for s in state.current_steps if s != step.id]
    problems += [f"eerst afronden: '{route.step(s).title}'" for s in waiting_on]
    for handover in state.open_handovers:
        title = route.partner_title(handover.partner_id)
        if step.kind == StepKind.CLOSE:
            problems.append(f"overdracht aan {title} staat nog open: eerst afronden of annuleren")
        elif step.kind == StepKind.AWAIT_FEEDBACK:
            problems.append(f"nog geen terugkoppeling van {title} (overdracht staat open)")
    return problems + _handover_preconditions(state, step, record)


def _handover_preconditions(state: RouteState, step: Step, record: StepRecord) -> list[str]:
    route, facts = state.route, state.facts
    active = [h for h in state.handovers if h.status != HandoverStatus.CANCELLED]
    problems = []
    targets = set(step.partners)
    if step.requires_handover and not any(not targets or h.partner_id in targets for h in active):
        names = ", ".join(route.partner_title(p) for p in step.partners)
        problems.append("nog geen overdracht vastgelegd" + (f" (aan {names})" if names else ""))
    for partner_id in step.handover_to:
        if not any(h.partner_id == partner_id for h in active):
            problems.append(
                consent_problem(route, facts, partner_id)
                or f"overdracht aan {route.partner_title(partner_id)} nog niet vastgelegd"
            )
    problems += [consent_problem(route, facts, p) for p in record.contacted_ids()]
    problems += _required_contacts(state, step, record, active)
    if step.requires_registration and facts.unregistered_victims:
        problems.append(f"registratie bij het Zorg- en Veiligheidshuis ontbreekt nog voor "
                        f"{facts.unregistered_victims} betrokkene(n) (vastleggen per betrokkene)")
    return [p for p in problems if p]


def _required_contacts(state: RouteState, step: Step, record: StepRecord,
                       active: list[Handover]) -> list[str]:
    """Branch rules marked ``required`` (e.g. the PCT when prostitution is in view, seed 002
    step 4): the step needs contact with their partners, recorded or handed over."""
    route, facts = state.route, state.facts
    reached = set(record.contacted_ids()) | {h.partner_id for h in active}
    problems = []
    for rule in route.branches:
        if not rule.required or rule.at_step != step.id or not condition_applies(rule.when, facts):
            continue
        problems += [f"contact met {route.partner_title(p)} is hier de regel: vastleggen bij "
                     "gecontacteerde partner" for p in rule.partners if p not in reached]
    return problems


def _empty(record: StepRecord, name: str) -> bool:
    builtin = {
        "decision": not record.decision.strip(),
        "contacted": not record.contacted_ids(),
        "meeting": not record.meeting.strip(),
        "meeting_on": record.meeting_on is None,
        "outcome": not record.outcome.strip(),
        "next_steps": not record.next_steps,
        "meeting_or_contacted": not record.meeting.strip() and not record.contacted_ids(),
    }
    if name in builtin:
        return builtin[name]
    return not record.fields.get(name, "").strip()


def _field_problems(step: Step, record: StepRecord) -> list[str]:
    problems = []
    if step.kind == StepKind.REPORTER_FEEDBACK and not record.decision.strip():
        problems.append("standaardbericht voor de melder ontbreekt")
    elif step.decision is not None and not record.decision.strip():
        problems.append("besluit ontbreekt")
    option = step.option(record.decision)
    wanted = list(step.records) + (list(option.records) if option else [])
    problems += [
        f"{rf.shown_label()} ontbreekt" for rf in wanted if rf.required and _empty(record, rf.field)
    ]
    if (
        option is not None
        and option.review_days
        and not record.fields.get(REVIEW_FIELD, "").strip()
    ):
        problems.append("herbeoordelingsdatum ontbreekt")
    return problems


def validate_step_completion(route: Route, state: RouteState, record: StepRecord) -> list[str]:
    """Dutch problems with saving ``record`` now; empty means it may be saved."""
    if not route.has_step(record.step_id):
        return [f"onbekende stap '{record.step_id}'"]
    step = route.step(record.step_id)
    correction = record.corrects is not None
    problems = _correction_problems(state, record) if correction else []
    problems += _date_problems(state, record)
    problems += missing_for(state, step.id, record, correction=correction)
    problems += _value_problems(state, step, record)
    return _unique(problems)


def _correction_problems(state: RouteState, record: StepRecord) -> list[str]:
    target = next((r for r in state.records if r.id is not None and r.id == record.corrects), None)
    if target is None:
        return ["de te corrigeren vastlegging bestaat niet"]
    if target.step_id != record.step_id:
        return ["een correctie moet over dezelfde stap gaan als de vastlegging die zij vervangt"]
    if target.id in state.superseded_ids:
        return ["deze vastlegging is al gecorrigeerd: corrigeer de nieuwste versie"]
    return []


def _date_problems(state: RouteState, record: StepRecord) -> list[str]:
    problems = []
    if record.completed_on > state.today:
        problems.append("de datum van afronden ligt in de toekomst")
    if record.completed_on < state.facts.received_on:
        problems.append("de datum van afronden ligt vóór de ontvangst van het signaal")
    if record.meeting_on is not None and record.meeting_on > record.completed_on:
        problems.append("de datum van het overleg ligt na de datum van afronden")
    return problems


def _value_problems(state: RouteState, step: Step, record: StepRecord) -> list[str]:
    route = state.route
    problems = []
    decision = record.decision.strip()
    if decision and step.kind == StepKind.REPORTER_FEEDBACK:
        message = next((m for m in route.feedback_messages if m.id == decision), None)
        if message is None:
            problems.append(f"onbekend standaardbericht '{decision}'")
        elif message.kind == "ontvangst" and _receipt_sent(state, step.id):
            problems.append("de ontvangstbevestiging is al verstuurd: kies een eindbericht")
        elif message.needs_handover and not any(
                h.status != HandoverStatus.CANCELLED for h in state.handovers):
            problems.append(f"bericht '{message.label}' zegt dat het signaal is doorgegeven, "
                            "maar er is nog niets overgedragen: kies een ander bericht")
    elif decision and step.option(decision) is None:
        problems.append(
            f"onbekend besluit '{decision}'" if step.decision else "deze stap heeft geen besluit"
        )
    allowed = state.allowed_next(step.id, decision or None)
    problems += [
        f"'{s}' is hier geen toegestane vervolgstap" for s in record.next_steps if s not in allowed
    ]
    if allowed and not record.next_steps and not (step.decision and not decision):
        problems.append("kies minstens één vervolgstap")
    known = {p.id for p in route.partners}
    problems += [f"onbekende partner '{p}'" for p in record.contacted_ids() if p not in known]
    return problems + _meeting_problems(route, step, record) + _review_problems(step, record)


def _receipt_sent(state: RouteState, step_id: str) -> bool:
    activation = state.activations.get(step_id)
    return activation is not None and activation.by is not None and activation.by.step_id == step_id


def _meeting_problems(route: Route, step: Step, record: StepRecord) -> list[str]:
    if not record.meeting.strip():
        return []
    try:
        meeting = route.meeting(record.meeting.strip())
    except KeyError:
        return [f"onbekend overleg '{record.meeting}'"]
    problems = []
    if meeting.completes != step.id:
        other = (
            route.step(meeting.completes).title
            if route.has_step(meeting.completes)
            else meeting.completes
        )
        problems.append(f"bespreking in '{meeting.title}' rondt stap '{other}' af, niet deze stap")
    if record.meeting_on is None:
        problems.append("datum van het overleg ontbreekt")
    return problems


def _review_problems(step: Step, record: StepRecord) -> list[str]:
    option = step.option(record.decision)
    text = record.fields.get(REVIEW_FIELD, "").strip()
    if option is None or not option.review_days or not text:
        return []
    review_on = parse_date(text)
    if review_on is None:
        return ["herbeoordelingsdatum is geen geldige datum (JJJJ-MM-DD)"]
    if review_on <= record.completed_on:
        return ["herbeoordelingsdatum moet na de datum van afronden liggen"]
    return []


def validate_handover(route: Route, state: RouteState, handover: Handover) -> list[str]:
    """Dutch problems with saving ``handover`` (new or updated); empty means it may be saved."""
    try:
        title = route.partner(handover.partner_id).title
    except KeyError:
        return [f"onbekende partner '{handover.partner_id}'"]
    problems = [p for p in [action_problem(route, handover.partner_id)] if p and handover.id is None]
    if not route.has_step(handover.step_id):
        problems.append(f"onbekende stap '{handover.step_id}'")
    if handover.status not in set(HandoverStatus):
        problems.append(f"onbekende status '{handover.status}'")
    if handover.started_on > state.today:
        problems.append("de startdatum van de overdracht ligt in de toekomst")
    if handover.started_on < state.facts.received_on:
        problems.append("de startdatum van de overdracht ligt vóór de ontvangst van het signaal")
    problems += _handover_closing_problems(handover)
    others = [h for h in state.open_handovers if h.id is None or h.id != handover.id]
    if handover.status == HandoverStatus.OPEN and any(
        h.partner_id == handover.partner_id for h in others
    ):
        problems.append(f"er loopt al een overdracht aan {title}")
    if handover.id is None:  # consent is checked when a handover starts
        problems += [p for p in [consent_problem(route, state.facts, handover.partner_id)] if p]
    return problems


def _handover_closing_problems(handover: Handover) -> list[str]:
    if handover.status == HandoverStatus.OPEN:
        return ["een open overdracht heeft geen einddatum"] if handover.closed_on else []
    if handover.status not in (HandoverStatus.DONE, HandoverStatus.CANCELLED):
        return []
    if handover.closed_on is None:
        return ["datum van afronden van de overdracht ontbreekt"]
    if handover.closed_on < handover.started_on:
        return ["de overdracht kan niet eindigen vóór de start"]
    return []
