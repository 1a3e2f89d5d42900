"""Normalised forms used to match identifiers across cases (phone, plate, URL, KvK, postcode)."""

from __future__ import annotations

import phonenumbers

from desktop.domain.fold import fold, fold_compact
from desktop.domain.model import IdentifierKind


def phone_e164(value: str, region: str = "NL") -> str:
    """E.164 form of a phone number, or '' when it cannot be parsed."""
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(parsed):
        return ""
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def url_key(value: str) -> str:
    v = fold(value).strip()
    for prefix in ("https://", "http://", "www."):
        if v.startswith(prefix):
            v = v[len(prefix):]
    return v.rstrip("/")


def identifier_match_key(kind: IdentifierKind, value: str) -> str:
    if kind in (IdentifierKind.PHONE, IdentifierKind.AD_PHONE):
        return phone_e164(value)
    if kind == IdentifierKind.PLATE:
        return fold_compact(value)
    if kind == IdentifierKind.URL:
        return url_key(value)
    return fold(value).strip()


def kvk_key(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def postcode_key(value: str) -> str:
    return fold_compact(value).upper()
