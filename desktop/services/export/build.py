"""From a case bundle and a profile to the preview: whitelisted fields only, with keys.

Per section the profile's filters apply (roles, sources, masked sources); records that
a profile must never see (enrichment marked "alleen intern" or "nooit delen", not
consulted sources, procedure checklists) are dropped here. Empty values are skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from desktop.content.export_registry import FIELDS, SectionKind
from desktop.content.profile_terms import SpecialTerms
from desktop.content.profiles import ExportProfile, ProfileSection, SpecialUse
from desktop.domain import labels as lb
from desktop.domain import model as m
from desktop.domain.consent import consent_ground
from desktop.services.export import fields as ef
from desktop.services.export.minimise import build_context
from desktop.services.export.preview import (
    Look,
    PersonGround,
    PreviewCase,
    PreviewField,
    PreviewRecord,
)
from desktop.services.export.preview import PreviewSection as Sec

NON_PUNISHMENT_TITLE = "Let op: non-punishmentbeginsel"
NON_PUNISHMENT_TEXT = (
    "Een mogelijk slachtoffer in deze zaak is mogelijk ook verdachte. Volgens het "
    "non-punishmentbeginsel (Aanwijzing mensenhandel van het OM, 2022A002) worden "
    "slachtoffers van mensenhandel niet vervolgd of gestraft voor strafbare feiten die zij "
    "als rechtstreeks gevolg van hun uitbuiting hebben moeten plegen. Houd hier rekening mee "
    "bij de beoordeling en bij vervolgstappen."
)
NOTE_FIELD = "note.non_punishment"
PROFILE_OPTIONAL = "niet standaard voor deze ontvanger"
NEEDS_REASON = "alleen met een reden"
APPROVAL = "bron alleen te delen na toestemming"
NO_CONSENT = ("geen eigen toestemming voor deze ontvanger; alleen met een andere "
              "grondslag (noem die als reden)")
NAMES_FIELD = "case.names"
NAME_FIELDS = ("person.name", "person.alias")
HIDDEN_SHARING = {m.SharingRestriction.INTERNAL, m.SharingRestriction.NEVER}
# The content of a Bibob screening never leaves the vault, whatever a profile says.
ALWAYS_MASKED = {m.EnrichmentSource.BIBOB}

LOOKS = {SectionKind.CASE: Look.PAIRS, SectionKind.PERSONS: Look.RECORDS,
         SectionKind.FEEDBACK: Look.TEXT}
MAX_PERSON_TABLE_COLUMNS = 6  # up to this many person fields print as one table row each

Reason = Callable[[str], str]  # field id -> optional reason for this record ("" = none)
Row = tuple[str, str, Any, Reason | None]  # (record key, label, object, value reason)


def build_case(bundle: ef.CaseBundle, profile: ExportProfile,
               terms: SpecialTerms | None = None) -> PreviewCase:
    case = bundle.case
    assert case.id is not None
    bundle.profile = profile
    sections: list[Sec] = []
    if profile.non_punishment_note and case.victim_and_suspect:
        sections.append(non_punishment_section(case.id))
    for section in profile.sections:
        sections.append(build_section(bundle, section, f"{case.id}/{section.id}"))
    grounds = person_grounds(bundle, profile, sections)
    names_key = next((f.key for s in sections for f in s.fields()
                      if f.field_id == NAMES_FIELD), "")
    guard = build_context(bundle, profile, terms or SpecialTerms(), name_keys(bundle, sections),
                          names_key)
    return PreviewCase(case.id, case.number, tuple(sections), guard, grounds)


def name_keys(bundle: ef.CaseBundle, sections: list[Sec]) -> dict[int, tuple[str, ...]]:
    """Person id -> preview keys of the fields printing that person's name or alias."""
    out: dict[int, tuple[str, ...]] = {}
    for section in sections:
        for record in section.records:
            person = _record_person(bundle, record.key)
            if person is None or person.id is None:
                continue
            keys = tuple(f.key for f in record.fields if f.field_id in NAME_FIELDS)
            out[person.id] = out.get(person.id, ()) + keys
    return out


