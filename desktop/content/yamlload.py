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
MAX_FILE_BYTES = 1024 * 1024  # a real checklist or route is a few tens of KB
MAX_NODES = 50_000  # values after expanding aliases
MAX_ALIASES = 200
MAX_DEPTH = 40
CORE_TAGS = {f"tag:yaml.org,2002:{name}" for name in (
    "str", "int", "float", "bool", "null", "map", "seq", "timestamp")} | {None, "!"}


class DuplicateKey(Exception):
    def __init__(self, line: int, path: PathKey):
        super().__init__(f"duplicate key at line {line}")
        self.line, self.path = line, path


class LimitExceeded(Exception):
    """A safety limit of the loader (line and field known), reported in Dutch."""

    def __init__(self, line: int | None, path: PathKey, message: str):
        super().__init__(message)
        self.line, self.path, self.message = line, path, message


class _Budget:
    """Counts nodes as built (aliases expanded) and the aliases on the current path."""

    def __init__(self) -> None:
        self.nodes = 0
        self.active: set[int] = set()


def _walk(node: yaml.Node, path: PathKey, lines: LineMap, budget: _Budget | None = None) -> Any:
    budget = budget or _Budget()
    line = node.start_mark.line + 1
    budget.nodes += 1
    if budget.nodes > MAX_NODES:
        raise LimitExceeded(line, path, f"te veel onderdelen (meer dan {MAX_NODES}, verwijzingen "
                                        "meegeteld); splits het bestand of gebruik minder * en &")
    if len(path) > MAX_DEPTH:
        raise LimitExceeded(line, path, f"te diep genest (meer dan {MAX_DEPTH} niveaus)")
    lines.lines.setdefault(path, line)
    if isinstance(node, yaml.ScalarNode):
        return yaml.SafeLoader.construct_object(_LOADER, node, deep=True)
    if id(node) in budget.active:
        raise LimitExceeded(line, path, "een verwijzing (*) verwijst naar zichzelf")
    budget.active.add(id(node))
    try:
        if isinstance(node, yaml.MappingNode):
            return _walk_mapping(node, path, lines, budget)
        return [_walk(child, path + (i,), lines, budget) for i, child in enumerate(node.value)]
    finally:
        budget.active.discard(id(node))


def _walk_mapping(node: yaml.MappingNode, path: PathKey, lines: LineMap, budget: _Budget) -> Any:
    out: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise LimitExceeded(key_node.start_mark.line + 1, path,
                                "een veldnaam moet gewone tekst zijn, geen lijst of blok")
        key = key_node.value
        if key in out:
            raise DuplicateKey(key_node.start_mark.line + 1, path + (key,))
        lines.lines[path + (key,)] = key_node.start_mark.line + 1
        out[key] = _walk(value_node, path + (key,), lines, budget)
    return out


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
    "expected a single document": "meer dan één document (---) in één bestand",
    "exceeded": "te diep genest",
}


def _yaml_reason(exc: yaml.MarkedYAMLError) -> str:
    text = f"{exc.context or ''} {exc.problem or ''}"
    for english, dutch in _YAML_REASONS.items():
        if english in text:
            return dutch
    return "controleer inspringing, dubbele punten en aanhalingstekens"


def _fail(path: Path, line: int | None, field: str, message: str) -> ContentFileError:
    return ContentFileError(ContentProblem(path, line, field, message))


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _fail(path, None, "", f"bestand is te groot ({size // 1024} KB; de grens is "
                                        f"{MAX_FILE_BYTES // 1024} KB)")
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _fail(path, None, "", f"bestand niet leesbaar ({os_error_nl(exc)})") from None
    if len(data) > MAX_FILE_BYTES:
        raise _fail(path, None, "", f"bestand is te groot (de grens is {MAX_FILE_BYTES // 1024} KB)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _fail(path, None, "", "bestand is geen geldige UTF-8-tekst") from None


def _scan_events(path: Path, text: str) -> None:
    """Refuse foreign tags, too many aliases, too deep nesting, too many values, before any
    tree is built (libyaml's event parser keeps its own stack, so this is safe to run)."""
    depth, aliases, events = 0, 0, 0
    for event in yaml.parse(text, Loader=_FAST_LOADER):
        events += 1
        line = event.start_mark.line + 1 if event.start_mark else None
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise _fail(path, line, "", f"te diep genest (meer dan {MAX_DEPTH} niveaus)")
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise _fail(path, line, "", f"te veel verwijzingen (*), meer dan {MAX_ALIASES}")
        tag = getattr(event, "tag", None)
        if tag not in CORE_TAGS:
            text = str(tag)
            shown = "!!" + text[18:] if text.startswith("tag:yaml.org,2002:") else text
            raise _fail(path, line, "", f"YAML-label {shown} is niet toegestaan; gebruik gewone "
                                        "tekst, getallen, lijsten en blokken")
        if events > 4 * MAX_NODES:
            raise _fail(path, line, "", f"te veel onderdelen (meer dan {MAX_NODES})")


def load_with_lines(path: Path) -> tuple[Any, LineMap]:
    """Parse one YAML document; raise ContentFileError (Dutch) on unreadable, invalid or
    oversized YAML. Only plain YAML (no tags beyond the core schema); aliases, nesting, size
    and number of values are limited, so no file can exhaust memory or the stack."""
    text = _read_text(path)
    try:
        _scan_events(path, text)
        node = yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise _fail(path, line, "", f"ongeldige YAML-opmaak ({_yaml_reason(exc)})") from None
    except yaml.YAMLError:
        raise _fail(path, None, "", "ongeldige YAML-opmaak (controleer inspringing, dubbele "
                                    "punten en aanhalingstekens)") from None
    except RecursionError:
        raise _fail(path, None, "", f"te diep genest (meer dan {MAX_DEPTH} niveaus)") from None
    lines = LineMap()
    if node is None:
        raise ContentFileError(ContentProblem(path, 1, "", "bestand is leeg"))
    try:
        return _walk(node, (), lines), lines
    except DuplicateKey as dup:
        raise _fail(path, dup.line, dotted(dup.path), "dit veld staat twee keer in het bestand") from None
    except LimitExceeded as limit:
        raise _fail(path, limit.line, dotted(limit.path), limit.message) from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise _fail(path, line, "", f"waarde niet leesbaar ({_yaml_reason(exc)})") from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError):
        raise _fail(path, None, "", "een waarde kan niet worden gelezen (bijv. een ongeldige "
                                    "datum)") from None
