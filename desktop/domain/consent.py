"""The one consent rule, shared by the route gate and the export. Plain Python.

A person's consent counts for a recipient only when the person's newest consent record
that names that recipient (or, without recipient words, the newest record at all) has
status "gegeven" and is not withdrawn. "Geweigerd", "niet gevraagd" and "niet
mogelijk" never unlock anything. Consent is per person: one victim's consent never
covers another. A record without a person counts for the case's only victim when
there is exactly one (or, at the route gate, when no victim is recorded at all).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain import model as m
from desktop.domain.fold import fold

MISSING = "toestemming van betrokkene vastleggen vóór overdracht aan {recipient}"
#: Words in a consent's scope that name the care side (zorgcoördinator, Zorg- en
#: Veiligheidshuis, CoMensha, opvang). The route gate uses them for every partner that
#: requires consent; the zorgcoördinator export profile lists the same (a test holds them equal).
CARE_TERMS = ("zorg", "zvh", "comensha", "opvang")


def missing_consent_message(recipient: str) -> str:
    """The same Dutch sentence at the route gate and in the export."""
    return MISSING.format(recipient=recipient)


@dataclass(frozen=True)
class ConsentGround:
    """Why a person may (or may not) be named to a recipient."""

    allowed: bool
    record: m.ConsentRecord | None  # the deciding record, None when there is none


def names_recipient(record: m.ConsentRecord, terms: Iterable[str]) -> bool:
    words = [fold(t) for t in terms if t.strip()]
    if not words:
        return True
    scope = fold(record.scope)
    return any(w in scope for w in words)


def records_of(case: m.Case, person: m.Person) -> list[m.ConsentRecord]:
    victims = [p for p in case.persons if p.role == m.PersonRole.VICTIM]
    only = len(victims) == 1 and victims[0] is person
    return [c for c in case.consents
            if c.person_id == person.id and person.id is not None or (c.person_id is None and only)]


def _newest(records: list[m.ConsentRecord]) -> m.ConsentRecord | None:
    if not records:
        return None
    indexed = list(enumerate(records))
    return max(indexed, key=lambda ic: (ic[1].recorded_on or date.min, ic[0]))[1]


def consent_ground(case: m.Case, person: m.Person, terms: Iterable[str] = (),
                   today: date | None = None) -> ConsentGround:
    """The deciding consent record of ``person`` for the recipient named by ``terms``."""
    terms = list(terms)
    record = _newest([c for c in records_of(case, person) if names_recipient(c, terms)])
    if record is None:
        return ConsentGround(False, None)
    today = today or date.today()
    withdrawn = record.withdrawn_on is not None and record.withdrawn_on <= today
    return ConsentGround(record.status == m.ConsentStatus.GIVEN and not withdrawn, record)


def consented_persons(case: m.Case, terms: Iterable[str] = (), today: date | None = None
                      ) -> list[m.Person]:
    """Victims whose own consent for the recipient is given and not withdrawn."""
    terms = list(terms)
    return [p for p in case.persons if p.role == m.PersonRole.VICTIM
            and consent_ground(case, p, terms, today).allowed]


def case_consent_given(case: m.Case, terms: Iterable[str] = (), today: date | None = None
                       ) -> bool:
    """The route gate: at least one victim's own consent is given (refused never counts).

    A case without any recorded victim (a signal about a location) uses its case-level
    records (without a person)."""
    terms = list(terms)
    if not any(p.role == m.PersonRole.VICTIM for p in case.persons):
        unowned = m.Person(role=m.PersonRole.VICTIM)
        probe = m.Case(persons=[unowned], consents=[c for c in case.consents
                                                    if c.person_id is None])
        return consent_ground(probe, unowned, terms, today).allowed
    return bool(consented_persons(case, terms, today))