def person_grounds(bundle: ef.CaseBundle, profile: ExportProfile, sections: list[Sec]
                   ) -> tuple[PersonGround, ...]:
    """Consent-requiring profiles: the ground per victim record in a persons section."""
    if not profile.requires_consent:
        return ()
    out = []
    for section in sections:
        for record in section.records:
            person = _record_person(bundle, record.key)
            if person is None or person.role != m.PersonRole.VICTIM:
                continue
            ground = consent_ground(bundle.case, person, profile.consent_for)
            text = ""
            if ground.allowed and ground.record is not None:
                how = lb.label(lb.CONSENT_FORM, ground.record.form) if ground.record.form else ""
                text = (f"toestemming gegeven op {lb.format_date(ground.record.recorded_on)}"
                        + (f" ({how})" if how else ""))
            out.append(PersonGround(record.key, record.label, text))
    return tuple(out)


def _record_person(bundle: ef.CaseBundle, record_key: str) -> m.Person | None:
    last = record_key.rsplit("/", 1)[-1]
    if not last.startswith("p") or not last[1:].isdigit():
        return None
    return bundle.person(int(last[1:]))


def non_punishment_section(case_id: int) -> Sec:
    key = f"{case_id}/non_punishment"
    note = PreviewField(f"{key}/-/{NOTE_FIELD}", NOTE_FIELD, "Toelichting", NON_PUNISHMENT_TEXT,
                        fixed=True)
    return Sec(key, "non_punishment", NON_PUNISHMENT_TITLE, Look.TEXT,
               ((NOTE_FIELD, "Toelichting"),), (PreviewRecord(f"{key}/-", "", (note,)),))


def build_section(bundle: ef.CaseBundle, section: ProfileSection, key: str) -> Sec:
    readers, rows = _source(bundle, section)
    records = tuple(
        _record(f"{key}/{rkey}", label, obj, readers, section, reason)
        for rkey, label, obj, reason in rows
    )
    columns = tuple((fid, section.label_of(fid)) for fid, _ in section.columns())
    look = LOOKS.get(section.kind, Look.TABLE)
    if look == Look.RECORDS and len(columns) <= MAX_PERSON_TABLE_COLUMNS:
        look = Look.TABLE
    return Sec(key, section.id, section.shown_title(), look, columns, records)


def _record(key: str, label: str, obj: Any, readers: dict[str, Callable[[Any], str]],
            section: ProfileSection, value_reason: Reason | None) -> PreviewRecord:
    fields = []
    for field_id, optional in section.columns():
        value = readers[field_id](obj).strip()
        editable = field_id == "case.question"
        if not value and not editable:
            continue
        reason = _profile_reason(field_id, optional)
        if not reason and value_reason is not None:
            reason = value_reason(field_id)
        fields.append(PreviewField(f"{key}/{field_id}", field_id, section.label_of(field_id),
                                   value, reason, editable))
    return PreviewRecord(key, label, tuple(fields))


def _profile_reason(field_id: str, optional: bool) -> str:
    spec = FIELDS[field_id]
    if spec.special is not None:
        return special_reason(spec.special)
    if spec.needs_reason:
        return NEEDS_REASON
    return PROFILE_OPTIONAL if optional else ""


def special_reason(category: m.SpecialCategory) -> str:
    return f"bijzonder persoonsgegeven ({lb.SPECIAL_CATEGORY[category]})"


def _source(bundle: ef.CaseBundle, section: ProfileSection
            ) -> tuple[dict[str, Callable[[Any], str]], list[Row]]:
    """The readers for the section's kind and the records it shows, filters applied."""
    kind = section.kind
    if kind == SectionKind.CASE:
        return ef.CASE_READERS, [("-", "", bundle, None)]
    if kind == SectionKind.PERSONS:
        return ef.person_readers(bundle), _persons(bundle, section)
    if kind == SectionKind.ADDRESSES:
        return ef.ADDRESS_READERS, _plain("a", bundle.case.addresses)
    if kind == SectionKind.ORGANISATIONS:
        return ef.organisation_readers(bundle), _plain("o", bundle.case.organisations)
    if kind == SectionKind.IDENTIFIERS:
        return ef.identifier_readers(bundle), _plain("i", _owned(bundle, section,
                                                                bundle.case.identifiers))
    if kind == SectionKind.CONSENTS:
        return ef.consent_readers(bundle), _consent_rows(bundle, section)
    if kind == SectionKind.CHECKLIST:
        return ef.checklist_readers(), _seen(bundle)
    if kind == SectionKind.ENRICHMENTS:
        return _enrichment_readers(section), _enrichments(bundle, section)
    if kind == SectionKind.ROUTE:
        return ef.route_readers(bundle), _plain("s", ef.current_steps(bundle.steps))
    if kind == SectionKind.HANDOVERS:
        return ef.handover_readers(bundle), _plain("h", bundle.handovers)
    return _feedback(bundle)


