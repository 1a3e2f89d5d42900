"""Hypothesis fuzzing: content files, register import and PDF rendering never crash;
invalid input gives problems (Dutch), never an exception."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.content.checklist_file import validate_checklist_file
from desktop.content.profile_catalog import validate_profile_file
from desktop.content.route_catalog import validate_route_file
from desktop.pdf.document import KeyValues, PdfDocument, Section, Table, Text
from desktop.pdf.render import render_pdf
from desktop.services.imports.importer import plan_import, read_csv

NASTY = st.sampled_from([
    "\u202eRTL-override", "שלום עולם", "مرحبا", "e\u0301\u0301\u0301", "👩‍👩‍👧‍👦🚨", "\x00\x07\x1b[31m",
    "Łukasz Ștefan Őrs Işıl Nguyễn", "<b>&amp;</b>", "\ufeff", "\u200b\u200d", "x" * 10_000,
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ud7ff", "A\u0000B", "'; DROP TABLE case_file; --",
])
TEXT = st.one_of(st.text(max_size=300), NASTY)
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

yaml_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6), TEXT),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.sampled_from(
                                   ["id", "version", "title", "items", "steps", "label", "category",
                                    "categories", "sources", "forms", "acute", "sections", "fields",
                                    "next", "partners", "decision", "options", "x"]) | TEXT,
                                   children, max_size=5)),
    max_leaves=25,
)


@pytest.mark.slow
@SETTINGS
@given(data=yaml_values, raw=st.one_of(st.none(), TEXT))
@pytest.mark.parametrize("validate", [validate_checklist_file, validate_route_file,
                                      validate_profile_file])
def test_content_validators_never_crash(tmp_path, validate, data, raw):
    path = tmp_path / "fuzz.yaml"
    if raw is not None:
        path.write_bytes(raw.encode("utf-8", errors="replace"))
    else:
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    problems = validate(path)
    assert isinstance(problems, list)
    for problem in problems:
        assert problem.message and isinstance(problem.message, str)


@pytest.mark.slow
@SETTINGS
@given(rows=st.lists(st.lists(TEXT, min_size=14, max_size=14), min_size=1, max_size=6),
       delimiter=st.sampled_from([";", ","]))
def test_import_planning_never_crashes(tmp_path, rows, delimiter):
    header = ["registratienummer", "datum_signaal", "omschrijving", "vormen", "afdeling_melder",
              "persoon_naam", "persoon_rol", "persoon_geboortedatum", "straat", "huisnummer",
              "postcode", "plaats", "organisatie_naam", "kvk_nummer"]
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter)
    writer.writerow(header)
    for row in rows:
        writer.writerow([c.replace("\x00", "") for c in row])
    path = tmp_path / "fuzz.csv"
    path.write_bytes(buf.getvalue().encode("utf-8", errors="replace"))
    try:
        headers, parsed = read_csv(path)
    except Exception as exc:  # only the documented, Dutch refusal is acceptable
        assert type(exc).__name__ == "ImportRefused"
        return
    plan = plan_import(headers, parsed)
    for problem in plan.problems:
        assert str(problem).startswith("rij ")


@pytest.mark.slow
@SETTINGS
@given(title=TEXT, body=TEXT, cells=st.lists(TEXT, min_size=3, max_size=3))
def test_pdf_rendering_of_random_unicode_never_crashes(title, body, cells):
    doc = PdfDocument(
        title="Fuzz", recipient=title[:80] or "x", case_label="Zaak 2026-0001", date=date(2026, 1, 1),
        municipality="Oefengem",
        sections=[Section(title[:200] or "Sectie", [Text(body), KeyValues([(title[:50], body)]),
                                                    Table(["A", "B", "C"], [cells, cells])])],
    )
    pdf = render_pdf(doc)
    assert pdf.startswith(b"%PDF")


XLSX_CELL = st.one_of(st.none(), st.integers(-10**6, 10**9), st.floats(allow_nan=False, allow_infinity=False),
                      st.text(max_size=80).map(lambda t: "".join(c for c in t if c.isprintable())),
                      st.dates().map(lambda d: d))


@pytest.mark.slow
@SETTINGS
@given(grid=st.lists(st.lists(XLSX_CELL, min_size=1, max_size=8), min_size=0, max_size=8),
       merge=st.booleans())
def test_xlsx_import_never_crashes(tmp_path, grid, merge):
    from openpyxl import Workbook

    from desktop.services.imports.importer import ImportRefused
    from desktop.services.imports.mapping import check, guess_mapping
    from desktop.services.imports.table import read_table

    wb = Workbook()
    ws = wb.active
    ws.append(["registratienummer", "datum_signaal", "omschrijving", "afdeling_melder",
               "persoon_naam", "postcode", "kvk_nummer", "vormen"])
    for row in grid:
        ws.append(row)
    if merge:
        ws.merge_cells("A1:B1")
    path = tmp_path / "fuzz.xlsx"
    wb.save(path)
    try:
        table = read_table(path)
    except ImportRefused as exc:
        assert all(str(p) for p in exc.problems)
        return
    result = check(table, guess_mapping(table.headers))
    for problem in result.problems:
        assert str(problem).startswith("rij ")
