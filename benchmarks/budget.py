"""Issue 21 figures: the GUI-thread budget (child process through the real entry point), purge,
import and the encryption ratio, each with the baseline of the same run.

The vault is a real passphrase vault of the full size (``--cases``), built once per run in
the run's temp folder (or copied from ``--vault``), with 10 % of its cases closed long ago
so they are due for destruction. Everything is removed afterwards by the caller.
"""

from __future__ import annotations

import json
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from benchmarks.data import fill, open_register, write_register_csv

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark wachtwoordzin schakel"
#: the issue's goals: key → (op, target)
GOALS = {
    "gui_unlock_to_list_ms": ("<=", 300), "gui_open_case_p95_ms": ("<=", 150),
    "gui_save_intake_ms": ("<=", 150), "gui_link_suggest_after_save_ms": ("<=", 50),
    "gui_links_tab_first_show_ms": ("<=", 100), "gui_search_keystroke_ms": ("<=", 50),
    "gui_scroll_form_page_p95_ms": ("<=", 16), "retention_open_ms": ("<=", 300),
    "retention_toggle_ms": ("<=", 16), "purge_cases_per_s": (">=", 500),
    "import_rows_per_s": (">=", 10_000), "peak_rss_mb": ("<=", 200),
    "encrypted_vs_plain_ratio": ("<=", 1.25),
}


def build_vault(folder: Path, cases: int, source: Path | None = None) -> float:
    """A passphrase vault with ``cases`` cases, 10 % of them due; returns the build seconds."""
    t = time.perf_counter()
    if source is not None and source.is_dir():
        shutil.copytree(source, folder)
    else:
        from desktop.policy import Policy
        from desktop.services.session import VaultService

        reg, _ = VaultService(folder, Policy()).create(PASSPHRASE, False)
        fill(reg, cases)
        reg.close()
    reg = _unlock(folder)
    with reg.write() as conn:
        conn.execute("UPDATE case_file SET status = 'afgesloten', closed_on = '2019-01-15',"
                     " outcome = 'geen_actie' WHERE id % 10 = 3 AND closed_on IS NULL")
    reg.close()
    return time.perf_counter() - t


def _unlock(folder: Path):
    from desktop.policy import Policy
    from desktop.services.session import UnlockMethod, VaultService

    return VaultService(folder, Policy()).unlock(UnlockMethod.PASSPHRASE, PASSPHRASE)


