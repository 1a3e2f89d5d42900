"""Which of the municipality's own content files were skipped, for a warning after unlock.

A broken file in the policy's ``inhoud_map`` (checklists/, routes/, exports/) never stops
Schakel: the loaders skip it and the shipped content keeps working. This module gathers
those skipped files from the three catalogs so the GUI (a banner after unlock) and the CLI
(a line on stderr) can say so. Bundled content is checked in CI and is not reported here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.content.problems import ContentProblem

if TYPE_CHECKING:
    from desktop.services.register import Register

MAX_LINES = 5


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(path).resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def skipped_content(register: Register) -> list[ContentProblem]:
    """Problems in the municipality's content folder (files that were skipped or warned)."""
    folder = register.policy.content_dir
    if folder is None:
        return []

    found: list[ContentProblem] = []
    for source in (lambda: register.content_problems, lambda: register.routes.problems,
                   lambda: register.exports.problems):
        try:
            found.extend(source())
        except Exception:  # noqa: BLE001 - a warning must never stop the unlock
            continue
    folder = Path(folder)
    # A missing optional subfolder (no own exports/) is normal; a missing inhoud_map is not.
    return [p for p in found if p.file == folder or (_inside(p.file, folder) and p.file.is_file())]


def warning_lines(problems: list[ContentProblem]) -> list[str]:
    """Dutch lines: how many files were skipped, then the first problems (file:line)."""
    if not problems:
        return []
    files = {p.file for p in problems}
    head = (f"{len(files)} inhoudsbestand(en) van de gemeente overgeslagen of met waarschuwing; "
            "de meegeleverde inhoud werkt gewoon. Laat de functioneel beheerder "
            "'schakel forms check' uitvoeren.")
    lines = [head] + [f"  {p.file.name}{f':{p.line}' if p.line else ''}"
                      f"{f' [{p.field}]' if p.field else ''}: {p.message}"
                      for p in problems[:MAX_LINES]]
    if len(problems) > MAX_LINES:
        lines.append(f"  … en nog {len(problems) - MAX_LINES}")
    return lines
