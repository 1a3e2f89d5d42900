"""Import figures: read time of a 10k-row .xlsx and CSV, and the whole import of 10k rows.

``python -m benchmarks.import_measures [--rows N]`` prints them as JSON; ``measure`` is also
called by ``python -m benchmarks``. The whole import is the CLI's path: read the file through
the input layer (probe + python-calamine), guess the columns, check every row, store all
cases in one transaction in a fresh encrypted register.
"""

from __future__ import annotations

import argparse
import csv
import json
import secrets
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.data import open_register, write_register_csv


def write_xlsx_from_csv(csv_path: Path, xlsx_path: Path) -> None:
    from openpyxl import Workbook  # test/dev dependency: only to make the benchmark file

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter=";"):
            sheet.append(row)
    book.save(xlsx_path)


def _median_s(fn, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def whole_import(register, path: Path) -> int:
    from desktop.services.imports.importer import run_import
    from desktop.services.imports.mapping import check, guess_mapping
    from desktop.services.imports.table import read_table

    table = read_table(path)
    result = check(table, guess_mapping(table.headers))
    assert not result.problems and not result.missing, result.problems[:3]
    return run_import(register, result.plan)


def measure(workdir: Path, rows: int = 10_000, rounds: int = 3) -> dict:
    from desktop.services.imports.table import read_table

    csv_path, xlsx_path = workdir / "import-bench.csv", workdir / "import-bench.xlsx"
    write_register_csv(csv_path, rows)
    write_xlsx_from_csv(csv_path, xlsx_path)
    out = {
        "import_xlsx_read_s": round(_median_s(lambda: read_table(xlsx_path), rounds), 3),
        "import_csv_read_s": round(_median_s(lambda: read_table(csv_path), rounds), 3),
        "import_xlsx_mb": round(xlsx_path.stat().st_size / 1e6, 2),
    }
    register = open_register(workdir / "import-bench-vault", secrets.token_bytes(32), create=True)
    try:
        t = time.perf_counter()
        cases = whole_import(register, xlsx_path)
        out["import_xlsx_whole_s"] = round(time.perf_counter() - t, 3)
        out["import_xlsx_cases"] = cases
    finally:
        register.close()
    out["import_xlsx_rows"] = rows
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.import_measures")
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="schakel-import-bench-") as folder:
        print(json.dumps(measure(Path(folder), args.rows), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
