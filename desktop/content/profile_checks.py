"""Rules for an export profile that need the field registry or the whole file.

They run on the raw YAML data next to the pydantic validation, so the functional
administrator sees every problem at once with file, line and field. Malformed parts
are skipped here: the schema reports those.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.content.export_registry import (
    FIELDS,
    ROLE_KINDS,
    SOURCE_KINDS,
    SectionKind,
    fields_of,
)
from desktop.content.problems import ContentProblem
from desktop.content.yamlload import LineMap, PathKey, dotted
from desktop.domain.labels import SPECIAL_CATEGORY

_KINDS = {k.value: k for k in SectionKind}
_LETTER_KINDS = {SectionKind.CASE, SectionKind.FEEDBACK}
# A letter to the reporter carries the standard message only: no names, no case content.
LETTER_CASE_FIELDS = ("case.number", "case.received_on", "case.observed_at",
                      "case.reporter_department", "case.reporter_function", "case.title")
_ROLE_OPTIONS = ("roles",)
_SOURCE_OPTIONS = ("sources", "exclude_sources", "mask_sources")


class _Report:
    def __init__(self, path: Path, lines: LineMap) -> None:
        self.path, self.lines = path, lines
        self.problems: list[ContentProblem] = []

    def add(self, loc: PathKey, message: str) -> None:
        line = self.lines.line_of(loc)
        self.problems.append(ContentProblem(self.path, line, dotted(loc), message))


def check_profile_data(path: Path, data: Any, lines: LineMap) -> list[ContentProblem]:
    report = _Report(path, lines)
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        return []
    seen: dict[str, int | None] = {}
    for i, section in enumerate(data["sections"]):
        if not isinstance(section, dict):
            continue
        _unique_id(report, section, ("sections", i), seen)
        kind_code = section.get("kind")
        kind = _KINDS.get(kind_code) if isinstance(kind_code, str) else None
        if kind is None:
            continue
        _check_fields(report, section, ("sections", i), kind)
        if data.get("layout") == "letter" and kind == SectionKind.CASE:
            _check_letter_fields(report, section, ("sections", i))
        _check_options(report, section, ("sections", i), kind)
        _check_layout(report, data.get("layout"), ("sections", i, "kind"), kind)
    if data.get("layout") == "agenda" and len(data["sections"]) != 1:
        report.add(("sections",), "een agenda heeft precies één sectie (kind: case)")
    return report.problems


def _unique_id(report: _Report, section: dict[str, Any], loc: PathKey, seen: dict[str, int | None]) -> None:
    section_id = section.get("id")
    if not isinstance(section_id, str):
        return
    if section_id in seen:
        first = seen[section_id]
        report.add(loc + ("id",), f"dubbele sectie-id '{section_id}' (eerder op regel {first})")
    else:
        seen[section_id] = report.lines.line_of(loc + ("id",))


def _check_fields(report: _Report, section: dict[str, Any], loc: PathKey, kind: SectionKind) -> None:
    used: set[str] = set()
    for key in ("fields", "optional_fields"):
        values = section.get(key)
        if not isinstance(values, list):
            continue
        for j, field_id in enumerate(values):
            if not isinstance(field_id, str):
                continue
            message = _field_problem(field_id.strip(), kind, optional=key == "optional_fields")
            if message is None and field_id.strip() in used:
                message = f"veld '{field_id}' staat al eerder in deze sectie"
            if message:
                report.add(loc + (key, j), message)
            used.add(field_id.strip())
    labels = section.get("labels")
    if isinstance(labels, dict):
        for field_id in labels:
            if field_id not in used:
                report.add(loc + ("labels", field_id),
                           f"label voor '{field_id}', maar dat veld staat niet in deze sectie")


def _field_problem(field_id: str, kind: SectionKind, optional: bool) -> str | None:
    spec = FIELDS.get(field_id)
    if spec is not None and spec.forbidden:
        return (f"veld '{field_id}' is in geen enkel exportprofiel toegestaan: "
                "de naam van de melder verlaat de kluis nooit")
    if spec is None:
        known = ", ".join(fields_of(kind))
        return f"onbekend veld '{field_id}'; velden voor kind '{kind.value}': {known}"
    if spec.kind != kind:
        return f"veld '{field_id}' hoort bij kind '{spec.kind.value}', niet bij '{kind.value}'"
    if spec.reason_required and not optional:
        what = (f"een bijzonder persoonsgegeven ({SPECIAL_CATEGORY[spec.special]})"
                if spec.special else "een gegeven dat alleen met reden mee mag")
        return (f"veld '{field_id}' is {what}: zet het onder optional_fields "
                "(standaard uit, toevoegen met een reden)")
    return None


def _check_options(report: _Report, section: dict[str, Any], loc: PathKey, kind: SectionKind) -> None:
    for key in _ROLE_OPTIONS:
        if section.get(key) and kind not in ROLE_KINDS:
            allowed = ", ".join(sorted(k.value for k in ROLE_KINDS))
            report.add(loc + (key,), f"'{key}' kan alleen bij kind {allowed}")
    for key in _SOURCE_OPTIONS + ("mask_text",):
        if key in section and kind not in SOURCE_KINDS:
            report.add(loc + (key,), f"'{key}' kan alleen bij kind enrichments")


def _check_layout(report: _Report, layout: Any, loc: PathKey, kind: SectionKind) -> None:
    if layout == "agenda" and kind != SectionKind.CASE:
        report.add(loc, "een agenda bestaat alleen uit een sectie met kind 'case'")
    if layout == "letter" and kind not in _LETTER_KINDS:
        report.add(loc, "een brief aan de melder bevat alleen kind 'case' of 'feedback' "
                        "(geen personen, partners of verrijking)")


def _check_letter_fields(report: _Report, section: dict[str, Any], loc: PathKey) -> None:
    allowed = ", ".join(LETTER_CASE_FIELDS)
    for key in ("fields", "optional_fields"):
        values = section.get(key)
        for j, field_id in enumerate(values if isinstance(values, list) else []):
            spec = FIELDS.get(field_id) if isinstance(field_id, str) else None
            if spec and spec.kind == SectionKind.CASE and not spec.forbidden \
                    and field_id not in LETTER_CASE_FIELDS:
                report.add(loc + (key, j),
                           f"veld '{field_id}' hoort niet in een brief aan de melder; "
                           f"toegestaan: {allowed}")
