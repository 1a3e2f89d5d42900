"""Test helper: give a stored case a route-derived status, next action and deadline.

Those columns are owned by the route service (a form save never overwrites them), so
tests that need, say, an overdue case set them the way the route service does."""

from __future__ import annotations

from desktop.domain import model as m
from desktop.store import route_repo

ROUTE_FIELDS = ("status", "next_action", "next_deadline", "closed_on", "outcome")


def create_with_route_state(register, case: m.Case) -> m.Case:
    wanted = {k: getattr(case, k) for k in ROUTE_FIELDS}
    stored = register.cases.create(case)
    with register.write() as conn:
        route_repo.set_status(conn, stored.id, wanted["status"].value, wanted["next_action"],
                              wanted["next_deadline"], wanted["closed_on"], wanted["outcome"] or None)
    return register.cases.get(stored.id)
