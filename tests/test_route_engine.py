"""The route engine on the shipped routes: walking, status, deadlines, corrections, validation.

Branch rules (acute, minor, labour, ...) are in test_route_engine_branches.py.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from route_flow import D0, Flow, shipped_route

from desktop.domain.model import CaseStatus
from desktop.domain.route_records import HandoverStatus
from desktop.domain.route_requirements import default_review_date


@pytest.fixture(scope="module")
def wf():
    return shipped_route("west-friesland", 1)


@pytest.fixture(scope="module")
def zwb():
    return shipped_route("zeeland-west-brabant", 1)


# --- walking a route ---------------------------------------------------------------------------
def test_new_case_starts_with_signal_and_reporter_feedback(wf):
    state = Flow(wf).state
    assert state.status == CaseStatus.NEW
    assert state.current_steps == ["signaal_opgepikt", "terugkoppeling_melder"]
    assert state.done_steps == []
    assert state.next_action == ("Signaal opgepikt", D0 + timedelta(days=1))
    assert state.next_step == "signaal_opgepikt"


def test_west_friesland_full_walk_derives_each_status(wf):
    flow = Flow(wf)
    flow.do("signaal_opgepikt")
    assert flow.state.status == CaseStatus.IN_PROGRESS
    assert flow.state.current_steps == ["af_geinformeerd", "terugkoppeling_melder"]
    flow.do("af_geinformeerd", decision="mogelijk_mensenhandel")
    flow.do("verrijken")
    flow.do(
        "lokaal_afstemmen",
        decision="vermoeden",
        meeting="lokaal_ondermijningsoverleg",
        meeting_on=D0,
    )
    flow.do("riec_regionaal", decision="signaal_mensenhandel", contacted="riec")
    assert flow.state.missing_for("informatieplein") == [
        "overdracht aan RIEC Noord-Holland nog niet vastgelegd",
        "Wat is ingebracht en afgesproken ontbreekt",
    ]
    flow.start("riec", "informatieplein")
    assert flow.state.status == CaseStatus.HANDED_OVER  # handed over, officer still has steps
    flow.do("informatieplein")
    assert flow.state.current_steps == ["terugkoppeling_af", "terugkoppeling_melder"]
    assert flow.state.status == CaseStatus.HANDED_OVER
    flow.do("terugkoppeling_melder", decision="ontvangen_doorgezet")
    state = flow.state
    assert state.status == CaseStatus.WAITING
    assert state.next_action.label == "Wacht op terugkoppeling van RIEC Noord-Holland"
    assert flow.problems("terugkoppeling_af") == [
        "nog geen terugkoppeling van RIEC Noord-Holland (overdracht staat open)"
    ]
    flow.finish("riec")
    assert flow.state.status == CaseStatus.IN_PROGRESS  # feedback is in, officer must record it
    flow.do("terugkoppeling_af")
    flow.do("afsluiten")
    state = flow.state
    assert state.status == CaseStatus.CLOSED
    assert state.closed_on == D0
    assert state.current_steps == []
    assert state.next_action == ("", None)
    assert state.next_step is None
    assert state.open_steps == ["acuut", "meldcode"]  # side branches that never applied


def test_allowed_next_follows_the_chosen_option(wf):
    state = Flow(wf).state
    assert state.allowed_next("lokaal_afstemmen", "vermoeden") == ["riec_regionaal"]
    assert state.allowed_next("lokaal_afstemmen", "ander_fenomeen") == ["afsluiten"]
    assert state.allowed_next("lokaal_afstemmen") == ["riec_regionaal", "verrijken", "afsluiten"]
    assert state.allowed_next("verrijken") == ["lokaal_afstemmen"]
    assert state.allowed_next("afsluiten") == []


def test_missing_for_without_draft_lists_everything_to_record(wf):
    flow = Flow(wf)
    flow.do("signaal_opgepikt")
    flow.do("af_geinformeerd", decision="mogelijk_mensenhandel")
    flow.do("verrijken")
    assert flow.state.missing_for("lokaal_afstemmen") == [
        "besluit ontbreekt",
        "overleg of gecontacteerde partner ontbreekt",
        "Advies of afspraken ontbreekt",
    ]
    assert flow.state.missing_for("riec_regionaal")[0] == (
        "stap 'RIEC / regionale ondermijningstafel' is nu niet aan de beurt"
    )


# --- status ------------------------------------------------------------------------------------
def test_open_handover_with_only_waiting_steps_is_waiting(zwb):
    flow = Flow(zwb, consent_recorded=True)
    flow.do("signaal")
    flow.do("intake", decision="mogelijk_mensenhandel")
    flow.do("verrijken")
    flow.start("zorgcoordinator", "doorgeleiding")
    assert flow.state.status == CaseStatus.HANDED_OVER
    flow.do("doorgeleiding", decision="doorgeleid", meeting="zorgtafel", meeting_on=D0)
    flow.do("terugkoppeling_melder", decision="vervolg_loopt")
    assert flow.state.current_steps == ["terugkoppeling_ontvangen"]
    assert flow.state.status == CaseStatus.WAITING
    flow.finish("zorgcoordinator", HandoverStatus.CANCELLED)
    assert flow.state.open_handovers == []
    assert flow.state.status == CaseStatus.IN_PROGRESS


def test_close_waits_for_reporter_feedback_and_open_handovers(wf):
    flow = Flow(wf)
    flow.do("signaal_opgepikt")
    flow.do("af_geinformeerd", decision="ander_fenomeen", fields={"doorgezet_naar": "wijkteam"})
    flow.start("politie", "af_geinformeerd")
    assert flow.problems("afsluiten") == [
        "eerst afronden: 'Terugkoppeling aan de melder'",
        "overdracht aan Politie (basisteam / wijkagent) staat nog open: "
        "eerst afronden of annuleren",
    ]
    flow.do("terugkoppeling_melder", decision="geen_verdere_actie")
    flow.finish("politie")
    flow.do("afsluiten")
    assert flow.state.status == CaseStatus.CLOSED


# --- deadlines ---------------------------------------------------------------------------------
def test_reporter_feedback_defaults_to_14_days_and_becomes_overdue(zwb):
    assert zwb.step("terugkoppeling_melder").deadline is None  # route default applies
    due = D0 + timedelta(days=14)
    assert ("terugkoppeling_melder", due, False) in Flow(zwb, today=due).state.deadlines
    assert ("terugkoppeling_melder", due, True) in Flow(
        zwb, today=due + timedelta(days=1)
    ).state.deadlines


def test_overdue_when_any_current_step_is_past_its_due_date(zwb):
    assert not Flow(zwb, today=D0 + timedelta(days=1)).state.overdue  # signal step due on day 1
    assert Flow(zwb, today=D0 + timedelta(days=2)).state.overdue


def test_route_feedback_term_is_used_and_feedback_leaves_the_deadlines(zwb):
    route = zwb.model_copy(update={"feedback_deadline_days": 10})
    flow = Flow(route, today=D0 + timedelta(days=3))
    assert flow.state.due_date("terugkoppeling_melder") == D0 + timedelta(days=10)
    flow.do("terugkoppeling_melder", decision="ontvangen_doorgezet")
    assert "terugkoppeling_melder" not in [d.step_id for d in flow.state.deadlines]


def test_deadline_from_previous_step_counts_from_its_completion(wf):
    flow = Flow(wf, today=D0 + timedelta(days=40))
    flow.do("signaal_opgepikt", on=D0)
    flow.do("af_geinformeerd", decision="mogelijk_mensenhandel", on=D0 + timedelta(days=5))
    state = flow.state
    assert state.due_date("verrijken") == D0 + timedelta(days=15)  # 10 days after step 2
    assert state.deadlines[0] == ("terugkoppeling_melder", D0 + timedelta(days=14), True)
    assert state.deadlines[1] == ("verrijken", D0 + timedelta(days=15), True)
    assert state.next_action == ("Terugkoppeling aan de melder", D0 + timedelta(days=14))


# --- corrections -------------------------------------------------------------------------------
def test_correction_supersedes_the_record_and_history_keeps_both(wf):
    flow = Flow(wf)
    flow.do("signaal_opgepikt")
    wrong = flow.do("af_geinformeerd", decision="ander_fenomeen", fields={"doorgezet_naar": "LAA"})
    assert flow.state.current_steps == ["terugkoppeling_melder", "afsluiten"]
    fixed = flow.do("af_geinformeerd", decision="mogelijk_mensenhandel", corrects=wrong.id)
    state = flow.state
    assert state.superseded_ids == {wrong.id}
    assert [r.id for r in state.records] == [1, wrong.id, fixed.id]
    assert state.record_for("af_geinformeerd") is flow.records[-1]
    assert state.current_steps == ["verrijken", "terugkoppeling_melder"]


def test_correction_keeps_its_place_in_the_route(wf):
    flow = Flow(wf)
    flow.do("signaal_opgepikt")
    first = flow.do("af_geinformeerd", decision="mogelijk_mensenhandel", outcome="typfout")
    flow.do("verrijken")
    flow.do("af_geinformeerd", decision="mogelijk_mensenhandel", outcome="goed", corrects=first.id)
    assert flow.state.current_steps == ["lokaal_afstemmen", "terugkoppeling_melder"]


def test_correction_rules(wf):
    flow = Flow(wf)
    signal = flow.do("signaal_opgepikt")
    first = flow.do("af_geinformeerd", decision="mogelijk_mensenhandel")
    flow.do(
        "af_geinformeerd", decision="mogelijk_mensenhandel", outcome="aangevuld", corrects=first.id
    )
    again = flow.problems("af_geinformeerd", decision="mogelijk_mensenhandel", corrects=first.id)
    assert again == ["deze vastlegging is al gecorrigeerd: corrigeer de nieuwste versie"]
    other = flow.problems("af_geinformeerd", decision="mogelijk_mensenhandel", corrects=signal.id)
    assert other == [
        "een correctie moet over dezelfde stap gaan als de vastlegging die zij vervangt"
    ]
    assert flow.problems("signaal_opgepikt", corrects=99) == [
        "de te corrigeren vastlegging bestaat niet"
    ]


# --- validation of a step record ---------------------------------------------------------------
def test_validation_messages(wf):
    flow = Flow(wf, today=D0 + timedelta(days=2))
    assert flow.problems("bestaat_niet", fill=False) == ["onbekende stap 'bestaat_niet'"]
    assert flow.problems("signaal_opgepikt", on=D0 + timedelta(days=3)) == [
        "de datum van afronden ligt in de toekomst"
    ]
    assert flow.problems("signaal_opgepikt", on=D0 - timedelta(days=1)) == [
        "de datum van afronden ligt vóór de ontvangst van het signaal"
    ]
    assert flow.problems("signaal_opgepikt", next_steps=["afsluiten"]) == [
        "'afsluiten' is hier geen toegestane vervolgstap"
    ]
    flow.do("signaal_opgepikt")
    assert flow.problems("af_geinformeerd", fill=False) == ["besluit ontbreekt"]
    assert flow.problems("af_geinformeerd", decision="misschien") == [
        "onbekend besluit 'misschien'"
    ]
    assert flow.problems("af_geinformeerd", decision="mogelijk_mensenhandel", fill=False) == [
        "kies minstens één vervolgstap"
    ]
    flow.do("af_geinformeerd", decision="mogelijk_mensenhandel")
    flow.do("verrijken")
    wrong_meeting = flow.problems(
        "lokaal_afstemmen", decision="vermoeden", meeting="regionale_ondermijningstafel"
    )
    assert wrong_meeting == [
        "bespreking in 'Regionale ondermijningstafel' rondt stap "
        "'RIEC / regionale ondermijningstafel' af, niet deze stap",
        "datum van het overleg ontbreekt",
    ]
    assert flow.problems("lokaal_afstemmen", decision="vermoeden", contacted="politie, douane") == [
        "onbekende partner 'douane'"
    ]
    assert flow.problems("lokaal_afstemmen", decision="vermoeden", meeting="koffie") == [
        "onbekend overleg 'koffie'"
    ]


def test_reporter_feedback_needs_a_standard_message(wf):
    flow = Flow(wf)
    assert flow.problems("terugkoppeling_melder") == ["standaardbericht voor de melder ontbreekt"]
    assert flow.problems("terugkoppeling_melder", decision="alles_over_de_politie") == [
        "onbekend standaardbericht 'alles_over_de_politie'"
    ]
    flow.do("terugkoppeling_melder", decision="vervolg_loopt")
    assert wf.feedback_message("vervolg_loopt").label == "Vervolg loopt"


def test_review_date_rules(wf):
    flow = Flow(wf)
    flow.do("signaal_opgepikt")
    flow.do("af_geinformeerd", decision="mogelijk_mensenhandel")
    flow.do("verrijken")
    kw = {"decision": "onvoldoende_informatie", "contacted": "politie"}
    assert flow.problems("lokaal_afstemmen", **kw) == ["herbeoordelingsdatum ontbreekt"]
    bad = flow.problems("lokaal_afstemmen", fields={"herbeoordelen_op": "volgende maand"}, **kw)
    assert bad == ["herbeoordelingsdatum is geen geldige datum (JJJJ-MM-DD)"]
    past = flow.problems("lokaal_afstemmen", fields={"herbeoordelen_op": D0.isoformat()}, **kw)
    assert past == ["herbeoordelingsdatum moet na de datum van afronden liggen"]
    assert default_review_date(wf, "lokaal_afstemmen", "onvoldoende_informatie", D0) == (
        D0 + timedelta(days=28)
    )
    assert default_review_date(wf, "lokaal_afstemmen", "vermoeden", D0) is None


def test_engine_and_content_import_no_qt():
    code = (
        "import sys; import desktop.domain.route_engine, desktop.content.route_catalog; "
        "sys.exit(1 if 'PySide6' in sys.modules else 0)"
    )
    root = Path(__file__).resolve().parents[1]
    assert subprocess.run([sys.executable, "-c", code], cwd=root, check=False).returncode == 0
