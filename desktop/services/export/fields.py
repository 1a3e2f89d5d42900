"""Reading the registry's fields from a case: one function per field id, text out.

Only ids in ``export_registry.FIELDS`` exist here; a profile can never print anything
else. The reporter's name has no reader at all. Values are plain Dutch text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.content.checklists import Checklist
from desktop.content.routes import Route
from desktop.domain import labels as lb
from desktop.domain import model as m
from desktop.domain.checklist_answers import SeenItem
from desktop.domain.route_records import Handover, StepRecord
from desktop.domain.route_terms import StepKind

FALLBACK_FEEDBACK_LABEL = "Ontvangen en doorgezet"
FALLBACK_FEEDBACK_TEXT = (
    "Bedankt voor uw melding. De aandachtsfunctionaris mensenhandel heeft het signaal "
    "ontvangen en doorgezet naar de juiste plek. Blijf alert en meld nieuwe signalen."
)
ROLE_TITLE = {
    m.PersonRole.VICTIM: "Mogelijk slachtoffer",
    m.PersonRole.PERPETRATOR: "Mogelijke dader",
    m.PersonRole.OTHER: "Overige betrokkene",
}
HANDOVER_STATUS = {"open": "loopt", "afgerond": "afgerond", "geannuleerd": "geannuleerd"}
REFLECTION = {
    m.ResidenceStatus.NON_EU_IRREGULAR: (
        "mogelijk van toepassing: geen rechtmatig verblijf (bedenktijd tot drie maanden, "
        "art. 8 sub k Vw 2000)"
    ),
    m.ResidenceStatus.UNKNOWN: "nagaan: verblijfsstatus onbekend",
}


@dataclass
class CaseBundle:
    """A case plus what the export reads next to it (loaded by the service)."""

    case: m.Case
    seen: list[tuple[Checklist, SeenItem]] = field(default_factory=list)
    steps: list[StepRecord] = field(default_factory=list)
    handovers: list[Handover] = field(default_factory=list)
    route: Route | None = None
    profile: Any = None  # the ExportProfile being built (set by build_case)

    def person(self, person_id: int | None) -> m.Person | None:
        return self.case.person_with_id(person_id)

    def address_line(self, address_id: int | None) -> str:
        """The linked address of the same case on one line ("" when none)."""
        found = self.case.address_with_id(address_id)
        return found.one_line() if found else ""

    def person_label(self, person: m.Person) -> str:
        """"Mogelijke dader 2": numbered per role in case order (no name)."""
        same = [p for p in self.case.persons if p.role == person.role]
        index = next(i for i, p in enumerate(same, 1) if p is person)
        return f"{ROLE_TITLE[person.role]} {index}"


def yes_no(value: bool) -> str:
    return "ja" if value else "nee"


def _date(value: date | datetime | None) -> str:
    return lb.format_date(value)


def _moment(value: datetime | None) -> str:
    if value is None:
        return ""
    if (value.hour, value.minute) == (0, 0):
        return lb.format_date(value)
    return lb.format_datetime(value)


# --- case-level -----------------------------------------------------------------------------
CaseReader = Callable[[CaseBundle], str]

CASE_READERS: dict[str, CaseReader] = {
    "case.number": lambda b: b.case.number,
    "case.received_on": lambda b: _date(b.case.received_on),
    "case.observed_at": lambda b: _moment(b.case.observed_at),
    "case.how_observed": lambda b: lb.label(lb.HOW_OBSERVED, b.case.how_observed),
    "case.reporter_department": lambda b: b.case.reporter_department,
    "case.reporter_function": lambda b: b.case.reporter_function,
    "case.observations": lambda b: b.case.observations,
    "case.title": lambda b: b.case.title,
    "case.forms": lambda b: ", ".join(lb.label(lb.FORM, f) for f in sorted(b.case.forms)),
    "case.signal_type": lambda b: lb.label(lb.SIGNAL_TYPE, b.case.signal_type),
    "case.minor": lambda b: lb.label(lb.TRI_STATE, b.case.minor),
    "case.unaccompanied_minor": lambda b: yes_no(b.case.unaccompanied_minor),
    "case.acute": lambda b: yes_no(b.case.acute),
    "case.victim_needs_care": lambda b: yes_no(b.case.victim_needs_care),
    "case.organised_element": lambda b: yes_no(b.case.organised_element),
    "case.acute_calls": lambda b: "; ".join(
        f"{c.service} ({_moment(c.called_at)})" if c.called_at else c.service
        for c in b.case.acute_calls
    ),
    "case.question": lambda b: "",  # typed by the officer at export time
    "case.assessment": lambda b: assessment(b),
    "case.names": lambda b: "; ".join(
        f"{p.name or p.alias} ({lb.label(lb.PERSON_ROLE, p.role)})" for p in b.case.persons
    ),
}


ASSESSMENT_FIELD = "weging"


def assessment(bundle: CaseBundle) -> str:
    """The officer's own weighing ("weging") from the newest route record that has one."""
    for record in reversed(current_steps(bundle.steps)):
        text = str((record.fields or {}).get(ASSESSMENT_FIELD, "")).strip()
        if text:
            return text
    return ""


# --- persons --------------------------------------------------------------------------------
def _reflection(p: m.Person) -> str:
    return REFLECTION.get(p.residence_status, "niet van toepassing")


PERSON_READERS: dict[str, Callable[[m.Person], str]] = {
    "person.role": lambda p: lb.label(lb.PERSON_ROLE, p.role),
    "person.name": lambda p: p.name,
    "person.alias": lambda p: p.alias,
    "person.birth_date": lambda p: _date(p.birth_date),
    "person.estimated_age": lambda p: "" if p.estimated_age is None else str(p.estimated_age),
    "person.nationality": lambda p: p.nationality,
    "person.language": lambda p: p.language,
    "person.residence_status": lambda p: lb.label(lb.RESIDENCE_STATUS, p.residence_status),
    "person.reflection_period": _reflection,
    "person.safe_contact": lambda p: p.safe_contact,
    "person.care_needs": lambda p: p.care_needs,
    "person.bsn": lambda p: p.bsn,
}

