"""RouteService and MeetingService on a real SQLCipher register (fictional data only)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop.domain import model as m
from desktop.domain.route_records import HandoverStatus, StepRecord
from desktop.services.route.support import RouteError, case_facts
from desktop.store import route_repo
from desktop.store.cases import ListQuery

D0 = date(2026, 3, 2)  # signal received
D1 = date(2026, 3, 9)  # the officer's "today" in these tests


def make_case(register, **overrides) -> int:
    case = m.Case(forms={m.Form.LABOUR}, received_on=D0, observed_at=datetime(2026, 3, 1, 9),
                  reporter_department="Handhaving", observations="Matrassen in een loods.",
                  title="Overnachten in bedrijfspand")
    for key, value in overrides.items():
        setattr(case, key, value)
    return register.cases.create(case).id


def rec(step_id: str, on: date = D1, **kw) -> StepRecord:
    return StepRecord(step_id=step_id, completed_on=on, decision=kw.pop("decision", ""),
                      contacted=kw.pop("contacted", ""), meeting=kw.pop("meeting", ""),
                      meeting_on=kw.pop("meeting_on", None), outcome=kw.pop("outcome", ""),
                      next_steps=kw.pop("next_steps", []), fields=kw.pop("fields", {}),
                      recorded_at=datetime.min, recorded_by="")


@pytest.fixture
def routes(register):
    service = register.routes
    service.today = lambda: D1
    return service


def actions(register, case_id: int) -> list[tuple[str, str]]:
    entries = sorted(register.audit_entries(case_id=case_id), key=lambda e: e.id)
    return [(e.action, e.detail) for e in entries]


def walk_to_riec(routes, case_id: int) -> None:
    routes.complete_step(case_id, rec("signaal_opgepikt", next_steps=["af_geinformeerd"]))
    routes.complete_step(case_id, rec("af_geinformeerd", decision="mogelijk_mensenhandel",
                                      next_steps=["verrijken"]))
    routes.complete_step(case_id, rec("verrijken", fields={"geraadpleegde_bronnen": "BRP, KvK"},
                                      next_steps=["wegen"]))
    routes.complete_step(case_id, rec("wegen", decision="vermoeden", fields={"weging": "Combinatie"},
                                      next_steps=["lokaal_afstemmen"]))
    routes.complete_step(case_id, rec("lokaal_afstemmen", decision="vermoeden", contacted="politie",
                                      outcome="Advies: RIEC", next_steps=["riec_regionaal"]))
    routes.complete_step(case_id, rec("riec_regionaal", decision="signaal_mensenhandel",
                                      contacted="riec", outcome="Inbrengen",
                                      next_steps=["informatieplein"]))


# --- starting --------------------------------------------------------------------------------
def test_start_fixes_route_and_version_and_derives_the_list_columns(register, routes):
    case_id = make_case(register)
    assert [rid for rid, _title in routes.selectable()] == ["west-friesland",
                                                            "zeeland-west-brabant"]
    route = routes.start(case_id)
    case = register.cases.get(case_id)
    assert (case.route_id, case.route_version) == ("west-friesland", 2) == (route.id, route.version)
    assert case.status == m.CaseStatus.NEW
    assert (case.next_action, case.next_deadline) == ("Signaal opgepikt", D0 + timedelta(days=1))
    assert ("route_gestart", "west-friesland@2") in actions(register, case_id)


def test_creating_a_case_starts_its_route_in_the_same_transaction(register, routes):
    case_id = make_case(register)
    assert register.cases.get(case_id).route_id == "west-friesland"
    with register.write() as conn:
        assert not routes.start_case_in(conn, case_id)  # already started: no-op


def test_register_setting_chooses_the_route_and_the_template_is_never_used(register, routes):
    register.set_setting("route_id", "zeeland-west-brabant")
    assert routes.start(make_case(register)).id == "zeeland-west-brabant"
    register.set_setting("route_id", "sjabloon")
    assert routes.default_route_id() == "west-friesland"


def test_case_keeps_its_route_version_when_content_is_missing(register, routes):
    case_id = make_case(register)
    routes.start(case_id)
    with register.write() as conn:
        route_repo.set_route(conn, case_id, "west-friesland", 7)
    with pytest.raises(RouteError, match="(?i)versie 7 is niet beschikbaar"):
        routes.state(case_id)


# --- walking West-Friesland --------------------------------------------------------------------
def test_west_friesland_from_signal_to_feedback(register, routes):
    case_id = make_case(register)
    walk_to_riec(routes, case_id)
    assert routes.check(case_id, rec("informatieplein", outcome="Ingebracht",
                                     next_steps=["terugkoppeling_af"])) == [
        "overdracht aan RIEC Noord-Holland nog niet vastgelegd"]
    routes.complete_step(case_id, rec("informatieplein", outcome="Ingebracht",
                                      next_steps=["terugkoppeling_af"]), handovers=["riec"])
    case = register.cases.get(case_id)
    assert case.status == m.CaseStatus.HANDED_OVER
    routes.complete_step(case_id, rec("terugkoppeling_melder", decision="doorgegeven"))
    case = register.cases.get(case_id)
    assert case.status == m.CaseStatus.WAITING
    assert case.next_action == "Wacht op terugkoppeling van RIEC Noord-Holland"
    riec = routes.handovers(case_id)[0]
    routes.close_handover(case_id, riec.id, "Zaak loopt bij de regionale tafel")
    routes.complete_step(case_id, rec("terugkoppeling_af", outcome="Loopt",
                                      next_steps=["afsluiten"]))
    routes.complete_step(case_id, rec("afsluiten", outcome="Overgedragen aan RIEC"))
    case = register.cases.get(case_id)
    assert (case.status, case.closed_on, case.outcome) == (
        m.CaseStatus.CLOSED, D1, "Overgedragen aan RIEC")
    assert (case.next_action, case.next_deadline) == ("", None)
    steps = [d for a, d in actions(register, case_id) if a == "routestap_afgerond"]
    assert steps == ["signaal_opgepikt", "af_geinformeerd", "verrijken", "wegen", "lokaal_afstemmen",
                     "riec_regionaal", "informatieplein", "terugkoppeling_melder",
                     "terugkoppeling_af", "afsluiten"]
    assert ("overdracht_gestart", "riec") in actions(register, case_id)
    assert ("overdracht_afgerond", "riec") in actions(register, case_id)


def test_refused_step_raises_dutch_problems_and_saves_nothing(register, routes):
    case_id = make_case(register)
    with pytest.raises(RouteError) as caught:
        routes.complete_step(case_id, rec("af_geinformeerd"))
    assert caught.value.problems == ["stap 'Aandachtsfunctionaris geïnformeerd' is nu niet aan "
                                     "de beurt", "besluit ontbreekt"]
    assert route_repo_steps(register, case_id) == []


def route_repo_steps(register, case_id):
    with register.read() as conn:
        return route_repo.steps(conn, case_id)


def test_each_step_is_one_transaction(register, routes, monkeypatch):
    case_id = make_case(register)
    routes.start(case_id)
    before = actions(register, case_id)
    walk = rec("signaal_opgepikt", next_steps=["af_geinformeerd"])

    def broken(*_args, **_kw):
        raise RuntimeError("disk pulled")

    monkeypatch.setattr(route_repo, "set_status", broken)
    with pytest.raises(RuntimeError):
        routes.complete_step(case_id, walk)
    assert route_repo_steps(register, case_id) == []
    assert actions(register, case_id) == before
    assert register.cases.get(case_id).next_action == "Signaal opgepikt"


def test_failed_handover_in_a_step_rolls_back_the_step(register, routes, monkeypatch):
    case_id = make_case(register)
    walk_to_riec(routes, case_id)
    real_add = route_repo.add_step

    def add_then_fail(*args, **kw):
        real_add(*args, **kw)
        raise RuntimeError("power cut")

    monkeypatch.setattr(route_repo, "add_step", add_then_fail)
    with pytest.raises(RuntimeError):
        routes.complete_step(case_id, rec("informatieplein", outcome="Ingebracht",
                                          next_steps=["terugkoppeling_af"]), handovers=["riec"])
    assert routes.handovers(case_id) == []
    assert [r.step_id for r in route_repo_steps(register, case_id)][-1] == "riec_regionaal"


# --- corrections ---------------------------------------------------------------------------------
def test_correction_keeps_history_and_the_timeline_shows_the_new_record(register, routes):
    case_id = make_case(register)
    routes.complete_step(case_id, rec("signaal_opgepikt", next_steps=["af_geinformeerd"]))
    first = routes.complete_step(case_id, rec("af_geinformeerd", decision="mogelijk_mensenhandel",
                                              next_steps=["verrijken"]))
    fixed = routes.correct_step(case_id, first.id, rec(
        "af_geinformeerd", decision="ander_fenomeen", next_steps=["afsluiten"],
        fields={"geraadpleegd": "Politie", "doorgezet_naar": "Wijkteam"}))
    state = routes.state(case_id)
    assert state.record_for("af_geinformeerd").id == fixed.id
    assert "verrijken" not in state.current_steps and "afsluiten" in state.current_steps
    history = routes.history(case_id)
    assert [(h.step_title, h.superseded, h.decision_label) for h in history[1:]] == [
        ("Aandachtsfunctionaris geïnformeerd", True, "Mogelijk mensenhandel: verrijken"),
        ("Aandachtsfunctionaris geïnformeerd", False,
         "Geen mensenhandel maar een ander fenomeen: doorzetten en afsluiten")]
    assert history[1].corrected_by == fixed.id
    assert ("routestap_gecorrigeerd", "af_geinformeerd") in actions(register, case_id)
    with pytest.raises(RouteError, match="(?i)al gecorrigeerd"):
        routes.correct_step(case_id, first.id, rec("af_geinformeerd", decision="ander_fenomeen",
                                                   next_steps=["afsluiten"],
                                                   fields={"doorgezet_naar": "x"}))


# --- consent and handovers ------------------------------------------------------------------------
def test_consent_blocks_the_zorgcoordinator_until_recorded(register, routes):
    case_id = make_case(register)
    routes.set_flags(case_id, victim_needs_care=True)
    [suggestion] = [s for s in routes.state(case_id).suggested_handovers
                    if s.partner_id == "zorgcoordinator"]
    assert suggestion.blocked.startswith("toestemming van betrokkene vastleggen")
    with pytest.raises(RouteError, match="(?i)toestemming van betrokkene vastleggen"):
        routes.start_handover(case_id, "zorgcoordinator", "lokaal_afstemmen")
    with pytest.raises(RouteError, match="(?i)reikwijdte ontbreekt"):
        routes.record_consent(case_id, m.ConsentRecord(status=m.ConsentStatus.GIVEN,
                                                       recorded_on=D1, form=m.ConsentForm.ORAL))
    routes.record_consent(case_id, m.ConsentRecord(status=m.ConsentStatus.NOT_ASKED))
    assert not routes.facts(register.cases.get(case_id)).consent_recorded
    routes.record_consent(case_id, m.ConsentRecord(
        status=m.ConsentStatus.GIVEN, recorded_on=D1, scope="Zorgcoördinator: contactgegevens",
        form=m.ConsentForm.WRITTEN))
    handover = routes.start_handover(case_id, "zorgcoordinator", "lokaal_afstemmen")
    assert handover.id is not None and handover.status == HandoverStatus.OPEN
    assert ("toestemming_vastgelegd", "gegeven") in actions(register, case_id)


def test_withdrawn_consent_no_longer_counts(register, routes):
    case_id = make_case(register)
    consent = routes.record_consent(case_id, m.ConsentRecord(
        status=m.ConsentStatus.GIVEN, recorded_on=D0, scope="zorg", form=m.ConsentForm.ORAL))
    assert case_facts(register.cases.get(case_id)).consent_recorded
    consent.withdrawn_on = D1
    routes.record_consent(case_id, consent)
    case = register.cases.get(case_id)
    assert len(case.consents) == 1 and not case_facts(case).consent_recorded


def test_parallel_handovers_and_closing_with_feedback(register, routes):
    case_id = make_case(register, forms={m.Form.LABOUR})
    routes.set_flags(case_id, organised_element=True)
    suggested = [s.partner_id for s in routes.state(case_id).suggested_handovers]
    assert suggested == ["arbeidsinspectie", "fairwork", "zvh", "riec"]
    for partner in ("arbeidsinspectie", "riec"):
        routes.start_handover(case_id, partner, "lokaal_afstemmen")
    state = routes.state(case_id)
    assert [h.partner_id for h in state.open_handovers] == ["arbeidsinspectie", "riec"]
    assert [s.started for s in state.suggested_handovers] == [True, False, False, True]
    with pytest.raises(RouteError, match="(?i)er loopt al een overdracht"):
        routes.start_handover(case_id, "riec", "lokaal_afstemmen")
    nla = state.open_handovers[0]
    with pytest.raises(RouteError, match="(?i)samenvatting"):
        routes.close_handover(case_id, nla.id, "  ")
    closed = routes.close_handover(case_id, nla.id, "Inspectie uitgevoerd")
    assert (closed.status, closed.closed_on, closed.feedback_summary) == (
        HandoverStatus.DONE, D1, "Inspectie uitgevoerd")
    assert [h.partner_id for h in routes.state(case_id).open_handovers] == ["riec"]


# --- derived status, deadlines and the case list --------------------------------------------------
def test_overdue_feedback_turns_on_the_case_list_marker(register, routes):
    case_id = make_case(register)
    routes.complete_step(case_id, rec("signaal_opgepikt", on=D0, next_steps=["af_geinformeerd"]),
                         today=D0)
    routes.complete_step(case_id, rec("af_geinformeerd", on=D0, decision="ander_fenomeen",
                                      next_steps=["afsluiten"],
                                      fields={"doorgezet_naar": "Wijkteam",
                                              "geraadpleegd": "Politie"}), today=D0)
    case = register.cases.get(case_id)
    feedback_due = D0 + timedelta(days=5)  # the receipt's streefdatum (route file)
    assert (case.next_action, case.next_deadline) == ("Terugkoppeling aan de melder", feedback_due)
    assert case.status == m.CaseStatus.IN_PROGRESS

    def row(today):
        return next(s for s in register.cases.list(ListQuery(today=today)) if s.id == case_id)

    assert not row(feedback_due).overdue
    assert row(feedback_due + timedelta(days=1)).overdue
    overdue = register.cases.list(ListQuery(overdue_only=True, today=feedback_due + timedelta(1)))
    assert [s.id for s in overdue] == [case_id]
    routes.complete_step(case_id, rec("terugkoppeling_melder", decision="bekeken_geen_actie"))
    assert not row(feedback_due + timedelta(days=1)).overdue  # next: close, no deadline


def test_flags_open_branch_steps_and_feed_the_facts(register, routes):
    case_id = make_case(register, minor=m.TriState.YES)
    routes.set_flags(case_id, unaccompanied_minor=True, victim_and_suspect=True)
    case = register.cases.get(case_id)
    assert case.unaccompanied_minor and case.victim_and_suspect
    assert routes.facts(case).unaccompanied_foreign_minor
    assert "meldcode" in routes.state(case_id).current_steps
    assert register.cases.get(case_id).next_deadline == D0 + timedelta(days=1)
    with pytest.raises(RouteError, match="(?i)onbekend kenmerk 'vlag'"):
        routes.set_flags(case_id, vlag=True)


# --- interventions --------------------------------------------------------------------------------
def test_intervention_recorded_with_step_and_effect_later(register, routes):
    case_id = make_case(register)
    routes.complete_step(case_id, rec("signaal_opgepikt", next_steps=["af_geinformeerd"]))
    item = routes.add_intervention(case_id, m.Intervention(
        kind=m.InterventionKind.ADMINISTRATIVE, description="Pand gesloten (art. 13b Opiumwet)",
        started_on=D1))
    assert item.id is not None and item.step_id == "af_geinformeerd"
    item.effect = "Bewoners elders gehuisvest"
    routes.update_intervention(case_id, item)
    [stored] = register.cases.get(case_id).interventions
    assert (stored.kind, stored.effect, stored.step_id) == (
        m.InterventionKind.ADMINISTRATIVE, "Bewoners elders gehuisvest", "af_geinformeerd")
    with pytest.raises(RouteError, match="(?i)omschrijving"):
        routes.add_intervention(case_id, m.Intervention(kind=m.InterventionKind.FISCAL))
    assert ("interventie_vastgelegd", "bestuurlijk") in actions(register, case_id)


# --- meetings -------------------------------------------------------------------------------------
def test_meeting_agreement_completes_the_route_step(register, routes):
    meetings = register.meetings
    assert [k.id for k in meetings.kinds()] == [
        "lokaal_ondermijningsoverleg", "regionale_ondermijningstafel",
        "regionale_tafel_mensenhandel"]
    case_id = make_case(register)
    routes.complete_step(case_id, rec("signaal_opgepikt", next_steps=["af_geinformeerd"]))
    routes.complete_step(case_id, rec("af_geinformeerd", decision="mogelijk_mensenhandel",
                                      next_steps=["verrijken"]))
    routes.complete_step(case_id, rec("verrijken", fields={"geraadpleegde_bronnen": "BRP"},
                                      next_steps=["wegen"]))
    routes.complete_step(case_id, rec("wegen", decision="vermoeden", fields={"weging": "Combinatie"},
                                      next_steps=["lokaal_afstemmen"]))
    meeting = meetings.plan("lokaal_ondermijningsoverleg", D1)
    assert meeting.title == "Lokaal ondermijningsoverleg"
    meetings.add_case(meeting.id, case_id, "Herkent iemand dit adres?", names_allowed=False)
    [on_agenda] = meetings.cases(meeting.id)
    assert (on_agenda.question, on_agenda.names_allowed, on_agenda.number) == (
        "Herkent iemand dit adres?", False, register.cases.get(case_id).number)
    draft = meetings.draft_record(meeting.id, case_id, "Politie neemt het op")
    assert (draft.step_id, draft.meeting, draft.meeting_on, draft.outcome) == (
        "lokaal_afstemmen", "lokaal_ondermijningsoverleg", D1, "Politie neemt het op")
    draft.decision, draft.next_steps = "vermoeden", ["riec_regionaal"]
    saved = meetings.set_agreed(meeting.id, case_id, "Politie neemt het op", draft)
    assert saved.id is not None
    assert meetings.cases(meeting.id)[0].agreed == "Politie neemt het op"
    assert routes.state(case_id).current_steps == ["riec_regionaal", "terugkoppeling_melder"]
    assert meetings.step_for(meeting.id, case_id) is None  # done: nothing left to complete
    assert ("overleg_afspraak_vastgelegd", str(meeting.id)) in actions(register, case_id)


def test_refused_meeting_step_leaves_the_agreement_unsaved(register, routes):
    meetings = register.meetings
    case_id = make_case(register)
    meeting = meetings.plan("lokaal_ondermijningsoverleg", D1)
    meetings.add_case(meeting.id, case_id)
    assert meetings.draft_record(meeting.id, case_id) is None  # step not current yet
    record = rec("lokaal_afstemmen", meeting="lokaal_ondermijningsoverleg", meeting_on=D1,
                 outcome="x", decision="vermoeden", next_steps=["riec_regionaal"])
    with pytest.raises(RouteError, match="(?i)niet aan de beurt"):
        meetings.set_agreed(meeting.id, case_id, "Afgesproken", record)
    assert meetings.cases(meeting.id)[0].agreed == ""
    with pytest.raises(RouteError, match="(?i)vul in wat er is afgesproken"):
        meetings.set_agreed(meeting.id, case_id, " ")
