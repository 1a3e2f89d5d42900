"""Signal checklists of a case: which lists, answering, and what the answers add up to.

Qt-free. Version rule (architecture.md: every answer keeps list id *and* version):
a case that already has answers for a list keeps using the version it was answered
with, so one list in one case is always coherent; a list the case has not touched
yet is offered in its newest version. Old answers are always shown with the labels
of their own version. Deliberately no score (domain.md §5.1): only counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.content.checklists import (
    DEPARTMENT_LABELS_NL,
    LIFE_DOMAIN_TITLES_NL,
    Checklist,
    ChecklistItem,
    LifeDomain,
)
from desktop.domain import labels
from desktop.domain import model as m
from desktop.domain.checklist_answers import (
    Answer,
    ChecklistAnswer,
    ChecklistSummary,
    SeenItem,
    acute_hits,
    current_answers,
    seen_items,
    summarise,
)
from desktop.domain.fold import fold_compact, fold_tokens
from desktop.errors import SchakelError
from desktop.store import checklist_repo

if TYPE_CHECKING:
    from desktop.content.catalog import ChecklistCatalog
    from desktop.services.register import Register

AUDIT_ACTION = "checklist_beantwoord"
OFFICER = "aandachtsfunctionaris"
SOURCE_PREFIX_NL = "Bron: "


class ChecklistError(SchakelError, ValueError):
    """An answer that does not fit the case or the content; ``message`` is Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# -- who saw it ------------------------------------------------------------------------------
def seen_by_choices() -> list[tuple[str, str]]:
    """(code, Dutch label) offered for "gezien door": the officer, departments, sources."""
    out = [(OFFICER, "Aandachtsfunctionaris")]
    out += [(d.value, label) for d, label in DEPARTMENT_LABELS_NL.items()]
    out += [(s.value, SOURCE_PREFIX_NL + text) for s, text in labels.ENRICHMENT_SOURCE.items()]
    return out


def seen_by_label(code: str, short: bool = False) -> str:
    """Dutch label for a stored "gezien door" value; free text is shown as typed.

    ``short`` gives sources without the "Bron:" prefix and explanation, for table cells.
    """
    if short and code in m.EnrichmentSource._value2member_map_:
        return labels.ENRICHMENT_SOURCE[m.EnrichmentSource(code)].split(" (")[0]
    return dict(seen_by_choices()).get(code, code)


def seen_by_code(text: str) -> str:
    """The code for a typed or chosen label (case-insensitive); free text stays as typed."""
    text = text.strip()
    wanted = fold_compact(text)
    for code, label in seen_by_choices():
        if wanted in (fold_compact(code), fold_compact(label)):
            return code
    return text


# -- the CCV lens matrix ---------------------------------------------------------------------
@dataclass(frozen=True)
class MatrixHit:
    item_id: str
    label: str
    seen_by: str


@dataclass
class CcvMatrix:
    """Life domains (rows) × indicator groups (columns) of the CCV-lens lists of a case."""

    domains: list[tuple[str, str]]  # (code, Dutch title), always the four life domains
    groups: list[str]  # every indicator group of the lens lists, in content order
    cells: dict[tuple[str, str], list[MatrixHit]] = field(default_factory=dict)

    def hits(self, domain: str, group: str) -> list[MatrixHit]:
        return self.cells.get((domain, group), [])

    def count(self, domain: str, group: str | None = None) -> int:
        if group is not None:
            return len(self.hits(domain, group))
        return sum(len(h) for (d, _), h in self.cells.items() if d == domain)

    @property
    def total(self) -> int:
        return sum(len(h) for h in self.cells.values())

    @property
    def domains_with_signals(self) -> list[str]:
        return [code for code, _ in self.domains if self.count(code)]

    @property
    def groups_with_signals(self) -> list[str]:
        return [g for g in self.groups if any(self.hits(d, g) for d, _ in self.domains)]

    @property
    def contributors(self) -> list[str]:
        """Distinct "gezien door" values (empty left out), in order of appearance."""
        seen = [hit.seen_by for hits in self.cells.values() for hit in hits if hit.seen_by]
        return list(dict.fromkeys(seen))


