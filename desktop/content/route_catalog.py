"""Load route files: one file -> Route plus Dutch problems; folders -> RouteCatalog.

Every version of a route is kept, because a case keeps the route id and version it
was started with. A file with errors is skipped; warnings (e.g. an unreachable step)
are reported but the route is loaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from desktop.content.catalog import yaml_files
from desktop.content.errors_nl import problems_from_validation_error
from desktop.content.problems import ContentProblem
from desktop.content.route_checks import check_route_data
from desktop.content.routes import PATTERN_HINTS_NL, Route
from desktop.content.yamlload import ContentFileError, LineMap, load_with_lines
from desktop.resources import forms_dir

ROUTES_SUBDIR = "routes"


@dataclass
class ParsedRoute:
    file: Path
    route: Route | None  # None when the file has errors (it is then skipped)
    problems: list[ContentProblem] = field(default_factory=list)  # errors and warnings
    lines: LineMap = field(default_factory=LineMap)


def parse_route_file(path: Path) -> ParsedRoute:
    """Load and check one route file; any error (not a warning) means ``route`` is None."""
    try:
        data, lines = load_with_lines(path)
    except ContentFileError as exc:
        return ParsedRoute(path, None, [exc.problem])
    errors, warnings = check_route_data(path, data, lines)
    route = None
    try:
        route = Route.model_validate(data)
    except ValidationError as exc:
        errors = problems_from_validation_error(exc, path, lines, PATTERN_HINTS_NL) + errors
    return ParsedRoute(path, None if errors else route, errors + warnings, lines)


def validate_route_file(path: Path) -> list[ContentProblem]:
    """Per-file validator for ``schakel forms check`` (routes/ folder)."""
    return parse_route_file(path).problems


class RouteCatalog:
    """All loaded routes, every version, keyed by (route id, version)."""

    def __init__(self) -> None:
        self._routes: dict[tuple[str, int], Route] = {}
        self._files: dict[tuple[str, int], Path] = {}

    def add(self, parsed: ParsedRoute) -> list[ContentProblem]:
        """Add a parsed route; on a clash the version loaded first wins (later file reported)."""
        route = parsed.route
        if route is None:
            return []
        key = (route.id, route.version)
        if key in self._routes:
            message = (
                f"route '{route.id}' versie {route.version} bestaat al in "
                f"{self._files[key]}; dit bestand wordt overgeslagen"
            )
            return [
                ContentProblem(parsed.file, parsed.lines.line_of(("version",)), "version", message)
            ]
        self._routes[key] = route
        self._files[key] = parsed.file
        return []

    def get(self, route_id: str, version: int | None = None) -> Route:
        """A route in the given version (default: the newest). KeyError when unknown."""
        if version is None:
            return self.latest(route_id)
        return self._routes[(route_id, version)]

    def latest(self, route_id: str) -> Route:
        versions = self.versions(route_id)
        if not versions:
            raise KeyError(route_id)
        return self._routes[(route_id, versions[-1])]

    def versions(self, route_id: str) -> list[int]:
        return sorted(v for (rid, v) in self._routes if rid == route_id)

    def has(self, route_id: str, version: int | None = None) -> bool:
        if version is None:
            return bool(self.versions(route_id))
        return (route_id, version) in self._routes

    def ids(self) -> list[str]:
        return sorted({rid for (rid, _) in self._routes})

    def file_of(self, route_id: str, version: int) -> Path:
        return self._files[(route_id, version)]

    def __len__(self) -> int:
        return len(self._routes)


def load_routes(dirs: Iterable[Path]) -> tuple[RouteCatalog, list[ContentProblem]]:
    """Load all route files of ``dirs`` in order; files with errors are skipped.

    On a clash (same id and version) the file loaded first wins: pass the bundled folder first.
    """
    catalog = RouteCatalog()
    problems: list[ContentProblem] = []
    for folder in dirs:
        for path in yaml_files(folder):
            parsed = parse_route_file(path)
            problems.extend(parsed.problems)
            problems.extend(catalog.add(parsed))
    return catalog, problems


def load_default_routes(extra_dir: Path | None = None) -> tuple[RouteCatalog, list[ContentProblem]]:
    """Bundled routes (forms/routes) plus the municipality's content dir (its routes/)."""
    folders = [forms_dir() / ROUTES_SUBDIR]
    problems: list[ContentProblem] = []
    if extra_dir is not None:
        if extra_dir.is_dir():
            folders.append(extra_dir / ROUTES_SUBDIR)
        else:
            problems.append(
                ContentProblem(extra_dir, None, "", "inhoudsmap van de gemeente bestaat niet")
            )
    catalog, load_problems = load_routes(folders)
    return catalog, problems + load_problems


def check_route_folder(folder: Path) -> list[ContentProblem]:
    """Clashes between the route files of ``folder`` and with the bundled routes.

    The bundled routes are loaded first (unless ``folder`` is the bundled folder), as the
    app does, so a municipality file that would be skipped at start-up is reported.
    """
    bundled = forms_dir() / ROUTES_SUBDIR
    catalog = RouteCatalog()
    if bundled.resolve() != folder.resolve():
        for path in yaml_files(bundled):
            catalog.add(parse_route_file(path))
    problems: list[ContentProblem] = []
    for path in yaml_files(folder):
        problems.extend(catalog.add(parse_route_file(path)))
    return problems
