"""The officer's choices and the PdfDocument built from a preview (and nothing else).

Only preview fields are ever printed: a field not whitelisted by the profile never
reached the preview, an optional field is printed only when added with a reason, and
a left-out field is skipped. Empty sections caused by leaving things out disappear;
a section without any data says "Geen gegevens.".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.content.profiles import Layout
from desktop.pdf.document import Block, KeyValues, PdfDocument, Section, Table, Text
from desktop.pdf.text import long_date
from desktop.services.export.guard import Finding, redact
from desktop.services.export.minimise import field_findings
from desktop.services.export.preview import (
    ExportPreview,
    Look,
    PreviewCase,
    PreviewField,
    PreviewRecord,
    PreviewSection,
)

NAMES_FIELD = "case.names"
DISTRIBUTION_NOTE = "Niet verder verspreiden zonder toestemming van de afzender."
ADDED_NOTE = ("Gegevens die standaard niet worden gedeeld, zijn met een reden toegevoegd; "
              "de reden staat in het exportlogboek van de afzender.")
KEPT_NOTE = ("Tekst die de minimalisatiecontrole markeerde, is met een reden behouden; de "
             "reden staat in het exportlogboek van de afzender.")
OTHER_GROUND = ("geen toestemming; gedeeld op een andere grondslag, met reden vastgelegd in "
                "het exportlogboek van de afzender")
AGENDA_OUTCOME = (("outcome.agreed", "Uitkomst / afspraak"), ("outcome.who", "Wie, wanneer"))
AGENDA_WIDTHS = {"case.number": 1.0, "case.forms": 1.2, "case.title": 1.8, "case.question": 2.6,
                 "outcome.agreed": 3.6, "outcome.who": 1.8}
WRITE_ROOM = "\n".join(["\u00a0"] * 6)  # empty lines to write the outcome in
RECORD_LABEL = "Betrokkene"
RECORD_FIELD = "record.label"
# Relative column widths for tables (1.3 for anything not listed).
WIDTHS = {
    "case.number": 1.1, "case.forms": 1.4, "case.title": 2.6, "case.question": 3.0,
    "case.names": 2.6, "person.name": 2.0, "person.alias": 1.4, "person.birth_date": 1.2,
    "person.estimated_age": 1.0, RECORD_FIELD: 1.6, "address.address": 3.0,
    "organisation.name": 2.6,
    "organisation.housing_address": 2.6, "person.address": 2.4, "identifier.value": 2.0, "identifier.person": 1.6,
    "checklist.id": 1.1, "checklist.label": 3.4, "checklist.seen_by": 1.6,
    "enrichment.source": 2.0, "enrichment.date": 1.1, "enrichment.summary": 3.2,
    "enrichment.legal_ground": 1.6, "route.step": 3.0, "route.date": 1.1,
    "route.decision": 1.8, "route.partners": 1.8, "route.outcome": 2.6,
    "handover.partner": 2.6, "handover.started_on": 1.1, "handover.status": 1.1,
    "consent.person": 2.1, "consent.scope": 1.8, "consent.recorded_on": 1.5,
    "consent.withdrawn_on": 1.5, "outcome.agreed": 2.6, "outcome.who": 1.6,
}


@dataclass
class ExportChoices:
    """What the officer decided in the preview."""

    left_out: set[str] = field(default_factory=set)  # keys of default fields left out
    added: dict[str, str] = field(default_factory=dict)  # key of optional field -> reason
    names_allowed: set[int] = field(default_factory=set)  # agenda: case ids with names
    questions: dict[int, str] = field(default_factory=dict)  # case id -> question
    password: str | None = None  # encrypt the PDF (AES-256) when set
    redacted: set[str] = field(default_factory=set)  # guard finding ids replaced by placeholders
    kept: dict[str, str] = field(default_factory=dict)  # guard finding id -> written reason
    attachments: dict[int, str] = field(default_factory=dict)  # attachment id -> reason (issue 20)


class Selection:
    """Answers "is this field printed, and with which text?" for one set of choices."""

    def __init__(self, preview: ExportPreview, choices: ExportChoices) -> None:
        self.choices = choices
        self.preview = preview
        self._case_of = {f.key: c.case_id for c in preview.cases for f in c.fields()}
        self._cases = {c.case_id: c for c in preview.cases}
        self._findings: dict[str, list[Finding]] | None = None

    def included(self, f: PreviewField) -> bool:
        if f.fixed:
            return True
        if f.optional:
            return f.key in self.choices.added or (
                f.field_id == NAMES_FIELD and self._case_of[f.key] in self.choices.names_allowed
            )
        return f.key not in self.choices.left_out

    def raw(self, f: PreviewField) -> str:
        """The field's text before the guard's redactions."""
        if f.editable:
            return self.choices.questions.get(self._case_of[f.key], "").strip()
        return f.value

    def text(self, f: PreviewField) -> str:
        found = self.findings_by_field().get(f.key)
        raw = self.raw(f)
        return redact(raw, found, self.choices.redacted) if found else raw

    def findings_by_field(self) -> dict[str, list[Finding]]:
        """The guard's findings in every printed free-text field (computed once)."""
        if self._findings is None:
            printed = {f.key for f in self.preview.fields() if self.included(f)}
            out: dict[str, list[Finding]] = {}
            for case in self.preview.cases:
                for f in case.fields():
                    if f.key not in printed:
                        continue
                    found = field_findings(f.key, f.field_id, f.label, self.raw(f), case.number,
                                           case.guard, printed)
                    if found:
                        out[f.key] = found
            self._findings = out
        return self._findings

    def findings(self) -> list[Finding]:
        return [x for found in self.findings_by_field().values() for x in found]

    def open_findings(self) -> list[Finding]:
        c = self.choices
        return [x for x in self.findings() if x.id not in c.redacted and x.id not in c.kept]

    def shown(self, f: PreviewField) -> str | None:
        """The printed text, or None when the field is not printed."""
        if not self.included(f):
            return None
        return self.text(f) or None

    def record_values(self, record: PreviewRecord) -> dict[str, str]:
        return {f.field_id: text for f in record.fields if (text := self.shown(f)) is not None}


