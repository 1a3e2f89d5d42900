"""From a case and a profile to the guard's context, and from printed text to findings.

``build_context`` decides, per case, whose names, which addresses and which terms the
recipient must not get (see ``guard``). ``field_findings`` scans one printed free-text
value. The export's ``Selection`` (document.py) calls it for every free-text field it
would print, so GUI, CLI and the agenda all pass the same guard.
"""

from __future__ import annotations

from desktop.content.export_registry import FIELDS, SectionKind
from desktop.content.profile_terms import SpecialTerms
from desktop.content.profiles import ExportProfile, SpecialUse
from desktop.domain import model as m
from desktop.domain.fold import fold, fold_compact, fold_tokens
from desktop.services.export.fields import CaseBundle
from desktop.services.export.guard import (
    NAME,
    REPORTER,
    Finding,
    ForbiddenAddress,
    ForbiddenName,
    GuardContext,
)
from desktop.services.export.guard_scan import name_tokens, scan_text

NAME_FIELDS = ("person.name", "person.alias")
QUESTION_FIELD = "case.question"


def named_roles(profile: ExportProfile) -> set[m.PersonRole]:
    """Roles whose names the profile prints in a persons section."""
    roles: set[m.PersonRole] = set()
    for section in profile.sections:
        if section.kind == SectionKind.PERSONS and any(f in section.fields for f in NAME_FIELDS):
            roles |= set(section.roles) if section.roles else set(m.PersonRole)
    return roles


def prints_addresses(profile: ExportProfile) -> bool:
    return any(s.kind == SectionKind.ADDRESSES for s in profile.sections)


def build_context(bundle: CaseBundle, profile: ExportProfile, terms: SpecialTerms,
                  allowed_when: dict[int, str], names_field_key: str = "") -> GuardContext:
    """The case's guard context. ``allowed_when``: person id -> preview key prefix; the
    person's name is forbidden unless a field under that prefix is printed (a victim left
    out for lack of consent, added back with another ground)."""
    case = bundle.case
    roles = named_roles(profile)
    names: list[ForbiddenName] = []
    for person in case.persons:
        tokens = name_tokens(person.name, person.alias)
        if not tokens:
            continue
        label = bundle.person_label(person)
        if person.role not in roles:
            names.append(ForbiddenName(label, tokens, NAME, names_field_key))
        elif person.id in allowed_when:
            names.append(ForbiddenName(label, tokens, NAME, allowed_when[person.id]))
    reporter = name_tokens(case.reporter_name)
    if reporter:
        names.append(ForbiddenName("melder", reporter, REPORTER))
    addresses = () if prints_addresses(profile) else tuple(
        ForbiddenAddress(tuple(fold_tokens(a.street)), fold(a.number).strip(),
                         fold_compact(a.postcode))
        for a in case.addresses if a.street or a.postcode)
    never = frozenset(c for c in m.SpecialCategory if profile.special_use(c) == SpecialUse.NEVER)
    return GuardContext(tuple(names), addresses, tuple(terms.items()), never, names_field_key)


def scanned(field_id: str) -> bool:
    spec = FIELDS.get(field_id)
    return spec is not None and spec.free_text


def field_findings(field_key: str, field_id: str, label: str, text: str, case_number: str,
                   ctx: GuardContext, printed: set[str]) -> list[Finding]:
    """Findings in one printed value; ``printed`` holds the keys of every printed field."""
    if not scanned(field_id) or not text.strip():
        return []
    names = [n for n in ctx.names if not _allowed(n, printed)]
    special = FIELDS[field_id].special is None
    return [Finding(field_key, label, case_number, start, end, kind, detail, keep)
            for start, end, kind, detail, keep in scan_text(text, ctx, names, special)]


def _allowed(name: ForbiddenName, printed: set[str]) -> bool:
    if not name.record_key:
        return False
    return any(key == name.record_key or key.startswith(name.record_key + "/")
               for key in printed)
