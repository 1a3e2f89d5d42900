"""Checklist answers and what they add up to. Plain Python: no Qt, no SQL.

Every answer keeps the list id *and version* it was given with; labels and
categories are always looked up in that version, so an old case shows exactly
what was answered. Deliberately no score or probability (domain.md §5.1): only
counts of "gezien" per category, form and list, and who contributed them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from desktop.domain.model import Form
from desktop.domain.triage import ItemHit

if TYPE_CHECKING:  # the schema is only needed for type hints; no import at run time
    from desktop.domain.checklist_schema import Checklist, ChecklistItem


class ChecklistCatalog(Protocol):
    """What the answers need of a catalogue (``desktop.content.catalog.ChecklistCatalog``)."""

    def get(self, list_id: str, version: int | None = None) -> Checklist: ...

    def item(self, list_id: str, version: int, item_id: str) -> ChecklistItem | None: ...


class Answer(StrEnum):
    SEEN = "gezien"
    NOT_SEEN = "niet_gezien"
    UNKNOWN = "onbekend"


@dataclass(frozen=True)
class ChecklistAnswer:
    list_id: str
    list_version: int
    item_id: str
    answer: Answer
    seen_by: str  # department or source that saw it, e.g. "handhaving", "BRP"
    note: str = ""
    address_id: int | None = None  # set for lists answered per address (subject: address)

    def __post_init__(self) -> None:
        object.__setattr__(self, "answer", Answer(self.answer))  # accept the stored code too


@dataclass(frozen=True)
class SeenItem:
    """An answered-"gezien" item resolved in the list version it was answered with."""

    list_id: str
    list_version: int
    item_id: str
    label: str
    seen_by: str
    address_id: int | None = None
    also: tuple[str, ...] = ()  # "zie ook" items answered too, counted here once


GENERAL_FORMS = frozenset(f for f in Form if f != Form.UNKNOWN)


@dataclass
class ChecklistSummary:
    """Counts only; never a score.

    ``per_category`` and ``per_form`` cover signal lists (kind: signals); an item that
    relates to several forms counts once for each, except general signals (an item for
    every form): those count once in ``general``, not under every form (issue 16). Procedure lists (kind: steps, e.g.
    the meldcode) appear in ``per_list`` and ``steps_done`` only.
    """

    seen: int = 0  # signal items answered "gezien"
    answered: Counter[Answer] = field(default_factory=Counter)  # all answers by value
    per_list: Counter[str] = field(default_factory=Counter)
    # (list_id, category_id) -> count
    per_category: Counter[tuple[str, str]] = field(default_factory=Counter)
    category_titles: dict[tuple[str, str], str] = field(default_factory=dict)
    per_form: Counter[Form] = field(default_factory=Counter)
    general: int = 0  # "gezien" items of a list for every form (GEN): not counted per form
    contributors: Counter[str] = field(default_factory=Counter)  # seen_by -> "gezien" answers
    steps_done: Counter[str] = field(default_factory=Counter)  # list_id -> steps answered "gezien"
    linked: int = 0  # "gezien" answers folded into a linked ("zie ook") answer, counted once
    unresolved: list[ChecklistAnswer] = field(default_factory=list)  # list/item not in catalog


def current_answers(answers: Iterable[ChecklistAnswer]) -> list[ChecklistAnswer]:
    """One answer per (list, item, address): a later answer replaces an earlier one."""
    latest: dict[tuple[str, str, int | None], ChecklistAnswer] = {}
    for answer in answers:
        key = (answer.list_id, answer.item_id, answer.address_id)
        latest.pop(key, None)  # keep order of the latest answers
        latest[key] = answer
    return list(latest.values())


def _resolve(
    answer: ChecklistAnswer, catalog: ChecklistCatalog
) -> tuple[Checklist, ChecklistItem] | None:
    item = catalog.item(answer.list_id, answer.list_version, answer.item_id)
    if item is None:
        return None
    return catalog.get(answer.list_id, answer.list_version), item


def _seen(answer: ChecklistAnswer, item: ChecklistItem) -> SeenItem:
    return SeenItem(
        answer.list_id, answer.list_version, item.id, item.label, answer.seen_by, answer.address_id
    )


def _key(answer: ChecklistAnswer) -> tuple[str, str, int | None]:
    return (answer.list_id, answer.item_id, answer.address_id)


def _fold_linked(
    answers: list[ChecklistAnswer], catalog: ChecklistCatalog
) -> dict[tuple[str, str, int | None], tuple[str, str, int | None]]:
    """"gezien" answers that repeat an earlier linked ("zie ook") answer -> that answer's key.

    The same observation in several lists (passport held: GEN-VRH-01, LAB-VRH-01, SEX-CTL-08,
    ORG-DOC-01) counts once: the first answer in answer order stands for the group."""
    claimed: dict[tuple[str, int | None], tuple[str, str, int | None]] = {}
    folded: dict[tuple[str, str, int | None], tuple[str, str, int | None]] = {}
    for answer in answers:
        resolved = _resolve(answer, catalog) if answer.answer == Answer.SEEN else None
        if resolved is None or resolved[0].kind == "steps":
            continue
        item = resolved[1]
        ids = [item.id, *item.see_also]
        primary = next((claimed[(i, answer.address_id)] for i in ids
                        if (i, answer.address_id) in claimed), None)
        if primary is not None:
            folded[_key(answer)] = primary
        for i in ids:
            claimed.setdefault((i, answer.address_id), primary or _key(answer))
    return folded


def summarise(answers: Iterable[ChecklistAnswer], catalog: ChecklistCatalog) -> ChecklistSummary:
    summary = ChecklistSummary()
    current = current_answers(answers)
    folded = _fold_linked(current, catalog)
    for answer in current:
        summary.answered[answer.answer] += 1
        resolved = _resolve(answer, catalog)
        if resolved is None:
            summary.unresolved.append(answer)
            continue
        if answer.answer != Answer.SEEN:
            continue
        if _key(answer) in folded:
            summary.linked += 1
            continue
        checklist, item = resolved
        summary.per_list[checklist.id] += 1
        summary.contributors[answer.seen_by] += 1
        if checklist.kind == "steps":
            summary.steps_done[checklist.id] += 1
            continue
        summary.seen += 1
        key = (checklist.id, item.category)
        summary.per_category[key] += 1
        summary.category_titles.setdefault(key, checklist.category(item.category).title)
        forms = checklist.forms_of(item)
        if forms >= GENERAL_FORMS:  # a general signal says nothing about one form
            summary.general += 1
            continue
        for form in forms:
            summary.per_form[form] += 1
    return summary


def seen_items(
    answers: Iterable[ChecklistAnswer], catalog: ChecklistCatalog, *, fold_linked: bool = True
) -> list[tuple[Checklist, SeenItem]]:
    """All current "gezien" answers resolved in their own list version.

    With ``fold_linked`` (the default: overviews and PDFs) an answer that repeats an earlier
    linked ("zie ook") answer is not listed again; the earlier one names it in ``also``."""
    current = current_answers(answers)
    folded = _fold_linked(current, catalog) if fold_linked else {}
    out: list[tuple[Checklist, SeenItem]] = []
    index: dict[tuple[str, str, int | None], int] = {}
    for answer in current:
        resolved = _resolve(answer, catalog) if answer.answer == Answer.SEEN else None
        if resolved is None:
            continue
        primary = folded.get(_key(answer))
        if primary is not None and primary in index:
            checklist, seen = out[index[primary]]
            out[index[primary]] = (checklist, replace(seen, also=(*seen.also, answer.item_id)))
            continue
        index[_key(answer)] = len(out)
        out.append((resolved[0], _seen(answer, resolved[1])))
    return out


def ccv_matrix(
    answers: Iterable[ChecklistAnswer], catalog: ChecklistCatalog
) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """(life domain, indicator group) -> [(item_id, label, seen_by)] for "gezien" CCV-lens items."""
    matrix: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for checklist, seen in seen_items(answers, catalog, fold_linked=False):
        item = checklist.item(seen.item_id)
        domain = checklist.life_domain_of(item)
        if domain is None or item.indicator_group is None:
            continue
        cell = matrix.setdefault((domain.value, item.indicator_group), [])
        cell.append((seen.item_id, seen.label, seen.seen_by))
    return matrix


def triage_hits(answers: Iterable[ChecklistAnswer], catalog: ChecklistCatalog) -> list[ItemHit]:
    """Items answered "gezien" that steer triage: marked ``acute`` or ``minor``."""
    hits = []
    for checklist, seen in seen_items(answers, catalog, fold_linked=False):
        item = checklist.item(seen.item_id)
        if item.acute or item.minor:
            hits.append(ItemHit(item.id, item.label, minor=item.minor, acute=item.acute))
    return hits


def acute_hits(answers: Iterable[ChecklistAnswer], catalog: ChecklistCatalog) -> list[SeenItem]:
    """Items answered "gezien" that are marked acute (prompt the emergency check)."""
    return [
        seen
        for checklist, seen in seen_items(answers, catalog, fold_linked=False)
        if checklist.item(seen.item_id).acute
    ]
