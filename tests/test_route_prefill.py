"""Route step fields prefilled from the register: Verrijking, exports, Overleggen (issue 16)."""

from __future__ import annotations

from datetime import date

from export_cases import rich_case
from test_export_route_profile import TO_R5, routed_case, step

from desktop.domain import model as m
from desktop.services.route.prefill import consulted_sources, suggest

TODAY = date(2026, 4, 20)


def route_step(register, case_id: int, step_id: str):
    route = register.routes.context(case_id).route
    return route, route.step(step_id)


def test_sources_from_the_enrichment_records_only_on_the_enrichment_step(register):
    case_id = routed_case(register, *TO_R5[:2])
    route, verrijken = route_step(register, case_id, "verrijken")
    got = suggest(register, case_id, route, verrijken, TODAY)
    assert set(got) == {"geraadpleegde_bronnen"}
    assert got["geraadpleegde_bronnen"].value == ("BRP, Bibob, Handhaving, Wijkteam / sociaal domein, "
                                                     "KvK / Handelsregister")
    assert got["geraadpleegde_bronnen"].source == "overgenomen uit Verrijking"
    _route, other = route_step(register, case_id, "af_geinformeerd")
    assert "geraadpleegde_bronnen" not in suggest(register, case_id, route, other, TODAY)


def test_a_source_not_consulted_is_not_suggested_and_none_means_no_suggestion(register):
    case = rich_case()
    case.enrichments = [m.EnrichmentEntry(source=m.EnrichmentSource.BRP, consulted=m.Consulted.NO,
                                          reason_not_consulted="niet nodig")]
    assert consulted_sources(case) == []
    case_id = register.cases.create(case).id
    route = register.routes.catalog.latest("west-friesland")
    assert suggest(register, case_id, route, route.step("verrijken"), TODAY) == {}


def test_newest_meeting_of_an_offered_type_held_by_today(register):
    case_id = routed_case(register, *TO_R5)
    route, r5 = route_step(register, case_id, "lokaal_afstemmen")
    offered = [x for x in route.meetings if x.completes == "lokaal_afstemmen"] or list(route.meetings)
    kind = offered[0].id
    older = register.meetings.plan(kind, date(2026, 4, 1))
    newer = register.meetings.plan(kind, date(2026, 4, 15))
    future = register.meetings.plan(kind, date(2026, 5, 1))
    for meeting in (older, newer, future):
        register.meetings.add_case(meeting.id, case_id)
    got = suggest(register, case_id, route, r5, TODAY)
    assert got["meeting"].value == kind
    assert got["meeting_on"].value == "2026-04-15"
    assert got["meeting"].source.startswith("overgenomen uit Overleggen: ")
    assert got["meeting"].source.endswith("15-04-2026")
    assert got["meeting_on"].source == "overgenomen uit Overleggen"
    other = register.cases.create(rich_case()).id
    assert "meeting" not in suggest(register, other, route, r5, TODAY)


def test_riec_export_suggests_the_riec_partner_with_number_and_date(register, tmp_path):
    case_id = routed_case(register, *TO_R5, step("lokaal_afstemmen", "vermoeden", "riec_regionaal"))
    route, riec = route_step(register, case_id, "riec_regionaal")
    assert "contacted" not in suggest(register, case_id, route, riec, TODAY)
    exports = register.exports
    other = exports.save(exports.render(exports.preview([case_id], "terugkoppeling-melder")), tmp_path)
    assert other is not None
    assert "contacted" not in suggest(register, case_id, route, riec, TODAY)  # wrong recipient
    exports.save(exports.render(exports.preview([case_id], "riec")), tmp_path)
    newest = exports.log_for_case(case_id)[0]
    got = suggest(register, case_id, route, riec, TODAY)["contacted"]
    assert got.value == "riec"
    assert f"export nr. {newest.id} ({newest.profile_title}) van " in got.source
    _route, verrijken = route_step(register, case_id, "verrijken")
    assert "contacted" not in suggest(register, case_id, route, verrijken, TODAY)
