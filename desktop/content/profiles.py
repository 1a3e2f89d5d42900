"""Schema of an export profile (exports/*.yaml), as pydantic v2 models.

A profile says who receives a PDF handover and which sections and fields it gets.
Field ids come from the fixed registry in ``desktop.content.export_registry``; the
rules that need the registry or the whole file (unknown or forbidden fields, special
categories outside ``optional_fields``, duplicate ids) live in ``profile_checks``;
loading and the catalog live in ``profile_catalog``. ``load_profiles`` is re-exported
here for convenience.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from pydantic import BaseModel, ConfigDict, Field

from desktop.content.export_registry import FIELDS, SECTION_TITLES, SectionKind
from desktop.domain.model import EnrichmentSource, PersonRole, SpecialCategory

if TYPE_CHECKING:
    from desktop.content.problems import ContentProblem
    from desktop.content.profile_catalog import ProfileCatalog

PROFILE_ID_PATTERN = r"^[a-z][a-z0-9-]*[a-z0-9]$"
SECTION_ID_PATTERN = r"^[a-z][a-z0-9_]*$"

PATTERN_HINTS_NL = {
    PROFILE_ID_PATTERN: "kleine letters, cijfers en koppeltekens, bv. riec of overleg-agenda",
    SECTION_ID_PATTERN: "kleine letters, cijfers en _, beginnend met een letter, bv. daders",
}

DEFAULT_RETENTION_NOTE = (
    "Bewaar dit document niet langer dan nodig is voor het doel waarvoor het is verstrekt "
    "en vernietig het daarna."
)
DEFAULT_MASK_TEXT = "screening aanwezig"

Text = Annotated[str, Field(strict=True, min_length=1)]
Note = Annotated[str, Field(strict=True)]
Version = Annotated[int, Field(strict=True, gt=0)]
Flag = Annotated[bool, Field(strict=True)]
FieldId = Annotated[str, Field(strict=True, min_length=1)]


class Layout(StrEnum):
    DOSSIER = "dossier"  # per case: the sections one after another
    AGENDA = "agenda"  # one table, one row per case (consultation-table agenda)
    LETTER = "letter"  # a short letter per case (feedback to the reporter)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class ProfileSection(_Model):
    id: Annotated[str, Field(strict=True, pattern=SECTION_ID_PATTERN)]
    kind: SectionKind
    title: Text | None = None
    fields: list[FieldId] = []
    optional_fields: list[FieldId] = []  # off by default; added per export with a reason
    labels: dict[str, Text] = {}  # field id -> label printed instead of the registry's
    roles: list[PersonRole] = []  # persons (and their consents/identifiers) in these roles
    sources: list[EnrichmentSource] = []  # only these sources (empty: all)
    exclude_sources: list[EnrichmentSource] = []
    mask_sources: list[EnrichmentSource] = []  # summary replaced by ``mask_text``
    mask_text: Text = DEFAULT_MASK_TEXT

    def shown_title(self) -> str:
        return self.title or SECTION_TITLES[self.kind]

    def label_of(self, field_id: str) -> str:
        return self.labels.get(field_id) or FIELDS[field_id].label

    def columns(self) -> list[tuple[str, bool]]:
        """(field id, optional) in print order: ``fields`` as listed, then ``optional_fields``."""
        wanted = {f: False for f in self.fields} | {f: True for f in self.optional_fields}
        return [(f, optional) for f, optional in wanted.items() if f in FIELDS]

    def allows_role(self, role: PersonRole) -> bool:
        return not self.roles or role in self.roles

    def allows_source(self, source: EnrichmentSource) -> bool:
        if self.sources and source not in self.sources:
            return False
        return source not in self.exclude_sources


class SpecialUse(StrEnum):
    """What a profile allows for a special category found in free text or a checklist item."""

    NEVER = "nooit"  # never printed: a finding can only be redacted, an item is left out
    WITH_REASON = "met_reden"  # printed only when the officer gives a reason (logged)


class AttachmentUse(StrEnum):
    """Whether attachments (issue 20) may go with an export of this profile."""

    NEVER = "nooit"  # the default: attachments never leave with this profile
    IMAGES_WITH_REASON = "afbeeldingen_met_reden"  # selected images, each with a logged reason


class ExportProfile(_Model):
    id: Annotated[str, Field(strict=True, pattern=PROFILE_ID_PATTERN)]
    version: Version
    title: Text  # Dutch; printed as document title and in the PDF metadata (no personal data)
    recipient: Text  # label printed on every page and in the watermark
    description: Note = ""
    layout: Layout = Layout.DOSSIER
    legal_ground: Text  # footer: the legal ground for sharing
    retention_note: Text = DEFAULT_RETENTION_NOTE
    non_punishment_note: Flag = False  # print the note when a victim may also be a suspect
    max_cases: Annotated[int, Field(strict=True, gt=0)] | None = None
    # Per special category: never, or only with a reason (the default for unlisted ones).
    special_categories: dict[SpecialCategory, SpecialUse] = {}
    # Consent per person: words that name this recipient in a consent's scope. When set,
    # a person is printed only with their own given, not withdrawn consent for it.
    consent_for: list[Text] = []
    attachments: AttachmentUse = AttachmentUse.NEVER  # attached files: never unless allowed
    sections: Annotated[list[ProfileSection], Field(min_length=1)]

    @property
    def key(self) -> str:
        """``id@version``, as written to the export log."""
        return f"{self.id}@{self.version}"

    def special_use(self, category: SpecialCategory) -> SpecialUse:
        return self.special_categories.get(category, SpecialUse.WITH_REASON)

    @property
    def requires_consent(self) -> bool:
        return bool(self.consent_for)

    def case_limit(self) -> int | None:
        if self.max_cases is not None:
            return self.max_cases
        return 1 if self.layout == Layout.LETTER else None


def load_profiles(dirs: Iterable[Path]) -> tuple[ProfileCatalog, list[ContentProblem]]:
    """All valid profiles of ``dirs`` (bundled folder first) plus the problems found."""
    from desktop.content.profile_catalog import load_profiles as _load

    return _load(dirs)
