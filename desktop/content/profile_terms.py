"""The special-category term list (``exports/lijsten/bijzondere-gegevens.yaml``) as content.

The minimisation guard looks for these words in every free-text value an export would
print. The list is versioned and validated like the profiles (``schakel forms check``):
categories must be known special categories, terms at least 3 characters. A folder of
municipal profiles may carry its own ``lijsten/bijzondere-gegevens.yaml``; its terms are
added to the bundled ones (never removed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from desktop.content.errors_nl import problems_from_validation_error
from desktop.content.problems import ContentProblem
from desktop.content.yamlload import ContentFileError, load_with_lines
from desktop.domain.fold import fold
from desktop.domain.model import SpecialCategory

TERMS_FOLDER = "lijsten"
TERMS_FILE = "bijzondere-gegevens.yaml"
MIN_TERM = 3

Term = Annotated[str, Field(strict=True, min_length=MIN_TERM)]


class _TermFile(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    id: Annotated[str, Field(strict=True, min_length=1)]
    version: Annotated[int, Field(strict=True, gt=0)]
    categories: dict[SpecialCategory, list[Term]]


@dataclass(frozen=True)
class SpecialTerms:
    """Folded terms per category; ``version`` is printed in the export log reference."""

    version: int = 0
    terms: dict[SpecialCategory, tuple[str, ...]] = field(default_factory=dict)

    def items(self) -> list[tuple[SpecialCategory, str]]:
        return [(cat, term) for cat, terms in self.terms.items() for term in terms]

    def merged(self, other: SpecialTerms) -> SpecialTerms:
        out = {cat: tuple(terms) for cat, terms in self.terms.items()}
        for cat, terms in other.terms.items():
            out[cat] = tuple(dict.fromkeys(out.get(cat, ()) + terms))
        return SpecialTerms(max(self.version, other.version), out)


def terms_path(exports_folder: Path) -> Path:
    return Path(exports_folder) / TERMS_FOLDER / TERMS_FILE


def parse_terms(path: Path) -> tuple[SpecialTerms | None, list[ContentProblem]]:
    """The list in ``path`` (None with Dutch problems when it is broken)."""
    try:
        data, lines = load_with_lines(path)
    except ContentFileError as exc:
        return None, [exc.problem]
    try:
        parsed = _TermFile.model_validate(data)
    except ValidationError as exc:
        return None, problems_from_validation_error(exc, path, lines, {})
    terms = {cat: tuple(dict.fromkeys(fold(t) for t in items)) for cat, items in
             parsed.categories.items()}
    return SpecialTerms(parsed.version, terms), []


def check_terms_dir(exports_folder: Path) -> list[ContentProblem]:
    """Problems of the folder's term list (none when the folder has no list)."""
    path = terms_path(exports_folder)
    if not path.is_file():
        return []
    return parse_terms(path)[1]


def load_terms(folders: list[Path]) -> SpecialTerms:
    """The bundled list plus the lists of the given folders; broken files are skipped."""
    out = SpecialTerms()
    for folder in folders:
        path = terms_path(folder)
        if path.is_file():
            parsed, _problems = parse_terms(path)
            if parsed is not None:
                out = out.merged(parsed)
    return out
