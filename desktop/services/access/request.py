"""Inzageverzoek (AVG art. 15): find every case in which a person appears, and list the data.

``find_cases`` searches folded and fuzzy (the same ``NameIndex`` as linked signals,
so "Lukasz Wisniewski" finds "Łukasz Wiśniewski"), by BSN and in the case text (FTS).
``build_overview`` lists, per case, the items about that person as ``AccessItem``s.
The officer then reviews them (``desktop.services.access.report``): information about
third parties and information whose disclosure is restricted is removed, each with
a reason. Items that are usually about someone else (the reporter's name) or usually
restricted (Bibob, "nooit delen") start removed; free texts carry a caution.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from desktop.domain import labels
from desktop.domain import model as m
from desktop.domain.fold import fold
from desktop.store import access_repo, route_repo
from desktop.store import cases as case_repo
from desktop.store.connection import Connection
from desktop.store.links import NameIndex
from desktop.store.search import search_ids

if TYPE_CHECKING:
    from desktop.services.register import Register

CUTOFF = 85
THIRD_PARTY, RESTRICTED, NOT_ABOUT, OTHER = "derden", "beperking", "niet_betrokkene", "anders"
REASONS: dict[str, str] = {
    THIRD_PARTY: "Gegevens over een ander (AVG art. 15 lid 4)",
    RESTRICTED: "Wettelijke beperking (UAVG art. 41), bv. voorkomen of opsporen van "
                "strafbare feiten",
    NOT_ABOUT: "Gaat niet over de verzoeker",
    OTHER: "Andere reden (zie toelichting)",
}
CAUTION_TEXT = "Vrije tekst: kan gegevens over anderen bevatten."
CAUTION_ADDRESS = "Adres van de zaak: controleer of het over de verzoeker gaat."
CAUTION_RECIPIENT = "Openbaar maken kan een lopend onderzoek schaden (UAVG art. 41)."
CAUTION_CHECKLIST = "Signaal over de zaak: kan ook over anderen of een adres gaan."
CAUTION_ATTACHMENT = ("Bijlage: het bestand kan ook over anderen gaan. Verstrek het zo nodig apart "
                      "(Bijlagen, 'Opslaan als…').")
#: Short forms of the cautions, for a narrow column (the full text goes in the tooltip).
CAUTION_SHORT = {CAUTION_TEXT: "vrije tekst", CAUTION_ADDRESS: "adres van de zaak",
                 CAUTION_RECIPIENT: "lopend onderzoek?", CAUTION_CHECKLIST: "signaal over de zaak",
                 CAUTION_ATTACHMENT: "bijlage"}


@dataclass(frozen=True)
class AccessQuery:
    name: str
    birth_date: date | None = None
    bsn: str = ""


@dataclass
class CaseMatch:
    case_id: int
    number: str
    person_ids: list[int] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    score: int = 0


@dataclass(frozen=True)
class AccessItem:
    key: str  # "<case id>/<group>/<record>/<field>", never content
    case_id: int
    number: str
    group: str  # Dutch heading
    label: str
    value: str
    caution: str = ""
    default_reason: str = ""  # a REASONS code: removed unless the officer keeps it


@dataclass
class AccessOverview:
    query: AccessQuery
    matches: list[CaseMatch]
    items: list[AccessItem]
    made_on: date

    def for_case(self, case_id: int) -> list[AccessItem]:
        return [i for i in self.items if i.case_id == case_id]

    def item(self, key: str) -> AccessItem:
        return next(i for i in self.items if i.key == key)


# -- finding -------------------------------------------------------------------------------
def _name_score(query: str, person: m.Person, born: date | None) -> int:
    names = [fold(n).strip() for n in (person.name, person.alias, f"{person.name} {person.alias}")]
    score = max((fuzz.token_sort_ratio(query, n) for n in names if n), default=0)
    if born and person.birth_date:
        score = min(100, score + 10) if person.birth_date == born else score - 15
    return int(score)


def find_cases(register: Register, query: AccessQuery) -> list[CaseMatch]:
    """Cases in which the person appears, best match first."""
    folded = fold(query.name).strip()
    bsn = query.bsn.replace(" ", "").replace(".", "").strip()
    found: dict[int, CaseMatch] = {}

    def add(case_id: int, reason: str, score: int) -> CaseMatch:
        match = found.setdefault(case_id, CaseMatch(case_id, ""))
        if reason not in match.reasons:
            match.reasons.append(reason)
        match.score = max(match.score, score)
        return match

    with register.read() as conn:
        if len(folded) >= 3:
            for hit in NameIndex().matches(conn, query.name, query.birth_date, None, limit=500,
                                           cutoff=CUTOFF):
                add(hit.case_id, hit.reason, hit.score)
            for case_id in search_ids(conn, query.name, limit=500):
                add(case_id, "naam komt voor in de tekst van de zaak", 60)
        if bsn:
            for case_id in access_repo.case_ids_with_bsn(conn, bsn):
                add(case_id, "zelfde BSN", 100)
        for match in found.values():
            _pin_persons(conn, match, folded, query.birth_date, bsn)
    return sorted(found.values(), key=lambda mt: (-mt.score, mt.number))


def _pin_persons(conn: Connection, match: CaseMatch, folded: str, born: date | None,
                 bsn: str) -> None:
    """Which persons of the case are the requester (name score or same BSN)."""
    match.number = access_repo.case_number(conn, match.case_id)
    for r in access_repo.persons_of_case(conn, match.case_id):
        born_on = date.fromisoformat(r["birth_date"]) if r["birth_date"] else None
        person = m.Person(name=r["name"], alias=r["alias"], birth_date=born_on)
        if (bsn and r["bsn"] == bsn) or (folded and _name_score(folded, person, born) >= CUTOFF):
            match.person_ids.append(r["id"])


# -- the overview --------------------------------------------------------------------------
def build_overview(register: Register, query: AccessQuery, matches: list[CaseMatch],
                   today: date | None = None) -> AccessOverview:
    items: list[AccessItem] = []
    for match in matches:
        with register.read() as conn:
            case = case_repo.load(conn, match.case_id)
            handovers = route_repo.handovers(conn, match.case_id)
        partners = _partner_titles(register.policy.content_dir, case.route_id, case.route_version)
        due = register.retention.due_date(case.id) if case.closed_on else None
        items += _CaseItems(case, set(match.person_ids), due, partners).build(handovers)
        items += _checklist_items(register, case)
        items += _attachment_items(register, case)
    return AccessOverview(query, matches, items, today or date.today())


class _CaseItems:
    def __init__(self, case: m.Case, person_ids: set[int], due: date | None,
                 partners: dict[str, str]) -> None:
        self.case, self.person_ids, self.due = case, person_ids, due
        self.partners = partners
        self.items: list[AccessItem] = []

    def add(self, group: str, record: str, fid: str, label: str, value: object, *,
            caution: str = "", reason: str = "") -> None:
        text = value if isinstance(value, str) else ("" if value is None else str(value))
        if text.strip():
            key = f"{self.case.id}/{group}/{record}/{fid}"
            self.items.append(AccessItem(key, self.case.id or 0, self.case.number, _GROUPS[group],
                                         label, text.strip(), caution, reason))

    def build(self, handovers) -> list[AccessItem]:
        c, due = self.case, self.due
        self.add("zaak", "0", "number", "Zaaknummer", c.number)
        self.add("zaak", "0", "received_on", "Ontvangen op", labels.format_date(c.received_on))
        self.add("zaak", "0", "forms", "Vermoedelijke vorm", ", ".join(
            labels.label(labels.FORM, f) for f in sorted(c.forms)))
        self.add("zaak", "0", "status", "Status", labels.label(labels.STATUS, c.status))
        self.add("zaak", "0", "source", "Herkomst (afdeling van de melder)", c.reporter_department)
        self.add("zaak", "0", "retention", "Bewaren tot",
                 labels.format_date(due) if due else "zolang de zaak loopt, daarna volgens de "
                 "bewaartermijn")
        self.add("zaak", "0", "reporter_name", "Naam van de melder", c.reporter_name,
                 reason=THIRD_PARTY)
        self.add("signaal", "0", "title", "Korte omschrijving", c.title, caution=CAUTION_TEXT)
        self.add("signaal", "0", "observations", "Wat is er gezien", c.observations,
                 caution=CAUTION_TEXT)
        for p in c.persons:
            if p.id in self.person_ids:
                self._person(p)
        for a in c.addresses:
            self.add("adres", str(a.id), "address", "Adres", a.one_line(), caution=CAUTION_ADDRESS)
        for e in c.enrichments:
            if e.subject in {f"person:{pid}" for pid in self.person_ids}:
                self._enrichment(e)
        for h in handovers:
            if h.status != "geannuleerd":
                self.add("ontvangers", str(h.id), "handover", f"Overgedragen op "
                         f"{labels.format_date(h.started_on)}",
                         self.partners.get(h.partner_id, h.partner_id),
                         caution=CAUTION_RECIPIENT)
        return self.items

    def _person(self, p: m.Person) -> None:
        rec = f"person:{p.id}"
        for fid, label, value in (
            ("role", "Rol", labels.label(labels.PERSON_ROLE, p.role)), ("name", "Naam", p.name),
            ("alias", "Alias", p.alias), ("birth_date", "Geboortedatum",
                                          labels.format_date(p.birth_date)),
            ("estimated_age", "Geschatte leeftijd", p.estimated_age),
            ("nationality", "Nationaliteit", p.nationality), ("bsn", "BSN", p.bsn),
            ("language", "Taal", p.language),
            ("residence_status", "Verblijfsstatus",
             "" if p.residence_status == m.ResidenceStatus.UNKNOWN
             else labels.label(labels.RESIDENCE_STATUS, p.residence_status)),
            ("safe_contact", "Veilig contactmoment", p.safe_contact),
            ("care_needs", "Zorgbehoeften", p.care_needs),
        ):
            self.add("persoon", rec, fid, label, value)
        self.add("persoon", rec, "notes", "Notities", p.notes, caution=CAUTION_TEXT)
        stays = self.case.address_with_id(p.address_id)
        if stays is not None:
            self.add("persoon", rec, "address", "Verblijft op", stays.one_line(),
                     caution=CAUTION_ADDRESS)
        for i in self.case.identifiers:
            if i.person_id == p.id:
                self.add("persoon", f"identifier:{i.id}", "value",
                         labels.label(labels.IDENTIFIER_KIND, i.kind).capitalize(), i.value)
        for cr in self.case.consents:
            if cr.person_id == p.id:
                text = labels.label(labels.CONSENT_STATUS, cr.status)
                if cr.recorded_on:
                    text += f" ({labels.format_date(cr.recorded_on)})"
                self.add("persoon", f"consent:{cr.id}", "status", "Toestemming", text)

    def _enrichment(self, e: m.EnrichmentEntry) -> None:
        restricted = (e.source == m.EnrichmentSource.BIBOB
                      or e.sharing_restriction == m.SharingRestriction.NEVER)
        when = labels.format_date(e.consulted_at) if e.consulted_at else ""
        label = labels.label(labels.ENRICHMENT_SOURCE, e.source) + (f", {when}" if when else "")
        self.add("verrijking", f"enrichment:{e.id}", "result_summary", label, e.result_summary,
                 caution=CAUTION_TEXT, reason=RESTRICTED if restricted else "")


@lru_cache(maxsize=4)
def _route_catalog(content_dir: Path | None):  # noqa: ANN202 - RouteCatalog | None
    try:
        from desktop.content.route_catalog import load_default_routes

        return load_default_routes(content_dir)[0]
    except Exception:  # broken content: partner ids are shown as they are
        return None


def _partner_titles(content_dir: Path | None, route_id: str, version: int | None
                    ) -> dict[str, str]:
    """Partner id → title in the case's route (the recipients the person may know)."""
    catalog = _route_catalog(content_dir)
    try:
        route = catalog.get(route_id, version) if catalog and route_id else None
    except KeyError:
        route = None
    return {p.id: p.title for p in route.partners} if route else {}


