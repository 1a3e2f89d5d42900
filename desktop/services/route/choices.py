"""The reporting routes an officer can choose from at setup: (id, title) pairs. No Qt.

Uses the route catalog (bundled ``forms/routes`` plus the policy's content folder).
If that cannot be loaded, falls back to reading only ``id`` and ``title`` from the
YAML files, tolerating files it cannot read: the setup wizard must never fail
because a content file is broken (``schakel forms check`` reports those).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from desktop.resources import forms_dir

ROUTES_SUBDIR = "routes"


def route_choices(content_dir: Path | None = None) -> list[tuple[str, str]]:
    """(route id, title), sorted by title."""
    try:
        choices = _from_catalog(content_dir)
    except Exception:  # a broken catalog falls back to the tolerant reader
        choices = []
    if not choices:
        choices = _from_yaml(_folders(content_dir))
    from desktop.services.route.support import TEMPLATE_ROUTE_IDS

    choices = [c for c in choices if c[0] not in TEMPLATE_ROUTE_IDS]
    return sorted(choices, key=lambda c: c[1].casefold())


def _folders(content_dir: Path | None) -> list[Path]:
    folders = [forms_dir() / ROUTES_SUBDIR]
    if content_dir is not None:
        folders.append(Path(content_dir) / ROUTES_SUBDIR)
    return folders


def _from_catalog(content_dir: Path | None) -> list[tuple[str, str]]:
    from desktop.content.route_catalog import load_default_routes

    catalog, _problems = load_default_routes(content_dir)
    return [(rid, catalog.latest(rid).title) for rid in catalog.ids()]


def _from_yaml(folders: Iterable[Path]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
            rid, title = _id_and_title(path)
            if rid and rid not in seen:
                seen[rid] = title or rid
    return list(seen.items())


def _id_and_title(path: Path) -> tuple[str, str]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    rid, title = data.get("id"), data.get("title")
    return (rid if isinstance(rid, str) else "", title if isinstance(title, str) else "")
