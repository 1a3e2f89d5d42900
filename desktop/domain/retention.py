"""Retention: when a closed case is due for deletion (domain.md §6.7). Plain Python.

The term is counted from closing (``case.closed_on``) and chosen by the case's outcome
code in the policy's ``[bewaartermijnen]`` table (outcome code → months); see
``outcome_code`` for how a closed case gets its code. An outcome without its own
term gets the *longest* term of the table: deleting is irreversible,
so when in doubt the register keeps a case longer, not shorter. Open cases have no
date. A legal hold never changes the date; it only stops the purge.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from desktop.domain import model as m
from desktop.policy import DEFAULT_RETENTION

FALLBACK_MONTHS = 60  # only when the policy table is empty (it never is by default)
OTHER_PHENOMENON, NO_ACTION, HANDED_OVER = "ander_fenomeen", "geen_actie", "overgedragen"
OUTCOME_CODES = (OTHER_PHENOMENON, NO_ACTION, HANDED_OVER)


def outcome_code(outcome: str, decisions: Iterable[str], handed_over: bool,
                 terms: Mapping[str, int] = DEFAULT_RETENTION) -> str:
    """The outcome *code* of a closed case (never free text).

    The route stores the officer's closing text in ``case.outcome``; the code is, in
    order: that text when it is a known code or a policy code; a route decision id the
    policy has a term for (e.g. the weighing option "ander_fenomeen"); "overgedragen"
    when the case was handed over; otherwise "geen_actie".
    """
    text = (outcome or "").strip()
    if text in terms or text in OUTCOME_CODES:
        return text
    chosen = [d for d in decisions if d in terms or d == OTHER_PHENOMENON]
    if chosen:
        return OTHER_PHENOMENON if OTHER_PHENOMENON in chosen else sorted(chosen)[0]
    return HANDED_OVER if handed_over else NO_ACTION


def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months; the 31st becomes the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Term:
    months: int
    known: bool  # False: the outcome has no term of its own (longest term used)


def term_for(outcome: str, terms: Mapping[str, int] = DEFAULT_RETENTION) -> Term:
    code = (outcome or "").strip()
    if code in terms:
        return Term(int(terms[code]), True)
    return Term(max(terms.values(), default=FALLBACK_MONTHS), False)


def due_date(case: m.Case, terms: Mapping[str, int] = DEFAULT_RETENTION) -> date | None:
    """The date from which a closed case may be destroyed; ``None`` while it is open."""
    return due_from(case.closed_on, case.outcome, terms)


def due_from(closed_on: date | None, outcome: str,
             terms: Mapping[str, int] = DEFAULT_RETENTION) -> date | None:
    if closed_on is None:
        return None
    return add_months(closed_on, term_for(outcome, terms).months)


def is_due(case: m.Case, today: date, terms: Mapping[str, int] = DEFAULT_RETENTION) -> bool:
    """Past its date and not on legal hold."""
    due = due_date(case, terms)
    return due is not None and due <= today and not case.legal_hold
