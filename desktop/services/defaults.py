"""Sensible defaults for forms, from what the register already knows (no Qt, no SQL here).

Each function turns stored facts into a prefill the officer can overwrite: "Gezien door"
from the signal's department, and so on. Nothing here writes.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.fold import fold_tokens
from desktop.services.checklists import seen_by_choices, seen_by_code


def seen_by_for_department(department: str) -> str:
    """The "gezien door" code for a reporting department ("Handhaving en toezicht" →
    handhaving, "Burgerzaken" → balie_burgerzaken); the text itself when nothing fits."""
    text = (department or "").strip()
    if not text:
        return ""
    code = seen_by_code(text)
    if code != text:
        return code
    words = set(fold_tokens(text)) - {"en", "de", "het", "van"}
    for code, label in seen_by_choices():
        if set(fold_tokens(label)) & words or set(fold_tokens(code.replace("_", " "))) & words:
            return code
    return text


def department_choices(register: Any) -> list[str]:
    """The labels of the municipal department list (the content folder's own list when
    valid): the items of "Afdeling melder". Statistics map any text back to its code."""
    from desktop.content.departments import load_departments

    content_dir = getattr(getattr(register, "policy", None), "content_dir", None)
    return [label for _code, label in load_departments(content_dir).choices()]
