"""GUI figures in child processes: process start → unlocked main window with the first page
of the case list (offscreen, keyring unlock), and resident memory after scrolling the whole
list from top to bottom."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.data import fill

ROOT = Path(__file__).resolve().parent.parent


def _vault(workdir: Path, cases: int) -> tuple[Path, Path]:
    import keyring

    from benchmarks.memkeyring import install
    from desktop.policy import Policy
    from desktop.services.session import VaultService

    folder, ring = workdir / f"gui{cases}", workdir / f"ring{cases}.json"
    install(keyring, str(ring))
    reg, _ = VaultService(folder, Policy()).create("benchmark wachtwoordzin schakel", True)
    fill(reg, cases)
    reg.close()
    return folder, ring


def _child(folder: Path, ring: Path, *extra: str) -> tuple[float, list[str]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.gui_child", str(folder), str(ring),
                             *extra], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    lines = []
    ready_at = None
    for line in proc.stdout:
        if line.startswith("READY") and ready_at is None:
            ready_at = time.perf_counter() - t
        lines.append(line.strip())
    proc.wait(timeout=600)
    if ready_at is None:
        raise RuntimeError("GUI child did not get ready")
    return ready_at, lines


def measure(folder_unused: Path, key_unused: bytes, cases: int, quick: bool) -> dict:
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="schakel-gui-"))
    start_cases = min(cases, 10_000)
    folder, ring = _vault(work, start_cases)
    runs = [_child(folder, ring)[0] for _ in range(3 if quick else 5)]
    out = {"startup_to_window_s": round(statistics.median(runs), 3),
           "startup_cases": start_cases}
    if cases > start_cases:
        folder, ring = _vault(work, cases)
    _, lines = _child(folder, ring, "rss")
    rss = next((float(x.split()[1]) for x in lines if x.startswith("RSS")), None)
    rows = next((int(x.split()[1]) for x in lines if x.startswith("ROWS")), None)
    out.update({"rss_mb_100k" if cases >= 100_000 else f"rss_mb_{cases}": rss,
                "rss_rows_loaded": rows})
    return out
