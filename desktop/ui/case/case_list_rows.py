"""Texts for case list cells: why a search matched, the unsaved draft row, lease marker, deadline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain import labels
from desktop.domain import model as m
from desktop.ui.widgets.fields import enum_label

_C = "CaseListRows"
FIELD_WORDS = {
    "zaaknummer": QT_TRANSLATE_NOOP(_C, "zaaknummer"), "naam": QT_TRANSLATE_NOOP(_C, "naam"),
    "alias": QT_TRANSLATE_NOOP(_C, "alias"), "bsn": QT_TRANSLATE_NOOP(_C, "BSN"),
    "adres": QT_TRANSLATE_NOOP(_C, "adres"), "postcode": QT_TRANSLATE_NOOP(_C, "postcode"),
    "plaats": QT_TRANSLATE_NOOP(_C, "plaats"), "organisatie": QT_TRANSLATE_NOOP(_C, "organisatie"),
    "kvk": QT_TRANSLATE_NOOP(_C, "KvK"), "titel": QT_TRANSLATE_NOOP(_C, "titel"),
    "afdeling": QT_TRANSLATE_NOOP(_C, "melder-afdeling"), "functie": QT_TRANSLATE_NOOP(_C, "functie melder"),
    "actie": QT_TRANSLATE_NOOP(_C, "volgende actie"), "signaaltekst": QT_TRANSLATE_NOOP(_C, "signaaltekst"),
}
SHOW_VALUE = frozenset({"naam", "alias", "adres", "postcode", "plaats", "organisatie", "kvk"})
MAX_VALUE = 40


def _tr(text: object) -> str:
    return QCoreApplication.translate(_C, str(text))


def _short(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= MAX_VALUE else value[:MAX_VALUE - 1] + "…"


def reason_text(code: str, value: str) -> str:
    """'naam Ștefan Țurcanu', 'adres Fictieweg 7', 'telefoon 06 12 34 56 78', 'zaaknummer'."""
    if code.startswith("id:"):
        kind = code[3:]
        known = kind in m.IdentifierKind._value2member_map_
        word = enum_label(labels.IDENTIFIER_KIND, m.IdentifierKind(kind)) if known else kind
        return f"{word} {_short(value)}"
    word = _tr(FIELD_WORDS.get(code, code))
    return f"{word} {_short(value)}" if code in SHOW_VALUE and value else word


def reasons_text(reasons: list[tuple[str, str]]) -> str:
    return "; ".join(reason_text(code, value) for code, value in reasons)


DRAFT_TITLE = QT_TRANSLATE_NOOP(_C, "Concept (nog niet opgeslagen)")


def draft_cells(payload: dict[str, Any], columns: dict[str, int]) -> dict[int, str]:
    """Display texts of the draft row by column (only what the draft already holds)."""
    raw = payload.get("signal")
    signal: dict[str, Any] = raw if isinstance(raw, dict) else {}
    title = str(signal.get("title") or "").strip()
    cells = {columns["number"]: _tr("Concept"), columns["status"]: _tr(DRAFT_TITLE), columns["title"]: title,
             columns["date"]: str(signal.get("received_on") or "").strip(),
             columns["department"]: str(signal.get("reporter_department") or "").strip(),
             columns["next"]: _tr("Verder invullen (Enter of dubbelklik)")}
    return {c: t for c, t in cells.items() if t}


def draft_tooltip(saved_at: str) -> str:
    if saved_at:
        return _tr("Concept van een nieuw signaal, bewaard op {when}. Openen om verder te gaan; "
                   "het staat nog niet in het register.").format(when=saved_at)
    return _tr("Concept van een nieuw signaal. Openen om verder te gaan; het staat nog niet in het register.")


LEASE_MARKERS = {"uitgeleend": QT_TRANSLATE_NOOP(_C, "in waarneming"),
                 "waarnemer": QT_TRANSLATE_NOOP(_C, "waarneming voor collega"),
                 "teruggegeven": QT_TRANSLATE_NOOP(_C, "teruggegeven"),
                 "overgedragen": QT_TRANSLATE_NOOP(_C, "overgedragen aan opvolger")}  # not the status


def lease_marker(s: m.CaseSummary) -> str:
    """'in waarneming tot 31-01-2027', 'overgedragen', … ("" when the case is not in a transfer)."""
    text = _tr(LEASE_MARKERS.get(s.lease, "")) if s.lease else ""
    if text and s.lease_until and s.lease in ("uitgeleend", "waarnemer"):
        text = _tr("{state} tot {date}").format(state=text, date=labels.format_date(s.lease_until))
    return text


def deadline_text(s: m.CaseSummary) -> str:
    """'Verrijken (12-03-2026)', with a '⚠ te laat: ' prefix when overdue."""
    when = labels.format_date(s.next_deadline)
    text = s.next_action or ""
    if when:
        text = f"{text} ({when})" if text else when
    if s.overdue:
        return _tr("⚠ te laat: {text}").format(text=text)
    return text
