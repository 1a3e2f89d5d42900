"""Writing an export file: a name without personal data, never a silent overwrite, atomic.

``write_new(path, data)`` reserves the final name exclusively (O_EXCL), writes the
bytes to a temporary file in the SAME folder, flushes them to disk and moves the
temporary file over the reservation with ``os.replace``. Nothing is written anywhere
else; the bytes given are already final (encrypted when a password was chosen).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from datetime import date
from pathlib import Path

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
    """Write ``data`` under ``path`` or the first free ``-2``, ``-3`` name; returns the name."""
    for candidate in candidates(path):
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        try:
            _replace_with(candidate, data)
        except BaseException:
            with contextlib.suppress(OSError):
                candidate.unlink()
            raise
        return candidate
    raise FileExistsError(f"no free file name for {path.name}")


def _replace_with(target: Path, data: bytes) -> None:
    temp = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
