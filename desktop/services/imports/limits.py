"""Hard limits for tabular input files and the Dutch refusals that name them.

Every limit is checked *before* the data is materialised (file size from ``stat``, the
decompressed sizes from the zip directory, the used range of a sheet from its XML), so a
hostile file is refused in bounded time and memory. The numbers are generous for a real
register (a municipality has hundreds to a few thousand signals, one row per person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.services.imports.importer import ImportRefused, RowProblem


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 50 * 1024 * 1024  # the file on disk
    unpacked_bytes: int = 200 * 1024 * 1024  # all members of an .xlsx/.ods together
    member_ratio: int = 200  # decompressed / compressed per zip member (zip bomb)
    rows: int = 100_000
    columns: int = 200
    cells: int = 4_000_000  # rows x columns of the used range
    cell_chars: int = 32_767  # Excel's own maximum for one cell


LIMITS = Limits()
MAX_LISTED = 20  # cell problems listed before "en N meer"

# C0 control characters except tab, line feed and carriage return, plus DEL.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CONTROL_NAMES = {"\x00": "NUL-teken"}


def refused(message: str) -> ImportRefused:
    """A refusal of the whole file (no row or column)."""
    return ImportRefused([RowProblem(0, "", message)])


def mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB".replace(".", ",")


def number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def too_big(size: int, limits: Limits = LIMITS) -> ImportRefused:
    return refused(f"het bestand is te groot ({mb(size)}; de grens is {mb(limits.file_bytes)})")


def too_many_rows(rows: int, limits: Limits = LIMITS) -> ImportRefused:
    return refused(f"het bestand heeft te veel rijen (ten minste {number(rows)}; de grens is "
                   f"{number(limits.rows)})")


def too_many_columns(columns: int, limits: Limits = LIMITS) -> ImportRefused:
    return refused(f"het bestand heeft te veel kolommen (ten minste {number(columns)}; de grens "
                   f"is {number(limits.columns)})")


def check_shape(rows: int, columns: int, limits: Limits = LIMITS) -> None:
    """Refuse a used range beyond the row, column or cell limits."""
    if rows > limits.rows:
        raise too_many_rows(rows, limits)
    if columns > limits.columns:
        raise too_many_columns(columns, limits)
    if rows * columns > limits.cells:
        raise refused(f"het werkblad is te groot ({number(rows)} rijen x {number(columns)} "
                      f"kolommen; de grens is {number(limits.cells)} cellen)")


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_problem(text: str, limits: Limits = LIMITS) -> str | None:
    """Why a cell's text is refused (too long, control character), or None."""
    if len(text) > limits.cell_chars:
        return (f"cel is te lang ({number(len(text))} tekens; de grens is "
                f"{number(limits.cell_chars)})")
    found = CONTROL.search(text)
    if found:
        char = found.group()
        name = CONTROL_NAMES.get(char, f"stuurteken (code {ord(char)})")
        return f"cel bevat een {name}; verwijder het of sla het bestand opnieuw op"
    return None


class CellProblems:
    """Collects cell refusals (row as in Excel, column letter) and raises them together."""

    def __init__(self) -> None:
        self.problems: list[RowProblem] = []
        self.count = 0

    def add(self, row: int, column: int, message: str) -> None:
        self.count += 1
        if len(self.problems) < MAX_LISTED:
            self.problems.append(RowProblem(row, column_letter(column), message))

    def check_row(self, row: int, cells: list[str], limits: Limits = LIMITS) -> None:
        if not cells or (len(max(cells, key=len)) <= limits.cell_chars
                         and not CONTROL.search("\n".join(cells))):
            return  # the common case, checked in one pass
        for column, text in enumerate(cells):
            if text and (why := cell_problem(text, limits)):
                self.add(row, column, why)

    def raise_if_any(self) -> None:
        if not self.problems:
            return
        problems = list(self.problems)
        if self.count > len(problems):
            problems.append(RowProblem(0, "", f"en nog {number(self.count - len(problems))} "
                                              "cellen met een probleem"))
        raise ImportRefused(problems)


def problem_text(problem: RowProblem) -> str:
    """A problem as one Dutch line: a file-level one without "rij 0"."""
    if problem.row <= 0 and not problem.column:
        return problem.message
    if not problem.column:
        return f"rij {problem.row}: {problem.message}"
    return str(problem)
