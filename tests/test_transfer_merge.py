"""The three-way merge by UUID as a pure function (no database)."""

from __future__ import annotations

from desktop.services.transfer.merge import MINE, RECORD, THEIRS, plan


def _case(fields, *records):
    return {"uuid": "c1", "number": "2026-0001", "fields": fields,
            "records": [{"table": t, "uuid": u, "fields": f} for t, u, f in records]}


def test_deputy_value_taken_only_where_the_owner_did_not_change():
    base = _case({"title": "a", "observations": "x"})
    mine = _case({"title": "a", "observations": "x2"})
    theirs = _case({"title": "b", "observations": "x3"})
    result = plan(base, mine, theirs)
    assert result.updates == [("case_file", "c1", {"title": "b"})]
    assert [(c.field, c.base, c.mine, c.theirs) for c in result.conflicts] == [("observations", "x", "x2", "x3")]
    decided = plan(base, mine, theirs, {result.conflicts[0].key: THEIRS})
    assert decided.updates == [("case_file", "c1", {"title": "b", "observations": "x3"})] and not decided.conflicts


def test_added_records_are_inserted_and_unchanged_removed_records_deleted():
    step = ("route_step", "r1", {"step_id": "s1"})
    person = ("person", "p1", {"name": "N"})
    base = _case({}, person)
    result = plan(base, _case({}, person), _case({}, step))
    assert result.inserts == [step] and result.deletes == [("person", "p1")] and not result.conflicts


def test_removed_on_one_side_changed_on_the_other_is_a_record_conflict():
    base = _case({}, ("person", "p1", {"name": "N", "notes": ""}))
    mine = _case({}, ("person", "p1", {"name": "N", "notes": "eigen"}))
    result = plan(base, mine, _case({}))
    assert [(c.table, c.field) for c in result.conflicts] == [("person", RECORD)]
    assert plan(base, mine, _case({}), {result.conflicts[0].key: MINE}).deletes == []


def test_same_checklist_item_answered_on_both_sides_is_compared_not_duplicated():
    key = {"list_id": "GEN", "item_id": "g1", "address_id": None, "list_version": 1}
    mine = _case({}, ("checklist_answer", "a-mine", {**key, "answer": "gezien", "note": ""}))
    theirs = _case({}, ("checklist_answer", "a-theirs", {**key, "answer": "niet_gezien", "note": "n"}))
    result = plan(_case({}), mine, theirs)
    assert result.inserts == []
    assert sorted(c.field for c in result.conflicts) == ["answer", "note"]
    choices = {c.key: THEIRS for c in result.conflicts}
    decided = plan(_case({}), mine, theirs, choices)
    assert decided.updates == [("checklist_answer", "a-mine", {"list_version": 1, "answer": "niet_gezien",
                                                                "note": "n"})]
