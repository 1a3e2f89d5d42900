"""What WOULD leave the vault: the preview of an export, field by field.

The preview holds the actual values of every whitelisted field (and nothing else),
each with a stable key (``<case id>/<section id>/<record>/<field id>``) so the officer
can leave it out. Fields that are off by default (special categories, fields a
profile only allows with a reason) are listed separately via ``optional_fields()``.
The PDF is built from this object only, never from the case itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.content.profiles import ExportProfile, Layout
from desktop.services.export.guard import GuardContext


class Look(StrEnum):
    """How a section is printed."""

    PAIRS = "pairs"  # label/value list (case-level facts)
    RECORDS = "records"  # one label/value list per record (persons)
    TABLE = "table"  # one row per record
    TEXT = "text"  # running text (letter, notes)


@dataclass(frozen=True)
class PreviewField:
    key: str
    field_id: str
    label: str
    value: str
    optional_reason: str = ""  # Dutch, why it is off by default; "" = included by default
    editable: bool = False  # text supplied by the officer at export time (a question)
    fixed: bool = False  # part of the document that cannot be left out (a protective note)

    @property
    def optional(self) -> bool:
        return bool(self.optional_reason)


@dataclass(frozen=True)
class PreviewRecord:
    key: str
    label: str  # e.g. "Mogelijke dader 1"; "" for case-level facts
    fields: tuple[PreviewField, ...]


@dataclass(frozen=True)
class PreviewSection:
    key: str
    section_id: str
    title: str
    look: Look
    columns: tuple[tuple[str, str], ...]  # (field id, label) in print order
    records: tuple[PreviewRecord, ...]

    def fields(self) -> Iterator[PreviewField]:
        for record in self.records:
            yield from record.fields


@dataclass(frozen=True)
class PersonGround:
    """The legal ground for naming one person to a consent-requiring recipient."""

    record_key: str  # the person's preview record ("<case>/<section>/p<id>")
    label: str  # "Mogelijk slachtoffer 1"
    consent: str  # Dutch: "toestemming gegeven op 15-03-2026 (schriftelijk)"; "" = none


@dataclass(frozen=True)
class PreviewCase:
    case_id: int
    number: str
    sections: tuple[PreviewSection, ...]
    guard: GuardContext = field(default_factory=GuardContext)
    grounds: tuple[PersonGround, ...] = ()  # consent-requiring profiles: one per victim

    def fields(self) -> Iterator[PreviewField]:
        for section in self.sections:
            yield from section.fields()


@dataclass(frozen=True)
class MeetingInfo:
    """The consultation-table meeting an agenda is for (printed at the top of the agenda)."""

    kind: str  # meeting type title, e.g. "Zorgtafel"
    title: str
    held_on: date
    place: str = ""
    questions: dict[int, str] = field(default_factory=dict)  # case id -> question to the table
    names_allowed: frozenset[int] = frozenset()  # case ids marked "namen toegestaan"


@dataclass(frozen=True)
class ExportPreview:
    profile: ExportProfile
    cases: tuple[PreviewCase, ...]
    municipality: str
    made_on: date
    meeting: MeetingInfo | None = None
    contact: tuple[tuple[str, str], ...] = ()  # the officer as contact: (label, value)

    def fields(self) -> Iterator[PreviewField]:
        for case in self.cases:
            yield from case.fields()

    def default_fields(self) -> list[PreviewField]:
        """Fields that leave the vault unless the officer leaves them out."""
        return [f for f in self.fields() if not f.optional]

    def optional_fields(self) -> list[PreviewField]:
        """Off by default; can be added with a written reason."""
        return [f for f in self.fields() if f.optional]

    def field(self, key: str) -> PreviewField:
        for f in self.fields():
            if f.key == key:
                return f
        raise KeyError(key)

    def case(self, case_id: int) -> PreviewCase:
        return next(c for c in self.cases if c.case_id == case_id)

    @property
    def case_ids(self) -> list[int]:
        return [c.case_id for c in self.cases]

    @property
    def case_label(self) -> str:
        """Printed in every page header: "Zaak 2026-0042", "Agenda (3 zaken)"."""
        count = len(self.cases)
        if self.profile.layout == Layout.AGENDA:
            return f"Agenda ({count} {'zaak' if count == 1 else 'zaken'})"
        if count == 1:
            return f"Zaak {self.cases[0].number}"
        return f"Zaken {', '.join(c.number for c in self.cases)}"
