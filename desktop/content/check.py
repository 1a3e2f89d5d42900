"""``check_content_dir``: validate a content folder for ``schakel forms check DIR``.

A content folder has one subfolder per content type (checklists/, routes/, ...).
Each content type registers itself here with one line:

* ``VALIDATORS``: ``(subfolder, validate_file)``; ``validate_file(path)`` checks one
  YAML file on its own and returns its problems.
* ``FOLDER_VALIDATORS`` (optional): ``(subfolder, validate_folder)``;
  ``validate_folder(folder)`` returns problems *between* files (clashing ids, ...),
  never the per-file problems again.

E.g. routes: ``VALIDATORS.append(("routes", validate_route_file))`` or add the tuple below.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.content.catalog import CHECKLISTS_SUBDIR, ChecklistCatalog, yaml_files
from desktop.content.checklist_file import ParsedChecklist, parse_checklist_file, validate_checklist_file
from desktop.content.departments import DEPARTMENTS_SUBDIR, validate_department_file
from desktop.content.phenomena import PHENOMENA_SUBDIR, validate_phenomena_file
from desktop.content.problems import ContentProblem
from desktop.content.profile_catalog import check_profile_folder, validate_profile_file
from desktop.content.route_catalog import check_route_folder, validate_route_file
from desktop.resources import forms_dir

FileValidator = Callable[[Path], list[ContentProblem]]
FolderValidator = Callable[[Path], list[ContentProblem]]


def check_checklist_folder(folder: Path) -> list[ContentProblem]:
    """Clashes between checklist files of ``folder`` and with the bundled lists.

    The bundled lists are loaded first (unless ``folder`` is the bundled folder), as the
    app does, so a municipality file that would be skipped at start-up is reported.
    """
    catalog = ChecklistCatalog()
    for path in _bundled_context(folder):
        parsed = parse_checklist_file(path)
        if parsed.checklist is not None:
            catalog.add(parsed)
    problems: list[ContentProblem] = []
    added = []
    for path in yaml_files(folder):
        parsed = parse_checklist_file(path)
        if parsed.checklist is not None:
            problems.extend(catalog.add(parsed))
            added.append(parsed)
    return problems + [p for parsed in added for p in _see_also_problems(parsed, catalog)]


def _see_also_problems(parsed: ParsedChecklist, catalog: ChecklistCatalog) -> list[ContentProblem]:
    """A "zie ook" link must name an item of some list (bundled or the municipality's)."""
    problems: list[ContentProblem] = []
    if parsed.checklist is None:
        return problems
    for i, item in enumerate(parsed.checklist.items):
        for j, other in enumerate(item.see_also):
            if catalog.find_item(other) is None:
                line = parsed.lines.line_of(("items", i, "zie_ook", j))
                problems.append(ContentProblem(parsed.file, line, f"items[{i}].zie_ook[{j}]",
                                               f"onbekend signaal '{other}' (staat in geen lijst)"))
            elif other == item.id:
                problems.append(ContentProblem(parsed.file, parsed.lines.line_of(("items", i)),
                                               f"items[{i}].zie_ook[{j}]", "verwijst naar zichzelf"))
    return problems


def _bundled_context(folder: Path) -> list[Path]:
    try:
        bundled = forms_dir() / CHECKLISTS_SUBDIR
    except FileNotFoundError:  # pragma: no cover - broken installation
        return []
    if bundled.resolve() == folder.resolve():
        return []
    return yaml_files(bundled)


VALIDATORS: list[tuple[str, FileValidator]] = [
    (CHECKLISTS_SUBDIR, validate_checklist_file),
    ("routes", validate_route_file),
    ("exports", validate_profile_file),  # export profiles (also: schakel forms check --exports)
    (DEPARTMENTS_SUBDIR, validate_department_file),  # the municipal department list
    (PHENOMENA_SUBDIR, validate_phenomena_file),  # adjacent phenomena (CCV lens)
]
FOLDER_VALIDATORS: list[tuple[str, FolderValidator]] = [
    ("routes", check_route_folder),
    (CHECKLISTS_SUBDIR, check_checklist_folder),
    ("exports", check_profile_folder),
]


def _sort_key(problem: ContentProblem) -> tuple[Any, ...]:
    return (str(problem.file), problem.line or 0, problem.field, problem.message)


def check_content_dir(path: Path) -> list[ContentProblem]:
    """All problems in a content folder, sorted by file and line; [] means all is well."""
    if not path.is_dir():
        return [ContentProblem(path, None, "", "map bestaat niet")]
    subfolders = list(dict.fromkeys(name for name, _ in VALIDATORS + FOLDER_VALIDATORS))
    if not any((path / name).is_dir() for name in subfolders):
        names = ", ".join(f"{name}/" for name in subfolders)
        return [
            ContentProblem(path, None, "", f"geen inhoud gevonden: verwacht de submap(pen) {names}")
        ]
    problems: list[ContentProblem] = []
    for name, validate_file in VALIDATORS:
        for file in yaml_files(path / name):
            problems.extend(validate_file(file))
    for name, validate_folder in FOLDER_VALIDATORS:
        if (path / name).is_dir():
            problems.extend(validate_folder(path / name))
    return sorted(problems, key=_sort_key)
