"""A generic, profile-agnostic description of a PDF export.

The services layer decides *what* goes into a document (export profile, field
whitelists, the officer's omissions); this module only describes the shape.
All strings are plain user text: the renderer escapes them, so ``<``, ``&`` and
``>`` print literally.

``title`` ends up in the PDF metadata, so it must never contain personal data
(use e.g. "Overdracht aan RIEC", not a person's name). ``recipient`` and
``case_label`` are printed on every page but never written to the metadata.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class KeyValues:
    """Label/value pairs, printed as a two-column list."""

    rows: list[tuple[str, str]]


@dataclass
class Table:
    """A table with a header row that repeats on every page.

    ``col_widths`` are relative weights (e.g. ``[1, 3, 1]``); ``None`` derives
    them from the content.
    """

    columns: list[str]
    rows: list[list[str]]
    col_widths: list[float] | None = None


@dataclass
class Text:
    """Free text. Blank lines separate paragraphs; single newlines are kept."""

    text: str
    style: str = "body"  # "body" | "small" | "note"


Block = KeyValues | Table | Text


@dataclass
class Section:
    title: str
    blocks: list[Block]


@dataclass
class PdfDocument:
    """One export.

    ``case_label`` is printed as-is in the page header, e.g. "Zaak 2025-0042"
    or, for a document about several cases, "Agenda (meerdere zaken)".
    ``footer_notes`` (legal ground, distribution and retention notes, export
    log id) are printed in small type at the end of the document.
    """

    title: str
    recipient: str
    case_label: str
    date: date
    municipality: str
    sections: list[Section]
    footer_notes: list[str] = field(default_factory=list)
    subtitle: str = ""
    # extra rows of the title block after "Kenmerk": the meeting (agenda), the officer as
    # contact (dossiers). Plain text, never in the metadata.
    details: list[tuple[str, str]] = field(default_factory=list)
    # Hook for the audit-chain head witness ("logboek: 1234 regels, kop ab12cd…"): when set,
    # it is printed in every page footer. Filled by the export service (issue 13).
    witness: str | None = None
