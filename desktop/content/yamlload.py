"""YAML loading that remembers the line of every mapping key and sequence item.

``load_with_lines(path)`` returns the plain data plus a ``LineMap`` that answers
"on which line is items[3].id?" so validation errors can name file, line and field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from desktop.content.problems import ContentProblem
from desktop.errors import SchakelError, os_error_nl

PathKey = tuple[str | int, ...]


@dataclass
class LineMap:
    lines: dict[PathKey, int] = field(default_factory=dict)

    def line_of(self, path: PathKey) -> int | None:
        """Line of the deepest known ancestor of ``path`` (1-based)."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


def dotted(path: PathKey) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DuplicateKey(Exception):
    def __init__(self, line: int, path: PathKey):
        super().__init__(f"duplicate key at line {line}")
        self.line, self.path = line, path


def _walk(node: yaml.Node, path: PathKey, lines: LineMap) -> Any:
    lines.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in out:
                raise DuplicateKey(key_node.start_mark.line + 1, path + (key,))
            lines.lines[path + (key,)] = key_node.start_mark.line + 1
            out[key] = _walk(value_node, path + (key,), lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_walk(child, path + (i,), lines) for i, child in enumerate(node.value)]
    return yaml.SafeLoader.construct_object(_LOADER, node, deep=True)  # scalar


_LOADER = yaml.SafeLoader("")


class ContentFileError(SchakelError):
    def __init__(self, problem: ContentProblem):
        super().__init__(str(problem))
        self.problem = problem


_YAML_REASONS = {
    "could not find expected ':'": "dubbele punt na de veldnaam ontbreekt",
    "mapping values are not allowed here": "onverwachte dubbele punt; zet de tekst tussen aanhalingstekens",
    "found character '\\t' that cannot start any token": "tab gebruikt; gebruik spaties om in te springen",
    "expected <block end>, but found": "inspringing klopt niet",
    "found undefined alias": "onbekende verwijzing (*)",
    "did not find expected key": "inspringing klopt niet of '-' ontbreekt",
    "expected ',' or ']'": "lijst tussen [ ] niet goed gesloten",
    "expected ',' or '}'": "blok tussen { } niet goed gesloten",
    "found unexpected end of stream": "aanhalingsteken of haakje niet gesloten",
    "while scanning a quoted scalar": "aanhalingsteken niet gesloten",
}


def _yaml_reason(exc: yaml.MarkedYAMLError) -> str:
    text = f"{exc.context or ''} {exc.problem or ''}"
    for english, dutch in _YAML_REASONS.items():
        if english in text:
            return dutch
    return "controleer inspringing, dubbele punten en aanhalingstekens"


def load_with_lines(path: Path) -> tuple[Any, LineMap]:
    """Parse one YAML document; raise ContentFileError (Dutch) on unreadable or invalid YAML."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ContentFileError(ContentProblem(path, None, "", "bestand is geen geldige UTF-8-tekst")) from None
    except OSError as exc:
        reason = os_error_nl(exc)
        raise ContentFileError(ContentProblem(path, None, "", f"bestand niet leesbaar ({reason})")) from None
    try:
        node = yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise ContentFileError(
            ContentProblem(path, line, "", f"ongeldige YAML-opmaak ({_yaml_reason(exc)})")
        ) from None
    except yaml.YAMLError as exc:
        raise ContentFileError(ContentProblem(path, None, "", f"ongeldige YAML: {exc}")) from None
    lines = LineMap()
    if node is None:
        raise ContentFileError(ContentProblem(path, 1, "", "bestand is leeg"))
    try:
        return _walk(node, (), lines), lines
    except DuplicateKey as dup:
        raise ContentFileError(
            ContentProblem(path, dup.line, dotted(dup.path), "dit veld staat twee keer in het bestand")
        ) from None
