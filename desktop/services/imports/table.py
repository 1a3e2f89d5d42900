"""Reading an existing register as a plain table of text: CSV or Excel (.xlsx).

Real registers are messy, so the reader is forgiving and keeps the row numbers the
officer sees in Excel (for problems):

- CSV: UTF-8 (with or without BOM), else Windows-1252 (what Dutch Excel writes);
  the separator (``;``, ``,`` or tab) is the one that splits the first lines into the
  most consistent number of columns, so commas inside ``;``-separated values are fine.
- Excel: the first sheet; merged cells take the merged value; a title row above the
  header is skipped; a two-level header (a merged group cell over sub-headers) becomes
  "group sub"; dates (date cells or Excel serial numbers) become ISO dates; numbers
  that are really text (postcode, KvK, house number) lose the ".0".
- Empty rows are skipped; columns without a header but with data are named "Kolom X".
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from desktop.services.imports.importer import ImportRefused, RowProblem
from desktop.store.errors import os_error_nl

HEADER_SCAN = 10  # rows searched for the header
EXCEL_SUFFIXES = (".xlsx", ".xlsm")


@dataclass
class RawTable:
    headers: list[str]  # as in the file (display), unique
    rows: list[list[str]]  # same length as headers
    row_numbers: list[int]  # the row as Excel shows it (header row of a CSV = 1)


def read_table(path: Path) -> RawTable:
    path = Path(path)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        return read_xlsx(path)
    if path.suffix.lower() == ".xls":
        raise _refused("oud Excel-formaat (.xls): sla het bestand op als .xlsx of als CSV")
    return read_csv_table(path)


def _refused(message: str) -> ImportRefused:
    return ImportRefused([RowProblem(0, "", message)])


# -- CSV ---------------------------------------------------------------------------------
def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ";", (-1.0, 0)
    for delimiter in (";", ",", "\t"):
        counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        if not counts or counts[0] < 2:
            continue
        score = (sum(1 for c in counts if c == counts[0]) / len(counts), counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_table(path: Path) -> RawTable:
    try:
        text = _decode(Path(path).read_bytes())
    except OSError as exc:
        raise _refused(f"bestand niet leesbaar ({os_error_nl(exc)})") from None
    records = list(csv.reader(io.StringIO(text), delimiter=sniff_delimiter(text)))
    grid = [[cell.strip() for cell in record] for record in records]
    return _table(grid, list(range(1, len(grid) + 1)))


# -- Excel -------------------------------------------------------------------------------
def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return str(value).strip()


def read_xlsx(path: Path) -> RawTable:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        detail = os_error_nl(exc) if isinstance(exc, OSError) else "geen geldig .xlsx-bestand"
        raise _refused(f"bestand niet leesbaar ({detail})") from None
    try:
        sheet = book.worksheets[0]
        grid = [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        merged = [(r.min_row, r.max_row, r.min_col, r.max_col) for r in sheet.merged_cells.ranges]
    finally:
        book.close()
    for top, bottom, left, right in merged:
        value = grid[top - 1][left - 1] if top - 1 < len(grid) else ""
        for r in range(top - 1, min(bottom, len(grid))):
            for c in range(left - 1, min(right, len(grid[r]))):
                grid[r][c] = value
    group_rows = {top - 1 for top, bottom, left, right in merged if right > left and top == bottom}
    return _table(grid, list(range(1, len(grid) + 1)), group_rows)


# -- shared ------------------------------------------------------------------------------
def _header_index(grid: list[list[str]]) -> int | None:
    for index, row in enumerate(grid[:HEADER_SCAN]):
        if len({c for c in row if c}) >= 2:
            return index
    return None


def _table(grid: list[list[str]], numbers: list[int], group_rows: set[int] | None = None
           ) -> RawTable:
    width = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (width - len(r)) for r in grid]
    head = _header_index(grid)
    if head is None:
        raise _refused("geen kopregel met kolomnamen gevonden")
    headers = list(grid[head])
    start = head + 1
    below = grid[start] if start < len(grid) else []
    if group_rows and head in group_rows and _looks_like_header(below, headers):
        headers = [f"{top} {sub}".strip() if sub and top and top != sub else (sub or top)
                   for top, sub in zip(grid[head], below, strict=True)]
        start += 1
    data = [(n, r) for n, r in zip(numbers[start:], grid[start:], strict=True) if any(r)]
    keep = [i for i in range(width) if headers[i] or any(r[i] for _n, r in data)]
    names = _unique([headers[i] or f"Kolom {_column_letter(i)}" for i in keep])
    return RawTable(names, [[r[i] for i in keep] for _n, r in data], [n for n, _r in data])


def _looks_like_header(row: list[str], headers: list[str]) -> bool:
    """A sub-header row: text in most header columns and no numbers or dates."""
    filled = [c for c in row if c]
    if len(filled) < max(2, sum(1 for h in headers if h) // 2):
        return False
    return all(not c.replace("-", "").replace(".", "").isdigit() for c in filled)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
