"""Every branch rule of both shipped routes in VERSION 1 (domain.md §3.3), through the engine.

Version 1 stays shipped for cases started with it (``*-v1.yaml``); these tests prove it still
works unchanged. Version 2 (issue 15) is tested in ``test_route_v2.py``."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from route_flow import D0, Flow, shipped_route

from desktop.domain.model import CaseStatus, Form, TriState
from desktop.domain.route_records import Handover, HandoverStatus
from desktop.domain.route_requirements import validate_handover

# Step and partner ids that differ between the two shipped routes.
ROUTES = {
    "west-friesland": {
        "signal": "signaal_opgepikt",
        "intake": "af_geinformeerd",
        "local": "lokaal_afstemmen",
        "riec": "riec",
        "riec_step": "riec_regionaal",
        "care_step": "lokaal_afstemmen",
        "labour_step": "lokaal_afstemmen",
        "go_on": "vermoeden",
        "contact": "politie",
    },
    "zeeland-west-brabant": {
        "signal": "signaal",
        "intake": "intake",
        "local": "doorgeleiding",
        "riec": "taskforce_riec",
        "riec_step": "stuurploeg",
        "care_step": "doorgeleiding",
        "labour_step": "doorgeleiding",
        "go_on": "doorgeleid",
        "contact": "",
    },
}


@pytest.fixture(params=list(ROUTES), scope="module")
def route_ids(request):
    return shipped_route(request.param, 1), ROUTES[request.param]


def suggested(flow: Flow) -> dict[str, object]:
    return {s.partner_id: s for s in flow.state.suggested_handovers}


def to_local_step(flow: Flow, ids: dict[str, str]) -> None:
    """Walk to the first decision after enrichment (local table / zorgcoördinator)."""
    flow.do(ids["signal"])
    flow.do(ids["intake"], decision="mogelijk_mensenhandel")
    flow.do("verrijken")
    if ids["local"] == "doorgeleiding" and flow.facts.consent_recorded:
        flow.start("zorgcoordinator", "doorgeleiding")


def test_no_facts_no_suggestions(route_ids):
    route, _ = route_ids
    flow = Flow(route, minor=TriState.UNKNOWN)
    assert flow.state.suggested_handovers == []
    assert "acuut" not in flow.state.current_steps
    assert "meldcode" not in flow.state.current_steps


# --- acute -------------------------------------------------------------------------------------
def test_acute_call_comes_first_and_blocks_nothing(route_ids):
    route, ids = route_ids
    flow = Flow(route, acute=True)
    state = flow.state
    assert state.next_action == ("Acuut: eerst 112 of politie bellen, daarna vastleggen", D0)
    assert state.next_step == "acuut"
    assert list(suggested(flow)) == ["alarmnummer", "politie"]
    assert "112" in suggested(flow)["alarmnummer"].reasons[0]
    assert route.partner("alarmnummer").contact.phone == "112"
    assert state.missing_for("acuut") == ["Gebelde dienst ontbreekt"]
    flow.do(ids["signal"])  # registering the signal is not blocked by the acute step
    flow.do("acuut", contacted="alarmnummer")
    assert "acuut" not in flow.state.current_steps
    assert flow.state.record_for("acuut").contacted_ids() == ["alarmnummer"]


def test_minor_in_sexual_exploitation_counts_as_acute(route_ids):
    route, _ = route_ids
    state = Flow(route, minor=TriState.YES, forms={Form.SEXUAL}).state
    assert {"acuut", "meldcode"} <= set(state.current_steps)
    assert state.next_step == "acuut"


# --- minors ------------------------------------------------------------------------------------
def test_minor_goes_to_veilig_thuis_and_the_meldcode(route_ids):
    route, _ = route_ids
    flow = Flow(route, minor=TriState.YES)
    assert list(suggested(flow)) == ["veilig_thuis"]
    assert "meldcode" in suggested(flow)["veilig_thuis"].reasons[0]
    assert suggested(flow)["veilig_thuis"].at_step == "meldcode"
    assert "meldcode" in flow.state.current_steps
    assert route.partner("veilig_thuis").contact.phone == "0800-2000"
    flow.do("meldcode", fields={"meldcode_besluit": "melden bij Veilig Thuis"})
    assert "meldcode" not in flow.state.current_steps  # done, not opened again by the rule


def test_unaccompanied_foreign_minor_adds_nidos(route_ids):
    route, _ = route_ids
    flow = Flow(route, unaccompanied_foreign_minor=True)
    assert list(suggested(flow)) == ["veilig_thuis", "nidos"]
    assert flow.state.current_steps.count("meldcode") == 1


# --- forms of exploitation and settings --------------------------------------------------------
def test_labour_goes_to_the_labour_inspectorate(route_ids):
    route, ids = route_ids
    flow = Flow(route, forms={Form.LABOUR})
    assert list(suggested(flow)) == ["arbeidsinspectie", "fairwork"]
    assert suggested(flow)["arbeidsinspectie"].at_step == ids["labour_step"]
    assert not suggested(flow)["arbeidsinspectie"].blocked


def test_prostitution_goes_to_the_pct(route_ids):
    route, _ = route_ids
    flow = Flow(route, prostitution_setting=True)
    assert list(suggested(flow))[0] == "pct"


@pytest.mark.parametrize("form", [Form.CRIMINAL, Form.ORGAN])
def test_criminal_exploitation_and_organ_removal_go_to_avim(route_ids, form):
    route, _ = route_ids
    assert list(suggested(Flow(route, forms={form}))) == ["avim"]


def test_organised_element_goes_to_the_riec(route_ids):
    route, ids = route_ids
    flow = Flow(route, organised_element=True)
    assert list(suggested(flow)) == [ids["riec"]]
    assert suggested(flow)[ids["riec"]].at_step == ids["riec_step"]


# --- care and consent --------------------------------------------------------------------------
def test_care_goes_to_the_care_coordinator_only_after_consent(route_ids):
    route, ids = route_ids
    title = route.partner("zorgcoordinator").title
    blocked = f"toestemming van betrokkene vastleggen vóór overdracht aan {title}"
    flow = Flow(route, victim_needs_care=True)
    care = suggested(flow)["zorgcoordinator"]
    assert care.blocked == blocked and care.at_step == ids["care_step"]
    handover = Handover("zorgcoordinator", D0, HandoverStatus.OPEN, None, "", ids["care_step"])
    assert validate_handover(route, flow.state, handover) == [blocked]
    to_local_step(flow, ids)
    contacting = flow.problems(ids["local"], decision=ids["go_on"], contacted="zorgcoordinator")
    assert blocked in contacting

    flow.facts = replace(flow.facts, consent_recorded=True)
    assert suggested(flow)["zorgcoordinator"].blocked == ""
    flow.start("zorgcoordinator", ids["care_step"])
    assert suggested(flow)["zorgcoordinator"].started


def test_zwb_routes_every_report_through_the_care_coordinator():
    route = shipped_route("zeeland-west-brabant", 1)
    flow = Flow(route)  # no care need: the central routing still needs the coordinator
    to_local_step(flow, ROUTES[route.id])
    title = route.partner("zorgcoordinator").title
    assert flow.state.missing_for("doorgeleiding")[0] == (
        f"toestemming van betrokkene vastleggen vóór overdracht aan {title}"
    )
    flow.facts = replace(flow.facts, consent_recorded=True)
    assert (
        flow.state.missing_for("doorgeleiding")[0] == f"overdracht aan {title} nog niet vastgelegd"
    )
    flow.start("zorgcoordinator", "doorgeleiding")
    flow.do("doorgeleiding", decision="stuurploeg", meeting="zorgtafel", meeting_on=D0)
    assert flow.problems("stuurploeg")[0].startswith(
        "nog geen overdracht vastgelegd (aan Taskforce-RIEC"
    )


# --- not trafficking, insufficient information -------------------------------------------------
def test_other_phenomenon_closes_with_where_it_went(route_ids):
    route, ids = route_ids
    flow = Flow(route)
    flow.do(ids["signal"])
    assert flow.problems(
        ids["intake"], decision="ander_fenomeen", fill=False, next_steps=["afsluiten"]
    ) == ["Doorgezet naar (team of partner) ontbreekt"]
    flow.do(
        ids["intake"], decision="ander_fenomeen", fields={"doorgezet_naar": "LAA (adreskwaliteit)"}
    )
    assert flow.state.current_steps == ["terugkoppeling_melder", "afsluiten"]
    flow.do("terugkoppeling_melder", decision="geen_verdere_actie")
    flow.do("afsluiten", outcome="ander fenomeen: adresfraude")
    assert flow.state.status == CaseStatus.CLOSED
    assert flow.state.record_for(ids["intake"]).fields["doorgezet_naar"] == "LAA (adreskwaliteit)"


def test_insufficient_information_keeps_the_case_open_until_the_review_date(route_ids):
    route, ids = route_ids
    flow = Flow(route, consent_recorded=True)
    to_local_step(flow, ids)
    flow.do("terugkoppeling_melder", decision="vervolg_loopt")
    review_on = D0 + timedelta(days=28)
    review = {"herbeoordelen_op": review_on.isoformat()}
    flow.do(
        ids["local"], decision="onvoldoende_informatie", contacted=ids["contact"], fields=review
    )
    state = flow.state
    # in ZWB the zorgcoördinator handover of the central routing is still open
    expected = CaseStatus.HANDED_OVER if flow.state.open_handovers else CaseStatus.IN_PROGRESS
    assert state.status == expected
    assert state.current_steps == ["verrijken"]
    assert state.due_date("verrijken") == review_on
    assert state.next_action == (f"Herbeoordelen: {route.step('verrijken').title}", review_on)
    assert state.deadlines == [("verrijken", review_on, False)]
    flow.today = review_on + timedelta(days=1)
    assert flow.state.deadlines == [("verrijken", review_on, True)]
    flow.do("verrijken", on=review_on)  # the loop back works: the decision step is current again
    assert flow.state.current_steps == [ids["local"]]


# --- parallel handovers ------------------------------------------------------------------------
@pytest.mark.parametrize("route_id", list(ROUTES))
def test_parallel_handovers_care_riec_and_labour_at_once(route_id):
    route, ids = shipped_route(route_id, 1), ROUTES[route_id]
    flow = Flow(
        route,
        victim_needs_care=True,
        organised_element=True,
        forms={Form.LABOUR},
        consent_recorded=True,
    )
    assert set(suggested(flow)) == {"zorgcoordinator", ids["riec"], "arbeidsinspectie", "fairwork"}
    to_local_step(flow, ids)
    for partner in ("zorgcoordinator", ids["riec"], "arbeidsinspectie"):
        if partner not in [h.partner_id for h in flow.handovers]:
            flow.start(partner, ids["local"])
    assert [h.partner_id for h in flow.state.open_handovers] == [
        "zorgcoordinator",
        ids["riec"],
        "arbeidsinspectie",
    ]
    again = Handover("arbeidsinspectie", D0, HandoverStatus.OPEN, None, "", ids["local"])
    assert validate_handover(route, flow.state, again) == [
        "er loopt al een overdracht aan Nederlandse Arbeidsinspectie"
    ]
    assert flow.state.status == CaseStatus.HANDED_OVER
    assert not any(s.blocked for s in flow.state.suggested_handovers)
    started = {s.partner_id: s.started for s in flow.state.suggested_handovers}
    assert started == {
        "zorgcoordinator": True,
        ids["riec"]: True,
        "arbeidsinspectie": True,
        "fairwork": False,
    }

    flow.finish("arbeidsinspectie")
    flow.finish(ids["riec"], HandoverStatus.CANCELLED)
    assert [h.partner_id for h in flow.state.open_handovers] == ["zorgcoordinator"]
    flow.finish("zorgcoordinator")
    assert flow.state.open_handovers == []


def test_waiting_step_lists_every_open_handover():
    route, ids = shipped_route("zeeland-west-brabant", 1), ROUTES["zeeland-west-brabant"]
    flow = Flow(route, consent_recorded=True)
    to_local_step(flow, ids)
    flow.start("arbeidsinspectie", "doorgeleiding")
    flow.start("avim", "doorgeleiding")
    flow.do("doorgeleiding", decision="doorgeleid")
    flow.do("terugkoppeling_melder", decision="ontvangen_doorgezet")
    names = [route.partner_title(p) for p in ("zorgcoordinator", "arbeidsinspectie", "avim")]
    assert flow.state.status == CaseStatus.WAITING
    assert flow.state.next_action.label == "Wacht op terugkoppeling van " + ", ".join(names)
    assert flow.problems("terugkoppeling_ontvangen") == [
        f"nog geen terugkoppeling van {n} (overdracht staat open)" for n in names
    ]


def test_handover_validation_messages():
    route = shipped_route("west-friesland", 1)
    state = Flow(route, today=D0 + timedelta(days=5)).state
    base = Handover("riec", D0, HandoverStatus.OPEN, None, "", "riec_regionaal")
    assert validate_handover(route, state, replace(base, partner_id="fiod")) == [
        "onbekende partner 'fiod'"
    ]
    assert validate_handover(route, state, replace(base, step_id="x", status="klaar")) == [
        "onbekende stap 'x'",
        "onbekende status 'klaar'",
    ]
    assert validate_handover(route, state, replace(base, started_on=D0 + timedelta(days=6))) == [
        "de startdatum van de overdracht ligt in de toekomst"
    ]
    assert validate_handover(route, state, replace(base, status=HandoverStatus.DONE)) == [
        "datum van afronden van de overdracht ontbreekt"
    ]
    ended_early = replace(
        base,
        started_on=D0 + timedelta(days=2),
        status=HandoverStatus.DONE,
        closed_on=D0 + timedelta(days=1),
    )
    assert validate_handover(route, state, ended_early) == [
        "de overdracht kan niet eindigen vóór de start"
    ]
