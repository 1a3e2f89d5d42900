"""Content versions bumped (issue 15): a case worked on version 1 of the route and the lists
still shows and prints exactly what was answered (real register, real PDF read back)."""

from __future__ import annotations

import subprocess
from datetime import date, datetime

from desktop.domain import model as m
from desktop.domain.checklist_answers import Answer, ChecklistAnswer, seen_items
from desktop.domain.route_records import StepRecord
from desktop.store import checklist_repo, route_repo

D0 = date(2026, 3, 2)
D1 = date(2026, 3, 9)


def rec(step_id: str, decision: str = "", nxt=(), **fields) -> StepRecord:
    return StepRecord(step_id, D1, decision, "", "", None, "", list(nxt), dict(fields),
                      datetime.min, "")


def old_case(register) -> int:
    case = register.cases.create(m.Case(
        forms={m.Form.SEXUAL, m.Form.CRIMINAL}, received_on=D0, reporter_department="Wijkteam",
        observations="Fictieve waarneming.", title="Oude zaak",
        observed_at=datetime(2026, 3, 1, 9)))
    with register.write() as conn:  # as it was stored before the content update
        route_repo.set_route(conn, case.id, "west-friesland", 1)
        for item, list_id in (("SEX-CTL-08", "SEX"), ("CRIM-WF-01", "CRIM")):
            checklist_repo.upsert(conn, case.id, ChecklistAnswer(list_id, 1, item, Answer.SEEN,
                                                                 "wijkteam"))
    return case.id


def test_old_case_keeps_route_version_1_and_its_steps(register):
    routes = register.routes
    routes.today = lambda: D1
    case_id = old_case(register)
    routes.complete_step(case_id, rec("signaal_opgepikt", nxt=["af_geinformeerd"]))
    routes.complete_step(case_id, rec("af_geinformeerd", "mogelijk_mensenhandel", ["verrijken"]))
    # version 1 had no weighing step: enrichment leads straight to the local table
    routes.complete_step(case_id, rec("verrijken", nxt=["lokaal_afstemmen"],
                                      geraadpleegde_bronnen="BRP"))
    state = routes.state(case_id)
    assert (state.route.id, state.route.version) == ("west-friesland", 1)
    assert "lokaal_afstemmen" in state.current_steps and not state.route.has_step("wegen")
    messages = [msg.id for msg in state.route.feedback_messages]
    assert messages == ["ontvangen_doorgezet", "geen_verdere_actie", "vervolg_loopt"]
    assert [h.step_title for h in routes.history(case_id)] == [
        "Signaal opgepikt", "Aandachtsfunctionaris geïnformeerd",
        "Verrijken (BRP, KvK, handhaving, wijkteam)"]


def test_old_answers_show_their_version_1_labels_and_groups(register):
    case_id = old_case(register)
    service = register.checklists
    labels = {s.item_id: s.label for _c, s in seen_items(service.answers(case_id), service.catalog)}
    assert labels["SEX-CTL-08"] == "Heeft eigen ID niet in bezit"  # version 2 writes it out
    assert service.catalog.get("SEX").item("SEX-CTL-08").label.startswith("Heeft eigen identiteits")
    matrix = service.matrix(case_id)
    assert matrix.count("WF", "Schulden") == 1  # version 1's indicator group, as answered
    versions = {c.id: c.version for c, _a in service.lists_for(register.cases.get(case_id))}
    assert versions["SEX"] == 1 and versions["CRIM"] == 1 and versions["GEN"] == 2


def test_old_case_prints_what_was_answered(register, tmp_path):
    from desktop.services.export.service import ExportService

    case_id = old_case(register)
    register.routes.today = lambda: D1
    register.routes.complete_step(case_id, rec("signaal_opgepikt", nxt=["af_geinformeerd"]))
    service = ExportService(register)
    saved = service.save(service.render(service.preview([case_id], "riec")), tmp_path)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(saved.path), "-"],
                          capture_output=True, check=True, text=True, encoding="utf-8").stdout
    flat = " ".join(text.split())
    assert "Heeft eigen ID niet in bezit" in flat
    assert "Heeft eigen identiteitsbewijs" not in flat
    assert "Signaal opgepikt" in flat
