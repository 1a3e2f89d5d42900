"""Why a case matched: the list shows the field that holds the typed words (issue 16)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import model as m


@pytest.fixture
def two_cases(register):
    a = register.cases.create(m.Case(
        forms={m.Form.LABOUR}, received_on=date(2026, 1, 1), reporter_department="Burgerzaken",
        title="Overbewoning Fictieweg", observations="Veel fietsen bij de deur.",
        persons=[m.Person(name="Ștefan Țurcanu", alias="Fane")],
        addresses=[m.Address(street="Fictieweg", number="7", postcode="9999 XB", place="Proefdorp")],
        identifiers=[m.Identifier(kind=m.IdentifierKind.PHONE, value="06 12 34 56 78")],
    ))
    b = register.cases.create(m.Case(
        forms={m.Form.UNKNOWN}, received_on=date(2026, 1, 2), reporter_department="Handhaving",
        observations="Turcanu werd genoemd door de melder.",
        organisations=[m.Organisation(name="Proef Uitzend BV", kvk="90000042")],
    ))
    return register, a, b


def test_reasons_name_address_phone_number(two_cases):
    register, a, b = two_cases
    cases = register.cases
    assert cases.match_reasons([a.id, b.id], "turcanu") == {
        a.id: [("naam", "Ștefan Țurcanu")], b.id: [("signaaltekst", "Turcanu werd genoemd door de melder.")]}
    assert cases.match_reasons([a.id], "fictiew")[a.id] == [("adres", "Fictieweg 7")]
    assert cases.match_reasons([a.id], "06 12 34 56 78")[a.id] == [("id:telefoon", "06 12 34 56 78")]
    assert cases.match_reasons([a.id], "0612345678")[a.id] == [("id:telefoon", "06 12 34 56 78")]
    assert cases.match_reasons([a.id], a.number)[a.id][0] == ("zaaknummer", a.number)
    assert cases.match_reasons([a.id], "9999xb")[a.id] == [("postcode", "9999 XB")]
    assert cases.match_reasons([b.id], "90000042")[b.id] == [("kvk", "90000042")]
    assert cases.match_reasons([a.id], "fane stefan")[a.id] == [("alias", "Fane"), ("naam", "Ștefan Țurcanu")]


def test_every_listed_hit_has_a_reason(two_cases):
    register, a, b = two_cases
    for text in ("turcanu", "proef", "fictieweg 7", "burgerzaken"):
        hits = register.cases.search(text)
        reasons = register.cases.match_reasons([s.id for s in hits], text)
        assert hits and all(reasons[s.id] for s in hits), text


def test_reasons_for_one_page_only(two_cases):
    register, _a, _b = two_cases
    assert register.cases.match_reasons([], "turcanu") == {}
    assert register.cases.match_reasons([1], '"*(') == {}
    with pytest.raises(ValueError):
        register.cases.match_reasons(list(range(1, 2000)), "turcanu")