def compile_sources() -> None:
    """Byte-compile the app as an installed build is (the run must not time the compiler)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")], env=env,
                   cwd=ROOT, capture_output=True, timeout=600)


def gui_figures(folder: Path, workdir: Path) -> dict:
    compile_sources()
    xdg = workdir / "xdg"
    xdg.mkdir(exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(xdg), SCHAKEL_BENCH_PASSPHRASE=PASSPHRASE,
               SCHAKEL_BENCH_T0=repr(time.time()))
    env.pop("SCHAKEL_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # use the compiled modules
    proc = subprocess.run([sys.executable, "-m", "benchmarks.gui_budget", str(folder)], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=3600)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("BUDGET ")), None)
    if line is None:
        return {"error": (proc.stderr or "")[-2000:]}
    return json.loads(line[len("BUDGET "):])


def purge_figures(folder: Path) -> dict:
    """Destroy every due case (10 %) with progress; cases per second."""
    from desktop.services.progress import Progress

    reg = _unlock(folder)
    try:
        due = reg.retention.overdue_count()
        steps: list[float] = []

        class Timed(Progress):
            def report(self, done: int, total: int, label: str) -> None:
                steps.append(time.perf_counter())

        t = time.perf_counter()
        result = reg.retention.purge(progress=Timed())
        seconds = time.perf_counter() - t
    finally:
        reg.close()
    n = len(result.purged)
    gaps = [b - a for a, b in zip(steps, steps[1:], strict=False)]
    return {"purge_cases": n, "purge_due": due, "purge_s": round(seconds, 2),
            "purge_cases_per_s": round(n / seconds, 1) if seconds else None,
            "purge_ms_per_1000_cases": round(seconds * 1000 / max(n, 1) * 1000, 1),
            "purge_longest_step_s": round(max(gaps), 3) if gaps else None}


def import_figures(workdir: Path, rows: int) -> dict:
    """Rows per second through the importer, and the raw baselines on the same rows."""
    from desktop.services.imports.importer import import_csv

    path = workdir / "register.csv"
    write_register_csv(path, rows)
    reg = open_register(workdir / "import", secrets.token_bytes(32), create=True)
    try:
        t = time.perf_counter()
        import_csv(reg, path)
        seconds = time.perf_counter() - t
        with reg.read() as conn:
            tables = {name: [tuple(r) for r in conn.execute(f"SELECT * FROM {name}")]
                      for name in ("case_file", "person", "address", "organisation")}
            fts = [tuple(r) for r in conn.execute("SELECT rowid, body FROM case_fts")]
    finally:
        reg.close()
    raw, raw_fts = _raw_inserts(workdir, tables, fts)
    return {"import_rows_per_s": round(rows / seconds, 1), "import_rows": rows,
            "baseline_import_raw_executemany_rows_per_s": round(rows / raw, 1),
            "baseline_import_raw_insert_fts_rows_per_s": round(rows / raw_fts, 1),
            "import_vs_raw_insert_fts": round(seconds / raw_fts, 2)}


def _raw_inserts(workdir: Path, tables: dict, fts: list) -> tuple[float, float]:
    """Bare ``executemany`` of the same rows into a fresh vault (no FTS), then with FTS."""
    from desktop.store import migrations
    from desktop.store.connection import open_db
    from desktop.store.tx import transaction

    times = []
    for with_fts in (False, True):
        path = workdir / f"raw{int(with_fts)}.db"
        conn = open_db(path, secrets.token_bytes(32), create=True)
        migrations.migrate(conn, path)
        t = time.perf_counter()
        with transaction(conn):
            for name, rows in tables.items():
                if rows:
                    marks = ",".join("?" * len(rows[0]))
                    conn.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
            if with_fts:
                conn.executemany("INSERT INTO case_fts(rowid, body) VALUES (?, ?)", fts)
        times.append(time.perf_counter() - t)
        conn.close()
    return times[0], times[1]


def ratio_figures(workdir: Path, base_cases: int, rounds: int) -> dict:
    """Encrypted ÷ plain per workload with equal caches (same library, same pragmas)."""
    import sqlcipher3

    from benchmarks.measures import QUERIES, _clone
    from desktop.services.demo import make_case
    from desktop.store import cases as repo
    from desktop.store import migrations
    from desktop.store.cases import ListQuery
    from desktop.store.connection import CACHE_KIB, open_db
    from desktop.store.tx import transaction

    rng = random.Random(7)
    base = [make_case(rng, date.today()) for _ in range(base_cases)]
    parts: dict[str, list[float]] = {}
    for r in range(rounds):
        timings = {}
        for name in ("enc", "plain"):
            path = workdir / f"{name}{r}.db"
            if name == "enc":
                conn = open_db(path, secrets.token_bytes(32), create=True)
            else:
                conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
                conn.row_factory = sqlcipher3.Row
                for pragma in ("temp_store = MEMORY", "foreign_keys = ON", "secure_delete = ON",
                               "journal_mode = WAL", "synchronous = FULL", f"cache_size = -{CACHE_KIB}"):
                    conn.execute(f"PRAGMA {pragma}")
            migrations.migrate(conn, path)
            with transaction(conn):
                for case in base:
                    repo.save(conn, _clone(case))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            work = [make_case(random.Random(r), date.today()) for _ in range(400)]
            t = {}
            start = time.perf_counter()
            for case in work:
                case.id, case.number = None, ""
                with transaction(conn):
                    repo.save(conn, case)
            t["inserts"] = time.perf_counter() - start
            start = time.perf_counter()
            for case in work[::2]:
                case.observations += " (bijgewerkt)"
                with transaction(conn):
                    repo.save(conn, case)
            t["updates"] = time.perf_counter() - start
            start = time.perf_counter()
            for q in QUERIES * 3:
                repo.summaries(conn, ListQuery(text=q, limit=200))
            t["searches"] = time.perf_counter() - start
            start = time.perf_counter()
            for row in conn.execute("SELECT id FROM case_file ORDER BY random() LIMIT 300").fetchall():
                repo.load(conn, row[0])
            t["reads"] = time.perf_counter() - start
            t["total"] = sum(t.values())
            timings[name] = t
            conn.close()
        for key in timings["enc"]:
            parts.setdefault(key, []).append(timings["enc"][key] / timings["plain"][key])
    return {"encrypted_vs_plain_ratio": round(statistics.median(parts["total"]), 3),
            "encrypted_vs_plain_by_workload": {k: round(statistics.median(v), 3) for k, v in parts.items()}}


def flatten(gui: dict) -> dict:
    """The Done-when keys from the child's detailed figures."""
    def get(name: str, field: str) -> float | None:
        value = gui.get(name)
        return value.get(field) if isinstance(value, dict) else None

    out = {
        "gui_unlock_to_list_ms": get("gui_unlock_to_list", "wall_ms"),
        "gui_unlock_max_stall_ms": get("gui_unlock_to_list", "max_stall_ms"),
        "gui_open_case_p95_ms": get("gui_open_case", "p95_ms"),
        "gui_save_intake_ms": get("gui_save_intake", "max_ms"),
        "gui_link_suggest_after_save_ms": max(
            (v for v in (get("gui_link_suggest_after_save", "wall_ms"),
                         get("gui_link_suggest_after_second_save", "wall_ms")) if v is not None),
            default=None),
        "gui_links_tab_first_show_ms": get("gui_links_tab_first_show", "wall_ms"),
        "gui_search_keystroke_ms": get("gui_search_keystroke", "p95_ms"),
        "gui_scroll_form_page_p95_ms": get("gui_scroll_form_page", "p95_ms"),
        "retention_open_ms": get("retention_open", "wall_ms"),
        "retention_toggle_ms": get("retention_toggle", "max_ms"),
        "peak_rss_mb": gui.get("peak_rss_mb_after_scroll_and_50_cases"),
    }
    out["baselines"] = {
        "gui_unlock_to_list_ms": get("baseline_empty_window_paint", "wall_ms"),
        "gui_open_case_p95_ms": get("baseline_empty_window_paint", "wall_ms"),
        "gui_search_keystroke_ms": gui.get("baseline_raw_fts_query_p95_ms"),
    }
    return out


def goals(figures: dict) -> dict:
    result = {}
    for key, (op, target) in GOALS.items():
        value = figures.get(key)
        met = None if value is None else (value <= target if op == "<=" else value >= target)
        result[key] = {"value": value, "goal": f"{op} {target}", "met": met}
    return result
