"""The municipal department list (forms/afdelingen/afdelingen.yaml): codes, labels, spellings.

``load_departments(content_dir)`` returns a ``DepartmentList``: the municipality's own
``afdelingen/afdelingen.yaml`` in its content folder when that file is valid (it replaces
the bundled list completely), else the bundled list; problems of a skipped file are kept
in ``.problems``. It never raises. ``DepartmentList.code_for(text)`` maps what an officer
typed ("balie burgerzaken") to a department code; statistics only ever store that code.
No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from desktop.content.errors_nl import problems_from_validation_error
from desktop.content.problems import ContentProblem
from desktop.content.yamlload import ContentFileError, LineMap, load_with_lines
from desktop.domain.fold import fold_tokens
from desktop.resources import forms_dir

DEPARTMENTS_SUBDIR = "afdelingen"
DEPARTMENTS_FILE = "afdelingen.yaml"
OTHER_CODE = "overig"
CODE_PATTERN = r"^[a-z][a-z0-9_]*$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Department(_Model):
    code: Annotated[str, Field(strict=True, pattern=CODE_PATTERN)]
    label: Annotated[str, Field(strict=True, min_length=1)]
    ook: list[Annotated[str, Field(strict=True, min_length=1)]] = []


class DepartmentFile(_Model):
    version: Annotated[int, Field(strict=True, gt=0)]
    departments: Annotated[list[Department], Field(min_length=1)]


def _key(text: str) -> str:
    return " ".join(fold_tokens(text))


@dataclass(frozen=True)
class DepartmentList:
    """The departments in file order, plus problems of a municipality file that was skipped."""

    departments: tuple[Department, ...]
    version: int = 1
    source: Path | None = None
    problems: tuple[ContentProblem, ...] = field(default=())

    def choices(self) -> list[tuple[str, str]]:
        """(code, label) in file order: the items of an "Afdeling melder" combobox."""
        return [(d.code, d.label) for d in self.departments]

    def codes(self) -> list[str]:
        return [d.code for d in self.departments]

    def label_of(self, code: str) -> str:
        """Dutch label of ``code``; an unknown code is shown as it is."""
        return next((d.label for d in self.departments if d.code == code), code)

    def code_for(self, text: str) -> str:
        """The department code for free text: "" when empty, ``overig`` when not recognised.

        Matches a code, label or spelling exactly (case and accents ignored), else the
        longest spelling found as whole words inside the text ("Balie burgerzaken Hoorn")."""
        key = _key(text)
        if not key:
            return ""
        exact = self._spellings()
        if key in exact:
            return exact[key]
        padded = f" {key} "
        found = [(len(s), code) for s, code in exact.items() if s and f" {s} " in padded]
        if found:
            return max(found)[1]
        return OTHER_CODE if OTHER_CODE in self.codes() else ""

    def _spellings(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for d in self.departments:
            for spelling in (d.code.replace("_", " "), d.label, *d.ook):
                out.setdefault(_key(spelling), d.code)
        return out


def _duplicates(data: DepartmentFile, path: Path, lines: LineMap) -> list[ContentProblem]:
    problems: list[ContentProblem] = []
    seen: set[str] = set()
    spellings: dict[str, str] = {}
    for i, d in enumerate(data.departments):
        line = lines.line_of(("departments", i))
        if d.code in seen:
            problems.append(ContentProblem(path, line, f"departments[{i}].code", f"dubbele code '{d.code}'"))
        seen.add(d.code)
        for spelling in (d.label, *d.ook):
            other = spellings.setdefault(_key(spelling), d.code)
            if other != d.code:
                problems.append(ContentProblem(path, line, f"departments[{i}]",
                                               f"schrijfwijze '{spelling}' hoort ook bij '{other}'"))
    return problems


def parse_department_file(path: Path) -> tuple[DepartmentList | None, list[ContentProblem]]:
    """One file -> (list, problems); the list is None when the file has errors."""
    try:
        data, lines = load_with_lines(path)
    except ContentFileError as exc:
        return None, [exc.problem]
    try:
        parsed = DepartmentFile.model_validate(data)
    except ValidationError as exc:
        return None, problems_from_validation_error(exc, path, lines, {CODE_PATTERN: "kleine letters, cijfers en _"})
    problems = _duplicates(parsed, path, lines)
    if problems:
        return None, problems
    return DepartmentList(tuple(parsed.departments), parsed.version, path), []


def validate_department_file(path: Path) -> list[ContentProblem]:
    """Per-file validator for ``schakel forms check`` (afdelingen/ folder)."""
    return parse_department_file(path)[1]


def bundled_department_file() -> Path:
    return forms_dir() / DEPARTMENTS_SUBDIR / DEPARTMENTS_FILE


def load_departments(content_dir: Path | None = None) -> DepartmentList:
    """The municipality's department list if valid, else the bundled one. Never raises."""
    problems: list[ContentProblem] = []
    if content_dir is not None:
        own = Path(content_dir) / DEPARTMENTS_SUBDIR / DEPARTMENTS_FILE
        if own.is_file():
            found, problems = parse_department_file(own)
            if found is not None:
                return found
    try:
        bundled, bundled_problems = parse_department_file(bundled_department_file())
    except FileNotFoundError:  # pragma: no cover - broken installation
        bundled, bundled_problems = None, []
    if bundled is None:
        fallback = (Department(code=OTHER_CODE, label="Andere afdeling"),)
        return DepartmentList(fallback, problems=tuple(problems + bundled_problems))
    return DepartmentList(bundled.departments, bundled.version, bundled.source, tuple(problems))
