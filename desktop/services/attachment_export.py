"""Attachments leaving with an export, under the profile's rule. Qt-free.

``exportable(profile, rows)``: which attachments a profile lets go at all (``attachments:
nooit`` — the default — none; ``afbeeldingen_met_reden``: images only, each picked with a
reason). ``name_findings(rows, names)``: the minimisation guard's check that an attachment's
file name does not contain a person's name (folded, so "Łukasz" in the name is found as
"lukasz"). ``embed(pdf, service, picks)``: the picked files as embedded files of the PDF (under
neutral names "bijlage-<n>.<ext>", never the original name), plus the export-log entries
(id, type, size, SHA-256, reason). The caller embeds *before* encrypting the PDF, so the
files are inside the AES-256 envelope.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.content.profiles import AttachmentUse, ExportProfile
from desktop.domain.fold import fold
from desktop.i18n import N_
from desktop.services.attachment_input import AttachmentRefused
from desktop.services.attachments import kind_of
from desktop.store.attachment_repo import AttachmentRow

if TYPE_CHECKING:
    from desktop.services.attachments import AttachmentService

_EXT = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/bmp": "bmp",
        "image/webp": "webp", "application/pdf": "pdf", "message/rfc822": "eml"}


@dataclass(frozen=True)
class NameFinding:
    attachment_id: int
    name: str  # the person's name found in the file name (shown to the officer only)


def exportable(profile: ExportProfile, rows: Iterable[AttachmentRow]) -> list[AttachmentRow]:
    if profile.attachments == AttachmentUse.NEVER:
        return []
    return [r for r in rows if kind_of(r) == "image"]


def name_findings(rows: Iterable[AttachmentRow], names: Iterable[str]) -> list[NameFinding]:
    """Attachments whose file name contains a person's name or one of its parts (>= 3 letters)."""
    parts: list[tuple[str, str]] = []
    for name in names:
        for part in fold(name).split():
            if len(part) >= 3:
                parts.append((part, name))
    out = []
    for row in rows:
        folded = fold(row.file_name)
        hit = next((name for part, name in parts if part in folded), None)
        if hit is not None:
            out.append(NameFinding(row.id, hit))
    return out


def check_picks(profile: ExportProfile, rows: Iterable[AttachmentRow], picks: Mapping[int, str]) -> None:
    allowed = {r.id for r in exportable(profile, rows)}
    for att_id, reason in picks.items():
        if att_id not in allowed:
            raise AttachmentRefused(N_("Dit exportprofiel staat deze bijlage niet toe."))
        if not reason.strip():
            raise AttachmentRefused(N_("Geef per meegestuurde bijlage een reden (komt in het exportlogboek)."))


def embed(pdf: bytes, service: AttachmentService, picks: Mapping[int, str]) -> tuple[bytes, list[dict]]:
    """The PDF with the picked attachments embedded, and the export-log entries for them."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    entries: list[dict] = []
    doc = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for n, (att_id, reason) in enumerate(picks.items(), 1):
        row, data = service.export_bytes(att_id)
        name = f"bijlage-{n}.{_EXT.get(row.mime, 'bin')}"
        embedded = doc.add_attachment(name, data)
        embedded.subtype = NameObject("/" + row.mime.replace("/", "#2F"))
        entries.append({"key": f"bijlage:{att_id}", "label": f"bijlage {name}", "attachment": att_id,
                        "file": name, "mime": row.mime, "size": row.size, "sha256": row.sha256,
                        "reason": reason.strip()})
        del data
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue(), entries


@dataclass(frozen=True)
class Candidate:
    """An attachment the officer may send with this export, and whether its name names someone."""

    row: AttachmentRow
    case_number: str
    name_in_file_name: str  # "" when the file name contains no person's name


def candidates(register, profile: ExportProfile, case_ids: Iterable[int]) -> list[Candidate]:
    """The attachments of these cases that the profile lets go (empty for ``attachments: nooit``)."""
    ids = list(case_ids)
    if profile.attachments == AttachmentUse.NEVER or not ids:
        return []
    rows = exportable(profile, register.attachments.for_cases(ids))
    out = []
    for case_id in ids:
        case = register.cases.get(case_id)
        mine = [r for r in rows if r.case_id == case_id]
        names = [n for p in case.persons for n in (p.name, p.alias) if n]
        flagged = {f.attachment_id: f.name for f in name_findings(mine, names)}
        out += [Candidate(r, case.number, flagged.get(r.id, "")) for r in mine]
    return out


def embed_for_export(register, profile: ExportProfile, case_ids: Iterable[int], picks: Mapping[int, str],
                     pdf: bytes) -> tuple[bytes, tuple[dict, ...]]:
    """Check the picks against the profile and the export's cases, then embed (before encryption)."""
    if not picks:
        return pdf, ()
    check_picks(profile, register.attachments.for_cases(list(case_ids)), picks)
    data, entries = embed(pdf, register.attachments, picks)
    return data, tuple(entries)
