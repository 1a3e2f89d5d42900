"""Version 2 of both shipped routes (issue 15), every branch and decision, in the Qt-free engine.

Includes the cases the issue lists: an address signal without victim on ZWB reaching partners
without consent; adult domestic trafficking suggesting Veilig Thuis; no lawful residence
suggesting police/AVIM with bedenktijd; the PCT as the rule with prostitution; 112 as an
action; a receipt now and a final message later. Triage and CoMensha: test_triage.py.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from route_flow import D0, Flow, shipped_route

from desktop.domain.model import CaseStatus, Form, SignalType, TriState
from desktop.domain.route_records import Handover, HandoverStatus
from desktop.domain.route_requirements import validate_handover

WF, ZWB = "west-friesland", "zeeland-west-brabant"


@pytest.fixture(scope="module")
def wf():
    route = shipped_route(WF)
    assert route.version == 2
    return route


@pytest.fixture(scope="module")
def zwb():
    route = shipped_route(ZWB)
    assert route.version == 2
    return route


def suggested(flow: Flow) -> dict:
    return {s.partner_id: s for s in flow.state.suggested_handovers}


def wf_to_weighing(flow: Flow) -> None:
    flow.do("signaal_opgepikt")
    flow.do("af_geinformeerd", decision="mogelijk_mensenhandel")
    flow.do("verrijken")


def zwb_to_weighing(flow: Flow) -> None:
    flow.do("signaal")
    flow.do("intake", decision="mogelijk_mensenhandel")
    flow.do("verrijken")


def handover(flow: Flow, partner: str, step: str) -> list[str]:
    candidate = Handover(partner, flow.today, HandoverStatus.OPEN, None, "", step)
    return validate_handover(flow.route, flow.state, candidate)


# --- Zeeland-West-Brabant -----------------------------------------------------------------------
def test_zwb_address_signal_without_victim_reaches_partners_without_consent(zwb):
    flow = Flow(zwb, signal_type=SignalType.LOCATION, has_victim=False, consent_recorded=False)
    assert list(suggested(flow)) == ["veiligheidscoordinator", "taskforce_riec"]
    assert all(not s.blocked for s in suggested(flow).values())
    zwb_to_weighing(flow)
    flow.do("wegen", decision="veiligheidskant")
    assert flow.state.current_steps == ["veiligheidskant", "terugkoppeling_melder"]
    missing = flow.state.missing_for("veiligheidskant")
    assert missing[0].startswith("nog geen overdracht vastgelegd (aan Veiligheidscoördinator")
    assert not any("toestemming" in p for p in missing)
    flow.start("veiligheidscoordinator", "veiligheidskant")  # no consent asked
    flow.do("veiligheidskant", decision="stuurploeg")
    flow.start("taskforce_riec", "stuurploeg")
    flow.do("stuurploeg", contacted="taskforce_riec")
    assert "zorgcoordinator" not in {h.partner_id for h in flow.handovers}
    for partner in ("veiligheidscoordinator", "taskforce_riec"):
        flow.finish(partner)
    flow.do("terugkoppeling_ontvangen")
    flow.do("terugkoppeling_melder", decision="doorgegeven")
    flow.do("afsluiten")
    assert flow.state.status == CaseStatus.CLOSED


def test_zwb_officer_may_approach_partners_independently(zwb):
    flow = Flow(zwb, forms={Form.LABOUR})
    assert suggested(flow)["arbeidsinspectie"].at_step == "zelfstandig"
    zwb_to_weighing(flow)
    flow.do("wegen", decision="zelfstandig")
    assert flow.state.current_steps == ["zelfstandig", "terugkoppeling_melder"]
    assert flow.problems("zelfstandig")[0].startswith("nog geen overdracht vastgelegd")
    flow.start("arbeidsinspectie", "zelfstandig")
    flow.do("zelfstandig")
    assert flow.state.status == CaseStatus.HANDED_OVER
    assert "terugkoppeling_ontvangen" in flow.state.current_steps


def test_zwb_care_coordinator_path_needs_consent_and_registers(zwb):
    flow = Flow(zwb, victim_needs_care=True, unregistered_victims=1)
    assert suggested(flow)["zorgcoordinator"].blocked.startswith("toestemming van betrokkene")
    zwb_to_weighing(flow)
    flow.do("wegen", decision="zorgcoordinator")
    assert {"doorgeleiding", "registratie"} <= set(flow.state.current_steps)
    assert flow.state.missing_for("doorgeleiding") == [
        "toestemming van betrokkene vastleggen vóór overdracht aan Zorgcoördinator mensenhandel "
        "van het district", "besluit ontbreekt", "Afspraken over de doorgeleiding ontbreekt"]
    assert flow.problems("registratie") == [
        "registratie bij het Zorg- en Veiligheidshuis ontbreekt nog voor 1 betrokkene(n) "
        "(vastleggen per betrokkene)"]
    flow.facts.consent_recorded = True
    flow.facts.unregistered_victims = 0
    flow.start("zorgcoordinator", "doorgeleiding")
    flow.do("doorgeleiding", decision="doorgeleid")
    flow.do("registratie")
    assert flow.state.current_steps == ["terugkoppeling_ontvangen", "terugkoppeling_melder"]


@pytest.mark.parametrize("option", ["zorgcoordinator", "veiligheidskant", "zelfstandig",
                                    "onvoldoende_informatie", "ander_fenomeen"])
def test_zwb_every_weighing_option_leads_somewhere(zwb, option):
    flow = Flow(zwb, consent_recorded=True)
    zwb_to_weighing(flow)
    review = {"herbeoordelen_op": str(D0 + timedelta(days=28))} if "onvoldoende" in option else {}
    flow.do("wegen", decision=option, fields=review)
    expected = {"zorgcoordinator": {"doorgeleiding", "registratie"},
                "veiligheidskant": {"veiligheidskant"}, "zelfstandig": {"zelfstandig"},
                "onvoldoende_informatie": {"verrijken"}, "ander_fenomeen": {"afsluiten"}}[option]
    assert set(flow.state.current_steps) - {"terugkoppeling_melder"} == expected


def test_zwb_care_path_decisions_stuurploeg_or_passed_on(zwb):
    for decision, target in (("stuurploeg", "stuurploeg"), ("doorgeleid", "terugkoppeling_ontvangen")):
        flow = Flow(zwb, consent_recorded=True)
        zwb_to_weighing(flow)
        flow.do("wegen", decision="zorgcoordinator", next_steps=["doorgeleiding"])
        flow.start("zorgcoordinator", "doorgeleiding")
        flow.do("doorgeleiding", decision=decision)
        assert target in flow.state.current_steps


def test_zwb_security_side_may_also_wait_for_feedback(zwb):
    flow = Flow(zwb, has_victim=False)
    zwb_to_weighing(flow)
    flow.do("wegen", decision="veiligheidskant")
    flow.start("avim", "veiligheidskant")
    flow.do("veiligheidskant", decision="doorgegeven")
    assert "terugkoppeling_ontvangen" in flow.state.current_steps


# --- West-Friesland ---------------------------------------------------------------------------
def test_wf_weighing_is_a_step_with_a_recorded_assessment(wf):
    flow = Flow(wf)
    wf_to_weighing(flow)
    assert flow.state.current_steps == ["wegen", "terugkoppeling_melder"]
    assert flow.problems("wegen", fill=False) == [
        "besluit ontbreekt", "Weging (welke signalen wegen zwaar, wat ontbreekt) ontbreekt"]
    flow.do("wegen", decision="sterk_vermoeden", fields={"weging": "Drie domeinen, samenhang"})
    assert flow.state.record_for("wegen").fields["weging"] == "Drie domeinen, samenhang"
    assert {"lokaal_afstemmen", "registratie"} <= set(flow.state.current_steps)


@pytest.mark.parametrize(("option", "expected"), [
    ("sterk_vermoeden", {"lokaal_afstemmen", "registratie"}),
    ("vermoeden", {"lokaal_afstemmen", "registratie"}),
    ("onvoldoende_informatie", {"lokaal_afstemmen", "verrijken"}),
    ("geen_mensenhandel", {"lokaal_afstemmen"}),
])
def test_wf_every_weighing_option(wf, option, expected):
    flow = Flow(wf)
    wf_to_weighing(flow)
    flow.do("wegen", decision=option)
    assert set(flow.state.current_steps) - {"terugkoppeling_melder"} == expected


def test_wf_closing_as_other_phenomenon_needs_who_was_consulted(wf):
    flow = Flow(wf)
    flow.do("signaal_opgepikt")
    problems = flow.problems("af_geinformeerd", decision="ander_fenomeen", fill=False,
                             next_steps=["afsluiten"], fields={"doorgezet_naar": "Wijkteam"})
    assert problems == ["Afgestemd met (collega, politie of partner) ontbreekt"]
    flow.do("af_geinformeerd", decision="ander_fenomeen",
            fields={"doorgezet_naar": "Wijkteam", "geraadpleegd": "Wijkagent"})
    assert "afsluiten" in flow.state.current_steps


def test_wf_pct_is_the_rule_when_prostitution_is_in_view(wf):
    flow = Flow(wf, prostitution_setting=True)
    assert suggested(flow)["pct"].at_step == "lokaal_afstemmen"
    wf_to_weighing(flow)
    flow.do("wegen", decision="vermoeden", next_steps=["lokaal_afstemmen"])
    assert flow.problems("lokaal_afstemmen", decision="vermoeden", contacted="politie") == [
        "contact met Prostitutie Controle Team (PCT) is hier de regel: vastleggen bij "
        "gecontacteerde partner"]
    flow.do("lokaal_afstemmen", decision="vermoeden", contacted="politie,pct")
    assert "riec_regionaal" in flow.state.current_steps


def test_wf_without_prostitution_the_pct_is_not_required(wf):
    flow = Flow(wf)
    wf_to_weighing(flow)
    flow.do("wegen", decision="vermoeden", next_steps=["lokaal_afstemmen"])
    assert flow.problems("lokaal_afstemmen", decision="vermoeden", contacted="politie") == []


@pytest.mark.parametrize(("decision", "target"), [
    ("vermoeden", "riec_regionaal"), ("doorgegeven", "terugkoppeling_af"),
    ("onvoldoende_informatie", "verrijken"), ("ander_fenomeen", "afsluiten")])
def test_wf_every_local_outcome(wf, decision, target):
    flow = Flow(wf)
    wf_to_weighing(flow)
    flow.do("wegen", decision="vermoeden", next_steps=["lokaal_afstemmen"])
    review = {"herbeoordelen_op": str(D0 + timedelta(days=28))} if "onvoldoende" in decision else {}
    flow.do("lokaal_afstemmen", decision=decision, fields=review)
    assert target in flow.state.current_steps


def test_wf_riec_to_information_square_and_feedback(wf):
    flow = Flow(wf, organised_element=True)
    assert suggested(flow)["riec"].at_step == "riec_regionaal"
    wf_to_weighing(flow)
    flow.do("wegen", decision="vermoeden", next_steps=["lokaal_afstemmen"])
    flow.do("lokaal_afstemmen", decision="vermoeden")
    flow.do("riec_regionaal", decision="signaal_mensenhandel", contacted="riec")
    flow.start("riec", "informatieplein")
    flow.do("informatieplein")
    flow.finish("riec")
    flow.do("terugkoppeling_af")
    flow.do("terugkoppeling_melder", decision="doorgegeven")
    flow.do("afsluiten")
    assert flow.state.status == CaseStatus.CLOSED


def test_wf_no_trafficking_signal_after_the_riec_waits_for_feedback(wf):
    flow = Flow(wf)
    wf_to_weighing(flow)
    flow.do("wegen", decision="vermoeden", next_steps=["lokaal_afstemmen"])
    flow.do("lokaal_afstemmen", decision="vermoeden")
    flow.do("riec_regionaal", decision="geen_signaal_mensenhandel", contacted="riec")
    assert "terugkoppeling_af" in flow.state.current_steps


# --- branches shared by both routes -----------------------------------------------------------
@pytest.fixture(params=[WF, ZWB])
def route(request):
    return shipped_route(request.param)


def test_adult_domestic_trafficking_suggests_veilig_thuis(route):
    flow = Flow(route, minor=TriState.NO, domestic_setting=True, forms={Form.SEXUAL})
    vt = suggested(flow)["veilig_thuis"]
    assert "ook bij volwassenen" in vt.reasons[0]
    assert not vt.blocked
    assert "meldcode" not in flow.state.current_steps  # no minor: no meldcode step
    assert "acuut" not in flow.state.current_steps


def test_no_lawful_residence_suggests_police_avim_with_bedenktijd(route):
    flow = Flow(route, irregular_residence=True)
    avim = suggested(flow)["avim"]
    assert "bedenktijd" in avim.reasons[0] and "B8/3" in avim.reasons[0]
    assert "bedenktijd" in route.partner("avim").description


def test_calling_112_is_an_action_never_a_handover(route):
    flow = Flow(route, acute=True)
    alarm = suggested(flow)["alarmnummer"]
    assert alarm.action and not suggested(flow)["politie"].action
    assert handover(flow, "alarmnummer", "acuut") == [
        "Alarmnummer 112 is een handeling, geen overdracht: leg het gesprek vast bij de acute stap"]
    flow.do("acuut", contacted="alarmnummer")  # recording the call is fine
    assert "acuut" not in flow.state.current_steps


def test_minor_gets_meldcode_with_the_two_decisions_of_step_5(route):
    flow = Flow(route, minor=TriState.YES)
    assert list(suggested(flow))[:2] == ["veilig_thuis", "verwijsindex"]
    assert "meldcode" in flow.state.current_steps
    labels = [rf.shown_label() for rf in route.step("meldcode").records if rf.required]
    assert labels[0].startswith("Besluit 1: is melden") and labels[1].startswith("Besluit 2: is hulp")
    flow.do("meldcode", fields={"melden_noodzakelijk": "ja", "hulp_mogelijk": "ja, via wijkteam"})
    assert "meldcode" not in flow.state.current_steps


def test_minor_in_sexual_exploitation_is_acute_unless_overridden(route):
    assert "acuut" in Flow(route, minor=TriState.YES, forms={Form.SEXUAL}).state.current_steps
    overridden = Flow(route, minor=TriState.YES, forms={Form.SEXUAL}, acute_overridden=True)
    assert "acuut" not in overridden.state.current_steps


def test_unaccompanied_minor_adds_nidos(route):
    flow = Flow(route, unaccompanied_foreign_minor=True)
    assert "nidos" in suggested(flow)
    assert flow.state.current_steps.count("meldcode") == 1


@pytest.mark.parametrize(("facts", "partner"), [
    ({"forms": {Form.LABOUR}}, "arbeidsinspectie"), ({"forms": {Form.LABOUR}}, "fairwork"),
    ({"forms": {Form.CRIMINAL}}, "avim"), ({"forms": {Form.ORGAN}}, "avim"),
    ({"prostitution_setting": True}, "pct"), ({"victim_needs_care": True}, "zorgcoordinator"),
])
def test_form_and_setting_branches(route, facts, partner):
    assert partner in suggested(Flow(route, **facts))


def test_organised_element_goes_to_the_security_side(route):
    riec = "riec" if route.id == WF else "taskforce_riec"
    assert riec in suggested(Flow(route, organised_element=True))


def test_victim_in_view_points_to_registration_or_care(route):
    partner = "zvh" if route.id == WF else "zorgcoordinator"
    assert partner in suggested(Flow(route, has_victim=True))
    assert partner not in suggested(Flow(route, has_victim=False))


# --- feedback to the reporter -----------------------------------------------------------------
def test_receipt_now_and_final_message_later(route):
    flow = Flow(route, today=D0)
    assert flow.state.due_date("terugkoppeling_melder") == D0 + timedelta(days=5)
    flow.do("terugkoppeling_melder", decision="ontvangen")
    state = flow.state
    assert "terugkoppeling_melder" in state.current_steps  # still open for the final message
    assert not state.is_done("terugkoppeling_melder")
    assert state.due_date("terugkoppeling_melder") == D0 + timedelta(days=42)
    assert state.next_action.label != "Terugkoppeling aan de melder"
    assert flow.problems("terugkoppeling_melder", decision="ontvangen") == [
        "de ontvangstbevestiging is al verstuurd: kies een eindbericht"]
    flow.do("terugkoppeling_melder", decision="bekeken_geen_actie")
    assert flow.state.is_done("terugkoppeling_melder")
    assert "terugkoppeling_melder" not in flow.state.current_steps


def test_passed_on_message_only_after_a_handover(route):
    flow = Flow(route)
    assert flow.problems("terugkoppeling_melder", decision="doorgegeven") == [
        "bericht 'Doorgegeven, vervolg loopt' zegt dat het signaal is doorgegeven, maar er is "
        "nog niets overgedragen: kies een ander bericht"]
    flow.handovers.append(Handover("politie", D0, HandoverStatus.OPEN, None, "", "acuut", id=99))
    assert flow.problems("terugkoppeling_melder", decision="doorgegeven") == []


def test_numbering_is_continuous_and_codes_stay_internal(route):
    numbers = [route.step_number(s.id) for s in route.steps]
    assert numbers == list(range(1, len(route.steps) + 1))
    assert all(not route.numbered_title(s.id).startswith("R") for s in route.steps)
