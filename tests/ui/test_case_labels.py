"""Dutch labels (Qt-free): every enum value has one; audit actions read as Dutch sentences."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

import pytest

from desktop.domain import labels
from desktop.domain import model as m

MAPPINGS = [
    (m.Form, labels.FORM), (m.SignalType, labels.SIGNAL_TYPE), (m.TriState, labels.TRI_STATE),
    (m.CaseStatus, labels.STATUS), (m.PersonRole, labels.PERSON_ROLE),
    (m.ResidenceStatus, labels.RESIDENCE_STATUS), (m.HowObserved, labels.HOW_OBSERVED),
    (m.IdentifierKind, labels.IDENTIFIER_KIND), (m.OrganisationType, labels.ORGANISATION_TYPE),
    (m.EnrichmentSource, labels.ENRICHMENT_SOURCE), (m.Consulted, labels.CONSULTED),
    (m.SharingRestriction, labels.SHARING_RESTRICTION),
    (m.SpecialCategory, labels.SPECIAL_CATEGORY), (m.ConsentStatus, labels.CONSENT_STATUS),
    (m.ConsentForm, labels.CONSENT_FORM), (m.InterventionKind, labels.INTERVENTION_KIND),
]


def test_every_domain_enum_has_a_mapping():
    enums = {obj for obj in vars(m).values()
             if isinstance(obj, type) and issubclass(obj, StrEnum) and obj is not StrEnum}
    assert enums == {enum for enum, _mapping in MAPPINGS}


@pytest.mark.parametrize("enum, mapping", MAPPINGS)
def test_every_value_has_a_label(enum, mapping):
    assert set(mapping) == set(enum)
    assert all(text.strip() for text in mapping.values())


def test_form_labels_are_the_dutch_terms():
    assert [labels.FORM[f] for f in m.Form] == [
        "seksuele uitbuiting", "arbeidsuitbuiting", "criminele uitbuiting", "orgaanverwijdering",
        "onbekend"]


def test_audit_text():
    numbers = {7: "2026-0007"}
    assert labels.audit_text("zaak_aangemaakt", "", numbers.get) == ("Zaak aangemaakt", "")
    template, other = labels.audit_text("zaken_gekoppeld", "7", numbers.get)
    assert template.format(other=other) == "Gekoppeld aan zaak 2026-0007"
    template, other = labels.audit_text("koppeling_verwijderd", "99", numbers.get)
    assert template.format(other=other) == "Koppeling met zaak (onbekende zaak) verwijderd"
    template, code = labels.audit_text("nieuwe_actie", "", numbers.get)
    assert template.format(code=code) == "Actie: nieuwe_actie"


def test_date_formats():
    assert labels.format_date(date(2026, 3, 4)) == "04-03-2026"
    assert labels.format_datetime(datetime(2026, 3, 4, 9, 5)) == "04-03-2026 09:05"
    assert labels.format_date(None) == ""


def test_every_audit_action_used_by_services_has_a_dutch_label():
    import re
    from pathlib import Path

    from desktop.domain.labels import AUDIT_ACTION

    root = Path(__file__).resolve().parents[2] / "desktop"
    codes = set()
    for path in [*root.joinpath("services").glob("*.py"), *root.joinpath("store").glob("*.py")]:
        text = path.read_text(encoding="utf-8")
        codes |= set(re.findall(r'(?:AUDIT_[A-Z_]+|ACTION_[A-Z_]+)\s*=\s*"([a-z_]+)"', text))
        codes |= set(re.findall(r'audit\(\s*conn,\s*"([a-z_]+)"', text))
    missing = sorted(c for c in codes if c not in AUDIT_ACTION)
    assert not missing
