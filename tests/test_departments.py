"""The municipal department list: bundled content, a municipality's own list, free text -> code."""

from __future__ import annotations

from pathlib import Path

from desktop.content.check import check_content_dir
from desktop.content.departments import load_departments


def test_bundled_list_has_codes_and_labels():
    deps = load_departments()
    assert deps.problems == ()
    codes = deps.codes()
    assert {"burgerzaken", "handhaving", "wijkteam", "leerplicht", "overig"} <= set(codes)
    assert len(codes) == len(set(codes))
    assert deps.label_of("leerplicht").startswith("Leerplicht")


def test_free_text_maps_to_a_code():
    deps = load_departments()
    assert deps.code_for("Balie Burgerzaken Hoorn") == "burgerzaken"
    assert deps.code_for("  KCC ") == "burgerzaken"
    assert deps.code_for("Bouw- en woningtoezicht") == "handhaving"
    assert deps.code_for("W&I") == "werk_inkomen"
    assert deps.code_for("handhaving") == deps.code_for("HANDHAVING")
    assert deps.code_for("iets heel anders") == "overig"
    assert deps.code_for("") == ""


def _write(folder: Path, text: str) -> Path:
    (folder / "afdelingen").mkdir(parents=True, exist_ok=True)
    path = folder / "afdelingen" / "afdelingen.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_municipality_list_replaces_the_bundled_one(tmp_path):
    _write(tmp_path, "version: 2\ndepartments:\n  - {code: publiek, label: Publiekszaken, ook: [balie]}\n"
                     "  - {code: overig, label: Anders}\n")
    deps = load_departments(tmp_path)
    assert deps.choices() == [("publiek", "Publiekszaken"), ("overig", "Anders")]
    assert deps.code_for("balie") == "publiek"
    assert check_content_dir(tmp_path) == []


def test_broken_municipality_list_falls_back_and_is_reported(tmp_path):
    _write(tmp_path, "version: 1\ndepartments:\n  - {code: Publiek, label: Publiekszaken}\n"
                     "  - {code: b, label: B, ook: [publiekszaken]}\n")
    deps = load_departments(tmp_path)
    assert "burgerzaken" in deps.codes()  # bundled list
    assert deps.problems
    problems = check_content_dir(tmp_path)
    assert problems and all(p.line for p in problems)
    assert any("departments[0].code" in p.field for p in problems)
