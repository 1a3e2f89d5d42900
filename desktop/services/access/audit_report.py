"""The audit log as the "Logboek" view and the privacy officer's PDF show it.

Rows carry date/time, actor, the action (code plus Dutch source label) and the case
number — never case content. Cases that were destroyed have no number any more;
they show as "(vernietigd)". The chain check reports the first row where the hash
chain breaks (an edited or deleted row at or before it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from desktop.domain import labels
from desktop.errors import SchakelError
from desktop.pdf.document import KeyValues, PdfDocument, Section, Table, Text
from desktop.store import access_repo
from desktop.store.audit import ChainReport

if TYPE_CHECKING:
    from desktop.services.register import Register

DESTROYED = "(vernietigd)"
EXPORT_ACTION = "logboek_geexporteerd"


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: datetime | None
    actor: str
    action: str  # code
    template: str  # Dutch source text with "{other}" / "{code}" (translate, then format)
    other: str  # the other case's number (link actions) or the unknown action's code
    case_id: int | None
    case_number: str  # "" when the entry is not about a case

    @property
    def label(self) -> str:
        return self.template.format(other=self.other, code=self.other)


@dataclass(frozen=True)
class AuditFilter:
    case_number: str = ""
    action: str = ""
    since: date | None = None
    until: date | None = None  # inclusive

    def describe(self) -> str:
        parts = []
        if self.case_number:
            parts.append(f"zaak {self.case_number}")
        if self.action:
            parts.append(f"handeling '{action_label(self.action)}'")
        if self.since:
            parts.append(f"vanaf {labels.format_date(self.since)}")
        if self.until:
            parts.append(f"tot en met {labels.format_date(self.until)}")
        return ", ".join(parts) or "geen filter (alle regels)"


class UnknownCase(SchakelError, LookupError):
    """The case number of a filter does not exist (any more)."""


def action_label(code: str) -> str:
    template = labels.AUDIT_ACTION.get(code)
    if template is None:
        return labels.UNKNOWN_ACTION.format(code=code)
    return template.replace(" {other}", "").replace("{other}", "")


def _numbers(register: Register) -> tuple[dict[int, str], set[int]]:
    with register.read() as conn:
        return access_repo.case_numbers(conn), access_repo.destroyed_case_ids(conn)


def lines(register: Register, flt: AuditFilter = AuditFilter(), limit: int = 5000  # noqa: B008
          ) -> list[AuditLine]:
    """Audit rows, newest first, filtered. Raises ``UnknownCase`` for an unknown number."""
    numbers, destroyed = _numbers(register)
    case_id = None
    if flt.case_number.strip():
        wanted = flt.case_number.strip()
        case_id = next((cid for cid, nr in numbers.items() if nr == wanted), None)
        if case_id is None:
            raise UnknownCase(wanted)
    entries = register.audit_entries(
        case_id=case_id, action=flt.action or None,
        since=flt.since.isoformat() if flt.since else None,
        until=(flt.until + timedelta(days=1)).isoformat() if flt.until else None, limit=limit)

    def number_for(cid: int | None) -> str:
        if cid is None:
            return ""
        return numbers.get(cid) or (DESTROYED if cid in destroyed else labels.UNKNOWN_CASE)

    out = []
    for e in entries:
        template, other = labels.audit_text(e.action, e.detail,
                                            lambda i: numbers.get(i) or DESTROYED)
        try:
            at: datetime | None = datetime.fromisoformat(e.at)
        except ValueError:
            at = None
        out.append(AuditLine(e.id, at, e.actor, e.action, template, other, e.case_id,
                             number_for(e.case_id)))
    return out


def actions_present(register: Register) -> list[str]:
    with register.read() as conn:
        return access_repo.audit_actions(conn)


def chain_text(report: ChainReport, at: datetime | None = None) -> str:
    if report.ok:
        return f"De keten van {report.rows} logboekregels is onafgebroken: er is niets gewijzigd " \
               "of verwijderd."
    when = f" ({labels.format_datetime(at)})" if at else ""
    return (f"De keten is verbroken bij regel {report.first_break}{when}: deze regel, of de regel "
            "ervoor, is gewijzigd of verwijderd buiten Schakel om.")


def document(rows: list[AuditLine], flt: AuditFilter, chain: ChainReport, municipality: str,
             today: date | None = None) -> PdfDocument:
    table = Table(["Regel", "Datum en tijd", "Gebruiker", "Zaak", "Handeling"],
                  [[str(r.id), labels.format_datetime(r.at), r.actor, r.case_number, r.label]
                   for r in rows], [0.6, 1.6, 1.2, 1.2, 3.2])
    summary = KeyValues([("Filter", flt.describe()), ("Aantal regels", str(len(rows))),
                         ("Controle van de keten", chain_text(chain))])
    return PdfDocument(
        title="Logboek Schakel", recipient="Functionaris gegevensbescherming",
        case_label="Logboek (geen zaakinhoud)", date=today or date.today(),
        municipality=municipality,
        sections=[Section("Samenvatting", [summary]), Section("Regels", [table] if rows else [
            Text("Geen regels binnen dit filter.")])],
        footer_notes=["Het logboek bevat wie, wanneer, welke handeling en het zaaknummer; nooit "
                      "de inhoud van een zaak. Elke regel bevat de hash van de vorige (keten)."],
    )


def export_pdf(register: Register, flt: AuditFilter, today: date | None = None,
               invariant: bool = False) -> bytes:
    """The PDF for the privacy officer; the export itself is logged."""
    from desktop.pdf.render import render_pdf

    rows = lines(register, flt, limit=100_000)
    chain = register.verify_audit()
    town = register.setting("municipality") or register.policy.municipality
    pdf = render_pdf(document(rows, flt, chain, town, today), invariant=invariant)
    with register.write() as conn:
        register.audit(conn, EXPORT_ACTION, detail=str(len(rows)))
    return pdf


def break_time(register: Register, report: ChainReport) -> datetime | None:
    if report.first_break is None:
        return None
    with register.read() as conn:
        at = access_repo.audit_row_time(conn, report.first_break)
    try:
        return datetime.fromisoformat(at) if at else None
    except ValueError:
        return None
