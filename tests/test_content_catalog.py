"""Checklist catalog: versions from the municipality dir, and check_content_dir."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.content import check
from desktop.content.catalog import load_default_catalog
from desktop.content.check import check_content_dir
from desktop.content.problems import ContentProblem
from desktop.domain.checklist_answers import Answer, ChecklistAnswer, seen_items, summarise
from desktop.domain.model import Form
from desktop.resources import forms_dir

BUNDLED = forms_dir() / "checklists"
OLD_LABEL = "Structureel zeer lange werkdagen, weinig rust"
NEW_LABEL = "Werkt structureel meer dan 60 uur per week"


@pytest.fixture(scope="module")
def bundled():
    catalog, problems = load_default_catalog()
    assert problems == []
    return catalog


@pytest.fixture
def municipality(tmp_path) -> Path:
    """A content dir with a newer LAB (version 2) whose first label changed."""
    text = (BUNDLED / "arbeidsuitbuiting.yaml").read_text(encoding="utf-8")
    assert "version: 2\n" in text and OLD_LABEL in text  # bundled is version 2 (issue 15)
    text = text.replace("version: 2\n", "version: 3\n").replace(OLD_LABEL, NEW_LABEL)
    folder = tmp_path / "gemeente" / "checklists"
    folder.mkdir(parents=True)
    (folder / "arbeidsuitbuiting_v2.yaml").write_text(text, encoding="utf-8")
    return tmp_path / "gemeente"


def test_newer_version_is_used_for_new_answers(municipality):
    catalog, problems = load_default_catalog(municipality)
    assert problems == []
    assert catalog.versions("LAB") == [1, 2, 3]
    assert catalog.get("LAB").version == 3
    assert catalog.get("LAB").item("LAB-WRK-01").label == NEW_LABEL
    offered = {c.id: c.version for c in catalog.current_lists()}
    assert offered["LAB"] == 3
    assert catalog.file_of("LAB", 3).parent == municipality / "checklists"


def test_old_answers_still_resolve_to_the_old_labels(municipality):
    catalog, _ = load_default_catalog(municipality)
    answers = [
        ChecklistAnswer("LAB", 1, "LAB-WRK-01", Answer.SEEN, "handhaving", ""),
        ChecklistAnswer("LAB", 2, "LAB-GLD-01", Answer.SEEN, "wijkteam", ""),
    ]
    labels = [seen.label for _, seen in seen_items(answers, catalog)]
    assert labels == [OLD_LABEL, "Loon ver onder minimumloon, laat of niet betaald"]
    assert catalog.get("LAB", 1).item("LAB-WRK-01").label == OLD_LABEL
    assert summarise(answers, catalog).per_list == {"LAB": 2}


def test_answer_for_a_version_that_is_gone_is_reported_not_crashing(bundled):
    catalog = bundled
    answer = ChecklistAnswer("LAB", 7, "LAB-WRK-01", "gezien", "handhaving", "")
    summary = summarise([answer], catalog)
    assert summary.unresolved == [answer] and summary.seen == 0


def test_current_lists_by_form_and_minor(bundled):
    catalog = bundled
    assert [c.id for c in catalog.current_lists()] == ["GEN", "SEX", "LAB", "CRIM", "ORG", "ADR"]
    assert [c.id for c in catalog.current_lists({Form.LABOUR})] == ["GEN", "LAB", "ADR"]
    assert [c.id for c in catalog.current_lists({Form.UNKNOWN})][-1] == "ADR"
    minor = [c.id for c in catalog.current_lists({Form.SEXUAL}, minor=True)]
    assert minor == ["GEN", "SEX", "MELDCODE"]


def test_find_item_uses_the_newest_version(municipality):
    catalog, _ = load_default_catalog(municipality)
    checklist, item = catalog.find_item("LAB-WRK-01")
    assert (checklist.version, item.label) == (3, NEW_LABEL)
    assert catalog.find_item("ADR-BRP-01")[0].id == "ADR"
    assert catalog.find_item("XYZ-AB-01") is None


def test_missing_municipality_dir_is_a_problem_not_a_crash(tmp_path):
    catalog, problems = load_default_catalog(tmp_path / "bestaat-niet")
    assert problems == [
        ContentProblem(
            tmp_path / "bestaat-niet", None, "", "inhoudsmap van de gemeente bestaat niet"
        )
    ]
    assert catalog.has("GEN")


# --- check_content_dir ---------------------------------------------------------------


def test_check_bundled_content_dir_is_clean():
    assert check_content_dir(forms_dir()) == []


def test_check_municipality_dir_with_newer_version_is_clean(municipality):
    assert check_content_dir(municipality) == []


def test_check_reports_clash_with_bundled_list(municipality):
    v2 = municipality / "checklists" / "arbeidsuitbuiting_v2.yaml"
    v2.write_text(v2.read_text(encoding="utf-8").replace("version: 3\n", "version: 2\n"))
    message = (
        f"lijst 'LAB' versie 2 staat ook in {BUNDLED / 'arbeidsuitbuiting.yaml'}; "
        "verhoog het versienummer. Dit bestand is overgeslagen"
    )
    assert check_content_dir(municipality) == [ContentProblem(v2, 3, "version", message)]


def test_check_sorts_by_file_and_line(municipality):
    folder = municipality / "checklists"
    (folder / "b.yaml").write_text("id: B\nversion: -1\ntitle: B\nforms: [x]\n")
    (folder / "a.yaml").write_text("id: A\nversion: 1\ntitel: A\n")
    problems = check_content_dir(municipality)
    keys = [(p.file.name, p.line, p.field) for p in problems]
    assert keys == sorted(keys, key=lambda k: (k[0], k[1] or 0, k[2]))
    assert {k[0] for k in keys} == {"a.yaml", "b.yaml"}
    assert ("b.yaml", 2, "version") in keys and ("a.yaml", 3, "titel") in keys


def test_check_without_content_subfolders(tmp_path):
    problems = check_content_dir(tmp_path)
    assert len(problems) == 1 and problems[0].message.startswith("geen inhoud gevonden")
    assert "checklists/" in problems[0].message
    assert check_content_dir(tmp_path / "nee") == [
        ContentProblem(tmp_path / "nee", None, "", "map bestaat niet")
    ]


def test_validator_registry_is_the_extension_point(tmp_path, monkeypatch):
    seen: list[Path] = []

    def validate_route_file(path: Path) -> list[ContentProblem]:
        seen.append(path)
        return [ContentProblem(path, 1, "id", "testprobleem")]

    others = [v for v in check.VALIDATORS if v[0] != "routes"]
    monkeypatch.setattr(check, "VALIDATORS", [*others, ("routes", validate_route_file)])
    route = tmp_path / "routes" / "route.yaml"
    route.parent.mkdir()
    route.write_text("id: x\n")
    assert check_content_dir(tmp_path) == [ContentProblem(route, 1, "id", "testprobleem")]
    assert seen == [route]
