"""Checklist files: the bundled content, the schema and the Dutch problem reports."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest
import yaml

from desktop.content.catalog import load_catalog, load_default_catalog
from desktop.content.checklist_file import parse_checklist_file
from desktop.content.checklists import Checklist, FormCode
from desktop.content.problems import ContentProblem
from desktop.domain.model import EnrichmentSource, Form
from desktop.resources import forms_dir

BUNDLED = forms_dir() / "checklists"

# Line numbers matter: the tests below refer to them.
BASE = """\
id: OWN
version: 1
title: Eigen lijst
forms: [arbeid]
sources: ["Eigen bron"]
categories:
  - id: ABC
    title: Categorie
items:
  - id: OWN-ABC-01
    category: ABC
    label: "Label"
    explanation: "Uitleg."
    enrichment: [BRP]
"""

ALLOWED_SOURCES = ", ".join(s.value for s in EnrichmentSource)


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the bundled content -----------------------------------------------------------------


def test_bundled_checklists_load_without_problems():
    catalog, problems = load_default_catalog()
    assert problems == []
    counts = {list_id: len(catalog.get(list_id).items) for list_id in catalog.list_ids()}
    assert counts == {
        "GEN": 18, "SEX": 31, "LAB": 27, "CRIM": 25, "ORG": 16, "ADR": 18, "MELDCODE": 6,
    }  # fmt: skip
    old = {list_id: len(catalog.get(list_id, 1).items) for list_id in catalog.list_ids()}
    assert old == {  # version 1 stays for cases answered with it
        "GEN": 14, "SEX": 28, "LAB": 27, "CRIM": 24, "ORG": 16, "ADR": 18, "MELDCODE": 5,
    }  # fmt: skip


def test_bundled_content_follows_the_domain_rules():
    catalog, _ = load_default_catalog()
    crim = catalog.get("CRIM")
    assert crim.ccv_lens and {c.id for c in crim.categories} == {"WF", "LPG", "WAS", "ZLI"}
    assert all(item.indicator_group for item in crim.items)
    assert crim.item("CRIM-ZLI-01").indicator_group == "Onderwijs"
    assert crim.item("CRIM-WF-01").indicator_group == "Criminaliteit"  # debt is a signal (seed 001)
    assert {i.indicator_group for i in crim.items}.isdisjoint({"Schulden", "Schulden/Criminaliteit"})
    adr = catalog.get("ADR")
    assert adr.subject == "address" and all(item.source_register for item in adr.items)
    assert adr.item("ADR-BRP-01").source_register == "BRP en BAG"
    latest = [catalog.get(list_id) for list_id in catalog.list_ids()]
    acute = sorted(item.id for checklist in latest for item in checklist.items if item.acute)
    assert acute == ["GEN-VRH-05", "GEN-VRH-06", "ORG-VRH-02", "SEX-WRK-05"]
    minor = sorted(item.id for checklist in latest for item in checklist.items if item.minor)
    assert minor == ["ORG-VRH-02", "SEX-WRK-05"]
    meldcode = catalog.get("MELDCODE")
    assert (meldcode.applies_when, meldcode.kind, len(meldcode.items)) == ("minor", "steps", 6)
    assert [i.label for i in meldcode.items[-2:]] == [
        "Stap 5, besluit 1: is melden noodzakelijk?",
        "Stap 5, besluit 2: is hulp bieden of organiseren (ook) mogelijk?"]
    assert catalog.get("SEX").item("SEX-WRK-05").label == "Minderjarige in seksuele dienstverlening"
    assert all(checklist.sources for checklist in catalog)


def test_form_codes_are_the_domain_forms_without_unknown():
    assert set(get_args(FormCode)) == {f.value for f in Form} - {Form.UNKNOWN.value}


@pytest.mark.parametrize("path", sorted(BUNDLED.glob("*.yaml")), ids=lambda p: p.name)
def test_schema_round_trip(path, tmp_path):
    original = parse_checklist_file(path).checklist
    assert original is not None
    assert Checklist.model_validate(original.to_data()) == original
    copy = write(tmp_path, path.name, yaml.safe_dump(original.to_data(), allow_unicode=True))
    again = parse_checklist_file(copy)
    assert again.problems == [] and again.checklist == original


# --- broken files: exact problems with file, line and field ----------------------------


def problems_for(tmp_path: Path, text: str) -> tuple[Path, list[ContentProblem]]:
    path = write(tmp_path, "eigen.yaml", text)
    parsed = parse_checklist_file(path)
    assert parsed.checklist is None or not parsed.problems
    return path, parsed.problems


def test_valid_base_file_has_no_problems(tmp_path):
    _, problems = problems_for(tmp_path, BASE)
    assert problems == []


@pytest.mark.parametrize(
    ("old", "new", "line", "field", "message"),
    [
        ('    label: "Label"\n', "", 10, "items[0].label", "verplicht veld ontbreekt"),
        (
            "    category: ABC\n",
            "    category: XYZ\n",
            11,
            "items[0].category",
            "onbekende categorie 'XYZ'; toegestaan: ABC",
        ),
        (
            "version: 1\n",
            "version: 0\n",
            2,
            "version",
            "moet een positief geheel getal zijn (1 of hoger)",
        ),
        ("version: 1\n", "version: een\n", 2, "version", "moet een geheel getal zijn"),
        ("version: 1\n", "version: 1.5\n", 2, "version", "moet een geheel getal zijn"),
        (
            "    enrichment: [BRP]\n",
            "    enrichment: [BRP, KADASTER]\n",
            14,
            "items[0].enrichment[1]",
            f"onbekende waarde 'KADASTER'; toegestaan: {ALLOWED_SOURCES}",
        ),
        (
            "title: Eigen lijst\n",
            "title: Eigen lijst\ncolour: rood\n",
            4,
            "colour",
            "onbekend veld",
        ),
        (
            "forms: [arbeid]\n",
            "forms: [arbeid, mensenhandel]\n",
            4,
            "forms[1]",
            "onbekende waarde 'mensenhandel'; toegestaan: seksueel, arbeid, crimineel, orgaan",
        ),
        ('    label: "Label"\n', "    label: \n", 12, "items[0].label", "geen waarde ingevuld"),
        ('    label: "Label"\n', '    label: ""\n', 12, "items[0].label", "mag niet leeg zijn"),
        ('    label: "Label"\n', "    label: [a]\n", 12, "items[0].label", "moet tekst zijn"),
        (
            '    label: "Label"\n',
            '    label: "Label"\n    acute: ja\n',
            13,
            "items[0].acute",
            "moet true of false zijn",
        ),
        (
            "  - id: OWN-ABC-01\n",
            "  - id: own-1\n",
            10,
            "items[0].id",
            "ongeldige waarde 'own-1': verwacht hoofdletters met koppeltekens en een "
            "volgnummer van twee cijfers, bv. LAB-WRK-01",
        ),
        ('sources: ["Eigen bron"]\n', "sources: []\n", 5, "sources", "mag niet leeg zijn"),
        ("items:\n", "items: geen\nxitems:\n", 9, "items", "moet een lijst zijn"),
    ],
)
def test_broken_file_gives_exact_problem(tmp_path, old, new, line, field, message):
    assert old in BASE
    text = BASE.replace(old, new, 1)
    path, problems = problems_for(tmp_path, text)
    expected = ContentProblem(path, line, field, message)
    assert expected in problems
    if field != "items":  # replacing items adds an unknown field as well
        assert problems == [expected]


def test_invalid_yaml_syntax(tmp_path):
    path, problems = problems_for(tmp_path, BASE.replace("title: Eigen lijst", "title: [Eigen"))
    assert problems == [
        ContentProblem(path, 4, "", "ongeldige YAML-opmaak (lijst tussen [ ] niet goed gesloten)")
    ]


def test_not_a_mapping_and_empty_file(tmp_path):
    path, problems = problems_for(tmp_path, "- een\n- twee\n")
    assert problems == [
        ContentProblem(path, 1, "", "moet een tabel met velden zijn (veld: waarde)")
    ]
    path, problems = problems_for(tmp_path, "# alleen commentaar\n")
    assert problems == [ContentProblem(path, 1, "", "bestand is leeg")]


def test_duplicate_ids_within_one_file(tmp_path):
    text = BASE.replace(
        "    title: Categorie\n", "    title: Categorie\n  - id: ABC\n    title: Twee\n"
    )
    text += BASE[BASE.index("  - id: OWN-ABC-01") :]
    path, problems = problems_for(tmp_path, text)
    assert problems == [
        ContentProblem(path, 9, "categories[1].id", "dubbele id 'ABC' (eerder op regel 7)"),
        ContentProblem(path, 17, "items[1].id", "dubbele id 'OWN-ABC-01' (eerder op regel 12)"),
    ]


def test_ccv_lens_rules(tmp_path):
    text = BASE.replace("forms: [arbeid]\n", "forms: [crimineel]\nccv_lens: true\n")
    text = text.replace("  - id: ABC\n", "  - id: WF\n").replace("category: ABC", "category: WF")
    path, problems = problems_for(tmp_path, text)
    message = "verplicht veld ontbreekt bij een CCV-lenslijst (ccv_lens: true)"
    assert problems == [ContentProblem(path, 11, "items[0].indicator_group", message)]
    text = text.replace("  - id: WF\n", "  - id: XX\n").replace("category: WF", "category: XX")
    text = text.replace('    label: "Label"\n', '    label: "Label"\n    indicator_group: Gedrag\n')
    path, problems = problems_for(tmp_path, text)
    message = "onbekend leefgebied 'XX'; toegestaan: WF, LPG, WAS, ZLI (ccv_lens: true)"
    assert problems == [ContentProblem(path, 8, "categories[0].id", message)]


def test_address_list_items_need_a_register(tmp_path):
    text = BASE.replace("forms: [arbeid]\n", "forms: [arbeid]\nsubject: address\n")
    path, problems = problems_for(tmp_path, text)
    message = "verplicht veld ontbreekt bij een adreslijst (subject: address)"
    assert problems == [ContentProblem(path, 11, "items[0].register", message)]
    fixed = text.replace("    category: ABC\n", "    category: ABC\n    register: BRP\n")
    _, problems = problems_for(tmp_path, fixed)
    assert problems == []


def test_item_forms_must_belong_to_the_list(tmp_path):
    text = BASE.replace("    enrichment: [BRP]\n", "    enrichment: [BRP]\n    forms: [orgaan]\n")
    path, problems = problems_for(tmp_path, text)
    message = "vorm 'orgaan' hoort niet bij deze lijst; de lijst heeft: arbeid"
    assert problems == [ContentProblem(path, 15, "items[0].forms[0]", message)]


# --- across files --------------------------------------------------------------------


def test_duplicate_item_id_across_two_files_names_both(tmp_path):
    first = write(tmp_path, "a.yaml", BASE)
    second = write(tmp_path, "b.yaml", BASE.replace("id: OWN\n", "id: ANDER\n", 1))
    catalog, problems = load_catalog([tmp_path])
    message = (
        f"item-id 'OWN-ABC-01' wordt al gebruikt in lijst 'OWN' ({first}, regel 10). "
        "Dit bestand is overgeslagen"
    )
    assert problems == [ContentProblem(second, 10, "items[0].id", message)]
    assert catalog.list_ids() == ["OWN"]


def test_same_list_and_version_twice_names_both(tmp_path):
    first = write(tmp_path, "a.yaml", BASE)
    second = write(tmp_path, "b.yaml", BASE.replace('"Label"', '"Ander label"'))
    catalog, problems = load_catalog([tmp_path])
    message = (
        f"lijst 'OWN' versie 1 staat ook in {first}; verhoog het versienummer. "
        "Dit bestand is overgeslagen"
    )
    assert problems == [ContentProblem(second, 2, "version", message)]
    assert catalog.get("OWN").item("OWN-ABC-01").label == "Label"


def test_broken_file_is_skipped_and_the_rest_loads(tmp_path):
    write(tmp_path, "a_kapot.yaml", BASE.replace("    category: ABC\n", ""))
    write(tmp_path, "b_goed.yaml", BASE.replace("OWN", "GOED"))
    write(tmp_path, "c_geen_yaml.yaml", "id: [\n")
    write(tmp_path, "leesmij.md", "geen checklist")
    catalog, problems = load_catalog([tmp_path, BUNDLED])
    assert {p.file.name for p in problems} == {"a_kapot.yaml", "c_geen_yaml.yaml"}
    assert catalog.list_ids()[-1] == "GOED"
    assert catalog.has("LAB") and not catalog.has("OWN")


def test_duplicate_key_is_reported_with_line(tmp_path):
    path, problems = problems_for(tmp_path, BASE.replace("title: Eigen lijst", "title: Eigen lijst\ntitle: Nog eens"))
    assert [(p.line, p.field, p.message) for p in problems] == [
        (4, "title", "dit veld staat twee keer in het bestand")
    ]
