"""Route files: the shipped routes, the catalog, and exact Dutch messages for broken files."""

from __future__ import annotations

from pathlib import Path

import pytest
from route_flow import ROUTES_DIR

from desktop.content.problems import ContentProblem
from desktop.content.route_catalog import (
    check_route_folder,
    load_default_routes,
    load_routes,
    validate_route_file,
)
from desktop.domain.route_terms import Condition, DeadlineBase, MeetingType, StepKind

SHIPPED = ["sjabloon", "west-friesland", "zeeland-west-brabant"]
PUBLIC_NUMBERS = {"", "112", "0900-8844", "0800-2000"}

# A small valid route; the tests below break one line at a time (line numbers matter).
MINIMAL = """\
id: proefroute
version: 1
title: "Proefroute"
sources: ["test"]
start: [signaal, melder]
partners:
  - id: politie
    title: "Politie"
    contact: {phone: "0900-8844"}
steps:
  - id: signaal
    title: "Signaal"
    purpose: "Vastleggen"
    deadline: {days: 1, from: ontvangst}
    next: [afsluiten]
    partners: [politie]
  - id: melder
    title: "Terugkoppeling aan de melder"
    purpose: "Standaardbericht"
    kind: terugkoppeling_melder
  - id: afsluiten
    title: "Afsluiten"
    purpose: "Sluiten"
    kind: afsluiten
    after: [melder]
feedback_messages:
  - id: ontvangen_doorgezet
    label: "Ontvangen en doorgezet"
    text: "Bedankt, uw melding is ontvangen en doorgezet."
"""

EXTRA_STEP = """\
  - id: {id}
    title: "Extra"
    purpose: "Extra"
"""


