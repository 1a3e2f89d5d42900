"""Generators for the hostile and broken import corpus (files are made in the test, never stored).

``CORPUS`` maps a file name to (writer, expectation); expectation is "refused" (exit 5, a
Dutch message) or "imported" (exit 0). ``HEAVY`` are the big ones (tens of MB, marked slow).
"""

from __future__ import annotations

import codecs
import os
import random
import zipfile
from pathlib import Path

HEADER = ["registratienummer", "datum_signaal", "omschrijving", "vormen", "afdeling_melder",
          "persoon_naam", "persoon_rol", "postcode", "plaats"]
ROW = ["R-{n}", "03-02-2025", "Groep aan balie", "arbeidsuitbuiting", "Burgerzaken",
       "Ștefan Țurcanu", "slachtoffer", "9999 XA", "Schakeldam"]


def rows(n: int = 3) -> list[list[str]]:
    return [HEADER] + [[c.replace("{n}", str(i)) for c in ROW] for i in range(1, n + 1)]


def csv_text(grid: list[list[str]], sep: str = ";") -> str:
    return "\r\n".join(sep.join(r) for r in grid) + "\r\n"


# -- xlsx written by hand (so broken variants are possible) ------------------------------------
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
      'package/2006/content-types"><Default Extension="rels" ContentType="application/'
      'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
      '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
      'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
      '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
      'spreadsheetml.worksheet+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
        '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
        '"xl/workbook.xml"/></Relationships>')
WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
      'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
      'relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WBRELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
          'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
          'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
          '"worksheets/sheet1.xml"/></Relationships>')
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>{dtd}<worksheet xmlns="http://schemas.'
              'openxmlformats.org/spreadsheetml/2006/main">{dim}<sheetData>')


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sheet_rows(grid: list[list[str]], start: int = 1) -> str:
    out = []
    for r, row in enumerate(grid, start):
        cells = "".join(f'<c r="{_col(c)}{r}" t="inlineStr"><is><t>{_esc(v)}</t></is></c>'
                        for c, v in enumerate(row) if v)
        out.append(f'<row r="{r}">{cells}</row>')
    return "".join(out)


def write_xlsx(path: Path, body: str, tail: str = "", dim: str = "", dtd: str = "",
               truncate: int | None = None) -> None:
    sheet = SHEET_HEAD.format(dtd=dtd, dim=dim) + body + "</sheetData>" + tail + "</worksheet>"
    if truncate is not None:
        sheet = sheet[:truncate]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WB)
        z.writestr("xl/_rels/workbook.xml.rels", WBRELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)


# -- ods written by hand -------------------------------------------------------------------------
ODS_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:'
            'names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:'
            'xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Blad1">')
ODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"


def ods_rows(grid: list[list[str]]) -> str:
    out = []
    for row in grid:
        cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{_esc(v)}</text:p>'
                        f"</table:table-cell>" for v in row)
        out.append(f"<table:table-row>{cells}</table:table-row>")
    return "".join(out)


def write_ods(path: Path, body: str) -> None:
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
                'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry'
                ' manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
                'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-'
                'type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", ODS_HEAD + body + ODS_TAIL, compress_type=zipfile.ZIP_DEFLATED)


# -- the corpus ----------------------------------------------------------------------------------
def _bytes(data: bytes):
    return lambda p: p.write_bytes(data)


def _text(text: str, encoding: str = "utf-8"):
    return lambda p: p.write_bytes(text.encode(encoding))


def _utf16_tab(p: Path) -> None:
    p.write_bytes(codecs.BOM_UTF16_LE + csv_text(rows(), "\t").encode("utf-16-le"))


def _utf16_be(p: Path) -> None:
    p.write_bytes(codecs.BOM_UTF16_BE + csv_text(rows(), ",").encode("utf-16-be"))


def _with_cell(value: str, sep: str = ";") -> str:
    grid = rows(2)
    grid[2][2] = value
    return csv_text(grid, sep)


def _random(p: Path) -> None:
    p.write_bytes(random.Random(14).randbytes(64 * 1024))


def _many_rows_csv(p: Path) -> None:
    p.write_text(csv_text(rows(1)) + "R-x;03-02-2025;a;b;c;;;;\r\n" * 120_000, encoding="utf-8")


def _xlsx_formula(p: Path) -> None:
    body = sheet_rows(rows(2)) + '<row r="4"><c r="A4"><f>A2&amp;"x"</f></c></row>'
    write_xlsx(p, body)


def _xlsx_laughs(p: Path) -> None:
    dtd = ('<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
           '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
           '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
           '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>')
    body = sheet_rows(rows(1)) + '<row r="3"><c r="A3" t="inlineStr"><is><t>&h;</t></is></c></row>'
    write_xlsx(p, body, dtd=dtd)


def _xlsx_bomb(p: Path) -> None:
    body = sheet_rows(rows(1)) + " " * (260 * 1024 * 1024)
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("xl/workbook.xml", WB)
        z.writestr("xl/_rels/workbook.xml.rels", WBRELS)
        z.writestr("xl/worksheets/sheet1.xml", SHEET_HEAD.format(dtd="", dim="") + body
                   + "</sheetData></worksheet>")


def _xlsx_rows(p: Path, total: int) -> None:
    row = ('<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>R</t></is></c>'
           '<c r="B{r}" t="inlineStr"><is><t>01-01-2025</t></is></c></row>')
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z, \
            z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as handle:
        handle.write(SHEET_HEAD.format(dtd="", dim="").encode() + sheet_rows(rows(1)).encode())
        for start in range(2, total, 10_000):
            handle.write("".join(row.format(r=r) for r in range(start, min(total, start + 10_000))
                                 ).encode())
        handle.write(b"</sheetData></worksheet>")
    with zipfile.ZipFile(p, "a") as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("xl/workbook.xml", WB)
        z.writestr("xl/_rels/workbook.xml.rels", WBRELS)


