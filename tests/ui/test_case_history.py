"""Issue 16: the history says which step, source, list or partner a row is about."""

from __future__ import annotations

import copy
from datetime import date, datetime

from desktop.domain import model as m
from desktop.domain.checklist_answers import Answer
from desktop.domain.route_records import StepRecord
from desktop.ui.case.case_tabs_history import HistoryTab
from desktop.ui.case.case_view import CaseView


def test_history_rows_name_the_step_and_the_source(qtbot, register):
    case = register.cases.create(m.Case(
        forms={m.Form.LABOUR}, received_on=date(2026, 3, 2), reporter_department="Handhaving",
        observations="Matrassen in een loods.", title="Overnachten in bedrijfspand"))
    register.routes.complete_step(case.id, StepRecord(
        "signaal_opgepikt", date(2026, 3, 2), "", "", "", None, "Gezien", ["af_geinformeerd"],
        {}, datetime.min, ""))
    changed = copy.deepcopy(register.cases.get(case.id))
    changed.enrichments.append(m.EnrichmentEntry(source=m.EnrichmentSource.BRP,
                                                 consulted_at=datetime(2026, 3, 3)))
    register.cases.update(changed, action="verrijking_toegevoegd", detail="BRP")
    register.checklists.answer(case.id, "GEN", "GEN-AFH-01", Answer.SEEN, "", "")
    view = CaseView(register, case.id)
    qtbot.addWidget(view)
    tab = view.tab(HistoryTab)
    texts = [tab.model.data(tab.model.index(r, 2)) for r in range(tab.model.rowCount())]
    assert "R1 Signaal opgepikt afgerond" in texts
    assert "Verrijking BRP toegevoegd" in texts
    assert any(t.startswith("Checklist ") and t.endswith(" beantwoord") and t != "Checklist beantwoord"
               for t in texts), texts
