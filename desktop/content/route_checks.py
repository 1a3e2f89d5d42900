"""Rules that need a whole route file: unique ids, references, reachability, messages.

They run on the raw YAML data (next to the pydantic validation), so the functional
administrator sees all problems of a file at once; malformed parts are skipped here
because the schema already reports them. Returns (errors, warnings).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.content.problems import ContentProblem
from desktop.content.yamlload import LineMap, PathKey, dotted
from desktop.domain.fold import fold_tokens
from desktop.domain.route_terms import BUILTIN_FIELDS, StepKind

WARNING_PREFIX = "waarschuwing: "


class _Report:
    def __init__(self, path: Path, lines: LineMap):
        self.path, self.lines = path, lines
        self.errors: list[ContentProblem] = []
        self.warnings: list[ContentProblem] = []

    def error(self, loc: PathKey, message: str) -> None:
        self.errors.append(ContentProblem(self.path, self.lines.line_of(loc), dotted(loc), message))

    def warn(self, loc: PathKey, message: str) -> None:
        problem = ContentProblem(
            self.path, self.lines.line_of(loc), dotted(loc), WARNING_PREFIX + message
        )
        self.warnings.append(problem)


def _entries(data: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, entry) for i, entry in enumerate(value) if isinstance(entry, dict)]


def _ids(entry: Any, key: str) -> list[tuple[int | None, str]]:
    """(index, value) of the string(s) in ``entry[key]`` (a single string has index None)."""
    value = entry.get(key) if isinstance(entry, dict) else None
    if isinstance(value, str):
        return [(None, value)]
    if isinstance(value, list):
        return [(j, v) for j, v in enumerate(value) if isinstance(v, str)]
    return []


def _at(loc: PathKey, key: str, index: int | None) -> PathKey:
    return loc + (key,) if index is None else loc + (key, index)


def _unique(report: _Report, base: PathKey, entries: list[tuple[int, dict[str, Any]]], key: str) -> list[str]:
    """Report duplicate values of ``key``; return the values in order of first use."""
    seen: dict[str, int | None] = {}
    for i, entry in entries:
        value = entry.get(key)
        if not isinstance(value, str):
            continue
        if value in seen:
            report.error(base + (i, key), f"dubbele id '{value}' (eerder op regel {seen[value]})")
        else:
            seen[value] = report.lines.line_of(base + (i, key))
    return list(seen)


def _options(step: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    return _entries(step.get("decision"), "options")


def check_route_data(
    path: Path, data: Any, lines: LineMap
) -> tuple[list[ContentProblem], list[ContentProblem]]:
    """All whole-file problems of one route file: (errors, warnings)."""
    report = _Report(path, lines)
    if not isinstance(data, dict):
        return [], []
    steps = _entries(data, "steps")
    step_ids = set(_unique(report, ("steps",), steps, "id"))
    partner_ids = set(_unique(report, ("partners",), _entries(data, "partners"), "id"))
    _unique(report, ("meetings",), _entries(data, "meetings"), "id")
    _unique(report, ("feedback_messages",), _entries(data, "feedback_messages"), "id")
    for i, step in steps:
        _unique(report, ("steps", i, "decision", "options"), _options(step), "id")
        _unique(report, ("steps", i, "records"), _entries(step, "records"), "field")
    _check_references(report, data, step_ids, partner_ids)
    _check_fields(report, data)
    _check_kinds(report, steps)
    _check_messages(report, data)
    if not report.errors:  # unreachable steps are mostly a consequence of other errors
        _check_reachable(report, data)
    return report.errors, report.warnings


Ref = tuple[PathKey, str, int | None, str]  # (owner loc, key, index in the list, id named)
Owner = tuple[PathKey, dict[str, Any]]


def _owners(data: dict[str, Any], key: str) -> list[Owner]:
    return [((key, i), entry) for i, entry in _entries(data, key)]


def _option_owners(data: dict[str, Any]) -> list[Owner]:
    return [
        (("steps", i, "decision", "options", k), option)
        for i, step in _entries(data, "steps")
        for k, option in _options(step)
    ]


def _refs(owners: list[Owner], keys: tuple[str, ...]) -> list[Ref]:
    return [
        (loc, key, j, value)
        for loc, owner in owners
        for key in keys
        for j, value in _ids(owner, key)
    ]


def _step_refs(data: dict[str, Any]) -> list[Ref]:
    """Every place that names a step."""
    return (
        _refs([((), data)], ("start",))
        + _refs(_owners(data, "steps"), ("next", "after"))
        + _refs(_option_owners(data), ("next",))
        + _refs(_owners(data, "branches"), ("activates", "at_step"))
        + _refs(_owners(data, "meetings"), ("completes",))
    )


def _partner_refs(data: dict[str, Any]) -> list[Ref]:
    """Every place that names a partner."""
    return (
        _refs(_owners(data, "steps"), ("partners", "handover_to"))
        + _refs(_owners(data, "branches"), ("partners",))
        + _refs(_owners(data, "meetings"), ("partner",))
    )


def _check_references(
    report: _Report, data: dict[str, Any], step_ids: set[str], partner_ids: set[str]
) -> None:
    for loc, key, j, value in _step_refs(data):
        if value not in step_ids:
            report.error(_at(loc, key, j), f"onbekende stap '{value}'")
    for loc, key, j, value in _partner_refs(data):
        if value not in partner_ids:
            report.error(_at(loc, key, j), f"onbekende partner '{value}' (niet in partners)")
    for i, rule in _entries(data, "branches"):
        if not _ids(rule, "partners") and not _ids(rule, "activates"):
            report.error(("branches", i), "regel doet niets: geef partners en/of activates")
        if rule.get("required") is True and not (_ids(rule, "at_step") and _ids(rule, "partners")):
            report.error(("branches", i, "required"),
                         "een verplichte regel noemt partners en de stap (at_step) waar ze horen")
    actions = {p.get("id") for _, p in _entries(data, "partners") if p.get("action") is True}
    for loc, key, j, value in _refs(_owners(data, "steps"), ("handover_to",)):
        if value in actions:
            report.error(_at(loc, key, j), f"'{value}' is een handeling (bellen), geen overdracht")


def _check_fields(report: _Report, data: dict[str, Any]) -> None:
    completed_by_meeting = {
        v for _, m in _entries(data, "meetings") for _, v in _ids(m, "completes")
    }
    for i, step in _entries(data, "steps"):
        groups: list[Owner] = [(("steps", i), step)]
        groups += [(("steps", i, "decision", "options", k), o) for k, o in _options(step)]
        for loc, owner in groups:
            for j, record in _entries(owner, "records"):
                name = record.get("field")
                if isinstance(name, str) and name not in BUILTIN_FIELDS and not record.get("label"):
                    report.error(
                        loc + ("records", j, "label"),
                        f"veld '{name}' is geen standaardveld: geef een label (omschrijving)",
                    )
                if name == "meeting" and step.get("id") not in completed_by_meeting:
                    report.error(
                        loc + ("records", j, "field"),
                        "geen overleg in deze route rondt deze stap af (meetings.completes)",
                    )
                if name == "decision" and not isinstance(step.get("decision"), dict):
                    report.error(
                        loc + ("records", j, "field"),
                        "de stap heeft geen besluit (decision) om vast te leggen",
                    )


def _check_kinds(report: _Report, steps: list[tuple[int, dict[str, Any]]]) -> None:
    kinds = [(i, step.get("kind", StepKind.WORK.value), step) for i, step in steps]
    feedback = [i for i, kind, _ in kinds if kind == StepKind.REPORTER_FEEDBACK]
    if not feedback:
        report.error(("steps",), "de route mist een stap met kind: terugkoppeling_melder")
    for i in feedback[1:]:
        report.error(
            ("steps", i, "kind"), "de route heeft al een stap met kind: terugkoppeling_melder"
        )
    if not any(kind == StepKind.CLOSE for _, kind, _ in kinds):
        report.error(("steps",), "de route mist een stap met kind: afsluiten")
    for i, kind, step in kinds:
        if kind == StepKind.CLOSE and _ids(step, "next"):
            report.error(("steps", i, "next"), "een afsluitstap heeft geen vervolgstappen")
        if kind == StepKind.REPORTER_FEEDBACK and step.get("decision") is not None:
            report.error(
                ("steps", i, "decision"),
                "de terugkoppelingsstap kiest een standaardbericht (feedback_messages), "
                "geen eigen besluit",
            )


def _phrase(text: str) -> str:
    return " " + " ".join(fold_tokens(text)) + " "


def _check_messages(report: _Report, data: dict[str, Any]) -> None:
    """Messages to the reporter contain no partner information (domain.md §6.6)."""
    names: list[tuple[str, str]] = []
    for _, partner in _entries(data, "partners"):
        for key in ("id", "title"):
            value = partner.get(key)
            if isinstance(value, str) and value.strip():
                names.append((value, _phrase(value.replace("_", " "))))
    messages = _entries(data, "feedback_messages")
    if messages and all(m.get("kind") == "ontvangst" for _, m in messages):
        report.error(("feedback_messages",), "de route mist een eindbericht aan de melder "
                                             "(kind: eind, de standaard)")
    for i, message in messages:
        text = message.get("text")
        if not isinstance(text, str):
            continue
        hits = [name for name, phrase in names if phrase.strip() and phrase in _phrase(text)]
        if hits:
            report.error(
                ("feedback_messages", i, "text"),
                f"bericht aan de melder noemt een partner ('{hits[0]}'); "
                "terugkoppeling aan de melder bevat geen partnerinformatie",
            )


def _check_reachable(report: _Report, data: dict[str, Any]) -> None:
    steps = _entries(data, "steps")
    edges: dict[str, set[str]] = {}
    for _, step in steps:
        targets = {v for _, v in _ids(step, "next")}
        targets |= {v for _, o in _options(step) for _, v in _ids(o, "next")}
        if isinstance(step.get("id"), str):
            edges.setdefault(step["id"], set()).update(targets)
    todo = [v for _, v in _ids(data, "start")]
    todo += [v for _, rule in _entries(data, "branches") for _, v in _ids(rule, "activates")]
    seen: set[str] = set()
    while todo:
        step_id = todo.pop()
        if step_id not in seen:
            seen.add(step_id)
            todo.extend(edges.get(step_id, ()))
    for i, step in steps:
        name = step.get("id")
        if isinstance(name, str) and name not in seen:
            report.warn(
                ("steps", i, "id"),
                f"stap '{name}' is niet bereikbaar (niet in start, geen vervolgstap "
                "van een andere stap en niet geactiveerd door een vertakking)",
            )
