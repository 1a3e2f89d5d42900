"""Reading an existing register as a plain table of text: CSV, .xlsx, .xls or .ods.

The one input layer for tabular files (CLI and GUI): the format is recognised from the
first bytes, the path is checked (missing, folder, unreadable each have their own words),
then ``csv_reader`` or ``sheet_reader`` reads it within the hard limits of ``limits``.
Every failure is an ``ImportRefused`` with a Dutch message, never another exception.

Real registers are messy, so the reader is forgiving and keeps the row numbers the
officer sees in Excel (for problems):

- CSV: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (what Dutch Excel writes);
  the separator (``;``, ``,`` or tab) is the one that splits the first lines into the
  most consistent number of columns, so commas inside ``;``-separated values are fine.
- Spreadsheets: the first sheet; merged cells take the merged value; a title row above the
  header is skipped; a two-level header (a merged group cell over sub-headers) becomes
  "group sub"; dates (date cells or Excel serial numbers) become ISO dates; numbers
  that are really text (postcode, KvK, house number) lose the ".0".
- Empty rows are skipped; columns without a header but with data are named "Kolom X".
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.services.imports import csv_reader, sheet_reader
from desktop.services.imports.csv_reader import sniff_delimiter  # noqa: F401 - public API
from desktop.services.imports.limits import LIMITS, Limits, column_letter, refused, too_big
from desktop.services.imports.sheet_reader import cell_text  # noqa: F401 - public API

HEADER_SCAN = 10  # rows searched for the header
SUFFIX_KINDS = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods"}
Step = Callable[[int, int], None]


@dataclass
class RawTable:
    headers: list[str]  # as in the file (display), unique
    rows: list[list[str]]  # same length as headers
    row_numbers: list[int]  # the row as Excel shows it (header row of a CSV = 1)


def read_table(path: Path, step: Step | None = None, limits: Limits = LIMITS) -> RawTable:
    """Read a register file; every problem is an ``ImportRefused`` with a Dutch message.

    ``step(done, total)`` is called every few thousand rows (and may raise ``Cancelled``)."""
    path = Path(path)
    size = _check_path(path)
    if size > limits.file_bytes:
        raise too_big(size, limits)
    kind = file_kind(path)
    if kind == "csv":
        data = _read_bytes(path, limits)
        grid = csv_reader.read_csv_bytes(data, limits, step)
        return _table(grid, list(range(1, len(grid) + 1)))
    try:
        grid, merges = sheet_reader.read_sheet(path, kind, limits, step)
    except MemoryError:
        raise refused("het bestand is te groot om te lezen") from None
    group_rows = sheet_reader.spread_merges(grid, merges)
    return _table(grid, list(range(1, len(grid) + 1)), group_rows)


def _check_path(path: Path) -> int:
    """File size; a missing path, a folder or an unreadable file each get their own words."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise refused("het bestand bestaat niet (controleer de naam en de map)") from None
    except PermissionError:
        raise refused("geen toegang tot het bestand of de map") from None
    except OSError:
        raise refused("het bestand kan niet worden gevonden of gelezen") from None
    if stat.S_ISDIR(info.st_mode):
        raise refused("dit is een map, geen bestand; kies het registerbestand zelf")
    if not stat.S_ISREG(info.st_mode):
        raise refused("dit is geen gewoon bestand")
    if not os.access(path, os.R_OK):
        raise refused("het bestand is niet leesbaar (geen leesrechten)")
    return info.st_size


def _read_bytes(path: Path, limits: Limits) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(limits.file_bytes + 1)
    except PermissionError:
        raise refused("het bestand is niet leesbaar (geen leesrechten)") from None
    except OSError:
        raise refused("het bestand kan niet worden gelezen (schijf- of netwerkfout)") from None
    if len(data) > limits.file_bytes:
        raise too_big(len(data), limits)
    return data


def file_kind(path: Path) -> str:
    """"csv", "xlsx", "xls" or "ods", from the first bytes (the suffix only breaks ties)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        raise refused("het bestand kan niet worden gelezen") from None
    suffix = SUFFIX_KINDS.get(path.suffix.lower())
    if head.startswith(b"PK\x03\x04"):
        return suffix if suffix in ("xlsx", "ods") else _zip_kind(path)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"  # also a password-protected .xlsx: calamine says so
    if suffix in ("xlsx", "ods"):
        raise refused("het bestand heeft de naam van een spreadsheet maar is er geen "
                      "(beschadigd of een ander soort bestand)")
    return "csv"


def _zip_kind(path: Path) -> str:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise refused("geen geldig Excel-bestand (beschadigd of een ander soort bestand)") from None
    if "content.xml" in names:
        return "ods"
    return "xlsx"


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
        raise refused("geen kopregel met kolomnamen gevonden")
    headers = list(grid[head])
    start = head + 1
    below = grid[start] if start < len(grid) else []
    if group_rows and head in group_rows and _looks_like_header(below, headers):
        headers = [f"{top} {sub}".strip() if sub and top and top != sub else (sub or top)
                   for top, sub in zip(grid[head], below, strict=True)]
        start += 1
    data = [(n, r) for n, r in zip(numbers[start:], grid[start:], strict=True) if any(r)]
    if not data:
        raise refused("het bestand heeft een kopregel maar geen rijen met gegevens")
    keep = [i for i in range(width) if headers[i] or any(r[i] for _n, r in data)]
    names = _unique([headers[i] or f"Kolom {column_letter(i)}" for i in keep])
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