# -- risk addresses ------------------------------------------------------------------------
def registers_of(item: ChecklistItem) -> set[m.EnrichmentSource]:
    """Sources an item is checked in: its ``enrichment`` list plus sources named in ``register``."""
    words = set(fold_tokens(item.source_register))
    named = {s for s in m.EnrichmentSource if fold_compact(s.value) in words}
    return set(item.enrichment) | named


def _about_other_address(entry: m.EnrichmentEntry, address_id: int) -> bool:
    kind, _, ref = entry.subject.partition(":")
    return kind.strip().lower() in ("address", "adres") and ref.strip() != str(address_id)


def linked_enrichment(item: ChecklistItem, entries: Iterable[m.EnrichmentEntry],
                      address_id: int) -> list[m.EnrichmentEntry]:
    """Entries whose source is the item's register or that flag the item, oldest first.

    Entries explicitly about another address of the case (subject "address:<id>") are
    left out; entries about the case, a person or this address stay.
    """
    sources = registers_of(item)
    found = [e for e in entries
             if (e.source in sources or item.id in e.result_flags)
             and not _about_other_address(e, address_id)]
    return sorted(found, key=lambda e: (e.consulted_at is None, e.consulted_at or 0))


# -- the service -----------------------------------------------------------------------------
class ChecklistService:
    def __init__(self, register: Register, catalog: ChecklistCatalog) -> None:
        self._r = register
        self.catalog = catalog

    # reading
    def answers(self, case_id: int) -> list[ChecklistAnswer]:
        """The current answer per (list, item, address) of a case."""
        with self._r.read() as conn:
            return current_answers(checklist_repo.for_case(conn, case_id))

    def answers_for(self, case_id: int, list_id: str, address_id: int | None = None
                    ) -> dict[str, ChecklistAnswer]:
        return {a.item_id: a for a in self.answers(case_id)
                if a.list_id == list_id and a.address_id == address_id}

    def version_for(self, case_id: int | None, list_id: str) -> int:
        """The list version this case uses: the one it was answered with, else the newest."""
        answers = self.answers(case_id) if case_id is not None else []
        return _version(self.catalog, answers, list_id)

    def lists_for(self, case: m.Case) -> list[tuple[Checklist, m.Address | None]]:
        """Lists to show for the case, in display order; address lists once per address.

        Offered: the lists for the case's forms (all when unknown), minor-only lists when
        the case involves a minor, plus every list the case already has answers for.
        A list whose answered version is no longer in the content is left out (its
        answers are reported in ``summary().unresolved``).
        """
        answers = self.answers(case.id) if case.id is not None else []
        answered = {a.list_id for a in answers}
        minor = case.minor == m.TriState.YES
        offered = {c.id for c in self.catalog.current_lists(case.forms, minor)}
        out: list[tuple[Checklist, m.Address | None]] = []
        for list_id in self.catalog.list_ids():
            if list_id not in offered and list_id not in answered:
                continue
            version = _version(self.catalog, answers, list_id)
            if not self.catalog.has(list_id, version):
                continue
            checklist = self.catalog.get(list_id, version)
            if checklist.subject == "address":
                out += [(checklist, a) for a in case.addresses if a.id is not None]
            else:
                out.append((checklist, None))
        return out

    def summary(self, case_id: int) -> ChecklistSummary:
        """Counts per list, category, form; ``contributors`` counts signals only.

        Procedure steps (the meldcode) are left out of ``contributors``: they say who
        did a step, not who saw a signal.
        """
        answers = self.answers(case_id)
        summary = summarise(answers, self.catalog)
        summary.contributors = Counter(seen.seen_by for checklist, seen
                                       in seen_items(answers, self.catalog)
                                       if checklist.kind != "steps")
        return summary

    def acute_hits(self, case_id: int) -> list[SeenItem]:
        return acute_hits(self.answers(case_id), self.catalog)

    def matrix(self, case_id: int) -> CcvMatrix:
        answers = self.answers(case_id)
        lens = [self.catalog.get(lid, v) for lid in self.catalog.list_ids()
                if self.catalog.latest(lid).ccv_lens
                and self.catalog.has(lid, v := _version(self.catalog, answers, lid))]
        groups = [i.indicator_group for c in lens for i in c.items if i.indicator_group]
        matrix = CcvMatrix([(d.value, LIFE_DOMAIN_TITLES_NL[d]) for d in LifeDomain],
                           list(dict.fromkeys(groups)))
        for checklist, seen in seen_items(answers, self.catalog, fold_linked=False):
            item = checklist.item(seen.item_id)
            domain = checklist.life_domain_of(item)
            if domain is None or not item.indicator_group:
                continue
            if item.indicator_group not in matrix.groups:
                matrix.groups.append(item.indicator_group)
            cell = matrix.cells.setdefault((domain.value, item.indicator_group), [])
            cell.append(MatrixHit(seen.item_id, seen.label, seen.seen_by))
        return matrix

    def address_evidence(self, case: m.Case, checklist: Checklist, address_id: int
                         ) -> dict[str, list[m.EnrichmentEntry]]:
        """item id -> the case's enrichment entries that item refers to (address lists)."""
        return {item.id: linked_enrichment(item, case.enrichments, address_id)
                for item in checklist.items}

    # writing
    def answer(self, case_id: int, list_id: str, item_id: str, answer: Answer | str,
               seen_by: str = "", note: str = "", address_id: int | None = None
               ) -> ChecklistAnswer:
        """Store one answer (one transaction, audited without content) and return it."""
        value = Answer(answer)
        with self._r.write() as conn:
            answers = current_answers(checklist_repo.for_case(conn, case_id))
            checklist = self._checklist_for_answer(answers, list_id, item_id)
            self._check_address(conn, case_id, checklist, address_id)
            stored = ChecklistAnswer(list_id, checklist.version, item_id, value,
                                     seen_by.strip(), note.strip(), address_id)
            checklist_repo.upsert(conn, case_id, stored)
            self._r.audit(conn, AUDIT_ACTION, case_id, list_id)
        item = checklist.item(item_id)
        if item.acute or item.minor:  # triage (minor, acute) is derived from these answers
            self._refresh_route(case_id)
        self._r.changed("checklist", case_id)
        return stored

    def _refresh_route(self, case_id: int) -> None:
        from desktop.services.route.support import RouteError

        try:
            self._r.routes.refresh_status(case_id)
        except (RouteError, KeyError):  # a missing route file is reported on the Route tab
            pass

    def _checklist_for_answer(self, answers: list[ChecklistAnswer], list_id: str,
                              item_id: str) -> Checklist:
        if not self.catalog.has(list_id):
            raise ChecklistError(f"Lijst '{list_id}' is niet (meer) beschikbaar.")
        version = _version(self.catalog, answers, list_id)
        if not self.catalog.has(list_id, version):
            raise ChecklistError(
                f"Deze zaak gebruikt versie {version} van lijst '{list_id}'; "
                "die versie is niet meer beschikbaar.")
        if self.catalog.item(list_id, version, item_id) is None:
            raise ChecklistError(
                f"Signaal '{item_id}' staat niet in versie {version} van lijst '{list_id}'.")
        return self.catalog.get(list_id, version)

    @staticmethod
    def _check_address(conn, case_id: int, checklist: Checklist, address_id: int | None) -> None:
        if checklist.subject != "address":
            if address_id is not None:
                raise ChecklistError(f"Lijst '{checklist.id}' wordt niet per adres ingevuld.")
            return
        row = None if address_id is None else conn.execute(
            "SELECT 1 FROM address WHERE id = ? AND case_id = ?", (address_id, case_id)).fetchone()
        if row is None:
            raise ChecklistError(
                f"Lijst '{checklist.id}' wordt per adres ingevuld: kies een adres van deze zaak.")


def _version(catalog: ChecklistCatalog, answers: Iterable[ChecklistAnswer], list_id: str) -> int:
    answered = [a.list_version for a in answers if a.list_id == list_id]
    return max(answered) if answered else catalog.latest_version(list_id)