def _checklist_items(register: Register, case: m.Case) -> list[AccessItem]:
    """Signals answered "gezien" (labels from the list version used); none if content is broken."""
    try:
        from desktop.domain.checklist_answers import seen_items

        service = register.checklists
        seen = seen_items(service.answers(case.id or 0), service.catalog)
    except Exception:
        return []
    return [AccessItem(f"{case.id}/checklist/{s.list_id}/{s.item_id}", case.id or 0, case.number,
                       _GROUPS["checklist"], checklist.title, s.label, CAUTION_CHECKLIST)
            for checklist, s in seen]


def _attachment_items(register: Register, case: m.Case) -> list[AccessItem]:
    """Attachments of the case (issue 20): name, type, size and date; the file is not in the PDF."""
    from desktop.services.attachments import label_of, size_text

    return [AccessItem(f"{case.id}/bijlage/{r.id}/file", case.id or 0, case.number, _GROUPS["bijlage"],
                       f"Bijlage ({label_of(r)}, {size_text(r.size)})",
                       f"{r.file_name}, toegevoegd op {r.added_at[:10]}", CAUTION_ATTACHMENT)
            for r in register.attachments.list(case.id or 0)]


_GROUPS = {
    "zaak": "Zaak", "signaal": "Signaal", "persoon": "Gegevens over u", "adres": "Adressen",
    "verrijking": "Opgevraagde gegevens", "ontvangers": "Ontvangers", "checklist": "Signalen",
    "bijlage": "Bijlagen",
}
