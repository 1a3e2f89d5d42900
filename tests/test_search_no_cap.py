"""Search has no silent cap: every match is counted and the oldest match is reachable."""

from __future__ import annotations

from datetime import date

from desktop.domain import model as m
from desktop.store import cases as repo
from desktop.store.cases import ListQuery


def test_more_than_2000_matches_are_all_counted_and_reachable(register):
    with register.write() as conn:
        for i in range(2_101):
            repo.save(conn, m.Case(title="Fictief", observations=f"Fictieweg {i}", forms={m.Form.LABOUR},
                                   reporter_department="Handhaving", received_on=date(2025, 1, 1)))
        repo.save(conn, m.Case(title="Ander", observations="Elders", forms={m.Form.LABOUR},
                               reporter_department="Handhaving", received_on=date(2025, 1, 1)))
    assert register.cases.count(ListQuery(text="fictieweg")) == 2_101
    assert register.cases.count(ListQuery(text="fictieweg", form="arbeid")) == 2_101
    oldest = register.cases.list(ListQuery(text="fictieweg", sort="id", descending=False, limit=1))
    with register.read() as conn:
        first_id = conn.execute("SELECT min(id) FROM case_file").fetchone()[0]
    assert oldest[0].id == first_id
    seen = set()
    for offset in range(0, 2_101, 200):
        page = register.cases.list(ListQuery(text="fictieweg", sort="number", offset=offset, limit=200))
        seen.update(s.id for s in page)
    assert len(seen) == 2_101
