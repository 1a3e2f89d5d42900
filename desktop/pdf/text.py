"""Turning user text into safe reportlab paragraph markup, and Dutch dates."""

from __future__ import annotations

import re
from datetime import date
from xml.sax.saxutils import escape

_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

# C0/C1 control characters (except tab and newline) have no glyph and can
# upset the paragraph parser; they never belong in printed text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def clean(text: str) -> str:
    """Normalise line ends, drop control characters, tabs become spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


def markup(text: str) -> str:
    """Escape user text for a reportlab Paragraph; newlines become line breaks."""
    return escape(clean(text)).replace("\n", "<br/>")


def paragraphs(text: str) -> list[str]:
    """Split text on blank lines into paragraph markup strings (empty ones dropped)."""
    parts = _BLANK_LINES.split(clean(text).strip())
    return [markup(part.strip("\n")) for part in parts if part.strip()]


def long_date(value: date) -> str:
    """``date(2025, 3, 12)`` → ``"12 maart 2025"``, independent of the OS locale."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def short_date(value: date) -> str:
    """``date(2025, 3, 12)`` → ``"12-03-2025"``."""
    return f"{value.day:02d}-{value.month:02d}-{value.year}"