def _xlsx_two_million(p: Path) -> None:
    row = ('<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>R</t></is></c>'
           '<c r="B{r}" t="inlineStr"><is><t>01-01-2025</t></is></c></row>')
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z, \
            z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as handle:
        handle.write(SHEET_HEAD.format(dtd="", dim="").encode() + sheet_rows(rows(1)).encode())
        for start in range(2, 2_000_000, 10_000):
            handle.write("".join(row.format(r=r) for r in range(start, start + 10_000)).encode())
        handle.write(b"</sheetData></worksheet>")
    with zipfile.ZipFile(p, "a") as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("xl/workbook.xml", WB)
        z.writestr("xl/_rels/workbook.xml.rels", WBRELS)


def _big_field(p: Path) -> None:
    with open(p, "wb") as handle:
        handle.write(";".join(HEADER).encode() + b"\r\nR-1;01-01-2025;")
        block = b"x" * (1024 * 1024)
        for _ in range(100):
            handle.write(block)
        handle.write(b";a;b;;;;\r\n")


def _ods_repeat(p: Path) -> None:
    body = ods_rows(rows(1)) + ('<table:table-row table:number-rows-repeated="1000000"><table:table-'
                                'cell table:number-columns-repeated="16384" office:value-type="string">'
                                '<text:p>x</text:p></table:table-cell></table:table-row>')
    write_ods(p, body)


CORPUS = {
    # CSV
    "utf16-tab.txt": (_utf16_tab, "imported"),
    "utf16-be.csv": (_utf16_be, "imported"),
    "cp1252.csv": (_text(csv_text(rows()).replace("Ștefan Țurcanu", "Zoë Müller"), "cp1252"),
                   "imported"),
    "utf8-bom-comma.csv": (_text("\ufeff" + csv_text(rows(), ",")), "imported"),
    "hyperlink.csv": (_text(_with_cell('=HYPERLINK("http://x.invalid","klik")')), "imported"),
    "utf16-no-bom.csv": (_text(csv_text(rows()), "utf-16-le"), "refused"),
    "line-200k.csv": (_text(_with_cell("x" * 200_000)), "refused"),
    "unclosed-quote.csv": (_text(_with_cell('"begin zonder einde')), "refused"),
    "bad-quote.csv": (_text(_with_cell('"half"af')), "refused"),
    "random.csv": (_random, "refused"),
    "random.xlsx": (_random, "refused"),
    "nul-cell.csv": (_text(_with_cell("Ie\x00ts")), "refused"),
    "bell-cell.csv": (_text(_with_cell("Ie\x07ts")), "refused"),
    "empty.csv": (_bytes(b""), "refused"),
    "only-header.csv": (_text(csv_text(rows(0))), "refused"),
    "300-columns.csv": (_text(csv_text([[f"k{i}" for i in range(300)], ["1"] * 300])), "refused"),
    "120k-rows.csv": (_many_rows_csv, "refused"),
    "missing-columns.csv": (_text("a;b\r\n1;2\r\n"), "refused"),
    # xlsx
    "valid.xlsx": (lambda p: write_xlsx(p, sheet_rows(rows())), "imported"),
    "truncated-sheet.xlsx": (lambda p: write_xlsx(p, sheet_rows(rows(50)), truncate=900), "refused"),
    "cell-xfd1048576.xlsx": (lambda p: write_xlsx(
        p, sheet_rows(rows(1)) + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'), "refused"),
    "dimension-lies.xlsx": (lambda p: write_xlsx(p, sheet_rows(rows()), dim='<dimension ref="A1:XFD1048576"/>'),
                            "imported"),
    "merge-whole-sheet.xlsx": (lambda p: write_xlsx(
        p, sheet_rows(rows()), tail='<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>'),
        "refused"),
    "formula-no-value.xlsx": (_xlsx_formula, "refused"),
    "nul-cell.xlsx": (lambda p: write_xlsx(p, sheet_rows(rows()).replace("Groep aan", "Groep_x0000_aan", 1)),
                      "refused"),
    "billion-laughs.xlsx": (_xlsx_laughs, "refused"),
    "not-a-zip.xlsx": (_text("registratienummer;datum\r\n"), "refused"),
    "ole-junk.xls": (_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 4096), "refused"),
    "xls-named-csv.xls": (_text(csv_text(rows())), "imported"),
    # ods
    "valid.ods": (lambda p: write_ods(p, ods_rows(rows())), "imported"),
    "ods-repeat.ods": (_ods_repeat, "refused"),
    "ods-truncated.ods": (lambda p: write_ods(p, ods_rows(rows(20))[:700]), "refused"),
}
HEAVY = {
    "field-100mb.csv": (_big_field, "refused"),
    "two-million-rows.xlsx": (_xlsx_two_million, "refused"),
    "zip-bomb.xlsx": (_xlsx_bomb, "refused"),
    "150k-rows.xlsx": (lambda p: _xlsx_rows(p, 150_000), "refused"),
}


def make(folder: Path, name: str, heavy: bool = False) -> Path:
    writer, _expected = (HEAVY if heavy else CORPUS)[name]
    path = folder / name
    writer(path)
    return path


def special_paths(folder: Path) -> dict[str, Path]:
    """A missing file and a folder (an unreadable file is covered when not running as root)."""
    (folder / "een-map.csv").mkdir(exist_ok=True)
    out = {"missing": folder / "bestaat-niet.csv", "folder": folder / "een-map.csv"}
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        locked = folder / "geen-rechten.csv"
        locked.write_text(csv_text(rows()), encoding="utf-8")
        locked.chmod(0)
        out["unreadable"] = locked
    return out
