"""The registration chain per person (seed 002 §5.1): registered at the ZVH, reported to CoMensha.

All trafficking signals come together at the Zorg- en Veiligheidshuis, where they are
registered and passed on to CoMensha; national figures depend on that chain. CoMensha's
guidance (domain.md §6.4) requires the person's *written* consent when the reporter is not
the police, KMar or the Labour Inspectorate, so a CoMensha report is gated per person by
the one consent rule (desktop.domain.consent) plus "schriftelijk". Plain Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain import model as m
from desktop.domain.consent import consent_ground

ZVH = "zvh"
COMENSHA = "comensha"
COMENSHA_TERMS = ("CoMensha",)


@dataclass(frozen=True)
class Registration:
    person_id: int
    zvh_on: date | None = None
    comensha_on: date | None = None


def _parse(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def registrations(case: m.Case) -> list[Registration]:
    """The recorded registrations of persons still in the case, in person order."""
    out = []
    for person in case.persons:
        data = case.registrations.get(str(person.id), {}) if person.id is not None else {}
        zvh, comensha = _parse(data.get(ZVH)), _parse(data.get(COMENSHA))
        if zvh or comensha:
            out.append(Registration(int(person.id or 0), zvh, comensha))
    return out


def comensha_consent_problem(case: m.Case, person: m.Person, on: date) -> str:
    """Dutch problem when this person may not (yet) be reported to CoMensha; "" when allowed."""
    ground = consent_ground(case, person, COMENSHA_TERMS, on)
    if not ground.allowed:
        return ("melding bij CoMensha: eerst schriftelijke toestemming van deze betrokkene "
                "vastleggen (reikwijdte noemt CoMensha)")
    if ground.record is not None and ground.record.form != m.ConsentForm.WRITTEN:
        return "melding bij CoMensha vraagt schriftelijke toestemming (nu: mondeling)"
    return ""


def registration_problems(case: m.Case, registration: Registration, today: date) -> list[str]:
    """Dutch problems with saving ``registration``; [] means it may be saved."""
    person = next((p for p in case.persons if p.id == registration.person_id), None)
    if person is None:
        return ["de gekozen betrokkene hoort niet bij deze zaak"]
    problems = []
    received = case.received_on
    for label, day in (("registratie bij het Zorg- en Veiligheidshuis", registration.zvh_on),
                       ("melding bij CoMensha", registration.comensha_on)):
        if day is not None and day > today:
            problems.append(f"de datum van de {label} ligt in de toekomst")
        if day is not None and received is not None and day < received:
            problems.append(f"de datum van de {label} ligt vóór de ontvangst van het signaal")
    if registration.comensha_on is not None:
        problem = comensha_consent_problem(case, person, registration.comensha_on)
        problems += [problem] if problem else []
    return problems


def registration_data(registration: Registration) -> dict[str, str]:
    data = {}
    if registration.zvh_on:
        data[ZVH] = registration.zvh_on.isoformat()
    if registration.comensha_on:
        data[COMENSHA] = registration.comensha_on.isoformat()
    return data
