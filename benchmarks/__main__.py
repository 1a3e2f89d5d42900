"""python -m benchmarks --cases N --out FILE.json [--vault PREBUILT_DIR]

Writes the figures (medians unless named p95) with a machine description. Figures that
need parts not available in this build are written as null with a reason.

Issue 21: one passphrase vault of the full size (``--cases``; ``--vault`` copies a
prebuilt one of that size instead of filling again) serves the store figures, the GUI
budget (``benchmarks.gui_budget``: the real ``schakel`` entry point, passphrase typed into
the unlock screen, wall + GUI-thread CPU + longest stall per action) and the purge of the
10 % due cases. Each figure is written with the baseline measured in the same run, and
the temp folder is removed at the end.
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

from benchmarks import budget
from benchmarks import measures as ms

TARGETS = {
    "startup_to_window_s": ("<=", 1.0), "search_p95_ms": ("<=", 30), "link_suggest_p95_ms": ("<=", 50),
    "pdf_case_s": ("<=", 0.2), "pdf_agenda_50_s": ("<=", 2.0), "import_rows_per_s": (">=", 1000),
    "encrypted_vs_plain_ratio": ("<=", 1.25), "peak_rss_mb": ("<=", 200),
    "import_xlsx_read_s": ("<=", 2.0), "import_xlsx_whole_s": ("<=", 5.0),
}


def machine() -> dict:
    import sqlcipher3

    return {
        "python": platform.python_version(), "platform": platform.platform(),
        "cpu_count": os.cpu_count(), "processor": platform.processor() or platform.machine(),
        "sqlite": sqlcipher3.sqlite_version,
    }


def run(cases: int, workdir: Path, quick: bool, vault: Path | None = None) -> dict:
    out: dict = {"cases": cases, "machine": machine(), "notes": {}}
    folder = workdir / f"vault{cases}"
    seconds = budget.build_vault(folder, cases, vault)
    out["notes"]["vault"] = "copied from --vault" if vault else f"built in {seconds:.0f} s"
    out["db_mb"] = round(ms.file_mb(folder), 1)
    reg = budget._unlock(folder)
    t = time.perf_counter()
    reg.links.warm()
    out["link_index_build_ms"] = round((time.perf_counter() - t) * 1000, 1)
    out["search_p95_ms"] = round(ms.search_p95_ms(reg, rounds=2 if quick else 5), 2)
    out["link_suggest_p95_ms"] = round(ms.link_suggest_p95_ms(reg, n=15 if quick else 60), 2)
    reg.close()
    gui = budget.gui_figures(folder, workdir)
    out["gui_detail"] = gui
    out.update(budget.flatten(gui))
    out["startup_to_window_s"] = gui.get("startup_to_window_s")
    out.update(budget.purge_figures(folder))
    shutil.rmtree(folder, ignore_errors=True)
    from benchmarks import pdf_measures

    out.update(pdf_measures.measure(workdir, quick))
    out.update(budget.import_figures(workdir, 1000 if quick else 10_000))
    from benchmarks import import_measures  # issue 14: the input layer (xlsx read, whole import)

    out.update(import_measures.measure(workdir, 1000 if quick else 10_000, 1 if quick else 3))
    out.update(budget.ratio_figures(workdir, 500 if quick else 5000, 1 if quick else 3))
    pw, kr = ms.unlock_times(workdir, rounds=2 if quick else 5)
    out["unlock_passphrase_s"], out["unlock_keyring_s"] = round(pw, 3), round(kr, 4)
    out["baselines"].update({
        "import_rows_per_s": out.get("baseline_import_raw_insert_fts_rows_per_s"),
        "purge_cases_per_s": None, "encrypted_vs_plain_ratio": 1.0,
    })
    out["targets"] = {k: {"target": f"{op} {v}", "met": _met(out.get(k), op, v)}
                      for k, (op, v) in TARGETS.items()}
    out["goals_issue_21"] = budget.goals(out)
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
    p.add_argument("--vault", type=Path, help="prebuilt benchmark vault of this size (copied, not changed)")
    args = p.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="schakel-bench-"))
    try:
        result = run(args.cases, workdir, args.quick or args.cases <= 2000, args.vault)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    Path(args.out).write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
