"""Triage the app derives (minor, acute, override) and the CoMensha registration gate per person.

Domain functions first (plain Python), then the route service on a real SQLCipher register.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain import model as m
from desktop.domain.registration import Registration, registration_problems, registrations
from desktop.domain.triage import ItemHit, TriageOverride, age_on, derive_triage
from desktop.services.route.support import RouteError

D0 = date(2026, 3, 2)
D1 = date(2026, 3, 9)
SEX_MINOR = ItemHit("SEX-SOC-09", "Minderjarige in seksuele dienstverlening", minor=True, acute=True)


def victim(**kw) -> m.Person:
    return m.Person(role=m.PersonRole.VICTIM, **kw)


def triage(persons=(), hits=(), forms=(), minor=m.TriState.UNKNOWN, acute=False, override=None):
    return derive_triage(officer_minor=minor, officer_acute=acute, persons=list(persons),
                         hits=list(hits), forms=set(forms), on=D0, override=override)


# --- domain ------------------------------------------------------------------------------------
def test_issue_example_is_minor_and_acute():
    result = triage(persons=[victim(birth_date=date(2010, 6, 1)), victim(estimated_age=14)],
                    hits=[SEX_MINOR], forms={m.Form.SEXUAL})
    assert (result.minor, result.acute) == (m.TriState.YES, True)
    assert result.minor_reasons[0] == "betrokkene 1 is jonger dan 18 (geboortedatum)"
    assert "gezien: Minderjarige in seksuele dienstverlening" in result.minor_reasons
    assert "minderjarige bij seksuele uitbuiting" in result.acute_reasons


def test_age_from_birth_date_counts_the_birthday():
    person = victim(birth_date=date(2008, 3, 3))
    assert age_on(person, date(2026, 3, 2)) == 17
    assert age_on(person, date(2026, 3, 3)) == 18
    assert age_on(victim(estimated_age=16), D0) == 16
    assert age_on(victim(), D0) is None


@pytest.mark.parametrize(("persons", "expected"), [
    ([victim(estimated_age=15)], m.TriState.YES),
    ([victim(birth_date=date(1990, 1, 1)), victim(estimated_age=30)], m.TriState.NO),
    ([victim(birth_date=date(1990, 1, 1)), victim()], m.TriState.UNKNOWN),  # one age unknown
    ([m.Person(role=m.PersonRole.PERPETRATOR, estimated_age=17)], m.TriState.UNKNOWN),
    ([], m.TriState.UNKNOWN),
])
def test_minor_from_persons(persons, expected):
    assert triage(persons=persons).minor == expected


def test_officer_value_stays_when_nothing_is_derived_and_wins_over_adult_ages():
    assert triage(minor=m.TriState.NO).minor == m.TriState.NO
    adults = [victim(estimated_age=25)]
    assert triage(persons=adults, minor=m.TriState.YES).minor == m.TriState.YES


def test_acute_from_items_marked_acute():
    held = ItemHit("GEN-VRH-05", "Wordt tegen de eigen wil vastgehouden", acute=True)
    result = triage(hits=[held])
    assert result.acute and result.acute_reasons == ("gezien: Wordt tegen de eigen wil vastgehouden",)
    assert not triage().acute


def test_override_with_reason_wins_and_keeps_the_derived_values():
    override = TriageOverride(minor=m.TriState.NO, acute=False, reason="Paspoort gezien: 19 jaar")
    result = triage(persons=[victim(estimated_age=16)], forms={m.Form.SEXUAL}, override=override)
    assert (result.minor, result.acute) == (m.TriState.NO, False)
    assert (result.derived_minor, result.derived_acute) == (m.TriState.YES, True)
    assert result.overridden
    assert TriageOverride.from_data(override.to_data()) == override
    assert TriageOverride.from_data({}) is None


# --- service: derived triage drives the route ---------------------------------------------------
@pytest.fixture
def routes(register):
    register.routes.today = lambda: D1
    return register.routes


def make_case(register, **kw) -> int:
    kw.setdefault("forms", {m.Form.SEXUAL})
    case = m.Case(received_on=D0, observed_at=datetime(2026, 3, 1, 9),
                  reporter_department="Leerplicht", observations="Fictief.", title="Test", **kw)
    return register.cases.create(case).id


def test_issue_case_gets_minor_acute_meldcode_and_veilig_thuis(register, routes):
    case_id = make_case(register, persons=[
        victim(name="Fictief Een", birth_date=date(2010, 6, 1)),
        victim(name="Fictief Twee", estimated_age=14)])
    assert register.cases.get(case_id).minor == m.TriState.UNKNOWN  # as entered at intake
    state = routes.state(case_id)
    assert state.facts.minor == m.TriState.YES and state.facts.acute
    assert {"acuut", "meldcode"} <= set(state.current_steps)
    assert "veilig_thuis" in {s.partner_id for s in state.suggested_handovers}
    assert register.cases.get(case_id).next_action.startswith("Acuut")


def test_ticking_an_acute_item_refreshes_the_route(register, routes):
    case_id = make_case(register, forms={m.Form.LABOUR})
    assert "acuut" not in routes.state(case_id).current_steps
    catalog = register.checklists.catalog
    checklist, item = next((c, i) for c in catalog for i in c.items if i.acute)
    register.checklists.answer(case_id, checklist.id, item.id, "gezien", "handhaving")
    assert "acuut" in routes.state(case_id).current_steps
    assert register.cases.get(case_id).next_action.startswith("Acuut")
    assert routes.triage(case_id).acute_reasons == (f"gezien: {item.label}",)


def test_override_needs_a_reason_and_is_audited(register, routes):
    case_id = make_case(register, persons=[victim(name="Fictief", estimated_age=16)])
    with pytest.raises(RouteError, match="(?i)reden van de afwijking ontbreekt"):
        routes.set_triage_override(case_id, TriageOverride(minor=m.TriState.NO))
    routes.set_triage_override(case_id, TriageOverride(minor=m.TriState.NO, acute=False,
                                                       reason="Leeftijd bevestigd: 19"))
    state = routes.state(case_id)
    assert state.facts.minor == m.TriState.NO and "acuut" not in state.current_steps
    assert routes.triage(case_id).derived_minor == m.TriState.YES
    actions = [e.action for e in register.audit_entries(case_id=case_id)]
    assert "triage_afwijking" in actions
    assert all("19" not in e.detail for e in register.audit_entries(case_id=case_id))
    routes.set_triage_override(case_id, None)
    assert routes.state(case_id).facts.minor == m.TriState.YES


def test_location_signal_and_residence_and_domestic_reach_the_facts(register, routes):
    case_id = make_case(register, signal_type=m.SignalType.LOCATION)
    facts = routes.state(case_id).facts
    assert (facts.has_victim, facts.irregular_residence, facts.domestic_setting) == (False, False, False)
    case_id = make_case(register, persons=[
        victim(name="Fictief", residence_status=m.ResidenceStatus.NON_EU_IRREGULAR)])
    routes.set_flags(case_id, domestic_setting=True)
    facts = routes.state(case_id).facts
    assert facts.has_victim and facts.irregular_residence and facts.domestic_setting
    suggested = {s.partner_id for s in routes.state(case_id).suggested_handovers}
    assert {"avim", "veilig_thuis"} <= suggested


# --- CoMensha registration per person, gated by consent ------------------------------------------
def _two_victims(register) -> tuple[int, m.Case]:
    case_id = make_case(register, persons=[victim(name="Fictief Een"), victim(name="Fictief Twee")])
    return case_id, register.cases.get(case_id)


def test_comensha_needs_written_consent_of_that_person(register, routes):
    case_id, case = _two_victims(register)
    one, two = (p.id for p in case.persons)
    registered = routes.record_registration(case_id, Registration(one, zvh_on=D1))
    assert registrations(registered) == [Registration(one, D1, None)]
    with pytest.raises(RouteError, match="(?i)schriftelijke toestemming van deze betrokkene"):
        routes.record_registration(case_id, Registration(one, zvh_on=D1, comensha_on=D1))
    routes.record_consent(case_id, m.ConsentRecord(person_id=one, status=m.ConsentStatus.GIVEN,
                                                   recorded_on=D1, scope="CoMensha, zorgcoördinator",
                                                   form=m.ConsentForm.ORAL))
    with pytest.raises(RouteError, match="(?i)schriftelijke toestemming \\(nu: mondeling\\)"):
        routes.record_registration(case_id, Registration(one, zvh_on=D1, comensha_on=D1))
    routes.record_consent(case_id, m.ConsentRecord(person_id=one, status=m.ConsentStatus.GIVEN,
                                                   recorded_on=D1, scope="CoMensha",
                                                   form=m.ConsentForm.WRITTEN))
    saved = routes.record_registration(case_id, Registration(one, zvh_on=D1, comensha_on=D1))
    assert registrations(saved) == [Registration(one, D1, D1)]
    # one person's consent never covers another
    with pytest.raises(RouteError, match="(?i)toestemming"):
        routes.record_registration(case_id, Registration(two, comensha_on=D1))
    assert "registratie_vastgelegd" in [e.action for e in register.audit_entries(case_id=case_id)]


def test_registration_dates_and_persons_are_checked():
    case = m.Case(received_on=D0, persons=[victim(id=1)])
    assert registration_problems(case, Registration(2, zvh_on=D1), D1) == [
        "de gekozen betrokkene hoort niet bij deze zaak"]
    assert registration_problems(case, Registration(1, zvh_on=date(2026, 3, 1)), D1) == [
        "de datum van de registratie bij het Zorg- en Veiligheidshuis ligt vóór de ontvangst "
        "van het signaal"]
    assert registration_problems(case, Registration(1, zvh_on=date(2026, 4, 1)), D1) == [
        "de datum van de registratie bij het Zorg- en Veiligheidshuis ligt in de toekomst"]


def test_registration_step_waits_for_every_victim(register, routes):
    case_id, case = _two_victims(register)
    assert routes.state(case_id).facts.unregistered_victims == 2
    for person in case.persons:
        routes.record_registration(case_id, Registration(person.id, zvh_on=D1))
    assert routes.state(case_id).facts.unregistered_victims == 0
