"""Load export profiles: one file -> ExportProfile plus Dutch problems; folders -> catalog.

Every version of a profile is kept (the export log names id and version). A file with
problems is skipped and reported; on a clash (same id and version) the file loaded
first wins, so the bundled ``exports/`` folder is passed first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from desktop.content.catalog import yaml_files
from desktop.content.errors_nl import problems_from_validation_error
from desktop.content.problems import ContentProblem
from desktop.content.profile_checks import check_profile_data
from desktop.content.profile_terms import check_terms_dir
from desktop.content.profiles import PATTERN_HINTS_NL, ExportProfile
from desktop.content.yamlload import ContentFileError, LineMap, load_with_lines
from desktop.resources import exports_dir


def sort_problems(problems: list[ContentProblem]) -> list[ContentProblem]:
    return sorted(problems, key=lambda p: (str(p.file), p.line or 0, p.field, p.message))


@dataclass
class ParsedProfile:
    file: Path
    profile: ExportProfile | None  # None when the file has problems (it is then skipped)
    problems: list[ContentProblem] = field(default_factory=list)
    lines: LineMap = field(default_factory=LineMap)


def parse_profile_file(path: Path) -> ParsedProfile:
    """Load and check one profile file; any problem means ``profile`` is None."""
    try:
        data, lines = load_with_lines(path)
    except ContentFileError as exc:
        return ParsedProfile(path, None, [exc.problem])
    problems = check_profile_data(path, data, lines)
    profile = None
    try:
        profile = ExportProfile.model_validate(data)
    except ValidationError as exc:
        problems = problems_from_validation_error(exc, path, lines, PATTERN_HINTS_NL) + problems
    return ParsedProfile(path, None if problems else profile, sort_problems(problems), lines)


def validate_profile_file(path: Path) -> list[ContentProblem]:
    """Per-file validator for ``schakel forms check`` (exports)."""
    return parse_profile_file(path).problems


class ProfileCatalog:
    """All loaded export profiles, every version, keyed by (id, version)."""

    def __init__(self) -> None:
        self._profiles: dict[tuple[str, int], ExportProfile] = {}
        self._files: dict[tuple[str, int], Path] = {}

    def add(self, parsed: ParsedProfile) -> list[ContentProblem]:
        profile = parsed.profile
        if profile is None:
            return []
        key = (profile.id, profile.version)
        if key in self._profiles:
            message = (f"profiel '{profile.id}' versie {profile.version} bestaat al in "
                       f"{self._files[key]}; dit bestand wordt overgeslagen")
            return [ContentProblem(parsed.file, parsed.lines.line_of(("version",)), "version",
                                   message)]
        self._profiles[key] = profile
        self._files[key] = parsed.file
        return []

    def get(self, profile_id: str, version: int | None = None) -> ExportProfile:
        """A profile in the given version (default: the newest). KeyError when unknown."""
        if version is None:
            versions = self.versions(profile_id)
            if not versions:
                raise KeyError(profile_id)
            version = versions[-1]
        return self._profiles[(profile_id, version)]

    def versions(self, profile_id: str) -> list[int]:
        return sorted(v for (pid, v) in self._profiles if pid == profile_id)

    def has(self, profile_id: str) -> bool:
        return bool(self.versions(profile_id))

    def ids(self) -> list[str]:
        return sorted({pid for (pid, _) in self._profiles})

    def latest_all(self) -> list[ExportProfile]:
        """The newest version of every profile, sorted by title."""
        return sorted((self.get(pid) for pid in self.ids()), key=lambda p: p.title.casefold())

    def file_of(self, profile_id: str, version: int) -> Path:
        return self._files[(profile_id, version)]

    def __len__(self) -> int:
        return len(self._profiles)


def load_profiles(dirs: Iterable[Path]) -> tuple[ProfileCatalog, list[ContentProblem]]:
    """Load all profile files of ``dirs`` in order; files with problems are skipped."""
    catalog = ProfileCatalog()
    problems: list[ContentProblem] = []
    for folder in dirs:
        for path in yaml_files(folder):
            parsed = parse_profile_file(path)
            problems.extend(parsed.problems)
            problems.extend(catalog.add(parsed))
    return catalog, problems


def load_default_profiles(extra_dir: Path | None = None
                          ) -> tuple[ProfileCatalog, list[ContentProblem]]:
    """Bundled profiles (``exports/``) plus ``<inhoud_map>/exports`` of the municipality."""
    folders = [exports_dir()]
    problems: list[ContentProblem] = []
    if extra_dir is not None:
        if extra_dir.is_dir():
            folders.append(extra_dir)
        else:
            problems.append(ContentProblem(extra_dir, None, "",
                                           "map met exportprofielen van de gemeente bestaat niet"))
    catalog, load_problems = load_profiles(folders)
    return catalog, problems + load_problems


def check_profile_folder(folder: Path) -> list[ContentProblem]:
    """Clashes between the profiles of ``folder`` and with the bundled ones (not per-file)."""
    catalog = ProfileCatalog()
    bundled = exports_dir()
    if bundled.resolve() != folder.resolve():
        for path in yaml_files(bundled):
            catalog.add(parse_profile_file(path))
    problems: list[ContentProblem] = []
    for path in yaml_files(folder):
        problems.extend(catalog.add(parse_profile_file(path)))
    return problems


def check_profile_dir(folder: Path) -> list[ContentProblem]:
    """Everything wrong in a folder of profile files (per file and between files)."""
    if not folder.is_dir():
        return [ContentProblem(folder, None, "", "map bestaat niet")]
    files = yaml_files(folder)
    if not files:
        return [ContentProblem(folder, None, "", "geen exportprofielen (*.yaml) gevonden")]
    problems = [p for path in files for p in validate_profile_file(path)]
    problems += check_terms_dir(folder)
    return sort_problems(problems + check_profile_folder(folder))
