"""The case (dossier) and everything recorded in it. Plain Python: no Qt, no SQL.

Enum values are the stable codes stored in the database; Dutch labels for the
UI live in ``desktop.domain.labels``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Form(StrEnum):
    """Form of exploitation (vorm van uitbuiting)."""

    SEXUAL = "seksueel"
    LABOUR = "arbeid"
    CRIMINAL = "crimineel"
    ORGAN = "orgaan"
    UNKNOWN = "onbekend"


class SignalType(StrEnum):
    PERSON = "persoon"
    LOCATION = "locatie"  # about a location or organisation


class TriState(StrEnum):
    YES = "ja"
    NO = "nee"
    UNKNOWN = "onbekend"


class CaseStatus(StrEnum):
    NEW = "nieuw"
    IN_PROGRESS = "in_behandeling"
    HANDED_OVER = "overgedragen"
    WAITING = "wacht_op_terugkoppeling"
    CLOSED = "afgesloten"


class PersonRole(StrEnum):
    VICTIM = "slachtoffer"  # possible victim
    PERPETRATOR = "dader"  # possible perpetrator / facilitator
    OTHER = "overig"


class ResidenceStatus(StrEnum):
    UNKNOWN = "onbekend"
    NL = "nl"
    EU_EEA = "eu_eer"
    NON_EU_LAWFUL = "niet_eu_rechtmatig"
    NON_EU_IRREGULAR = "niet_eu_onrechtmatig"


class HowObserved(StrEnum):
    COUNTER = "balie"
    INSPECTION = "inspectie"
    HOME_VISIT = "huisbezoek"
    PHONE = "telefoon"
    DOCUMENT = "dossier"
    PARTNER = "ketenpartner"
    OTHER = "overig"


class IdentifierKind(StrEnum):
    PHONE = "telefoon"
    AD_PHONE = "advertentie_telefoon"
    PLATE = "kenteken"
    URL = "url"
    HANDLE = "account"
    EMAIL = "email"


class OrganisationType(StrEnum):
    EMPLOYER = "werkgever"
    AGENCY = "uitzendbureau"
    LANDLORD = "verhuurder"
    HOSPITALITY = "horeca"
    SEX_BUSINESS = "seksinrichting"
    OTHER = "overig"


class EnrichmentSource(StrEnum):
    BRP = "BRP"
    RNI = "RNI"
    BAG = "BAG"
    KVK = "KVK"
    HANDHAVING = "HANDHAVING"
    VERGUNNINGEN = "VERGUNNINGEN"
    BIBOB = "BIBOB"
    WIJKTEAM = "WIJKTEAM"
    LEERPLICHT = "LEERPLICHT"
    WI = "W&I"
    BELASTINGEN = "BELASTINGEN"
    LAA = "LAA"
    EIGEN_REGISTER = "EIGEN_REGISTER"
    OPEN_BRON = "OPEN_BRON"
    OTHER = "OTHER"


class Consulted(StrEnum):
    YES = "ja"
    NO = "nee"
    NOT_APPLICABLE = "nvt"
    PENDING = "aangevraagd"


class SharingRestriction(StrEnum):
    FREE = "vrij_in_route"
    INTERNAL = "alleen_intern"
    APPROVAL = "toestemming_nodig"
    NEVER = "nooit_delen"


class SpecialCategory(StrEnum):
    HEALTH = "gezondheid"
    SEX_LIFE = "seksueel_leven"
    ETHNICITY = "etniciteit"
    RELIGION = "religie"
    CRIMINAL = "strafrechtelijk"


class ConsentStatus(StrEnum):
    GIVEN = "gegeven"
    REFUSED = "geweigerd"
    NOT_ASKED = "niet_gevraagd"
    NOT_POSSIBLE = "niet_mogelijk"


class ConsentForm(StrEnum):
    WRITTEN = "schriftelijk"
    ORAL = "mondeling"


class InterventionKind(StrEnum):
    ADMINISTRATIVE = "bestuurlijk"
    CRIMINAL = "strafrechtelijk"
    CARE = "zorg"
    FISCAL = "fiscaal"


@dataclass
class Person:
    role: PersonRole = PersonRole.OTHER
    name: str = ""
    alias: str = ""
    birth_date: date | None = None
    estimated_age: int | None = None
    nationality: str = ""
    bsn: str = ""
    language: str = ""
    residence_status: ResidenceStatus = ResidenceStatus.UNKNOWN
    safe_contact: str = ""  # safe contact route / moment (care side only)
    care_needs: str = ""  # special category: health
    notes: str = ""
    address_id: int | None = None  # "verblijft op": an address of the same case
    id: int | None = None
    # Unsaved link (intake): index into Case.addresses, turned into address_id on save.
    address_ref: int | None = field(default=None, compare=False, repr=False)


@dataclass
class Address:
    street: str = ""
    number: str = ""
    addition: str = ""
    postcode: str = ""
    place: str = ""
    bag_floor_area_m2: int | None = None
    brp_registered_count: int | None = None
    notes: str = ""
    id: int | None = None

    def one_line(self) -> str:
        house = f"{self.number}{('-' + self.addition) if self.addition else ''}"
        first = " ".join(p for p in (self.street, house) if p)
        second = " ".join(p for p in (self.postcode, self.place) if p)
        return ", ".join(p for p in (first, second) if p)


@dataclass
class Organisation:
    name: str = ""
    kvk: str = ""
    type: OrganisationType = OrganisationType.OTHER
    notes: str = ""
    housing_address_id: int | None = None  # "regelt huisvesting op": an address of the case
    id: int | None = None
    housing_address_ref: int | None = field(default=None, compare=False, repr=False)


@dataclass
class Identifier:
    """Phone number, licence plate, online ad number, URL, handle or e-mail."""

    kind: IdentifierKind = IdentifierKind.PHONE
    value: str = ""
    person_id: int | None = None  # set when the identifier belongs to a person in the case
    notes: str = ""
    id: int | None = None
    person_ref: int | None = field(default=None, compare=False, repr=False)  # see Person


@dataclass
class EnrichmentEntry:
    """One consulted (or deliberately not consulted) source; fields as domain.md §4.2."""

    source: EnrichmentSource = EnrichmentSource.OTHER
    consulted: Consulted = Consulted.YES
    reason_not_consulted: str = ""
    consulted_at: datetime | None = None
    consulted_by: str = ""
    subject: str = ""  # reference to a person/address/organisation in the case, e.g. "person:3"
    query_reference: str = ""
    result_summary: str = ""
    result_flags: list[str] = field(default_factory=list)  # checklist item ids
    legal_ground: str = ""
    sharing_restriction: SharingRestriction = SharingRestriction.FREE
    special_category: SpecialCategory | None = None
    id: int | None = None


@dataclass
class ConsentRecord:
    person_id: int | None = None
    status: ConsentStatus = ConsentStatus.NOT_ASKED
    recorded_on: date | None = None
    scope: str = ""  # which recipient, which data
    form: ConsentForm | None = None
    withdrawn_on: date | None = None
    id: int | None = None


@dataclass
class Intervention:
    kind: InterventionKind = InterventionKind.ADMINISTRATIVE
    description: str = ""
    started_on: date | None = None
    effect: str = ""
    step_id: str = ""  # route step during which it was added
    id: int | None = None


@dataclass
class AcuteCall:
    """Who called which emergency service when (recorded afterwards, never blocking the call)."""

    service: str = ""  # "112", "politie 0900-8844", "Veilig Thuis 0800-2000"
    called_by: str = ""
    called_at: datetime | None = None
    id: int | None = None


#: Links between the records of one case: (records, id attribute, unsaved-index attribute,
#: records referred to). The unsaved index points into the referred list of the same Case.
RECORD_LINKS: tuple[tuple[str, str, str, str], ...] = (
    ("persons", "address_id", "address_ref", "addresses"),
    ("organisations", "housing_address_id", "housing_address_ref", "addresses"),
    ("identifiers", "person_id", "person_ref", "persons"),
)


@dataclass
class Case:
    """A dossier: the signal as it came in plus what the officer recorded about it."""

    number: str = ""  # readable case number, e.g. 2026-0042 (assigned by the store)
    status: CaseStatus = CaseStatus.NEW
    forms: set[Form] = field(default_factory=set)
    signal_type: SignalType = SignalType.PERSON
    minor: TriState = TriState.UNKNOWN
    acute: bool = False
    # the signal itself
    observed_at: datetime | None = None
    received_on: date | None = None
    reporter_department: str = ""
    reporter_function: str = ""
    reporter_name: str = ""  # optional, sensitive: never exported outside the vault
    how_observed: HowObserved = HowObserved.OTHER
    observations: str = ""
    title: str = ""  # short neutral summary, no personal data (used in lists and agendas)
    # route and lifecycle
    route_id: str = ""
    route_version: int | None = None
    next_action: str = ""
    next_deadline: date | None = None
    closed_on: date | None = None
    outcome: str = ""
    legal_hold: bool = False
    legal_hold_reason: str = ""
    # triage flags that steer the reporting route (domain.md §3.3)
    prostitution_setting: bool = False
    victim_needs_care: bool = False
    organised_element: bool = False
    unaccompanied_minor: bool = False  # unaccompanied foreign minor (Nidos)
    victim_and_suspect: bool = False  # possible victim and suspect (non-punishment note)
    domestic_setting: bool = False  # domestic trafficking / loverboy: Veilig Thuis, all ages
    # the officer's override of the derived triage (desktop.domain.triage.TriageOverride data)
    triage_override: dict[str, Any] = field(default_factory=dict)
    # adjacent phenomena (CCV lens, second purpose): codes of forms/verwante_fenomenen
    adjacent_phenomena: list[str] = field(default_factory=list)
    # registration chain (seed 002 §5.1), per person id: {"zvh": "JJJJ-MM-DD", "comensha": ...}
    registrations: dict[str, dict[str, str]] = field(default_factory=dict)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # related records
    persons: list[Person] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    enrichments: list[EnrichmentEntry] = field(default_factory=list)
    consents: list[ConsentRecord] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)
    acute_calls: list[AcuteCall] = field(default_factory=list)
    id: int | None = None

    def person_with_id(self, person_id: int | None) -> Person | None:
        """The stored person of this case with that id (links: identifiers, consents)."""
        return next((p for p in self.persons if person_id is not None and p.id == person_id), None)

    def address_with_id(self, address_id: int | None) -> Address | None:
        """The stored address of this case with that id (links: "verblijft op", housing)."""
        return next((a for a in self.addresses if address_id is not None and a.id == address_id),
                    None)


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list (no personal data beyond what the list shows)."""

    id: int
    number: str
    received_on: date | None
    forms: tuple[Form, ...]
    status: CaseStatus
    next_action: str
    next_deadline: date | None
    reporter_department: str
    title: str
    linked_count: int = 0
    overdue: bool = False
    #: Waarneming/overdracht state: "" | uitgeleend | waarnemer | teruggegeven | overgedragen
    lease: str = ""
    lease_until: date | None = None
