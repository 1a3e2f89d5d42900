"""Anonymous statistics about one case, and the rules for counting and showing them.

A ``StatsRow`` holds no identifiers and no free text: the quarter of the signal,
codes (forms, signal type, minor, outcome, partner ids, intervention kinds), the
reporting department, two durations in days and intervention counts. It is computed
for live cases and stored (``stats_record``) when a case is destroyed, so statistics
survive deletion. Plain Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Route outcomes in display order (code → Dutch label).
ROUTE_OUTCOMES: dict[str, str] = {
    "riec": "Overgedragen aan RIEC",
    "zorgcoordinator": "Overgedragen aan zorgcoördinator",
    "arbeidsinspectie": "Overgedragen aan Arbeidsinspectie",
    "veilig_thuis": "Overgedragen aan Veilig Thuis",
    "andere_partner": "Overgedragen aan andere partner",
    "ander_fenomeen": "Ander fenomeen",
    "geen_actie": "Geen actie",
}
OTHER_PHENOMENON = "ander_fenomeen"
NO_ACTION = "geen_actie"
SMALL = "< 5"


@dataclass(frozen=True)
class StatsRow:
    quarter: str  # "2026-Q3", of the date the signal was received
    forms: tuple[str, ...] = ()
    department: str = ""
    signal_type: str = ""
    minor: str = ""
    outcome: str = ""  # case outcome code; "" while open
    handovers: tuple[str, ...] = ()  # partner ids of handovers that were not cancelled
    days_to_handover: int | None = None
    days_to_feedback: int | None = None
    interventions: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind → (n, effect)
    registered_zvh: int = 0  # persons registered at the Zorg- en Veiligheidshuis
    reported_comensha: int = 0  # persons reported to CoMensha
    phenomena: tuple[str, ...] = ()  # adjacent-phenomenon codes (CCV lens)

    @property
    def year(self) -> int:
        return int(self.quarter[:4])

    @property
    def quarter_index(self) -> int:
        return int(self.quarter[-1])


def quarter_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def partner_category(partner_id: str) -> str:
    """Map a route's partner id to a statistics category (route files name partners freely)."""
    pid = partner_id.strip().lower()
    parts = set(pid.replace("-", "_").split("_"))
    if "riec" in parts:
        return "riec"
    if pid.startswith("zorgcoordinator") or "zorgcoordinator" in parts:
        return "zorgcoordinator"
    if "arbeidsinspectie" in parts or parts & {"nla", "inspectie"}:
        return "arbeidsinspectie"
    if "veilig_thuis" in pid or "veiligthuis" in parts:
        return "veilig_thuis"
    return "andere_partner"


def route_outcomes(row: StatsRow) -> set[str]:
    """The route outcome categories a case counts in (several handovers: several categories).

    A closed case without handovers whose outcome is not "ander fenomeen" counts as
    "geen actie"."""
    found = {partner_category(p) for p in row.handovers}
    if row.outcome == OTHER_PHENOMENON:
        found.add(OTHER_PHENOMENON)
    elif row.outcome == NO_ACTION or (row.outcome and not row.handovers):
        found.add(NO_ACTION)
    return found


def shown_count(n: int, suppress: bool) -> str:
    """Counts 1–4 become "< 5" in everything that leaves the screen (0 stays 0)."""
    if suppress and 1 <= n <= 4:
        return SMALL
    return str(n)
