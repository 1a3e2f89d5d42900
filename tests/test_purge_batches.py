"""Purge in batches: progress per batch, cancel rolls back everything, per-case counts add up."""

from __future__ import annotations

from datetime import date

import pytest
from monitor_helpers import add_case

from desktop.domain import model as m
from desktop.services.monitoring import retention as service
from desktop.services.progress import Cancelled, Progress

TODAY = date(2026, 6, 1)


def _closed_cases(register, n: int) -> list[m.Case]:
    out = []
    for i in range(n):
        case = add_case(register, received=date(2023, 11, 1), closed_on=date(2024, 1, 15),
                        outcome="geen_actie", persons=[m.Person(name=f"Fictief Persoon{i}")],
                        addresses=[m.Address(street="Fictieweg", number=str(i), postcode="9999 XA")])
        out.append(case)
    register.save_draft(f"intake:case:{out[0].id}", {"x": 1})
    return out


class Recording(Progress):
    def __init__(self, cancel_after: int | None = None) -> None:
        super().__init__()
        self.steps: list[tuple[int, int]] = []
        self._cancel_after = cancel_after

    def report(self, done: int, total: int, label: str) -> None:
        self.steps.append((done, total))
        if self._cancel_after is not None and done >= self._cancel_after:
            self.cancel()


def test_purge_reports_each_batch(register, monkeypatch):
    monkeypatch.setattr(service, "PURGE_BATCH", 4)
    cases = _closed_cases(register, 10)
    progress = Recording()
    result = register.retention.purge(today=TODAY, progress=progress)
    assert sorted(result.purged) == sorted(c.number for c in cases)
    assert progress.steps[:4] == [(0, 10), (4, 10), (8, 10), (10, 10)]
    assert set(progress.steps[4:]) == {(10, 10)}  # then the search index, batch by batch
    assert register.cases.count() == 0
    with register.read() as conn:
        assert conn.execute("SELECT count(*) FROM draft").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM stats_record").fetchone()[0] == 10
        assert conn.execute("SELECT count(*) FROM case_fts").fetchone()[0] == 0


def test_cancel_rolls_the_whole_purge_back(register, monkeypatch):
    monkeypatch.setattr(service, "PURGE_BATCH", 3)
    _closed_cases(register, 9)
    with register.read() as conn:
        before = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("case_file", "person", "stats_record", "audit_log", "draft", "case_fts")]
    with pytest.raises(Cancelled):
        register.retention.purge(today=TODAY, progress=Recording(cancel_after=3))
    with register.read() as conn:
        after = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("case_file", "person", "stats_record", "audit_log", "draft", "case_fts")]
    assert after == before


def test_per_case_counts_sum_to_the_preview(register):
    cases = _closed_cases(register, 5)
    ids = [c.id for c in cases]
    per_case = register.retention.removal_counts_by_case(ids)
    total: dict[str, int] = {}
    for counts in per_case.values():
        for label, n in counts.items():
            total[label] = total.get(label, 0) + n
    preview = register.retention.preview(ids, today=TODAY)
    assert {k: v for k, v in preview.removed.items() if v} == total
    assert per_case[cases[0].id]["concepten"] == 1


def test_bulk_index_removal_leaves_no_trace_of_the_name(register, monkeypatch):
    """The large-purge path (no per-row FTS secure-delete, then 'optimize') is as clean."""
    from test_retention_purge import OTHER, TOKENS, _needles, _secret_case, decrypted_pages

    from desktop.store import purge as store_purge

    monkeypatch.setattr(store_purge, "BULK_FTS_FROM", 1)
    victim = _secret_case(register)
    add_case(register, received=date(2026, 1, 5), persons=[m.Person(name=OTHER)])
    assert register.retention.purge(today=TODAY).purged == [victim.number]
    with register.read() as conn:
        assert conn.execute("SELECT rowid FROM case_fts WHERE case_fts MATCH 'zbigniewfictief'").fetchall() == []
        assert conn.execute("SELECT count(*) FROM case_fts WHERE case_fts MATCH 'kazimierzfictief'").fetchone()[0] == 1
        secure = conn.execute("SELECT v FROM case_fts_config WHERE k = 'secure-delete'").fetchone()
    assert secure is not None and int(secure[0]) == 1  # switched back on
    raw = decrypted_pages(register.db_path, register.key())
    assert any(n in raw for n in _needles(OTHER))
    for token in TOKENS:
        for needle in _needles(token):
            assert needle not in raw, token
