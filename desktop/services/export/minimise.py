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


def prints_addresses(profile: ExportProfile) -> bool:
    return any(s.kind == SectionKind.ADDRESSES for s in profile.sections)


def build_context(bundle: CaseBundle, profile: ExportProfile, terms: SpecialTerms,
                  name_keys: dict[int, tuple[str, ...]], names_field_key: str = ""
                  ) -> GuardContext:
    """The case's guard context. ``name_keys``: person id -> preview keys of the fields
    that print the person's name or alias. A person's name is forbidden in free text unless
    one of those is printed: a person the officer leaves out, a victim without consent (until
    added with another ground), anyone whose role the profile excludes (an agenda: until
    "namen toegestaan")."""
    case = bundle.case
    names: list[ForbiddenName] = []
    for person in case.persons:
        tokens = name_tokens(person.name, person.alias)
        if not tokens or person.id is None:
            continue
        keys = name_keys.get(person.id, ())
        if names_field_key:
            keys += (names_field_key,)
        names.append(ForbiddenName(bundle.person_label(person), tokens, NAME, keys))
    reporter = name_tokens(case.reporter_name)
    if reporter:
        names.append(ForbiddenName("melder", reporter, REPORTER))
    addresses = () if prints_addresses(profile) else tuple(
        ForbiddenAddress(tuple(fold_tokens(a.street)), fold(a.number).strip(),
                         fold_compact(a.postcode))
        for a in case.addresses if a.street or a.postcode)
    never = frozenset(c for c in m.SpecialCategory if profile.special_use(c) == SpecialUse.NEVER)
    return GuardContext(tuple(names), addresses, tuple(terms.items()), never)


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
    return any(key in printed for key in name.allowed_keys)
