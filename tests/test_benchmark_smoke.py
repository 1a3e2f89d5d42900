"""A 1k-case smoke run of the benchmark harness, so it cannot rot (figures not asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["startup_to_window_s", "unlock_passphrase_s", "unlock_keyring_s", "search_p95_ms",
        "gui_unlock_to_list_ms", "gui_open_case_p95_ms", "gui_save_intake_ms", "gui_link_suggest_after_save_ms",
        "gui_search_keystroke_ms", "retention_open_ms", "retention_toggle_ms", "purge_cases_per_s",
        "peak_rss_mb",
        "link_suggest_p95_ms", "pdf_case_s", "pdf_agenda_50_s", "import_rows_per_s",
        "encrypted_vs_plain_ratio"]


@pytest.mark.slow
def test_benchmark_harness_runs_at_1k(tmp_path):
    out = tmp_path / "bench.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "benchmarks", "--cases", "1000", "--out", str(out)],
                   check=True, cwd=ROOT, env=env, capture_output=True, timeout=600)
    figures = json.loads(out.read_text(encoding="utf-8"))
    for key in KEYS:
        assert isinstance(figures[key], (int, float)) and figures[key] > 0, key
    assert figures["baselines"]["gui_search_keystroke_ms"] > 0
    assert figures["baselines"]["import_rows_per_s"] > 0
    assert figures["purge_cases"] == figures["purge_due"] > 0
    assert "error" not in figures["gui_detail"]
    assert figures["cases"] == 1000 and figures["machine"]["cpu_count"]
