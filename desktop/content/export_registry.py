"""The fixed registry of what an export profile may name: section kinds and field ids.

An export profile (``exports/*.yaml``) can only whitelist field ids listed here; the
export service only knows how to read these fields from a case. Rules that no profile
can change live here too:

* ``forbidden`` fields (the reporter's name) are rejected in every profile;
* ``needs_reason`` fields (special categories of personal data, BSN, names on an
  agenda) may only appear under ``optional_fields``: off by default, added per export
  with a written reason that goes into the export log.

Labels are Dutch (they are printed in the PDF and shown in the preview).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.model import SpecialCategory


class SectionKind(StrEnum):
    """What a profile section is made of; every field id starts with its kind's prefix."""

    CASE = "case"  # case-level facts (one record per case)
    PERSONS = "persons"
    ADDRESSES = "addresses"
    ORGANISATIONS = "organisations"
    IDENTIFIERS = "identifiers"
    CHECKLIST = "checklist"  # checklist items answered "gezien"
    ENRICHMENTS = "enrichments"
    ROUTE = "route"  # route history (completed steps)
    HANDOVERS = "handovers"  # parallel routes: partners already informed
    CONSENTS = "consents"
    FEEDBACK = "feedback"  # the standard message to the reporter


@dataclass(frozen=True)
class FieldSpec:
    id: str
    label: str
    special: SpecialCategory | None = None  # AVG art. 9/10 category
    needs_reason: bool = False  # only as optional field (added with a reason)
    forbidden: bool = False  # never in any profile
    free_text: bool = False  # typed by a person: scanned by the minimisation guard

    @property
    def kind(self) -> SectionKind:
        return PREFIX_KIND[self.id.split(".", 1)[0]]

    @property
    def reason_required(self) -> bool:
        return self.needs_reason or self.special is not None


PREFIX_KIND = {
    "case": SectionKind.CASE,
    "person": SectionKind.PERSONS,
    "address": SectionKind.ADDRESSES,
    "organisation": SectionKind.ORGANISATIONS,
    "identifier": SectionKind.IDENTIFIERS,
    "checklist": SectionKind.CHECKLIST,
    "enrichment": SectionKind.ENRICHMENTS,
    "route": SectionKind.ROUTE,
    "handover": SectionKind.HANDOVERS,
    "consent": SectionKind.CONSENTS,
    "feedback": SectionKind.FEEDBACK,
}

SECTION_TITLES = {
    SectionKind.CASE: "Zaak",
    SectionKind.PERSONS: "Betrokken personen",
    SectionKind.ADDRESSES: "Adressen",
    SectionKind.ORGANISATIONS: "Bedrijven en organisaties",
    SectionKind.IDENTIFIERS: "Telefoonnummers, kentekens en online kenmerken",
    SectionKind.CHECKLIST: "Signalen (checklist: gezien)",
    SectionKind.ENRICHMENTS: "Verrijking",
    SectionKind.ROUTE: "Routeverloop",
    SectionKind.HANDOVERS: "Parallelle routes (al geïnformeerd)",
    SectionKind.CONSENTS: "Toestemming",
    SectionKind.FEEDBACK: "Terugkoppeling",
}

# Options a section may carry, per kind (others are rejected by the schema checks).
ROLE_KINDS = {SectionKind.PERSONS, SectionKind.IDENTIFIERS, SectionKind.CONSENTS}
SOURCE_KINDS = {SectionKind.ENRICHMENTS}

_H = SpecialCategory.HEALTH

