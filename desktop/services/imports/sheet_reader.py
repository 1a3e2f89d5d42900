"""Reading a spreadsheet (.xlsx, .xlsm, .xls, .ods) into a grid of strings with python-calamine.

calamine is ~10x faster than openpyxl and reads .xls and .ods too. It builds the whole
used range in memory, so an .xlsx or .ods is first measured by ``sheet_probe`` (zip
directory and streamed sheet XML) and refused there when it is too big; an .xls (a
binary format limited to 65,536 x 256 cells by design) is bounded by its file size and
by the range calamine reports, checked before any row becomes Python objects.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from desktop.services.imports.importer import ImportRefused
from desktop.services.imports.limits import (
    LIMITS,
    CellProblems,
    Limits,
    check_shape,
    column_letter,
    refused,
)
from desktop.services.imports.ods_probe import probe_ods
from desktop.services.imports.sheet_probe import SheetShape, probe_xlsx
from desktop.services.progress import Cancelled

Grid = list[list[str]]
Step = Callable[[int, int], None]
KIND_NAMES = {"xlsx": "Excel", "xls": "Excel 97-2003", "ods": "OpenDocument"}
XLS_MAX_BYTES = 30 * 1024 * 1024


def cell_text(value: object) -> str:
    if type(value) is str:  # the common case first
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else str(value)
    return str(value).strip()


def _formula_refusal(shape: SheetShape) -> Exception:
    cells = ", ".join(f"{column_letter(c)}{r}" for r, c in shape.formulas_without_value[:10])
    more = len(shape.formulas_without_value) - 10
    extra = f" en nog {more}" if more > 0 else ""
    return refused(f"formule zonder opgeslagen uitkomst in cel {cells}{extra}; open het bestand in "
                   "Excel of LibreOffice, laat het herberekenen en sla het opnieuw op")


def probe(path: Path, kind: str, limits: Limits = LIMITS, step: Step | None = None) -> SheetShape:
    """Measure before reading; refuse on size, range or formulas without a result."""
    size = path.stat().st_size
    if kind == "xls":
        if size > min(limits.file_bytes, XLS_MAX_BYTES):
            raise refused(f"het bestand is te groot voor .xls (de grens is "
                          f"{min(limits.file_bytes, XLS_MAX_BYTES) // (1024 * 1024)} MB)")
        return SheetShape()
    shape = (probe_xlsx if kind == "xlsx" else probe_ods)(path, limits, step)
    if shape.formulas_without_value:
        raise _formula_refusal(shape)
    return shape


def read_sheet(path: Path, kind: str, limits: Limits = LIMITS, step: Step | None = None
               ) -> tuple[Grid, list[tuple[int, int, int, int]]]:
    """The first sheet as rows of text from A1 (row i is Excel row i + 1) and its merges."""
    shape = probe(path, kind, limits, step)
    import python_calamine as pc

    try:
        with pc.CalamineWorkbook.from_path(str(path)) as book:
            if not book.sheet_names:
                raise refused("het bestand heeft geen werkblad")
            sheet = book.get_sheet_by_index(0)
            end = sheet.end
            if end is None:
                return [], []
            check_shape(end[0] + 1, end[1] + 1, limits)
            merges = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
            grid = _rows(sheet, limits, step)
    except (ImportRefused, Cancelled, KeyboardInterrupt, SystemExit):
        raise
    except pc.PasswordError:
        raise refused("het bestand is beveiligd met een wachtwoord; sla het op zonder "
                      "wachtwoord") from None
    except MemoryError:
        raise refused("het bestand is te groot om te lezen") from None
    except BaseException:  # noqa: BLE001 - calamine errors, and a Rust panic is a BaseException
        raise refused(f"geen geldig {KIND_NAMES[kind]}-bestand (beschadigd of een ander soort "
                      "bestand)") from None
    return grid, merges or shape.merges  # .ods: calamine has no merges, the probe has


def _rows(sheet, limits: Limits, step: Step | None) -> Grid:  # noqa: ANN001 - CalamineSheet
    start = sheet.start or (0, 0)
    grid: Grid = [[] for _ in range(start[0])]
    lead = [""] * start[1]
    cells = CellProblems()
    for index, values in enumerate(sheet.iter_rows()):
        row = lead + [cell_text(v) for v in values]
        cells.check_row(start[0] + index + 1, row, limits)
        grid.append(row)
        if step and index % 1000 == 999:
            step(index + 1, sheet.height)
    cells.raise_if_any()
    return grid


def spread_merges(grid: Grid, merges: list[tuple[int, int, int, int]]) -> set[int]:
    """Give every cell of a merged range the top-left value (clipped to the grid); returns
    the rows holding a horizontal merge (a group header)."""
    for top, left, bottom, right in merges:
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for r in range(top, min(bottom + 1, len(grid))):
            row = grid[r]
            for c in range(left, min(right + 1, len(row))):
                row[c] = value
    return {top for top, left, bottom, right in merges if right > left and top == bottom}
