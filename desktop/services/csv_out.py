"""The one way Schakel writes a CSV file (statistics, monitor, any future export).

- Every cell that a spreadsheet would read as a formula is neutralised (OWASP rule): a cell
  starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading ``'``, so
  ``=HYPERLINK(...)`` from an imported register stays text in Excel.
- Dutch Excel opens it directly: UTF-8 with BOM, ``;`` as separator, CRLF line ends.
- The file is written through ``desktop.safe_files``: owner-only (0600), atomically, never
  through a symlink, and an existing file only when the person confirmed overwriting.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from desktop.safe_files import write_bytes

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def neutralise(value: object) -> str:
    """The cell as text, prefixed with ``'`` when a spreadsheet would take it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_text(rows: Iterable[Iterable[object]]) -> str:
    """Semicolon-separated text (no BOM) with every cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue()


def csv_bytes(rows: Iterable[Iterable[object]]) -> bytes:
    return (BOM + csv_text(rows)).encode("utf-8")


def write_csv(path: Path, rows: Iterable[Iterable[object]], overwrite: bool = False) -> None:
    """Write the rows as a CSV file; raises ``SafeFileError`` (Dutch) or ``OSError``."""
    write_bytes(Path(path), csv_bytes(rows), overwrite=overwrite)
