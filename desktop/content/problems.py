"""A problem found in a content file, reported with file, line and field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ContentProblem:
    file: Path
    line: int | None  # 1-based; None when unknown
    field: str  # dotted path, e.g. "items[3].id"; "" for the whole file
    message: str  # Dutch, for the functional administrator

    def __str__(self) -> str:
        where = f"{self.file}"
        if self.line:
            where += f":{self.line}"
        if self.field:
            where += f" [{self.field}]"
        return f"{where}: {self.message}"
