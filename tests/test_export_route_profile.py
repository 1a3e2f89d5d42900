"""The export profile and the cases offered follow the route and the links (issue 16)."""

from __future__ import annotations

from datetime import date, datetime

from export_cases import rich_case

from desktop.domain.route_records import Handover, StepRecord
from desktop.services.export.case_choices import linked_choices, number_from
from desktop.services.export.route_profile import suggested_profile
from desktop.store import route_repo

PROFILES = ["riec", "zorgcoordinator", "terugkoppeling-melder"]


def step(step_id: str, decision: str = "", *after: str) -> StepRecord:
    return StepRecord(step_id=step_id, completed_on=date(2026, 3, 16), decision=decision,
                      contacted="", meeting="", meeting_on=None, outcome="", next_steps=list(after),
                      fields={}, recorded_at=datetime(2026, 3, 16, 10, 0), recorded_by="af")


def routed_case(register, *records: StepRecord, handovers: tuple[Handover, ...] = ()) -> int:
    case = register.cases.create(rich_case())
    with register.write() as conn:
        route_repo.set_route(conn, case.id, "west-friesland", 1)
        for record in records:
            route_repo.add_step(conn, case.id, "west-friesland", 1, record)
        for handover in handovers:
            route_repo.save_handover(conn, case.id, handover)
    return case.id


#: the route up to the local consultation (R5), in order
TO_R5 = (step("signaal_opgepikt", "", "af_geinformeerd"),
         step("af_geinformeerd", "mogelijk_mensenhandel", "verrijken"),
         step("verrijken", "", "wegen"), step("wegen", "geen_mensenhandel", "lokaal_afstemmen"))


def care(status: str = "open") -> Handover:
    return Handover("zorgcoordinator", date(2026, 3, 18), status, None, "", "lokaal_afstemmen")


def test_at_the_riec_step_the_riec_profile(register):
    to_riec = step("lokaal_afstemmen", "vermoeden", "riec_regionaal")
    case_id = routed_case(register, *TO_R5, to_riec, handovers=(care(),))
    assert "riec_regionaal" in register.routes.state(case_id).current_steps
    assert suggested_profile(register, routed_case(register, *TO_R5), PROFILES) is None  # at R5
    assert suggested_profile(register, case_id, PROFILES) == "riec"


def test_after_a_care_handover_the_zorgcoordinator_profile(register):
    passed_on = step("lokaal_afstemmen", "doorgegeven", "terugkoppeling_af")
    case_id = routed_case(register, *TO_R5, passed_on, handovers=(care(),))
    assert suggested_profile(register, case_id, PROFILES) == "zorgcoordinator"


def test_a_cancelled_care_handover_or_no_route_suggests_nothing(register):
    cancelled = routed_case(register, *TO_R5, step("lokaal_afstemmen", "doorgegeven", "terugkoppeling_af"),
                            handovers=(care("geannuleerd"),))
    assert suggested_profile(register, cancelled, PROFILES) is None
    fresh = register.cases.create(rich_case()).id
    assert suggested_profile(register, fresh, PROFILES) is None


def test_a_profile_that_is_not_available_is_not_suggested(register):
    case_id = routed_case(register, *TO_R5, step("lokaal_afstemmen", "vermoeden", "riec_regionaal"))
    assert suggested_profile(register, case_id, ["zorgcoordinator"]) is None


def test_linked_cases_are_offered_once_and_not_when_already_in_the_export(register):
    a, b, c = (register.cases.create(rich_case()) for _ in range(3))
    register.links.link(a.id, b.id, "zelfde adres")
    register.links.link(c.id, b.id, "zelfde werkgever")
    register.links.link(a.id, c.id, "")
    choices = linked_choices(register, [a.id])
    assert [x.case_id for x in choices] == sorted([b.id, c.id], key=lambda i: register.cases.get(i).number)
    assert choices[0].label().startswith(f"{choices[0].number} · gekoppeld aan {a.number}")
    assert number_from(choices[0].label()) == choices[0].number
    assert number_from("  2026-0042 ") == "2026-0042"
    assert [x.case_id for x in linked_choices(register, [a.id, b.id])] == [c.id]
