"""Branch rules applied to a case's facts: which partners to hand over to, and why.

Several rules can apply at once (e.g. zorgcoördinator + RIEC + Arbeidsinspectie); the
result is a set of parallel handovers, one suggestion per partner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.route_records import CaseFacts, Handover, HandoverStatus
from desktop.domain.route_terms import condition_applies

if TYPE_CHECKING:
    from desktop.domain.route_schema import Route


@dataclass(frozen=True)
class Suggestion:
    partner_id: str
    partner_title: str
    reasons: tuple[str, ...]  # Dutch, from the route's branch rules
    at_step: str | None  # step in which the handover belongs (None: any time)
    started: bool  # a handover to this partner exists (not cancelled)
    blocked: str = ""  # Dutch reason the handover may not start yet; "" when it may
    action: bool = False  # an action to take (call 112), not a handover


def consent_problem(route: Route, facts: CaseFacts, partner_id: str) -> str:
    """Dutch problem when a handover to this partner needs consent that is not recorded."""
    try:
        partner = route.partner(partner_id)
    except KeyError:
        return ""
    if partner.requires_consent and not facts.consent_recorded:
        from desktop.domain.consent import missing_consent_message

        return missing_consent_message(partner.title)
    return ""


def action_problem(route: Route, partner_id: str) -> str:
    """Dutch problem when ``partner_id`` is an action (calling 112), not a handover."""
    try:
        partner = route.partner(partner_id)
    except KeyError:
        return ""
    if partner.action:
        return f"{partner.title} is een handeling, geen overdracht: leg het gesprek vast bij de acute stap"
    return ""


def _is_action(route: Route, partner_id: str) -> bool:
    return bool(action_problem(route, partner_id))


def active_handover_partners(handovers: list[Handover]) -> set[str]:
    return {h.partner_id for h in handovers if h.status != HandoverStatus.CANCELLED}


def suggest_handovers(
    route: Route, facts: CaseFacts, handovers: list[Handover]
) -> list[Suggestion]:
    """One suggestion per partner named by an applying branch rule, in rule order."""
    reasons: dict[str, list[str]] = {}
    at_step: dict[str, str | None] = {}
    for rule in route.branches:
        if not condition_applies(rule.when, facts):
            continue
        for partner_id in rule.partners:
            found = reasons.setdefault(partner_id, [])
            at_step.setdefault(partner_id, rule.at_step)
            if rule.reason not in found:
                found.append(rule.reason)
    started = active_handover_partners(handovers)
    return [
        Suggestion(
            partner_id=pid,
            partner_title=route.partner_title(pid),
            reasons=tuple(why),
            at_step=at_step[pid],
            started=pid in started,
            blocked="" if pid in started else consent_problem(route, facts, pid),
            action=_is_action(route, pid),
        )
        for pid, why in reasons.items()
    ]