def build_document(preview: ExportPreview, choices: ExportChoices, log_id: int) -> PdfDocument:
    sel = Selection(preview, choices)
    profile = preview.profile
    if profile.layout == Layout.AGENDA:
        sections = _agenda(preview, sel)
    else:
        many = len(preview.cases) > 1
        sections = [s for case in preview.cases for s in _case_sections(case, sel, many)]
    return PdfDocument(
        title=profile.title,
        recipient=profile.recipient,
        case_label=preview.case_label,
        date=preview.made_on,
        municipality=preview.municipality,
        sections=sections,
        footer_notes=footer_notes(preview, sel, log_id),
        details=title_details(preview),
    )


def title_details(preview: ExportPreview) -> list[tuple[str, str]]:
    """The meeting (agenda) or the officer as contact (dossiers) in the title block."""
    meeting = preview.meeting
    if meeting is not None:
        rows = [("Overleg", meeting.kind), ("Datum overleg", long_date(meeting.held_on))]
        if meeting.title and meeting.title != meeting.kind:
            rows.insert(1, ("Titel", meeting.title))
        if meeting.place:
            rows.append(("Plaats", meeting.place))
        return rows
    return list(preview.contact)


def footer_notes(preview: ExportPreview, sel: Selection, log_id: int) -> list[str]:
    profile = preview.profile
    notes = [f"Grondslag: {profile.legal_ground}", DISTRIBUTION_NOTE,
             f"Bewaren: {profile.retention_note}"]
    grounds = ground_notes(preview, sel)
    if grounds:
        notes.append("Grondslag per persoon: " + "; ".join(grounds) + ".")
    if any(f.optional and sel.included(f) for f in preview.fields()):
        notes.append(ADDED_NOTE)
    if sel.choices.kept:
        notes.append(KEPT_NOTE)
    notes.append(f"Exportlog-nr. {log_id} · exportprofiel '{profile.id}' versie "
                 f"{profile.version} · {preview.municipality}")
    return notes


