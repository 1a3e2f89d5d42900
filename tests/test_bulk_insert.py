"""Bulk insert (import) writes exactly what the per-case save writes."""

from __future__ import annotations

import copy
import random
from datetime import date

from desktop.services.demo import make_case
from desktop.store import bulk_insert
from desktop.store import cases as repo
from desktop.store.search import search_ids


def _comparable(case):
    c = copy.deepcopy(case)
    c.id = None
    for coll in (c.persons, c.addresses, c.organisations, c.identifiers, c.enrichments, c.consents,
                 c.interventions, c.acute_calls):
        for item in coll:
            item.id = None
            if hasattr(item, "person_id"):
                item.person_id = None
    return c


def test_bulk_insert_matches_per_case_save(register, tmp_path):
    rng = random.Random(11)
    cases = [make_case(rng, date(2026, 3, 1)) for _ in range(40)]
    for c in cases:
        for i in c.identifiers:
            i.person_id = None
        c.consents = []
    one_by_one = copy.deepcopy(cases)
    with register.write() as conn:
        bulk_insert.insert_new(conn, cases)
        stored_bulk = [repo.load(conn, c.id) for c in cases]
        for c in one_by_one:
            c.number = ""
            repo.save(conn, c)
        stored_single = [repo.load(conn, c.id) for c in one_by_one]
    assert len({c.number for c in cases + one_by_one}) == 80  # numbers continue the counter
    for a, b in zip(stored_bulk, stored_single, strict=True):
        a2, b2 = _comparable(a), _comparable(b)
        a2.number = b2.number = ""
        a2.created_at = b2.created_at = a2.updated_at = b2.updated_at = None
        assert a2 == b2
    with register.read() as conn:
        name = cases[0].persons[0].name
        found = set(search_ids(conn, name, limit=1000))
    assert cases[0].id in found and one_by_one[0].id in found


def test_import_writes_one_chained_audit_row_per_case(register, tmp_path):
    from benchmarks.data import write_register_csv
    from desktop.services.imports.importer import import_csv

    path = tmp_path / "register.csv"
    write_register_csv(path, 300)
    n = import_csv(register, path)
    entries = register.audit_entries(action="zaak_geimporteerd")
    assert len(entries) == n == register.cases.count()
    assert register.verify_audit().ok
    with register.read() as conn:
        for table in ("case_file", "person", "address", "organisation"):
            columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            if "uuid" in columns:
                rows = conn.execute(f"SELECT count(*), count(DISTINCT uuid), sum(length(uuid) = 32)"
                                    f" FROM {table}").fetchone()
                assert rows[0] == rows[1] == rows[2], table