def write(tmp_path: Path, text: str, name: str = "route.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def broken(tmp_path: Path, old: str, new: str) -> list[ContentProblem]:
    assert old in MINIMAL
    return validate_route_file(write(tmp_path, MINIMAL.replace(old, new, 1)))


def with_extra_step(step_id: str) -> str:
    return MINIMAL.replace(
        "feedback_messages:", EXTRA_STEP.format(id=step_id) + "feedback_messages:"
    )


# --- shipped routes ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def catalog():
    catalog, problems = load_routes([ROUTES_DIR])
    assert problems == []
    return catalog


@pytest.mark.parametrize("route_id", SHIPPED)
def test_shipped_route_files_have_no_problems(route_id):
    assert validate_route_file(ROUTES_DIR / f"{route_id}.yaml") == []


def test_catalog_holds_the_shipped_routes(catalog):
    assert catalog.ids() == SHIPPED
    assert catalog.versions("west-friesland") == catalog.versions("zeeland-west-brabant") == [1, 2]
    assert catalog.get("west-friesland", 1).title == "Interne meldroute mensenhandel West-Friesland"


def test_west_friesland_has_the_seven_steps_of_the_policy_plan(catalog):
    old = catalog.get("west-friesland", 1)  # kept for cases started with version 1
    seed_steps = [s for s in old.steps if s.code not in (None, "R0", "R9", "R10")]
    assert [s.code for s in seed_steps] == ["R1", "R2", "R3", "R5", "R6a", "R6b", "R8"]
    route = catalog.latest("west-friesland")
    assert route.version == 2
    seed_steps = [s for s in route.steps if s.code not in (None, "R0", "R9", "R10")]
    # plus the weighing (R4) and the registration at the Zorg- en Veiligheidshuis (R7)
    assert [s.code for s in seed_steps] == ["R1", "R2", "R3", "R4", "R5", "R6a", "R6b", "R7", "R8"]
    assert [route.numbered_title(s) for s in ("acuut", "wegen")] == [
        "1. Acuut: eerst 112 of politie bellen, daarna vastleggen",
        "5. Wegen: checklists en verrijking samen beoordelen"]
    local = route.step("lokaal_afstemmen")
    assert {"politie", "pct"} <= set(local.partners)
    assert [m.id for m in route.meetings_for("lokaal_afstemmen")] == ["lokaal_ondermijningsoverleg"]
    assert route.meeting("regionale_tafel_mensenhandel").completes == "informatieplein"
    assert route.step("informatieplein").handover_to == ["riec"]


def test_zeeland_west_brabant_routes_centrally_through_the_care_coordinator(catalog):
    route = catalog.latest("zeeland-west-brabant")
    assert route.version == 2
    assert route.step("veiligheidskant").handover_to == []  # security side: no consent needed
    assert route.step("doorgeleiding").handover_to == ["zorgcoordinator"]
    assert route.partner("zorgcoordinator").requires_consent
    zorgtafel = route.meeting("zorgtafel")
    assert (zorgtafel.type, zorgtafel.completes) == (MeetingType.CARE_TABLE, "doorgeleiding")
    assert route.meeting("districtelijke_stuurploeg").type == MeetingType.STEERING_GROUP
    assert {"taskforce_riec", "avim", "arbeidsinspectie"} <= set(route.step("stuurploeg").partners)


@pytest.mark.parametrize("route_id", SHIPPED)
def test_shipped_routes_cover_every_branch_rule_and_standard_message(catalog, route_id):
    route = catalog.latest(route_id)
    # every row of domain.md §3.3; sexual exploitation has no row of its own (prostitution
    # setting and minors cover it), "seksueel" stays available for a municipality's own rules
    assert {rule.when for rule in route.branches} == set(Condition) - {Condition.SEXUAL}
    assert [(m.id, m.kind, m.needs_handover) for m in route.feedback_messages] == [
        ("ontvangen", "ontvangst", False),
        ("doorgegeven", "eind", True),
        ("bekeken_geen_actie", "eind", False),
        ("vervolg_loopt", "eind", False),
    ]
    assert route.deadline_of(route.step("terugkoppeling_melder")).days == 5  # the receipt
    assert route.final_feedback_days == 42
    assert route.partner("alarmnummer").action  # calling 112 is an action, not a handover


@pytest.mark.parametrize("route_id", SHIPPED)
def test_shipped_contact_details_are_empty_or_public_numbers(catalog, route_id):
    for partner in catalog.latest(route_id).partners:
        contact = partner.contact
        assert contact.phone in PUBLIC_NUMBERS, partner.id
        assert (contact.name, contact.email, contact.address) == ("", "", ""), partner.id


def test_template_explains_every_code_in_dutch():
    text = (ROUTES_DIR / "sjabloon.yaml").read_text(encoding="utf-8")
    for code in [*StepKind, *DeadlineBase, *Condition, *MeetingType]:
        assert code.value in text, code
    assert "kopieer" in text.lower() and "README.md" in text


# --- broken files: exact messages --------------------------------------------------------------
def test_minimal_route_is_valid(tmp_path):
    assert validate_route_file(write(tmp_path, MINIMAL)) == []


def test_unknown_next_step(tmp_path):
    problems = broken(tmp_path, "next: [afsluiten]", "next: [afsluten]")
    assert [(p.line, p.field, p.message) for p in problems] == [
        (15, "steps[0].next[0]", "onbekende stap 'afsluten'")
    ]


def test_missing_title(tmp_path):
    problems = broken(tmp_path, '    title: "Signaal"\n', "")
    assert [(p.line, p.field, p.message) for p in problems] == [
        (11, "steps[0].title", "verplicht veld ontbreekt")
    ]


@pytest.mark.parametrize(
    ("deadline", "field", "message"),
    [
        ('{days: "een", from: ontvangst}', "steps[0].deadline.days", "moet een geheel getal zijn"),
        ("{days: -1, from: ontvangst}", "steps[0].deadline.days", "moet minstens 0 zijn"),
        ("14", "steps[0].deadline", "moet een tabel met velden zijn (veld: waarde)"),
        (
            "{days: 2, from: morgen}",
            "steps[0].deadline.from",
            "onbekende waarde 'morgen'; toegestaan: ontvangst, vorige_stap",
        ),
        ("{days: 2}", "steps[0].deadline.from", "verplicht veld ontbreekt"),
    ],
)
def test_bad_deadline(tmp_path, deadline, field, message):
    problems = broken(tmp_path, "{days: 1, from: ontvangst}", deadline)
    assert [(p.line, p.field, p.message) for p in problems] == [(14, field, message)]


def test_duplicate_step_id(tmp_path):
    problems = validate_route_file(write(tmp_path, with_extra_step("signaal")))
    assert [(p.line, p.field, p.message) for p in problems] == [
        (26, "steps[3].id", "dubbele id 'signaal' (eerder op regel 11)")
    ]


def test_unknown_partner(tmp_path):
    problems = broken(tmp_path, "partners: [politie]", "partners: [politei]")
    assert [(p.line, p.field, p.message) for p in problems] == [
        (16, "steps[0].partners[0]", "onbekende partner 'politei' (niet in partners)")
    ]


@pytest.mark.parametrize(
    ("version", "message"),
    [
        ("0", "moet een positief geheel getal zijn (1 of hoger)"),
        ('"1"', "moet een geheel getal zijn"),
    ],
)
def test_version_must_be_a_positive_integer(tmp_path, version, message):
    problems = broken(tmp_path, "version: 1", f"version: {version}")
    assert [(p.line, p.field, p.message) for p in problems] == [(2, "version", message)]


def test_more_schema_and_cross_reference_messages(tmp_path):
    cases = [
        (
            '    purpose: "Vastleggen"\n',
            '    purpose: "Vastleggen"\n    titel: "x"\n',
            (14, "steps[0].titel", "onbekend veld"),
        ),
        (
            "kind: terugkoppeling_melder",
            "kind: melder",
            (
                20,
                "steps[1].kind",
                "onbekende waarde 'melder'; toegestaan: werk, acuut, "
                "wacht_op_terugkoppeling, terugkoppeling_melder, afsluiten",
            ),
        ),
        (
            "    kind: terugkoppeling_melder\n",
            "",
            (10, "steps", "de route mist een stap met kind: terugkoppeling_melder"),
        ),
        (
            "    after: [melder]\n",
            "    after: [melder]\n    next: [signaal]\n",
            (26, "steps[2].next", "een afsluitstap heeft geen vervolgstappen"),
        ),
        (
            "    partners: [politie]\n",
            "    partners: [politie]\n    records: [{field: bronnen}]\n",
            (
                17,
                "steps[0].records[0].label",
                "veld 'bronnen' is geen standaardveld: geef een label (omschrijving)",
            ),
        ),
        (
            "ontvangen en doorgezet.",
            "ontvangen en doorgezet naar de politie.",
            (
                29,
                "feedback_messages[0].text",
                "bericht aan de melder noemt een partner ('politie'); "
                "terugkoppeling aan de melder bevat geen partnerinformatie",
            ),
        ),
        (
            "- id: signaal",
            "- id: Signaal 1",
            (
                11,
                "steps[0].id",
                "ongeldige waarde 'Signaal 1': verwacht kleine letters, cijfers en _, "
                "beginnend met een letter, bv. lokaal_overleg",
            ),
        ),
    ]
    for old, new, expected in cases:
        problems = broken(tmp_path, old, new)
        assert expected in [(p.line, p.field, p.message) for p in problems], (new, problems)


def test_duplicate_option_ids(tmp_path):
    decision = (
        '    decision:\n      question: "Wat nu?"\n      options:\n'
        '        - {id: door, label: "Door", next: [afsluiten]}\n'
        '        - {id: door, label: "Ook door", next: [afsluiten]}\n'
    )
    problems = broken(tmp_path, "    next: [afsluiten]\n", decision)
    assert [(p.line, p.field, p.message) for p in problems] == [
        (19, "steps[0].decision.options[1].id", "dubbele id 'door' (eerder op regel 18)")
    ]


def test_invalid_yaml(tmp_path):
    problems = broken(tmp_path, 'title: "Proefroute"', "title: [Proefroute")
    assert len(problems) == 1 and problems[0].message.startswith("ongeldige YAML")


def test_unreachable_step_is_a_warning_and_the_route_still_loads(tmp_path):
    path = write(tmp_path, with_extra_step("los"))
    problems = validate_route_file(path)
    assert [(p.line, p.field) for p in problems] == [(26, "steps[3].id")]
    assert problems[0].message.startswith("waarschuwing: stap 'los' is niet bereikbaar")
    catalog, load_problems = load_routes([tmp_path])
    assert catalog.ids() == ["proefroute"] and load_problems == problems


# --- catalog -----------------------------------------------------------------------------------
def test_catalog_keeps_every_version_and_skips_broken_files(tmp_path):
    write(tmp_path, MINIMAL, "a-v1.yaml")
    write(
        tmp_path,
        MINIMAL.replace("version: 1", "version: 2").replace('"Proefroute"', '"Proef 2"'),
        "b-v2.yaml",
    )
    write(
        tmp_path,
        MINIMAL.replace("version: 1", "version: 3").replace("[politie]", "[x]"),
        "c-v3.yaml",
    )
    catalog, problems = load_routes([tmp_path])
    assert catalog.versions("proefroute") == [1, 2]
    assert catalog.get("proefroute", 1).title == "Proefroute"
    assert catalog.latest("proefroute").title == "Proef 2"
    assert catalog.get("proefroute").version == 2
    assert [p.file.name for p in problems] == ["c-v3.yaml"]
    with pytest.raises(KeyError):
        catalog.get("proefroute", 3)
    with pytest.raises(KeyError):
        catalog.latest("onbekend")


def test_same_version_twice_first_file_wins(tmp_path):
    first = write(tmp_path, MINIMAL, "a.yaml")
    write(tmp_path, MINIMAL.replace('"Proefroute"', '"Kopie"'), "b.yaml")
    catalog, problems = load_routes([tmp_path])
    assert catalog.get("proefroute", 1).title == "Proefroute"
    assert [(p.file.name, p.line, p.field) for p in problems] == [("b.yaml", 2, "version")]
    assert problems[0].message == (
        f"route 'proefroute' versie 1 bestaat al in {first}; dit bestand wordt overgeslagen"
    )
    assert check_route_folder(tmp_path) == problems


def test_municipality_copy_with_a_bundled_id_is_reported(tmp_path):
    copy = (ROUTES_DIR / "west-friesland.yaml").read_text(encoding="utf-8")
    write(tmp_path, copy, "eigen.yaml")
    assert [p.field for p in check_route_folder(tmp_path)] == ["version"]
    renamed = copy.replace("id: west-friesland", "id: voorbeeldstad", 1)
    write(tmp_path, renamed, "eigen.yaml")
    assert check_route_folder(tmp_path) == []


def test_default_routes_include_the_municipality_folder(tmp_path):
    (tmp_path / "routes").mkdir()
    write(tmp_path / "routes", MINIMAL)
    catalog, problems = load_default_routes(tmp_path)
    assert problems == [] and catalog.ids() == ["proefroute", *SHIPPED]
    _, missing = load_default_routes(tmp_path / "bestaat-niet")
    assert [p.message for p in missing] == ["inhoudsmap van de gemeente bestaat niet"]


def test_forms_check_reports_route_files(tmp_path):
    from desktop.content.check import check_content_dir

    (tmp_path / "routes").mkdir()
    write(tmp_path / "routes", MINIMAL.replace("[politie]", "[politei]"))
    problems = check_content_dir(tmp_path)
    assert [(p.file.name, p.line, p.message) for p in problems] == [
        ("route.yaml", 16, "onbekende partner 'politei' (niet in partners)")
    ]