def ground_notes(preview: ExportPreview, sel: Selection) -> list[str]:
    """Per printed person of a consent-requiring profile: the actual ground."""
    many = len(preview.cases) > 1
    out = []
    for case in preview.cases:
        for g in case.grounds:
            if not any(f.key.startswith(g.record_key + "/") and sel.included(f)
                       for f in case.fields()):
                continue
            who = f"{case.number} {g.label}" if many else g.label
            out.append(f"{who}: {g.consent or OTHER_GROUND}")
    return out


def _case_sections(case: PreviewCase, sel: Selection, many: bool) -> list[Section]:
    out = []
    for section in case.sections:
        blocks = _blocks(section, sel)
        if blocks is None:
            continue
        title = f"{case.number} · {section.title}" if many else section.title
        out.append(Section(title, blocks))
    return out


def _blocks(section: PreviewSection, sel: Selection) -> list[Block] | None:
    """The section's blocks; [] prints "Geen gegevens."; None drops the section."""
    if not section.records:
        return [] if section.look in (Look.TABLE, Look.RECORDS) else None
    if section.look == Look.TABLE:
        return _table(section, sel)
    blocks: list[Block] = []
    for record in section.records:
        values = sel.record_values(record)
        if not values:
            continue
        if section.look == Look.TEXT:
            blocks += [Text(values[fid]) for fid, _ in section.columns if fid in values]
            continue
        rows = [(label, values[fid]) for fid, label in section.columns if fid in values]
        if section.look == Look.RECORDS:
            rows.insert(0, (RECORD_LABEL, record.label))
        blocks.append(KeyValues(rows))
    return blocks or None


def _table(section: PreviewSection, sel: Selection) -> list[Block] | None:
    kept = [(r, v) for r in section.records if (v := sel.record_values(r))]
    if not kept:
        return None
    rows = [v for _, v in kept]
    columns = [(fid, label) for fid, label in section.columns if any(fid in v for v in rows)]
    if any(r.label for r, _ in kept):  # persons: who each row is about (never a name)
        columns.insert(0, (RECORD_FIELD, RECORD_LABEL))
        rows = [{RECORD_FIELD: r.label} | v for r, v in kept]
    return [Table([label for _, label in columns],
                  [[v.get(fid, "") for fid, _ in columns] for v in rows],
                  col_widths=[WIDTHS.get(fid, 1.3) for fid, _ in columns])]


def _agenda(preview: ExportPreview, sel: Selection) -> list[Section]:
    """One table, one row per case, from each case's (single) case-level section."""
    first = preview.cases[0].sections[0]
    editable = {f.field_id for c in preview.cases for f in c.fields() if f.editable}
    rows = []
    for case in preview.cases:
        values: dict[str, str] = {}
        for record in case.sections[0].records:
            values.update(sel.record_values(record))
        rows.append(values)
    columns = [(fid, label) for fid, label in first.columns
               if fid in editable or any(fid in v for v in rows)]
    columns += list(AGENDA_OUTCOME)  # filled in at the table: room to write
    rows = [v | {fid: WRITE_ROOM for fid, _ in AGENDA_OUTCOME} for v in rows]
    widths = [AGENDA_WIDTHS.get(fid, WIDTHS.get(fid, 1.3)) for fid, _ in columns]
    table = Table([label for _, label in columns],
                  [[v.get(fid, "") for fid, _ in columns] for v in rows], col_widths=widths)
    return [Section(first.title, [table])]
