"""Export-log entries as the GUI and CLI show them, and what a new entry records.

The log records field *references* (key, case number, field id, label) and the
reasons for added fields; never the values that left the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.content.profile_catalog import ProfileCatalog
from desktop.services.export.document import NAMES_FIELD, ExportChoices, Selection
from desktop.services.export.preview import ExportPreview, PreviewField
from desktop.store.export_repo import ExportLogRow

NAMES_REASON = "namen toegestaan voor dit overleg"


@dataclass(frozen=True)
class ExportLogEntry:
    id: int
    exported_at: datetime | None
    actor: str
    profile_id: str
    profile_version: int | None
    profile_title: str  # from the catalog; the id when the profile is gone
    recipient: str
    case_ids: tuple[int, ...]
    fields_out: tuple[dict[str, Any], ...]  # {"key", "case", "field", "label"}
    fields_in: tuple[dict[str, Any], ...]  # the same plus "reason"
    sha256: str
    encrypted: bool
    state: str = "klaar"  # "bezig" (being written), "klaar", "mislukt" (interrupted, no file)

    @property
    def failed(self) -> bool:
        return self.state == "mislukt"

    @property
    def sha256_short(self) -> str:
        return self.sha256[:12]


def log_fields(preview: ExportPreview, choices: ExportChoices
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(fields left out, fields added with their reasons) for the export log."""
    sel = Selection(preview, choices)
    numbers = {f.key: c.number for c in preview.cases for f in c.fields()}
    out, added = [], []
    for f in preview.fields():
        if f.fixed:
            continue
        if not f.optional and not sel.included(f):
            out.append(_ref(f, numbers[f.key]))
        elif f.optional and sel.included(f):
            reason = choices.added.get(f.key, "").strip()
            if not reason and f.field_id == NAMES_FIELD:
                reason = NAMES_REASON
            added.append(_ref(f, numbers[f.key]) | {"reason": reason})
    for finding in sel.findings():  # the guard: kind and field only, never the text
        ref = {"key": finding.id, "case": finding.case_number, "field": finding.field_key,
               "label": finding.field_label, "finding": finding.kind}
        if finding.id in choices.redacted:
            out.append(ref)
        elif finding.id in choices.kept:
            added.append(ref | {"reason": choices.kept[finding.id].strip()})
    return out, added


def kept_findings(entry: ExportLogEntry) -> int:
    """How many guard findings were kept with a reason in this export."""
    return sum(1 for f in entry.fields_in if f.get("finding"))


def _ref(f: PreviewField, number: str) -> dict[str, Any]:
    return {"key": f.key, "case": number, "field": f.field_id, "label": f.label}


def to_entry(row: ExportLogRow, catalog: ProfileCatalog) -> ExportLogEntry:
    profile_id, _, version_text = row.profile.partition("@")
    version = int(version_text) if version_text.isdigit() else None
    try:
        title = catalog.get(profile_id, version).title
    except KeyError:
        title = profile_id
    try:
        at: datetime | None = datetime.fromisoformat(row.exported_at)
    except ValueError:
        at = None
    return ExportLogEntry(row.id, at, row.actor, profile_id, version, title, row.recipient,
                          row.case_ids, row.fields_out, row.fields_in, row.sha256, row.encrypted,
                          row.state)
