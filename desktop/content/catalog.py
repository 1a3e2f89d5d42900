"""The checklist catalog: every valid version of every list, from one or more folders.

The newest version of a list is used for new answers; all versions stay available
so a case answered with an older version shows exactly what was answered
(``catalog.get(list_id, version)``). Broken files are skipped and reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.content.checklist_file import ParsedChecklist, parse_checklist_file
from desktop.content.checklists import Checklist, ChecklistItem
from desktop.content.problems import ContentProblem
from desktop.content.yamlload import LineMap, dotted
from desktop.domain.model import Form
from desktop.resources import forms_dir

CHECKLISTS_SUBDIR = "checklists"


@dataclass(frozen=True)
class CatalogEntry:
    checklist: Checklist
    file: Path
    lines: LineMap


class ChecklistCatalog:
    def __init__(self) -> None:
        self._entries: dict[tuple[str, int], CatalogEntry] = {}
        self._item_owner: dict[str, CatalogEntry] = {}

    # --- queries -------------------------------------------------------------------------
    def get(self, list_id: str, version: int | None = None) -> Checklist:
        """A list in the given version (default: the newest). KeyError when unknown."""
        if version is None:
            version = self.latest_version(list_id)
        return self._entries[(list_id, version)].checklist

    def latest(self, list_id: str) -> Checklist:
        return self.get(list_id)

    def latest_version(self, list_id: str) -> int:
        versions = self.versions(list_id)
        if not versions:
            raise KeyError(list_id)
        return versions[-1]

    def versions(self, list_id: str) -> list[int]:
        return sorted(v for (lid, v) in self._entries if lid == list_id)

    def has(self, list_id: str, version: int | None = None) -> bool:
        if version is None:
            return bool(self.versions(list_id))
        return (list_id, version) in self._entries

    def list_ids(self) -> list[str]:
        """Ids of all lists, in display order (order, then id) of their newest version."""
        ids = {lid for (lid, _) in self._entries}
        return sorted(ids, key=lambda lid: (self.latest(lid).order, lid))

    def current_lists(
        self, forms: Iterable[Form] | None = None, minor: bool = False
    ) -> list[Checklist]:
        """Newest version of each list to offer for new answers in a case.

        ``forms``: the case's forms of exploitation; None, empty or only UNKNOWN offers all.
        Lists with ``applies_when: minor`` are offered only when ``minor`` is true.
        """
        wanted = {f.value for f in (forms or ()) if f is not Form.UNKNOWN}
        out = []
        for checklist in map(self.latest, self.list_ids()):
            if checklist.applies_when == "minor" and not minor:
                continue
            if wanted and not wanted.intersection(checklist.forms):
                continue
            out.append(checklist)
        return out

    def item(self, list_id: str, version: int, item_id: str) -> ChecklistItem | None:
        """The item as it was in that list version; None when it does not exist (there)."""
        entry = self._entries.get((list_id, version))
        if entry is None:
            return None
        try:
            return entry.checklist.item(item_id)
        except KeyError:
            return None

    def find_item(self, item_id: str) -> tuple[Checklist, ChecklistItem] | None:
        """Newest list version containing ``item_id`` (item ids are unique across lists)."""
        owner = self._item_owner.get(item_id)
        if owner is None:
            return None
        list_id = owner.checklist.id
        for version in reversed(self.versions(list_id)):
            found = self.item(list_id, version, item_id)
            if found is not None:
                return self.get(list_id, version), found
        return None  # pragma: no cover - owner always holds the item

    def file_of(self, list_id: str, version: int) -> Path:
        return self._entries[(list_id, version)].file

    def __iter__(self) -> Iterator[Checklist]:
        """All versions of all lists."""
        return (e.checklist for _, e in sorted(self._entries.items()))

    def __len__(self) -> int:
        return len(self._entries)

    # --- adding --------------------------------------------------------------------------
    def add(self, parsed: ParsedChecklist) -> list[ContentProblem]:
        """Add a valid parsed file unless it clashes with what is loaded; return the clashes."""
        checklist = parsed.checklist
        if checklist is None:
            raise ValueError("only valid checklists can be added")
        problems = self._clashes(parsed, checklist)
        if problems:
            return problems
        entry = CatalogEntry(checklist, parsed.file, parsed.lines)
        self._entries[(checklist.id, checklist.version)] = entry
        for item in checklist.items:
            self._item_owner.setdefault(item.id, entry)
        return []

    def _clashes(self, parsed: ParsedChecklist, checklist: Checklist) -> list[ContentProblem]:
        same = self._entries.get((checklist.id, checklist.version))
        if same is not None:
            message = (
                f"lijst '{checklist.id}' versie {checklist.version} staat ook in {same.file}; "
                "verhoog het versienummer. Dit bestand is overgeslagen"
            )
            return [_problem(parsed, ("version",), message)]
        problems = []
        for i, item in enumerate(checklist.items):
            owner = self._item_owner.get(item.id)
            if owner is None or owner.checklist.id == checklist.id:
                continue
            where = _item_line(owner, item.id)
            message = (
                f"item-id '{item.id}' wordt al gebruikt in lijst '{owner.checklist.id}' "
                f"({owner.file}, regel {where}). Dit bestand is overgeslagen"
            )
            problems.append(_problem(parsed, ("items", i, "id"), message))
        return problems


def _problem(parsed: ParsedChecklist, loc: tuple[Any, ...], message: str) -> ContentProblem:
    return ContentProblem(parsed.file, parsed.lines.line_of(loc), dotted(loc), message)


def _item_line(entry: CatalogEntry, item_id: str) -> int | None:
    for i, item in enumerate(entry.checklist.items):
        if item.id == item_id:
            return entry.lines.line_of(("items", i, "id"))
    return None  # pragma: no cover


def yaml_files(folder: Path) -> list[Path]:
    """The YAML files (*.yaml, *.yml) of a content folder, in load order (by file name)."""
    if not folder.is_dir():
        return []
    files = [*folder.glob("*.yaml"), *folder.glob("*.yml")]
    return sorted((f for f in files if f.is_file()), key=lambda f: f.name)


def load_catalog(folders: Iterable[Path]) -> tuple[ChecklistCatalog, list[ContentProblem]]:
    """Load all checklist files of ``folders`` in order; broken or clashing files are skipped.

    On a clash the file loaded first wins, so pass the bundled folder first.
    """
    catalog = ChecklistCatalog()
    problems: list[ContentProblem] = []
    for folder in folders:
        for path in yaml_files(folder):
            parsed = parse_checklist_file(path)
            problems.extend(parsed.problems)
            if parsed.checklist is not None:
                problems.extend(catalog.add(parsed))
    return catalog, problems


def load_default_catalog(
    extra_dir: Path | None = None,
) -> tuple[ChecklistCatalog, list[ContentProblem]]:
    """Bundled lists (forms/checklists) plus the municipality's content dir (its checklists/).

    ``extra_dir`` is the policy's ``content_dir`` (with subfolders checklists/, routes/).
    """
    folders = [forms_dir() / CHECKLISTS_SUBDIR]
    problems: list[ContentProblem] = []
    if extra_dir is not None:
        if extra_dir.is_dir():
            folders.append(extra_dir / CHECKLISTS_SUBDIR)
        else:
            problems.append(
                ContentProblem(extra_dir, None, "", "inhoudsmap van de gemeente bestaat niet")
            )
    catalog, load_problems = load_catalog(folders)
    return catalog, problems + load_problems
