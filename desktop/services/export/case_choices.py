"""Cases to offer when the officer adds a case to an export (issue 16, "less typing").

The cases linked to the ones already in the export come first (same address, same
perpetrator: the likely next case for the same recipient); cases already in the export
are never offered. Qt-free: the export dialog shows the list, the officer may still type
any case number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.errors import SchakelError

SEPARATOR = " · "


@dataclass(frozen=True)
class CaseChoice:
    case_id: int
    number: str
    linked_to: str  # the number of the case in the export it is linked to
    reason: str

    def label(self) -> str:
        text = f"{self.number}{SEPARATOR}gekoppeld aan {self.linked_to}"
        return text + (f" ({self.reason})" if self.reason else "")


def linked_choices(register: Any, case_ids: list[int]) -> list[CaseChoice]:
    """Linked cases of ``case_ids`` not in the export yet, each once, in the export's order."""
    out: dict[int, CaseChoice] = {}
    for case_id in case_ids:
        try:
            own = register.cases.get(case_id).number
            links = register.links.linked(case_id)
        except (SchakelError, KeyError):
            continue
        for other, number, reason in links:
            if other not in case_ids and other not in out:
                out[other] = CaseChoice(other, number, own, reason)
    return list(out.values())


def number_from(text: str) -> str:
    """The case number from a typed number or a chosen label."""
    return text.split(SEPARATOR, 1)[0].strip()
