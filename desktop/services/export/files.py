"""Writing an export file: a name without personal data, never a silent overwrite, atomic.

``write_new(path, data)`` writes through ``desktop.safe_files``: a 0600 temporary file
in the SAME folder, fsynced, linked into place under the first free name. Nothing is
written anywhere else; the bytes given are already final (encrypted when a password was
chosen). ``find_written`` and ``remove_stale_temps`` serve the recovery after a kill.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from datetime import date
from pathlib import Path

from desktop import safe_files
from desktop.content.profiles import Layout

_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")
MAX_SUFFIX = 999


def _safe(text: str) -> str:
    return _UNSAFE.sub("-", text).strip("-") or "x"


def export_file_name(profile_id: str, layout: Layout, case_numbers: list[str], day: date) -> str:
    """``schakel-2026-0042-riec-2026-11-23.pdf``; agenda ``schakel-agenda-2026-11-23.pdf``.

    Only case numbers, the profile id and the date: never a name or other case content.
    """
    stamp = day.isoformat()
    if layout == Layout.AGENDA:
        return f"schakel-agenda-{stamp}.pdf"
    if len(case_numbers) == 1:
        return f"schakel-{_safe(case_numbers[0])}-{_safe(profile_id)}-{stamp}.pdf"
    return f"schakel-{len(case_numbers)}-zaken-{_safe(profile_id)}-{stamp}.pdf"


def candidates(path: Path) -> list[Path]:
    """``x.pdf``, ``x-2.pdf``, ``x-3.pdf``, ..."""
    return [path] + [path.with_name(f"{path.stem}-{n}{path.suffix}")
                     for n in range(2, MAX_SUFFIX + 1)]


def write_new(path: Path, data: bytes) -> Path:
    """Write ``data`` under ``path`` or the first free ``-2``, ``-3`` name; returns the name.

    Through ``desktop.safe_files``: owner-only (0600), never through a symlink, a temp
    file beside the target that is fsynced and linked into place (never a torn file).
    """
    for candidate in candidates(path):
        try:
            safe_files.write_bytes(candidate, data)
        except safe_files.TargetExists:
            continue
        return candidate
    raise FileExistsError(f"no free file name for {path.name}")


def find_written(path: Path, sha256: str) -> Path | None:
    """The file an interrupted export wrote under ``path`` (or ``-2``, ...), by its hash."""
    for candidate in candidates(path):
        if not candidate.is_file():
            continue
        try:
            if hashlib.sha256(candidate.read_bytes()).hexdigest() == sha256:
                return candidate
        except OSError:
            continue
    return None


def remove_stale_temps(folder: Path) -> int:
    """Temp files a killed export left in ``folder`` (whole PDFs in hiding): removed."""
    removed = safe_files.remove_stale_temps(folder)
    with contextlib.suppress(OSError):
        for old in Path(folder).glob(".schakel-*.tmp"):  # the 0.1 naming
            with contextlib.suppress(OSError):
                old.unlink()
                removed += 1
    return removed
