"""Field validation with clear Dutch messages naming the field.

BSN (11-proef) and postcode via python-stdnum, phone numbers via phonenumbers(lite),
KvK = 8 digits, dates not in the future.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import phonenumbers
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.nl import bsn as std_bsn
from stdnum.nl import postcode as std_postcode

from desktop.domain import model as m
from desktop.errors import SchakelError


@dataclass(frozen=True)
class FieldError:
    field: str  # dotted path, e.g. "persons[0].bsn"
    message: str  # Dutch, names the field

    def __str__(self) -> str:
        return self.message


class ValidationFailed(SchakelError):
    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


def check_bsn(value: str) -> str | None:
    if not value.strip():
        return None
    try:
        std_bsn.validate(value)
    except StdnumError:
        return "BSN is ongeldig (9 cijfers en de elfproef moet kloppen)."
    return None


def check_postcode(value: str) -> str | None:
    if not value.strip():
        return None
    try:
        std_postcode.validate(value)
    except StdnumError:
        return "Postcode is ongeldig (verwacht vier cijfers en twee letters, bijv. 1234 AB)."
    return None


def format_postcode(value: str) -> str:
    try:
        return str(std_postcode.validate(value))
    except StdnumError:
        return value.strip()


def check_kvk(value: str) -> str | None:
    v = value.strip().replace(" ", "")
    if not v:
        return None
    if len(v) != 8 or not v.isdigit():
        return "KvK-nummer is ongeldig (precies 8 cijfers)."
    return None


def check_phone(value: str) -> str | None:
    if not value.strip():
        return None
    try:
        parsed = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        return "Telefoonnummer is ongeldig (bijv. 06 12345678 of +48 601 234 567)."
    if not phonenumbers.is_valid_number(parsed):
        return "Telefoonnummer is ongeldig (bijv. 06 12345678 of +48 601 234 567)."
    return None


def check_not_future(value: date | datetime | None, label: str) -> str | None:
    if value is None:
        return None
    today = date.today()
    as_date = value.date() if isinstance(value, datetime) else value
    if as_date > today:
        return f"{label} ligt in de toekomst."
    return None


def parse_date_nl(text: str, label: str) -> date | None:
    """Parse 'dd-mm-jjjj' (also with / or .) or ISO 'jjjj-mm-dd'. Raises ValueError in Dutch."""
    text = text.strip()
    if not text:
        return None
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{label} is geen geldige datum (gebruik dd-mm-jjjj).")


def validate_case(case: m.Case) -> list[FieldError]:
    errors: list[FieldError] = []

    def add(path: str, msg: str | None, prefix: str = "") -> None:
        if msg:
            errors.append(FieldError(path, f"{prefix}{msg}"))

    add("observed_at", check_not_future(case.observed_at, "Datum waarneming"))
    add("received_on", check_not_future(case.received_on, "Datum ontvangst"))
    if case.observed_at and case.received_on and case.observed_at.date() > case.received_on:
        add("received_on", "Datum ontvangst ligt vóór de datum van waarneming.")
    if not case.reporter_department.strip():
        add("reporter_department", "Afdeling van de melder is verplicht.")
    if not case.observations.strip():
        add("observations", "Beschrijf wat er is waargenomen.")
    if not case.forms:
        add("forms", "Kies minstens één (vermoedelijke) vorm van uitbuiting, of 'onbekend'.")
    for i, p in enumerate(case.persons):
        pre = f"Persoon {i + 1}: "
        if not (p.name.strip() or p.alias.strip()):
            add(f"persons[{i}].name", "naam of alias is verplicht.", pre)
        add(f"persons[{i}].bsn", check_bsn(p.bsn), pre)
        add(f"persons[{i}].birth_date", check_not_future(p.birth_date, "Geboortedatum"), pre)
        if p.estimated_age is not None and not 0 <= p.estimated_age <= 120:
            add(f"persons[{i}].estimated_age", "geschatte leeftijd moet tussen 0 en 120 liggen.", pre)
    for i, a in enumerate(case.addresses):
        pre = f"Adres {i + 1}: "
        add(f"addresses[{i}].postcode", check_postcode(a.postcode), pre)
        if not (a.street.strip() or a.postcode.strip() or a.place.strip()):
            add(f"addresses[{i}].street", "vul minstens straat, postcode of plaats in.", pre)
    for i, o in enumerate(case.organisations):
        pre = f"Organisatie {i + 1}: "
        if not o.name.strip():
            add(f"organisations[{i}].name", "naam is verplicht.", pre)
        add(f"organisations[{i}].kvk", check_kvk(o.kvk), pre)
    for i, ident in enumerate(case.identifiers):
        pre = f"Kenmerk {i + 1}: "
        if not ident.value.strip():
            add(f"identifiers[{i}].value", "waarde is verplicht.", pre)
        elif ident.kind in (m.IdentifierKind.PHONE, m.IdentifierKind.AD_PHONE):
            add(f"identifiers[{i}].value", check_phone(ident.value), pre)
    return errors
