"""The demo register is a credible training register (issue 15): worked cases, realistic dates."""

from __future__ import annotations

from datetime import date

from desktop.services.demo import fill
from desktop.services.monitoring.stats import compute


def test_demo_cases_are_worked_like_real_ones(register):
    fill(register, 25, seed=2026)
    today = date.today()
    with register.read() as conn:
        rows = list(conn.execute("SELECT status, closed_on, next_deadline, route_id FROM case_file"))
        steps = conn.execute("SELECT count(*) FROM route_step").fetchone()[0]
        answers = conn.execute("SELECT count(*) FROM checklist_answer").fetchone()[0]
        handovers = conn.execute("SELECT count(*) FROM handover").fetchone()[0]
        meetings = conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
    assert len(rows) == 25 and all(r["route_id"] for r in rows)
    open_cases = [r for r in rows if r["closed_on"] is None]
    overdue = [r for r in open_cases if r["next_deadline"] and r["next_deadline"] < today.isoformat()]
    assert 0 < len(open_cases) < 25  # old signals closed, recent ones still in progress
    assert len(overdue) <= len(rows) // 4 and len(overdue) < len(open_cases)  # a minority
    assert steps > 120 and answers > 40 and handovers > 5 and meetings == 2
    report = compute(register)
    chain = report.table("registratie")
    assert chain.values[0][-1] > 0  # persons registered at the Zorg- en Veiligheidshuis
    assert sum(v[-1] for v in report.table("verwante_fenomenen").values) > 0
    cases = register.cases
    some = [cases.get(i) for i in range(1, 26)]
    assert any(c.consents for c in some) and any(c.enrichments for c in some)
    assert any(register.links.linked(c.id) for c in some)
