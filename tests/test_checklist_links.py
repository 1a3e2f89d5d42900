""""Zie ook": the same observation in several lists counts once (overview, matrix, PDFs)."""

from __future__ import annotations

import pytest

from desktop.content.catalog import load_default_catalog
from desktop.content.check import check_content_dir
from desktop.domain.checklist_answers import Answer, ChecklistAnswer, seen_items, summarise


@pytest.fixture(scope="module")
def catalog():
    catalog, problems = load_default_catalog()
    assert problems == []
    return catalog


def seen(list_id: str, item_id: str, version: int = 2, who: str = "handhaving") -> ChecklistAnswer:
    return ChecklistAnswer(list_id, version, item_id, Answer.SEEN, who)


def test_passport_held_in_four_lists_is_linked_both_ways(catalog):
    ids = ["GEN-VRH-01", "LAB-VRH-01", "SEX-CTL-08", "ORG-DOC-01"]
    for item_id in ids:
        _checklist, item = catalog.find_item(item_id)
        assert set(item.see_also) == set(ids) - {item_id}


def test_linked_answers_count_once(catalog):
    answers = [seen("GEN", "GEN-VRH-01"), seen("LAB", "LAB-VRH-01", who="balie_burgerzaken"),
               seen("SEX", "SEX-CTL-08"), seen("LAB", "LAB-WRK-02")]
    summary = summarise(answers, catalog)
    assert (summary.seen, summary.linked) == (2, 2)
    assert summary.per_list == {"GEN": 1, "LAB": 1}
    items = seen_items(answers, catalog)
    assert [(s.item_id, s.also) for _, s in items] == [
        ("GEN-VRH-01", ("LAB-VRH-01", "SEX-CTL-08")), ("LAB-WRK-02", ())]
    assert len(seen_items(answers, catalog, fold_linked=False)) == 4


def test_unlinked_answers_are_not_folded_and_old_versions_have_no_links(catalog):
    answers = [seen("GEN", "GEN-VRH-01", version=1), seen("LAB", "LAB-VRH-01", version=1)]
    assert summarise(answers, catalog).seen == 2  # version 1 had no "zie ook" links


def test_ccv_matrix_keeps_the_criminal_item_even_when_linked(catalog):
    from desktop.domain.checklist_answers import ccv_matrix

    answers = [seen("SEX", "SEX-SOC-01"), seen("CRIM", "CRIM-WF-07")]
    assert summarise(answers, catalog).seen == 1
    assert ccv_matrix(answers, catalog) == {
        ("WF", "Criminaliteit"): [("CRIM-WF-07", "Onverklaarbaar geld of dure spullen", "handhaving")]}


def test_unknown_link_is_reported_with_line(tmp_path):
    folder = tmp_path / "checklists"
    folder.mkdir()
    (folder / "eigen.yaml").write_text(
        "id: EIGEN\nversion: 1\ntitle: Eigen\nforms: [arbeid]\nsources: [Eigen]\n"
        "categories:\n  - {id: A, title: A}\nitems:\n"
        "  - id: EIGEN-A-01\n    category: A\n    label: Iets\n    explanation: Iets gezien.\n"
        "    zie_ook: [LAB-VRH-01, XYZ-AB-01]\n", encoding="utf-8")
    problems = check_content_dir(tmp_path)
    assert [(p.line, p.field, p.message) for p in problems] == [
        (13, "items[0].zie_ook[1]", "onbekend signaal 'XYZ-AB-01' (staat in geen lijst)")]
