"""python -m benchmarks --cases N --out FILE.json

Writes the figures (medians unless named p95) with a machine description. Figures that
need parts not available in this build are written as null with a reason.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks import measures as ms

TARGETS = {
    "startup_to_window_s": ("<=", 1.0), "search_p95_ms": ("<=", 30), "link_suggest_p95_ms": ("<=", 50),
    "pdf_case_s": ("<=", 0.2), "pdf_agenda_50_s": ("<=", 2.0), "import_rows_per_s": (">=", 1000),
    "encrypted_vs_plain_ratio": ("<=", 1.25), "rss_mb_100k": ("<=", 250),
}


def machine() -> dict:
    import sqlcipher3

    return {
        "python": platform.python_version(), "platform": platform.platform(),
        "cpu_count": os.cpu_count(), "processor": platform.processor() or platform.machine(),
        "sqlite": sqlcipher3.sqlite_version,
    }


def run(cases: int, workdir: Path, quick: bool) -> dict:
    out: dict = {"cases": cases, "machine": machine(), "notes": {}}
    t0 = time.perf_counter()
    reg, folder, key = ms.big_register(workdir, cases)
    out["fill_cases_per_s"] = round(cases / (time.perf_counter() - t0), 1)
    out["db_mb"] = round(ms.file_mb(folder), 1)
    out["search_p95_ms"] = round(ms.search_p95_ms(reg, rounds=2 if quick else 5), 2)
    out["link_suggest_p95_ms"] = round(ms.link_suggest_p95_ms(reg, n=15 if quick else 60), 2)
    reg.close()
    from benchmarks import gui_measures, pdf_measures

    out.update(pdf_measures.measure(workdir, quick))
    out.update(gui_measures.measure(folder, key, cases, quick))
    rows = 1000 if quick else 10_000
    out["import_rows_per_s"] = round(ms.import_rows_per_s(workdir, rows), 1)
    out["notes"]["import_rows"] = rows
    out["encrypted_vs_plain_ratio"] = round(
        ms.encrypted_vs_plain_ratio(workdir, 500 if quick else 5000, 1 if quick else 3), 3)
    pw, kr = ms.unlock_times(workdir, rounds=2 if quick else 5)
    out["unlock_passphrase_s"], out["unlock_keyring_s"] = round(pw, 3), round(kr, 4)
    out["targets"] = {k: {"target": f"{op} {v}", "met": _met(out.get(k), op, v)}
                      for k, (op, v) in TARGETS.items()}
    return out


def _met(value, op, target):
    if value is None:
        return None
    return value <= target if op == "<=" else value >= target


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks")
    p.add_argument("--cases", type=int, default=10_000)
    p.add_argument("--out", required=True)
    p.add_argument("--quick", action="store_true", help="fewer repetitions (smoke runs)")
    args = p.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="schakel-bench-"))
    try:
        result = run(args.cases, workdir, args.quick or args.cases <= 2000)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    Path(args.out).write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
