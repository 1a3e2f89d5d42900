"""The reviewed answer to an inzageverzoek: the PDF for the data subject, logged and audited.

Every removal carries a reason (a code from ``access_request.REASONS`` plus an
optional note; "anders" needs a note). The PDF holds only the items that were kept.
Delivery writes the file and, in the same transaction, an export-log row (profile
"inzageverzoek", ``fields_out`` = the removed items with their reasons) and an audit
entry "inzageverzoek_verstrekt" per case (no content).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import safe_files
from desktop.domain import labels
from desktop.domain.fold import fold
from desktop.domain.validation import FieldError, ValidationFailed
from desktop.pdf.document import KeyValues, PdfDocument, Section, Table, Text
from desktop.services.access.request import (
    CAUTION_TEXT,
    OTHER,
    REASONS,
    RESTRICTED,
    THIRD_PARTY,
    AccessOverview,
)
from desktop.services.export.guard import ForbiddenName
from desktop.services.export.guard_scan import fold_with_map, name_spans, name_tokens
from desktop.store import audit, export_repo
from desktop.store.codec import now_s

if TYPE_CHECKING:
    from desktop.services.register import Register

PROFILE = "inzageverzoek"
RECIPIENT = "betrokkene"
ACTION = "inzageverzoek_verstrekt"
TITLE = "Inzage in persoonsgegevens (AVG artikel 15)"
ABOUT_INTRO = (
    "Dit overzicht bevat de persoonsgegevens over u die de aandachtsfunctionaris "
    "mensenhandel van de gemeente heeft vastgelegd.\n\n"
    "Doel: signalen van mogelijke mensenhandel beoordelen, verrijken en doorzetten naar de "
    "juiste partner, zodat slachtoffers hulp krijgen en uitbuiting wordt aangepakt. "
    "Grondslag: de publieke taak van de gemeente (AVG artikel 6 lid 1 sub e).\n\n"
    "Herkomst: de gegevens komen van medewerkers van de gemeente die een signaal meldden, en "
    "uit registraties die de gemeente mocht raadplegen."
)
ABOUT_RIGHTS = (
    "Uw rechten: u kunt vragen om onjuiste gegevens te verbeteren, gegevens te wissen of de "
    "verwerking te beperken, en bezwaar maken. Een klacht kunt u indienen bij de Autoriteit "
    "Persoonsgegevens."
)


@dataclass(frozen=True)
class Removal:
    reason: str  # a REASONS code
    note: str = ""


@dataclass(frozen=True)
class Delivery:
    path: Path
    sha256: str
    log_id: int
    cases: int
    kept: int
    removed: int


FREE_TEXT_GROUPS = {"signaal", "verrijking"}  # case-level free text: usually about others
FREE_TEXT_NOTE = ("vrije tekst over de zaak; neem alleen op wat over de verzoeker gaat")
SECURITY_WORDS = ("riec", "politie", "opsporing", "openbaar ministerie", "kmar",
                  "marechaussee", "fiod", "inspectie")
SECURITY_NOTE = "overdracht aan de veiligheidskant; openbaar maken kan een onderzoek schaden"


NAMES_OTHER_NOTE = "noemt een andere persoon (gevonden door de minimalisatiecontrole)"


def default_removals(overview: AccessOverview, register: Register | None = None
                     ) -> dict[str, Removal]:
    """Removed unless the officer keeps them ("the safe side"): what ``request`` marks, case-
    level free text (it usually names others), any free text naming another person of the
    case or the reporter (with ``register``: the guard's name matching), and handovers to
    RIEC or police."""
    others = other_names(register, overview) if register is not None else {}
    out: dict[str, Removal] = {}
    for item in overview.items:
        group = item.key.split("/")[1] if item.key.count("/") >= 2 else ""
        if item.default_reason:
            out[item.key] = Removal(item.default_reason)
        elif item.caution == CAUTION_TEXT and names_other(item.value, others.get(item.case_id)):
            out[item.key] = Removal(THIRD_PARTY, NAMES_OTHER_NOTE)
        elif group in FREE_TEXT_GROUPS and item.caution == CAUTION_TEXT:
            out[item.key] = Removal(THIRD_PARTY, FREE_TEXT_NOTE)
        elif group == "ontvangers" and any(w in fold(item.value) for w in SECURITY_WORDS):
            out[item.key] = Removal(RESTRICTED, SECURITY_NOTE)
    return out


def other_names(register: Register, overview: AccessOverview) -> dict[int, list[ForbiddenName]]:
    """Per case: the persons who are not the requester, and the reporter (folded tokens)."""
    out: dict[int, list[ForbiddenName]] = {}
    for match in overview.matches:
        case = register.cases.get(match.case_id)
        names = [ForbiddenName("ander", name_tokens(p.name, p.alias)) for p in case.persons
                 if p.id not in match.person_ids and (p.name or p.alias)]
        if case.reporter_name.strip():
            names.append(ForbiddenName("melder", name_tokens(case.reporter_name)))
        out[match.case_id] = names
    return out


def names_other(text: str, names: list[ForbiddenName] | None) -> bool:
    if not names or not text.strip():
        return False
    folded, where = fold_with_map(text)
    return any(name_spans(folded, where, n) for n in names)


def about_text(overview: AccessOverview, removals: dict[str, Removal]) -> str:
    """The explanation, saying only what is true of this report."""
    parts = [ABOUT_INTRO]
    reasons = {r.reason for r in removals.values()}
    if THIRD_PARTY in reasons:
        parts.append("Gegevens over andere personen zijn weggelaten (AVG artikel 15 lid 4).")
    if RESTRICTED in reasons:
        parts.append("Sommige gegevens zijn niet opgenomen vanwege een wettelijke beperking "
                     "(UAVG artikel 41), bijvoorbeeld om een lopend onderzoek niet te schaden.")
    kept_free = [i for i in overview.items if i.caution == CAUTION_TEXT and i.key not in removals]
    if kept_free:
        parts.append("Vrije tekst is opgenomen zoals die is vastgelegd; die kan ook andere "
                     "personen noemen waar dat nodig is om uw gegevens te begrijpen.")
    parts.append(ABOUT_RIGHTS)
    return "\n\n".join(parts)


def check_removals(overview: AccessOverview, removals: dict[str, Removal]) -> None:
    """Every removal names a known reason; "anders" needs a note (Dutch ValidationFailed)."""
    errors = []
    keys = {i.key for i in overview.items}
    for key, removal in removals.items():
        if key not in keys:
            errors.append(FieldError(key, "Onbekend onderdeel."))
        elif removal.reason not in REASONS:
            errors.append(FieldError(key, "Kies een reden voor het weglaten."))
        elif removal.reason == OTHER and not removal.note.strip():
            errors.append(FieldError(key, "Licht de andere reden toe."))
    if errors:
        raise ValidationFailed(errors)


def document(overview: AccessOverview, removals: dict[str, Removal], municipality: str
             ) -> PdfDocument:
    q = overview.query
    request = [("Naam zoals opgegeven", q.name)]
    if q.birth_date:
        request.append(("Geboortedatum zoals opgegeven", labels.format_date(q.birth_date)))
    request.append(("Datum van dit overzicht", labels.format_date(overview.made_on)))
    sections = [Section("Uw verzoek", [KeyValues(request)]),
                Section("Over deze verwerking", [Text(about_text(overview, removals))])]
    kept_cases = 0
    for match in overview.matches:
        groups: dict[str, list[list[str]]] = {}
        for item in overview.for_case(match.case_id):
            if item.key not in removals:
                groups.setdefault(item.group, []).append([item.label, item.value])
        # A table per group: its heading repeats on a new page, never stands alone.
        blocks: list = [Table([group, ""], rows, [1.0, 2.0]) for group, rows in groups.items()]
        if blocks:
            kept_cases += 1
            sections.append(Section(f"Zaak {match.number}", blocks))
    if not kept_cases:
        sections.append(Section("Gegevens", [Text("Er zijn geen gegevens over u gevonden die "
                                                  "aan u verstrekt kunnen worden.")]))
    return PdfDocument(title=TITLE, recipient="Betrokkene (inzageverzoek)",
                       case_label=f"Inzageverzoek ({kept_cases} "
                                  f"{'zaak' if kept_cases == 1 else 'zaken'})",
                       date=overview.made_on, municipality=municipality, sections=sections)


def render(overview: AccessOverview, removals: dict[str, Removal], municipality: str,
           invariant: bool = False) -> bytes:
    from desktop.pdf.render import render_pdf

    check_removals(overview, removals)
    return render_pdf(document(overview, removals, municipality), invariant=invariant)


def _log_fields(overview: AccessOverview, removals: dict[str, Removal]) -> list[dict[str, str]]:
    out = []
    for key, removal in removals.items():
        item = overview.item(key)
        reason = REASONS[removal.reason] + (f": {removal.note.strip()}" if removal.note.strip()
                                            else "")
        out.append({"key": key, "case": item.number, "field": key.rsplit("/", 1)[-1],
                    "label": item.label, "reason_code": removal.reason, "reason": reason})
    return out


def deliver(register: Register, overview: AccessOverview, removals: dict[str, Removal],
            dest: Path, municipality: str = "") -> Delivery:
    """Render, then log and write the file in one transaction (a failed write logs nothing)."""
    town = municipality or register.setting("municipality") or register.policy.municipality
    pdf = render(overview, removals, town)
    sha = hashlib.sha256(pdf).hexdigest()
    case_ids = [mt.case_id for mt in overview.matches]
    dest = Path(dest)
    with register.write() as conn:
        log_id = export_repo.next_id(conn)
        export_repo.insert(conn, export_repo.ExportLogRow(
            id=log_id, exported_at=now_s(), actor=audit.current_actor(), profile=PROFILE,
            recipient=RECIPIENT, case_ids=tuple(case_ids),
            fields_out=tuple(_log_fields(overview, removals)), fields_in=(), sha256=sha,
            encrypted=False))
        for case_id in case_ids or [None]:
            register.audit(conn, ACTION, case_id, PROFILE)
        safe_files.write_bytes(dest, pdf, overwrite=True)  # 0600, atomic; dialog confirmed
    return Delivery(dest, sha, log_id, len(case_ids), len(overview.items) - len(removals),
                    len(removals))
