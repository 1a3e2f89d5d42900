"""Which export profile fits where the case is in its route (issue 16, "less typing").

At a step about the RIEC (the RIEC / regional table, the RIEC information square) the RIEC
profile; after a handover to the zorgcoördinator the zorgcoördinator profile; otherwise no
suggestion, and the export dialog keeps its usual first profile. Qt-free; the dialog asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.content.routes import Route
from desktop.domain.route_records import HandoverStatus
from desktop.errors import SchakelError

RIEC_PROFILE = "riec"
CARE_PROFILE = "zorgcoordinator"
CARE_PARTNER = "zorgcoordinator"


def is_riec_partner(partner_id: str) -> bool:
    """``riec`` and regional variants such as ``taskforce_riec``."""
    return "riec" in partner_id.split("_")


def is_riec_step(route: Route, step_id: str) -> bool:
    """The step hands over to the RIEC, or the RIEC is the only partner it names."""
    if not route.has_step(step_id):
        return False
    step = route.step(step_id)
    if any(is_riec_partner(p) for p in step.handover_to):
        return True
    return bool(step.partners) and all(is_riec_partner(p) for p in step.partners)


def suggested_profile(register: Any, case_id: int, available: Iterable[str]) -> str | None:
    """The profile id the route points to for ``case_id``, if it is among ``available``."""
    wanted = _wanted(register, case_id)
    return wanted if wanted in set(available) else None


def _wanted(register: Any, case_id: int) -> str | None:
    try:
        state = register.routes.state(case_id)
    except (SchakelError, KeyError, ValueError):
        return None  # no route (yet) or content that no longer loads: no suggestion
    if any(is_riec_step(state.route, s) for s in state.current_steps):
        return RIEC_PROFILE
    if any(h.partner_id == CARE_PARTNER and h.status != HandoverStatus.CANCELLED for h in state.handovers):
        return CARE_PROFILE
    return None
