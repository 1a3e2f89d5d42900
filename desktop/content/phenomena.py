"""The adjacent-phenomena pick-list (forms/verwante_fenomenen/verwante_fenomenen.yaml). No Qt.

The CCV lens' second purpose (seed 001): link a signal to adjacent phenomena
(ondermijning, pgb-fraude, vakantieparken, jeugdgroepen, woonoverlast, ...). Cases store
the codes; monitoring counts them. ``load_phenomena(content_dir)`` prefers a valid list in
the municipality's content folder, else the bundled one, and never raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from desktop.content.errors_nl import problems_from_validation_error
from desktop.content.problems import ContentProblem
from desktop.content.yamlload import ContentFileError, load_with_lines
from desktop.resources import forms_dir

PHENOMENA_SUBDIR = "verwante_fenomenen"
PHENOMENA_FILE = "verwante_fenomenen.yaml"
CODE_PATTERN = r"^[a-z][a-z0-9_]*$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Phenomenon(_Model):
    code: Annotated[str, Field(strict=True, pattern=CODE_PATTERN)]
    label: Annotated[str, Field(strict=True, min_length=1)]


class PhenomenaFile(_Model):
    version: Annotated[int, Field(strict=True, gt=0)]
    phenomena: Annotated[list[Phenomenon], Field(min_length=1)]


@dataclass(frozen=True)
class PhenomenaList:
    phenomena: tuple[Phenomenon, ...]
    problems: tuple[ContentProblem, ...] = ()

    def choices(self) -> list[tuple[str, str]]:
        return [(p.code, p.label) for p in self.phenomena]

    def label_of(self, code: str) -> str:
        return next((p.label for p in self.phenomena if p.code == code), code)


def parse_phenomena_file(path: Path) -> tuple[PhenomenaList | None, list[ContentProblem]]:
    try:
        data, lines = load_with_lines(path)
    except ContentFileError as exc:
        return None, [exc.problem]
    try:
        parsed = PhenomenaFile.model_validate(data)
    except ValidationError as exc:
        return None, problems_from_validation_error(exc, path, lines, {CODE_PATTERN: "kleine letters, cijfers en _"})
    codes = [p.code for p in parsed.phenomena]
    problems = [ContentProblem(path, lines.line_of(("phenomena", i)), f"phenomena[{i}].code",
                               f"dubbele code '{code}'")
                for i, code in enumerate(codes) if code in codes[:i]]
    return (None if problems else PhenomenaList(tuple(parsed.phenomena))), problems


def validate_phenomena_file(path: Path) -> list[ContentProblem]:
    """Per-file validator for ``schakel forms check`` (verwante_fenomenen/ folder)."""
    return parse_phenomena_file(path)[1]


def load_phenomena(content_dir: Path | None = None) -> PhenomenaList:
    problems: list[ContentProblem] = []
    if content_dir is not None:
        own = Path(content_dir) / PHENOMENA_SUBDIR / PHENOMENA_FILE
        if own.is_file():
            found, problems = parse_phenomena_file(own)
            if found is not None:
                return found
    bundled, more = parse_phenomena_file(forms_dir() / PHENOMENA_SUBDIR / PHENOMENA_FILE)
    phenomena = bundled.phenomena if bundled is not None else ()
    return PhenomenaList(phenomena, tuple(problems + more))