FIELDS: dict[str, FieldSpec] = {
    f.id: f
    for f in (
        # case
        FieldSpec("case.number", "Zaaknummer"),
        FieldSpec("case.received_on", "Datum ontvangst"),
        FieldSpec("case.observed_at", "Datum waarneming"),
        FieldSpec("case.how_observed", "Hoe waargenomen"),
        FieldSpec("case.reporter_department", "Afdeling melder", free_text=True),
        FieldSpec("case.reporter_function", "Functie melder", free_text=True),
        FieldSpec("case.reporter_name", "Naam melder", forbidden=True),
        FieldSpec("case.observations", "Waarneming", free_text=True),
        FieldSpec("case.title", "Korte omschrijving", free_text=True),
        FieldSpec("case.forms", "Vorm van uitbuiting"),
        FieldSpec("case.signal_type", "Signaal over"),
        FieldSpec("case.minor", "Minderjarige betrokken"),
        FieldSpec("case.unaccompanied_minor", "Alleenstaande minderjarige vreemdeling"),
        FieldSpec("case.acute", "Acuut gevaar"),
        FieldSpec("case.victim_needs_care", "Zorg of opvang nodig"),
        FieldSpec("case.organised_element", "Aanwijzingen voor georganiseerd verband"),
        FieldSpec("case.acute_calls", "Acute meldingen gedaan", free_text=True),
        FieldSpec("case.question", "Vraag aan de ontvanger", free_text=True),
        FieldSpec("case.names", "Namen van betrokkenen", needs_reason=True),
        FieldSpec("case.assessment", "Weging", free_text=True),  # the AF's own, from the route
        # persons
        FieldSpec("person.role", "Rol"),
        FieldSpec("person.name", "Naam"),
        FieldSpec("person.alias", "Alias", free_text=True),
        FieldSpec("person.birth_date", "Geboortedatum"),
        FieldSpec("person.estimated_age", "Geschatte leeftijd"),
        FieldSpec("person.nationality", "Nationaliteit", free_text=True),
        FieldSpec("person.language", "Taal", free_text=True),
        FieldSpec("person.residence_status", "Verblijfsstatus"),
        FieldSpec("person.reflection_period", "Bedenktijd (B8/3)"),
        FieldSpec("person.safe_contact", "Veilige contactroute", free_text=True),
        FieldSpec("person.care_needs", "Zorgbehoeften", special=_H, free_text=True),
        FieldSpec("person.bsn", "BSN", needs_reason=True),
        FieldSpec("person.address", "Verblijft op"),
        # addresses, organisations, identifiers
        FieldSpec("address.address", "Adres"),
        FieldSpec("address.registered", "Ingeschreven personen (BRP)"),
        FieldSpec("address.floor_area", "Woonoppervlak (m², BAG)"),
        FieldSpec("organisation.name", "Naam"),
        FieldSpec("organisation.kvk", "KvK-nummer"),
        FieldSpec("organisation.type", "Soort"),
        FieldSpec("organisation.housing_address", "Regelt huisvesting op"),
        FieldSpec("identifier.kind", "Soort"),
        FieldSpec("identifier.value", "Waarde"),
        FieldSpec("identifier.person", "Hoort bij"),
        # checklist, enrichment, route, handovers, consent, feedback
        FieldSpec("checklist.id", "Id"),
        FieldSpec("checklist.label", "Indicator"),
        FieldSpec("checklist.seen_by", "Gezien door"),
        FieldSpec("enrichment.source", "Bron"),
        FieldSpec("enrichment.date", "Datum"),
        FieldSpec("enrichment.summary", "Samenvatting", free_text=True),
        FieldSpec("enrichment.legal_ground", "Grondslag", free_text=True),
        FieldSpec("route.step", "Stap"),
        FieldSpec("route.date", "Datum"),
        FieldSpec("route.decision", "Besluit"),
        FieldSpec("route.partners", "Gecontacteerd"),
        FieldSpec("route.outcome", "Uitkomst", free_text=True),
        FieldSpec("handover.partner", "Partner"),
        FieldSpec("handover.started_on", "Sinds"),
        FieldSpec("handover.status", "Status"),
        FieldSpec("consent.person", "Persoon"),
        FieldSpec("consent.status", "Toestemming"),
        FieldSpec("consent.recorded_on", "Vastgelegd op"),
        FieldSpec("consent.scope", "Reikwijdte", free_text=True),
        FieldSpec("consent.form", "Vorm"),
        FieldSpec("consent.withdrawn_on", "Ingetrokken op"),
        FieldSpec("feedback.message", "Standaardbericht"),
    )
}


def field_spec(field_id: str) -> FieldSpec:
    """The registry entry; KeyError for an unknown id."""
    return FIELDS[field_id]


def fields_of(kind: SectionKind) -> list[str]:
    """Field ids of one section kind that a profile may use (forbidden ones excluded)."""
    return [f.id for f in FIELDS.values() if f.kind == kind and not f.forbidden]