def _plain(prefix: str, items: Iterable[Any]) -> list[Row]:
    return [(f"{prefix}{item.id if item.id is not None else f'x{i}'}", "", item, None)
            for i, item in enumerate(items)]


def _persons(bundle: ef.CaseBundle, section: ProfileSection) -> list[Row]:
    return [(f"p{p.id}", bundle.person_label(p), p, _consent_reason(bundle, p))
            for p in bundle.case.persons if section.allows_role(p.role)]


def _consent_reason(bundle: ef.CaseBundle, person: m.Person | None) -> Reason | None:
    """Without the person's own consent for a consent-requiring recipient, every field of
    the person is off by default: printed only with another legal ground and a reason."""
    profile = bundle.profile
    if profile is None or not profile.requires_consent or person is None:
        return None
    if person.role != m.PersonRole.VICTIM:
        return None
    if consent_ground(bundle.case, person, profile.consent_for).allowed:
        return None
    return lambda _field_id: NO_CONSENT


def _owned(bundle: ef.CaseBundle, section: ProfileSection, items: Iterable[Any]) -> list[Any]:
    """Items of persons outside the section's roles are dropped; unowned items stay."""
    out = []
    for item in items:
        owner = bundle.person(item.person_id)
        if owner is None or section.allows_role(owner.role):
            out.append(item)
    return out


def _consent_rows(bundle: ef.CaseBundle, section: ProfileSection) -> list[Row]:
    rows = []
    for i, c in enumerate(_owned(bundle, section, bundle.case.consents)):
        key = f"c{c.id if c.id is not None else f'x{i}'}"
        rows.append((key, "", c, _consent_reason(bundle, bundle.person(c.person_id))))
    return rows


def _seen(bundle: ef.CaseBundle) -> list[Row]:
    """Seen signal items; special-category items follow the profile (never / with reason)."""
    rows: list[Row] = []
    for checklist, s in bundle.seen:
        if checklist.kind == "steps":
            continue
        category = _item_category(checklist, s.item_id)
        reason: Reason | None = None
        if category is not None:
            if bundle.profile is not None and \
                    bundle.profile.special_use(category) == SpecialUse.NEVER:
                continue
            text = special_reason(category)
            reason = (lambda t: lambda _f: t)(text)
        rows.append((f"k{s.list_id}.{s.item_id}.{s.address_id or 0}", "", s, reason))
    return rows


def _item_category(checklist: Any, item_id: str) -> m.SpecialCategory | None:
    try:
        return checklist.item(item_id).special_category
    except (KeyError, AttributeError):
        return None


def _enrichments(bundle: ef.CaseBundle, section: ProfileSection) -> list[Row]:
    rows: list[Row] = []
    for e in bundle.case.enrichments:
        if e.consulted != m.Consulted.YES or e.sharing_restriction in HIDDEN_SHARING:
            continue
        if not section.allows_source(e.source):
            continue
        if e.special_category and not _masked(e, section) and bundle.profile is not None and \
                bundle.profile.special_use(e.special_category) == SpecialUse.NEVER:
            continue
        rows.append((f"e{e.id}", "", e, _enrichment_reason(e, section)))
    return rows


def _enrichment_reason(e: m.EnrichmentEntry, section: ProfileSection) -> Reason:
    masked = _masked(e, section)

    def reason(field_id: str) -> str:
        if e.sharing_restriction == m.SharingRestriction.APPROVAL:
            return APPROVAL
        if field_id == "enrichment.summary" and e.special_category and not masked:
            return special_reason(e.special_category)
        return ""

    return reason


def _enrichment_readers(section: ProfileSection) -> dict[str, Callable[[Any], str]]:
    readers = dict(ef.ENRICHMENT_READERS)
    plain_summary = readers["enrichment.summary"]
    readers["enrichment.summary"] = (
        lambda e: section.mask_text if _masked(e, section) else plain_summary(e)
    )
    return readers


def _masked(e: m.EnrichmentEntry, section: ProfileSection) -> bool:
    return e.source in section.mask_sources or e.source in ALWAYS_MASKED


def _feedback(bundle: ef.CaseBundle) -> tuple[dict[str, Callable[[Any], str]], list[Row]]:
    label, text = ef.feedback_message(bundle)
    return {"feedback.message": lambda _b: text}, [("-", label, bundle, None)]
