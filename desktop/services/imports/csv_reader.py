"""Reading a CSV (or tab-separated text) register into a grid of strings, within limits.

Encodings: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (Excel's "Unicode-tekst"),
else Windows-1252 (what Dutch Excel writes as "CSV (gescheiden door lijstscheidingsteken)").
The separator (``;``, ``,`` or tab) is the one that splits the first lines into the most
consistent number of columns. Quoting is strict: an unclosed quote is refused with its row.
Every failure is an ``ImportRefused`` with a Dutch message; the row is the record number as
Excel shows it (header = 1).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable

from desktop.services.imports.limits import LIMITS, CellProblems, Limits, number, refused, too_big

Grid = list[list[str]]
Step = Callable[[int, int], None]
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"))
_CSV_ERRORS = {
    "unexpected end of data": "een aanhalingsteken (\") wordt niet gesloten",
    "expected after": "na een gesloten aanhalingsteken volgt geen scheidingsteken",
    "line contains nul": "cel bevat een NUL-teken",
    "new-line character seen in unquoted field": "regeleinde midden in een cel",
}


def decode(data: bytes) -> str:
    """Text of a CSV file; refuses UTF-16 without BOM (NUL bytes) with its own message."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.replace("-sig", ""))
            except UnicodeDecodeError:
                raise refused(f"het bestand begint als {encoding.upper()} maar bevat ongeldige "
                              "tekens; sla het opnieuw op als 'CSV UTF-8'") from None
    if b"\x00" in data[:4096] and data[:4096].count(b"\x00") > len(data[:4096]) // 4:
        raise refused("het bestand lijkt UTF-16 zonder BOM of is geen tekstbestand; sla het op "
                      "als 'CSV UTF-8'")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    lines = [line for line in text[:200_000].splitlines()[:50] if line.strip()]
    best, best_score = ";", (-1.0, 0)
    for delimiter in (";", ",", "\t"):
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        score = (sum(1 for c in counts if c == counts[0]) / len(counts), counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc).lower()
    if "field larger" in text:
        return f"cel is te lang (de grens is {number(LIMITS.cell_chars)} tekens)"
    return next((dutch for english, dutch in _CSV_ERRORS.items() if english in text),
                "de opmaak van het CSV-bestand klopt niet")


def parse(text: str, limits: Limits = LIMITS, step: Step | None = None) -> Grid:
    """Records of ``text`` as stripped strings; limits on rows, columns and cells."""
    old_limit = csv.field_size_limit()
    csv.field_size_limit(limits.cell_chars + 1)
    reader = csv.reader(io.StringIO(text), delimiter=sniff_delimiter(text), strict=True)
    grid: Grid = []
    cells = CellProblems()
    try:
        for record in reader:
            grid.append(_record(record, len(grid) + 1, limits, cells))
            if step and len(grid) % 1000 == 0:
                step(len(grid), 0)
    except csv.Error as exc:
        raise refused(f"rij {len(grid) + 1}: {_csv_reason(exc)}") from None
    finally:
        csv.field_size_limit(old_limit)
    cells.raise_if_any()
    return grid


def _record(record: list[str], row: int, limits: Limits, cells: CellProblems) -> list[str]:
    if row > limits.rows:
        raise refused(f"het bestand heeft te veel rijen (meer dan {number(limits.rows)})")
    if len(record) > limits.columns:
        raise refused(f"rij {row} heeft te veel kolommen ({number(len(record))}; de grens is "
                      f"{number(limits.columns)})")
    stripped = [cell.strip() for cell in record]
    cells.check_row(row, stripped, limits)
    return stripped


def read_csv_bytes(data: bytes, limits: Limits = LIMITS, step: Step | None = None) -> Grid:
    if len(data) > limits.file_bytes:
        raise too_big(len(data), limits)
    return parse(decode(data), limits, step)
