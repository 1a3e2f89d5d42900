"""Read and validate one checklist file: YAML -> Checklist plus Dutch problems.

Rules that need the whole file are checked on the raw data, next to the pydantic
validation, so the functional administrator sees all problems of a file at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from pydantic import ValidationError

from desktop.content.checklists import (
    CATEGORY_ID_PATTERN,
    PATTERN_HINTS_NL,
    Checklist,
    FormCode,
    LifeDomain,
)
from desktop.content.errors_nl import problems_from_validation_error
from desktop.content.problems import ContentProblem
from desktop.content.yamlload import ContentFileError, LineMap, PathKey, dotted, load_with_lines

_DOMAINS = [d.value for d in LifeDomain]
_DOMAIN_LIST = ", ".join(_DOMAINS)
_FORM_CODES = set(get_args(FormCode))


@dataclass
class ParsedChecklist:
    file: Path
    checklist: Checklist | None  # None when the file has problems (it is then skipped)
    lines: LineMap = field(default_factory=LineMap)
    problems: list[ContentProblem] = field(default_factory=list)


def parse_checklist_file(path: Path) -> ParsedChecklist:
    """Load one YAML checklist; any problem means ``checklist`` is None."""
    try:
        data, lines = load_with_lines(path)
    except ContentFileError as exc:
        return ParsedChecklist(path, None, problems=[exc.problem])
    problems = _file_rules(path, data, lines)
    checklist = None
    try:
        checklist = Checklist.model_validate(data)
    except ValidationError as exc:
        problems = problems_from_validation_error(exc, path, lines, PATTERN_HINTS_NL) + problems
    if problems:
        checklist = None
    return ParsedChecklist(path, checklist, lines, problems)


def validate_checklist_file(path: Path) -> list[ContentProblem]:
    """Per-file validator for ``check_content_dir`` (checklists/ folder)."""
    return parse_checklist_file(path).problems


class _Reporter:
    def __init__(self, path: Path, lines: LineMap):
        self.path, self.lines = path, lines
        self.problems: list[ContentProblem] = []

    def add(self, loc: PathKey, message: str) -> None:
        self.problems.append(
            ContentProblem(self.path, self.lines.line_of(loc), dotted(loc), message)
        )


def _entries(data: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """(index, mapping) for every mapping in the list ``data[key]``; ignores malformed parts."""
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, entry) for i, entry in enumerate(value) if isinstance(entry, dict)]


def _str_field(entry: dict[str, Any], key: str) -> str | None:
    value = entry.get(key)
    return value.strip() if isinstance(value, str) else None


def _file_rules(path: Path, data: Any, lines: LineMap) -> list[ContentProblem]:
    report = _Reporter(path, lines)
    categories = _check_unique(report, data, "categories")
    _check_unique(report, data, "items")
    if categories:
        _check_item_categories(report, data, categories)
    if isinstance(data, dict) and data.get("ccv_lens") is True:
        _check_ccv(report, data)
    if isinstance(data, dict) and data.get("subject") == "address":
        _check_required(
            report,
            data,
            "register",
            "verplicht veld ontbreekt bij een adreslijst (subject: address)",
        )
    if isinstance(data, dict):
        _check_item_forms(report, data)
    return report.problems


def _check_unique(report: _Reporter, data: Any, key: str) -> list[str]:
    """Report ids used twice in ``data[key]``; return the ids in order of first use."""
    first_line: dict[str, int | None] = {}
    for i, entry in _entries(data, key):
        entry_id = _str_field(entry, "id")
        if entry_id is None:
            continue
        if entry_id in first_line:
            report.add(
                (key, i, "id"), f"dubbele id '{entry_id}' (eerder op regel {first_line[entry_id]})"
            )
        else:
            first_line[entry_id] = report.lines.line_of((key, i, "id"))
    return list(first_line)


def _check_item_categories(report: _Reporter, data: Any, categories: list[str]) -> None:
    allowed = ", ".join(categories)
    for i, item in _entries(data, "items"):
        category = _str_field(item, "category")
        if category and category not in categories:
            report.add(
                ("items", i, "category"), f"onbekende categorie '{category}'; toegestaan: {allowed}"
            )


def _check_ccv(report: _Reporter, data: dict[str, Any]) -> None:
    for i, category in _entries(data, "categories"):
        category_id = _str_field(category, "id")
        if (
            category_id
            and re.fullmatch(CATEGORY_ID_PATTERN, category_id)
            and category_id not in _DOMAINS
        ):
            report.add(
                ("categories", i, "id"),
                f"onbekend leefgebied '{category_id}'; toegestaan: {_DOMAIN_LIST} (ccv_lens: true)",
            )
    _check_required(
        report,
        data,
        "indicator_group",
        "verplicht veld ontbreekt bij een CCV-lenslijst (ccv_lens: true)",
    )


def _check_required(report: _Reporter, data: dict[str, Any], key: str, message: str) -> None:
    for i, item in _entries(data, "items"):
        if item.get(key) is None:
            report.add(("items", i, key), message)


def _check_item_forms(report: _Reporter, data: dict[str, Any]) -> None:
    list_forms = data.get("forms")
    if not isinstance(list_forms, list):
        return
    allowed = ", ".join(str(f) for f in list_forms)
    for i, item in _entries(data, "items"):
        item_forms = item.get("forms")
        if not isinstance(item_forms, list):
            continue
        for j, code in enumerate(item_forms):
            if code in _FORM_CODES and code not in list_forms:
                report.add(
                    ("items", i, "forms", j),
                    f"vorm '{code}' hoort niet bij deze lijst; de lijst heeft: {allowed}",
                )
