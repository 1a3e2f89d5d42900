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
