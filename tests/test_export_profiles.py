"""Export profiles as data: the bundled ones load; broken ones are refused with file/line/field."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.content.check import check_content_dir
from desktop.content.profile_catalog import (
    check_profile_dir,
    load_default_profiles,
    load_profiles,
    parse_profile_file,
)
from desktop.resources import exports_dir

HEADER = """\
id: eigen
version: 1
title: "Eigen overdracht"
recipient: "Partner"
legal_ground: "Convenant"
"""


def write(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(HEADER + textwrap.dedent(body), encoding="utf-8")
    return path


def test_bundled_profiles_load_without_problems():
    catalog, problems = load_default_profiles()
    assert problems == []
    assert {"riec", "zorgcoordinator", "overleg-agenda", "terugkoppeling-melder"} <= set(
        catalog.ids())
    assert check_profile_dir(exports_dir()) == []


def test_reporter_name_is_rejected_with_file_line_and_field(tmp_path):
    path = write(tmp_path, "eigen.yaml", """\
        sections:
          - id: signaal
            kind: case
            fields:
              - case.number
              - case.reporter_name
        """)
    parsed = parse_profile_file(path)
    assert parsed.profile is None
    [problem] = parsed.problems
    assert (problem.file, problem.line, problem.field) == (path, 11, "sections[0].fields[1]")
    assert "naam van de melder" in problem.message
    # not even as an optional field, nor under a label
    path.write_text(path.read_text().replace("- case.reporter_name", "- case.title")
                    + "    optional_fields: [case.reporter_name]\n", encoding="utf-8")
    assert [p.field for p in parse_profile_file(path).problems] == [
        "sections[0].optional_fields[0]"]


def test_special_category_only_as_optional_field(tmp_path):
    path = write(tmp_path, "eigen.yaml", """\
        sections:
          - id: personen
            kind: persons
            fields: [person.name, person.care_needs]
        """)
    [problem] = parse_profile_file(path).problems
    assert problem.field == "sections[0].fields[1]"
    assert "bijzonder persoonsgegeven (gezondheid)" in problem.message
    assert "optional_fields" in problem.message
    path.write_text(path.read_text().replace(", person.care_needs]", "]\n    optional_fields:"
                                             " [person.care_needs]"), encoding="utf-8")
    assert parse_profile_file(path).problems == []


def test_unknown_field_wrong_kind_options_and_duplicates(tmp_path):
    path = write(tmp_path, "eigen.yaml", """\
        sections:
          - id: personen
            kind: persons
            fields: [person.naam, address.address, person.name, person.name]
            sources: [BRP]
          - id: personen
            kind: adressen
            fields: [address.address]
        """)
    problems = {p.field: p.message for p in parse_profile_file(path).problems}
    assert problems["sections[0].fields[0]"].startswith("onbekend veld 'person.naam'")
    assert "hoort bij kind 'addresses'" in problems["sections[0].fields[1]"]
    assert "staat al eerder" in problems["sections[0].fields[3]"]
    assert "alleen bij kind enrichments" in problems["sections[0].sources"]
    assert problems["sections[1].id"].startswith("dubbele sectie-id")
    assert problems["sections[1].kind"].startswith("onbekende waarde 'adressen'")


def test_letter_cannot_carry_persons_or_case_content(tmp_path):
    path = write(tmp_path, "brief.yaml", """\
        layout: letter
        sections:
          - id: melding
            kind: case
            fields: [case.number, case.observations]
          - id: personen
            kind: persons
            fields: [person.name]
        """)
    problems = {p.field: p.message for p in parse_profile_file(path).problems}
    assert "hoort niet in een brief" in problems["sections[0].fields[1]"]
    assert "alleen kind 'case' of 'feedback'" in problems["sections[1].kind"]


def test_same_id_and_version_twice_keeps_the_first(tmp_path):
    body = """\
        sections:
          - id: zaak
            kind: case
            fields: [case.number]
        """
    first = write(tmp_path / "a", "eigen.yaml", body)
    second = write(tmp_path / "b", "eigen.yaml", body)
    catalog, problems = load_profiles([first.parent, second.parent])
    assert catalog.ids() == ["eigen"]
    assert [(p.file, p.field) for p in problems] == [(second, "version")]


def test_content_dir_with_exports_subfolder_is_checked(tmp_path):
    write(tmp_path / "exports", "eigen.yaml", """\
        sections:
          - id: zaak
            kind: case
            fields: [case.reporter_name]
        """)
    problems = check_content_dir(tmp_path)
    assert [p.field for p in problems] == ["sections[0].fields[0]"]


@pytest.mark.parametrize("broken", [True, False])
def test_cli_forms_check_exports(tmp_path, capsys, broken):
    path = write(tmp_path, "eigen.yaml", """\
        sections:
          - id: zaak
            kind: case
            fields: [case.number{extra}]
        """.format(extra=", case.reporter_name" if broken else ""))
    code = main(["forms", "check", "--exports", str(tmp_path)])
    out = capsys.readouterr().out
    if broken:
        assert code == 5 and f"{path}:9 [sections[0].fields[1]]" in out
    else:
        assert code == 0 and "in orde" in out


def test_export_core_does_not_import_qt():
    import subprocess
    import sys

    modules = ["desktop.services.export.service", "desktop.services.export.folder",
               "desktop.content.profile_catalog", "desktop.commands"]
    code = ("import importlib, sys\n"
            f"for name in {modules!r}:\n"
            "    importlib.import_module(name)\n"
            "print(','.join(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
