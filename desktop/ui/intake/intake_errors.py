"""Map ``FieldError.field`` dotted paths (``persons[0].bsn``) to intake fields, in form order."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from desktop.domain.validation import FieldError

_PATH = re.compile(r"^(\w+)\[(\d+)\]\.(\w+)$")
SIGNAL_ORDER = ("observed_at", "observed_time", "how_observed", "received_on",
                "reporter_department", "observations", "forms")
LISTS = ("persons", "addresses", "organisations", "identifiers")


def split(path: str) -> tuple[str, int, str] | None:
    """("persons", 0, "bsn") for "persons[0].bsn"; None for a signal field."""
    match = _PATH.match(path)
    if match and match.group(1) in LISTS:
        return match.group(1), int(match.group(2)), match.group(3)
    return None


def rank(path: str, keys_of: Callable[[str], Sequence[str]]) -> tuple[int, int, int]:
    """Sort key following the form from top to bottom (``keys_of`` = field order of a row)."""
    parts = split(path)
    if parts is None:
        return 0, SIGNAL_ORDER.index(path) if path in SIGNAL_ORDER else 99, 0
    name, index, key = parts
    keys = list(keys_of(name))
    return 1 + LISTS.index(name), index, keys.index(key) if key in keys else 99


def inline_message(error: FieldError) -> str:
    """'Persoon 1: BSN is ongeldig' → 'BSN is ongeldig' next to the field (the row shows it)."""
    if split(error.field) is None:
        return error.message
    _prefix, sep, rest = error.message.partition(": ")
    return rest[:1].upper() + rest[1:] if sep and rest else error.message
