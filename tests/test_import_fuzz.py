"""Hypothesis fuzzing of the tabular input layer: any bytes as CSV, any cell values and broken
XML as .xlsx — the result is a table or an ``ImportRefused`` with a Dutch message, nothing else."""

from __future__ import annotations

import codecs
import zipfile

import import_hostile as hostile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.imports.importer import ImportRefused
from desktop.services.imports.mapping import check, guess_mapping
from desktop.services.imports.table import read_table

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
CELL = st.one_of(st.text(max_size=40), st.sampled_from([
    "\x00", "\x07", '"', '"x', 'a"b', ";", ",", "\t", "\r\n", "=HYPERLINK(1)", "\ufeff", "é",
    "03-02-2025", "9999 XA", "x" * 5000]))
BOMS = st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])


def _outcome(path) -> str:
    try:
        table = read_table(path)
    except ImportRefused as exc:
        assert exc.problems and all(p.message for p in exc.problems)
        return "refused"
    assert table.headers and all(len(r) == len(table.headers) for r in table.rows)
    check(table, guess_mapping(table.headers))
    return "read"


@SETTINGS
@given(data=st.binary(max_size=2000), bom=BOMS)
def test_any_bytes_as_csv(tmp_path, data, bom):
    path = tmp_path / "f.csv"
    path.write_bytes(bom + data)
    _outcome(path)


@SETTINGS
@given(grid=st.lists(st.lists(CELL, min_size=1, max_size=6), max_size=8),
       sep=st.sampled_from([";", ",", "\t"]), encoding=st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_any_cells_as_csv(tmp_path, grid, sep, encoding):
    text = hostile.csv_text([hostile.HEADER, *grid], sep)
    path = tmp_path / "f.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _outcome(path)


XML_PIECES = st.sampled_from([
    '<row r="2">', "</row>", '<c r="A2" t="inlineStr"><is><t>x</t></is></c>', '<c r="B2"><v>1</v></c>',
    '<c r="XFD9"><v>1</v></c>', '<c r="A9"><f>1+1</f></c>', '<c t="s"><v>99</v></c>', "<c>", "</c>",
    '<row r="0">', '<row r="x">', "<v>", "&amp;", "&bad;", "<!-- -->", '<c r="ZZZZ1"/>', "\x00",
])


@SETTINGS
@given(pieces=st.lists(XML_PIECES, max_size=12), cut=st.integers(0, 3000))
def test_broken_sheet_xml(tmp_path, pieces, cut):
    body = hostile.sheet_rows([hostile.HEADER]) + "".join(pieces)
    path = tmp_path / "f.xlsx"
    hostile.write_xlsx(path, body, truncate=cut if cut > 600 else None)
    _outcome(path)


@SETTINGS
@given(grid=st.lists(st.lists(CELL, min_size=1, max_size=6), max_size=8))
def test_any_cells_as_xlsx(tmp_path, grid):
    path = tmp_path / "f.xlsx"
    hostile.write_xlsx(path, hostile.sheet_rows([hostile.HEADER, *grid]))
    _outcome(path)


@SETTINGS
@given(data=st.binary(max_size=3000))
def test_any_zip_member_as_xlsx(tmp_path, data):
    path = tmp_path / "f.xlsx"
    hostile.write_xlsx(path, hostile.sheet_rows([hostile.HEADER]))
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/sharedStrings.xml", data)
    _outcome(path)
