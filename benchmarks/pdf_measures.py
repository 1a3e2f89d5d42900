"""PDF figures: one typical case through the riec profile, a 50-case agenda."""

from __future__ import annotations

import statistics
from pathlib import Path


def measure(workdir: Path, quick: bool) -> dict:
    try:
        from desktop.services.export import service as exports  # noqa: F401
    except ImportError:
        return {"pdf_case_s": None, "pdf_agenda_50_s": None}
    from benchmarks.pdf_run import agenda_50_seconds, case_seconds

    rounds = 3 if quick else 7
    return {
        "pdf_case_s": round(statistics.median(case_seconds(workdir, rounds)), 3),
        "pdf_agenda_50_s": round(statistics.median(agenda_50_seconds(workdir, max(2, rounds // 2))), 3),
    }
