"""Turn pydantic validation errors into ContentProblems with Dutch messages.

Reusable for every content type (checklists, routes, export profiles):
``problems_from_validation_error(exc, file, lines, pattern_hints)``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from desktop.content.problems import ContentProblem
from desktop.content.yamlload import LineMap, dotted

_FIXED = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekend veld",
    "string_type": "moet tekst zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "float_type": "moet een getal zijn",
    "list_type": "moet een lijst zijn",
    "dict_type": "moet een tabel met velden zijn (veld: waarde)",
    "model_type": "moet een tabel met velden zijn (veld: waarde)",
    "model_attributes_type": "moet een tabel met velden zijn (veld: waarde)",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "date_from_datetime_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "frozen_instance": "mag niet gewijzigd worden",
}

_TYPE_ERRORS = {
    "string_type",
    "int_type",
    "bool_type",
    "float_type",
    "list_type",
    "dict_type",
    "model_type",
    "model_attributes_type",
    "date_type",
}


def _allowed(expected: str) -> str:
    """Pydantic's English "'a', 'b' or 'c'" -> "a, b, c"."""
    values = re.findall(r"'([^']*)'", expected)
    return ", ".join(values) if values else expected


def _shown(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _at_least(count: int, what: str) -> str:
    return "mag niet leeg zijn" if count == 1 else f"moet minstens {count} {what} bevatten"


def dutch_message(error: Mapping[str, Any], pattern_hints: Mapping[str, str] | None = None) -> str:
    """Dutch text for one entry of ``ValidationError.errors()``."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if kind in _TYPE_ERRORS and value is None:
        return "geen waarde ingevuld"
    if kind in _FIXED:
        return _FIXED[kind]
    if kind in ("literal_error", "enum"):
        allowed = _allowed(str(ctx.get("expected", "")))
        return f"onbekende waarde '{_shown(value)}'; toegestaan: {allowed}"
    if kind == "string_too_short":
        return _at_least(ctx.get("min_length", 1), "tekens")
    if kind == "string_too_long":
        return f"is te lang: maximaal {ctx.get('max_length')} tekens"
    if kind == "too_short":
        return _at_least(ctx.get("min_length", 1), "elementen")
    if kind == "too_long":
        return f"te veel elementen: maximaal {ctx.get('max_length')}"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return _comparison(kind, ctx)
    if kind == "string_pattern_mismatch":
        hint = (pattern_hints or {}).get(ctx.get("pattern", ""))
        return f"ongeldige waarde '{_shown(value)}'" + (f": verwacht {hint}" if hint else "")
    if kind in ("value_error", "assertion_error"):
        return str(ctx.get("error", "ongeldige waarde"))
    return f"ongeldige waarde ({kind})"


def _comparison(kind: str, ctx: Mapping[str, Any]) -> str:
    if kind == "greater_than" and ctx.get("gt") == 0:
        return "moet een positief geheel getal zijn (1 of hoger)"
    words = {
        "greater_than": ("groter dan", "gt"),
        "greater_than_equal": ("minstens", "ge"),
        "less_than": ("kleiner dan", "lt"),
        "less_than_equal": ("hoogstens", "le"),
    }
    text, key = words[kind]
    return f"moet {text} {ctx.get(key)} zijn"


def problems_from_validation_error(
    exc: ValidationError,
    file: Path,
    lines: LineMap,
    pattern_hints: Mapping[str, str] | None = None,
) -> list[ContentProblem]:
    """One ContentProblem (file, line, dotted field, Dutch message) per pydantic error."""
    problems = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        problems.append(
            ContentProblem(
                file, lines.line_of(loc), dotted(loc), dutch_message(error, pattern_hints)
            )
        )
    return problems
