"""The small questions the export dialog asks: which case to add (linked cases offered first,
any number typed) and why an optional field is added."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.services.export.case_choices import linked_choices, number_from
from desktop.services.export.checks import MIN_REASON


def ask_case_number(parent: QWidget, register: Any, case_ids: list[int]) -> str | None:
    """The case number the officer chose or typed, or None when cancelled or empty."""
    labels = [c.label() for c in linked_choices(register, case_ids)]
    tr = parent.tr
    prompt = tr("Zaaknummer (bijvoorbeeld 2026-0042):")
    if labels:
        prompt = tr("Kies een gekoppelde zaak of typ een zaaknummer (bijvoorbeeld 2026-0042):")
    text, ok = QInputDialog.getItem(parent, tr("Zaak toevoegen"), prompt, labels or [""], 0, True)
    number = number_from(text) if ok else ""
    return number or None


def ask_reason(parent: QWidget, fields: list[Any]) -> tuple[str | None, str]:
    """(reason, problem): the written reason for adding ``fields``, or None when cancelled or
    too short (then ``problem`` says why, in Dutch)."""
    tr = parent.tr
    label = fields[0].label if len(fields) == 1 else tr("{n} gegevens").format(n=len(fields))
    reason, ok = QInputDialog.getMultiLineText(
        parent, tr("Toevoegen met reden"),
        tr("Waarom is '{label}' nodig voor deze ontvanger? De reden komt in het "
           "exportlogboek.\n({why})").format(label=label, why=fields[0].optional_reason))
    if not ok:
        return None, ""
    if len(reason.strip()) < MIN_REASON:
        return None, tr("Geef een reden van minstens {n} tekens.").format(n=MIN_REASON)
    return reason, ""