ADDRESS_READERS: dict[str, Callable[[m.Address], str]] = {
    "address.address": lambda a: a.one_line(),
    "address.registered": lambda a: "" if a.brp_registered_count is None
    else str(a.brp_registered_count),
    "address.floor_area": lambda a: "" if a.bag_floor_area_m2 is None else str(a.bag_floor_area_m2),
}

ORGANISATION_READERS: dict[str, Callable[[m.Organisation], str]] = {
    "organisation.name": lambda o: o.name,
    "organisation.kvk": lambda o: o.kvk,
    "organisation.type": lambda o: lb.label(lb.ORGANISATION_TYPE, o.type),
}


def person_readers(bundle: CaseBundle) -> dict[str, Callable[[m.Person], str]]:
    return {**PERSON_READERS, "person.address": lambda p: bundle.address_line(p.address_id)}


def organisation_readers(bundle: CaseBundle) -> dict[str, Callable[[m.Organisation], str]]:
    return {**ORGANISATION_READERS,
            "organisation.housing_address": lambda o: bundle.address_line(o.housing_address_id)}


def identifier_readers(bundle: CaseBundle) -> dict[str, Callable[[m.Identifier], str]]:
    def owner(i: m.Identifier) -> str:
        person = bundle.person(i.person_id)
        return bundle.person_label(person) if person else ""

    return {
        "identifier.kind": lambda i: lb.label(lb.IDENTIFIER_KIND, i.kind),
        "identifier.value": lambda i: i.value,
        "identifier.person": owner,
    }


def checklist_readers() -> dict[str, Callable[[SeenItem], str]]:
    from desktop.services.checklists import seen_by_label

    return {
        "checklist.id": lambda s: s.item_id,
        "checklist.label": lambda s: s.label,
        "checklist.seen_by": lambda s: seen_by_label(s.seen_by),
    }


ENRICHMENT_READERS: dict[str, Callable[[m.EnrichmentEntry], str]] = {
    "enrichment.source": lambda e: lb.label(lb.ENRICHMENT_SOURCE, e.source),
    "enrichment.date": lambda e: _date(e.consulted_at),
    "enrichment.summary": lambda e: e.result_summary,
    "enrichment.legal_ground": lambda e: e.legal_ground,
}


def consent_readers(bundle: CaseBundle) -> dict[str, Callable[[m.ConsentRecord], str]]:
    def person(c: m.ConsentRecord) -> str:
        found = bundle.person(c.person_id)
        return bundle.person_label(found) if found else "zaak"

    return {
        "consent.person": person,
        "consent.status": lambda c: lb.label(lb.CONSENT_STATUS, c.status),
        "consent.recorded_on": lambda c: _date(c.recorded_on),
        "consent.scope": lambda c: c.scope,
        "consent.form": lambda c: lb.label(lb.CONSENT_FORM, c.form),
        "consent.withdrawn_on": lambda c: _date(c.withdrawn_on),
    }


# --- route ----------------------------------------------------------------------------------
def current_steps(steps: list[StepRecord]) -> list[StepRecord]:
    """Step records without the ones a later correction superseded."""
    superseded = {s.corrects for s in steps if s.corrects is not None}
    return [s for s in steps if s.id not in superseded]


def route_readers(bundle: CaseBundle) -> dict[str, Callable[[StepRecord], str]]:
    route = bundle.route
    return {
        "route.step": lambda s: step_title(route, s.step_id),
        "route.date": lambda s: _date(s.completed_on),
        "route.decision": lambda s: decision_label(route, s),
        "route.partners": lambda s: ", ".join(partner_title(route, p) for p in s.contacted_ids()),
        "route.outcome": lambda s: s.outcome,
    }


def step_title(route: Route | None, step_id: str) -> str:
    if route is None or not route.has_step(step_id):
        return step_id
    return route.numbered_title(step_id)  # continuous per-route numbering, as the route tab shows


def partner_title(route: Route | None, partner_id: str) -> str:
    return route.partner_title(partner_id) if route is not None else partner_id


def decision_label(route: Route | None, record: StepRecord) -> str:
    if not record.decision or route is None or not route.has_step(record.step_id):
        return record.decision
    step = route.step(record.step_id)
    if step.kind == StepKind.REPORTER_FEEDBACK:
        try:
            return route.feedback_message(record.decision).label
        except KeyError:
            return record.decision
    option = step.option(record.decision)
    return option.label if option else record.decision


def handover_readers(bundle: CaseBundle) -> dict[str, Callable[[Handover], str]]:
    return {
        "handover.partner": lambda h: partner_title(bundle.route, h.partner_id),
        "handover.started_on": lambda h: _date(h.started_on),
        "handover.status": lambda h: HANDOVER_STATUS.get(h.status, h.status),
    }


def feedback_message(bundle: CaseBundle) -> tuple[str, str]:
    """(label, text) of the standard message: the latest feedback step's choice, else default."""
    route = bundle.route
    for record in reversed(current_steps(bundle.steps)):
        if route is None or not route.has_step(record.step_id):
            continue
        if route.step(record.step_id).kind != StepKind.REPORTER_FEEDBACK or not record.decision:
            continue
        try:
            message = route.feedback_message(record.decision)
        except KeyError:
            continue
        return message.label, message.text
    return FALLBACK_FEEDBACK_LABEL, FALLBACK_FEEDBACK_TEXT
