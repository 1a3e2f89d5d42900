"""Which tables and columns leave the register per transfer profile (a whitelist).

``waarneming`` (deputy, same controller) and ``overdracht`` (successor) carry the full case.
``minimaal`` is for a colleague in another municipality (another controller): only what is
needed to continue, no enrichment (special categories, police/care sources), no checklists,
no free-text notes, no attachments; it requires a recorded legal ground. A receiver applies the same
whitelist again, so a bundle can never write a column its profile does not allow.
"""

from __future__ import annotations

ALL = "*"

#: Tables in insert order (addresses, then persons, before the records that refer to them).
TABLES: tuple[str, ...] = ("address", "person", "organisation", "identifier", "enrichment", "consent",
                           "intervention", "acute_call", "checklist_answer", "route_step", "handover")

#: Foreign keys inside a case, carried as the UUID of the referred record.
REFS: dict[tuple[str, str], str] = {
    ("identifier", "person_id"): "person", ("consent", "person_id"): "person",
    ("person", "address_id"): "address", ("organisation", "housing_address_id"): "address",
    ("checklist_answer", "address_id"): "address", ("route_step", "corrects"): "route_step",
}

#: Records only ever added to (a merge adds the deputy's new ones; see docs/overdracht.md).
APPEND_ONLY = ("route_step", "checklist_answer", "enrichment", "handover", "acute_call")

#: Columns derived from others: recomputed on save, never shown as a conflict.
DERIVED = frozenset({"name_folded", "match_key", "updated_at", "created_at"})

_FULL: dict[str, object] = {"case_file": ALL, **{t: ALL for t in TABLES}}

_MINIMAL: dict[str, object] = {
    "case_file": ("status", "forms", "signal_type", "minor", "acute", "received_on", "title",
                  "next_action", "next_deadline"),
    "person": ("role", "name", "name_folded", "alias", "birth_date", "estimated_age", "nationality",
               "language", "address_id"),
    "address": ("street", "number", "addition", "postcode", "place", "match_key"),
    "organisation": ("name", "name_folded", "kvk", "type", "housing_address_id"),
    "identifier": ("person_id", "kind", "value", "match_key"),
}

PROFILES: dict[str, dict[str, object]] = {
    "waarneming": _FULL, "overdracht": _FULL, "minimaal": _MINIMAL,
}

#: Profiles whose bundles carry the case's attachments (a receiver ignores them otherwise).
WITH_ATTACHMENTS = frozenset({"waarneming", "overdracht"})

PROFILE_LABELS = {
    "waarneming": "Waarneming (volledige zaak, zelfde verwerkingsverantwoordelijke)",
    "overdracht": "Overdracht aan opvolger (volledige zaak)",
    "minimaal": "Minimaal (collega andere gemeente, met grondslag)",
}


def allowed(profile: str, table: str, column: str) -> bool:
    spec = PROFILES.get(profile, {}).get(table)
    if spec is None:
        return False
    return spec == ALL or column in spec  # type: ignore[operator]


def tables(profile: str) -> list[str]:
    return [t for t in TABLES if t in PROFILES.get(profile, {})]
