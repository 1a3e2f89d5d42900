"""Monitoring: counts per quarter or year over live cases plus destroyed ones.

Statistics are computed from the anonymous ``StatsRow`` of every live case UNION the
``stats_record`` rows written when cases were destroyed, so figures survive
deletion. A case with several forms of exploitation (or handovers to several
partners) counts once in each. Columns are the quarters of one year plus its total
(``year`` given) or every year plus the total. Exports (CSV, PDF, CLI) show counts
1–4 as "< 5" — see ``desktop.services.monitoring.stats_export``.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.content.departments import DepartmentList, load_departments
from desktop.content.phenomena import PhenomenaList, load_phenomena
from desktop.domain import labels
from desktop.domain import model as m
from desktop.domain.stats_row import ROUTE_OUTCOMES, StatsRow, route_outcomes
from desktop.store import stats_repo

if TYPE_CHECKING:
    from desktop.services.register import Register

TOTAL = "Totaal"
UNKNOWN_DEPARTMENT = "(onbekend)"


@dataclass(frozen=True)
class CountTable:
    id: str
    title: str
    rows: list[str]  # Dutch row labels
    values: list[list[int]]  # per row, one value per report column


@dataclass(frozen=True)
class MedianTable:
    id: str
    title: str
    rows: list[str]
    values: list[list[float | None]]  # median days per column (None: no cases)
    counts: list[list[int]]  # number of cases behind each median


Table = CountTable | MedianTable


@dataclass
class StatsReport:
    year: int | None
    columns: list[str]  # "K1".."K4" + "Totaal", or years + "Totaal"
    tables: list[Table] = field(default_factory=list)
    years: list[int] = field(default_factory=list)  # years that have data
    live_cases: int = 0
    destroyed_cases: int = 0

    def table(self, table_id: str) -> Table:
        return next(t for t in self.tables if t.id == table_id)


# -- which route step is the feedback to the reporter --------------------------------------
@lru_cache(maxsize=4)
def _feedback_steps(content_dir: Path | None) -> frozenset[tuple[str, int, str]]:
    try:
        from desktop.content.route_catalog import load_default_routes
        from desktop.domain.route_terms import StepKind

        catalog, _problems = load_default_routes(content_dir)
    except Exception:  # broken content: fall back to the step-id rule
        return frozenset()
    found = set()
    for route_id in catalog.ids():
        for version in catalog.versions(route_id):
            for step in catalog.get(route_id, version).steps:
                if step.kind == StepKind.REPORTER_FEEDBACK:
                    found.add((route_id, version, step.id))
    return frozenset(found)


def looks_like_feedback(step_id: str) -> bool:
    """Fallback when the route is unknown: 'terugkoppeling_melder', 'R9' and the like."""
    sid = step_id.lower()
    if "terugkoppeling" in sid:
        return "ontvangen" not in sid and "partner" not in sid
    return sid in ("r9", "r09")


def feedback_test(content_dir: Path | None) -> stats_repo.FeedbackTest:
    known = _feedback_steps(content_dir)
    routes = {(rid, ver) for rid, ver, _ in known}

    def is_feedback(route_id: str, version: int | None, step_id: str) -> bool:
        if (route_id, version) in routes:
            return (route_id, version, step_id) in known
        return looks_like_feedback(step_id)

    return is_feedback


# -- computing -----------------------------------------------------------------------------
def with_department_code(row: StatsRow, departments: DepartmentList) -> StatsRow:
    """The row with the reporter's department as a code of the department list, never free text
    (the officer's free text maps to a code; an older stored row holding text is mapped too)."""
    return replace(row, department=departments.code_for(row.department))


def all_rows(register: Register) -> tuple[list[StatsRow], int]:
    """(live rows + stored rows, number of live rows); departments as codes."""
    test = feedback_test(register.policy.content_dir)
    departments = load_departments(register.policy.content_dir)
    with register.read() as conn:
        live = list(stats_repo.live_rows(conn, test, terms=register.policy.retention).values())
        stored = stats_repo.stored_rows(conn)
    rows = [with_department_code(r, departments) for r in live + stored]
    return rows, len(live)


def compute(register: Register, year: int | None = None) -> StatsReport:
    rows, live = all_rows(register)
    content = register.policy.content_dir
    return build_report(rows, year, live_cases=live, departments=load_departments(content),
                        phenomena=load_phenomena(content))


def build_report(rows: list[StatsRow], year: int | None, live_cases: int = 0,
                 departments: DepartmentList | None = None,
                 phenomena: PhenomenaList | None = None) -> StatsReport:
    years = sorted({r.year for r in rows})
    if year is None:
        keys: list[object] = list(years)
        columns = [str(y) for y in years]

        def col(r: StatsRow) -> object:
            return r.year
        selected = rows
    else:
        keys, columns = [1, 2, 3, 4], ["K1", "K2", "K3", "K4"]

        def col(r: StatsRow) -> object:
            return r.quarter_index
        selected = [r for r in rows if r.year == year]
    report = StatsReport(year, [*columns, TOTAL], years=years, live_cases=live_cases,
                         destroyed_cases=len(rows) - live_cases)
    grid = _Grid(keys, col, selected)
    report.tables = [
        grid.counts("nieuw", "Nieuwe signalen", {TOTAL: lambda r: True}),
        grid.counts("vorm", "Per vorm van uitbuiting",
                    _code_rows(labels.FORM, lambda r: r.forms)),
        grid.counts("afdeling", "Per afdeling van de melder", _department_rows(selected, departments)),
        grid.counts("soort", "Per soort signaal",
                    _code_rows(labels.SIGNAL_TYPE, lambda r: (r.signal_type,))),
        grid.counts("minderjarig", "Minderjarige betrokken",
                    _code_rows(labels.TRI_STATE, lambda r: (r.minor,))),
        grid.counts("uitkomst", "Uitkomst van de route",
                    {label: (lambda r, c=code: c in route_outcomes(r))
                     for code, label in ROUTE_OUTCOMES.items()}),
        grid.medians("doorlooptijd", "Doorlooptijd in dagen (mediaan)", {
            "Van signaal tot eerste overdracht": lambda r: r.days_to_handover,
            "Van signaal tot terugkoppeling aan melder": lambda r: r.days_to_feedback,
        }),
        grid.counts("interventie", "Interventies per soort", _intervention_rows(effect=False)),
        grid.counts("interventie_effect", "Interventies met vastgelegd effect",
                    _intervention_rows(effect=True)),
        grid.counts("registratie", "Registratieketen (aantal personen)", {
            "Geregistreerd bij het Zorg- en Veiligheidshuis": lambda r: r.registered_zvh,
            "Gemeld bij CoMensha": lambda r: r.reported_comensha,
        }),
        grid.counts("verwante_fenomenen", "Raakt aan verwante fenomenen",
                    _phenomenon_rows(selected, phenomena)),
    ]
    return report


def _phenomenon_rows(rows: list[StatsRow], phenomena: PhenomenaList | None) -> dict[str, Predicate]:
    """One row per adjacent-phenomenon code of the list (then codes no longer in it)."""
    codes = [code for code, _label in phenomena.choices()] if phenomena else []
    codes += sorted({c for r in rows for c in r.phenomena} - set(codes))

    def shown(code: str) -> str:
        return phenomena.label_of(code) if phenomena else code

    return {shown(code): (lambda r, k=code: k in r.phenomena) for code in codes}


Predicate = Callable[[StatsRow], bool]


def _code_rows(mapping: dict, codes: Callable[[StatsRow], Iterable[str]]) -> dict[str, Predicate]:
    return {labels.label(mapping, value): (lambda r, v=str(value): v in codes(r))
            for value in mapping}


def _department_rows(rows: list[StatsRow], departments: DepartmentList | None) -> dict[str, Predicate]:
    """One row per department code (shown with its label), sorted by count."""
    counts = Counter(r.department or UNKNOWN_DEPARTMENT for r in rows)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def shown(code: str) -> str:
        return departments.label_of(code) if departments and code != UNKNOWN_DEPARTMENT else code

    return {shown(code): (lambda r, k=code: (r.department or UNKNOWN_DEPARTMENT) == k)
            for code, _n in ordered}


def _intervention_rows(effect: bool) -> dict[str, Callable[[StatsRow], int]]:
    return {labels.label(labels.INTERVENTION_KIND, kind):
            (lambda r, k=kind.value: r.interventions.get(k, (0, 0))[1 if effect else 0])
            for kind in m.InterventionKind}


class _Grid:
    """Rows × report columns, the last column being the total."""

    def __init__(self, keys: list[object], column_of: Callable[[StatsRow], object],
                 rows: list[StatsRow]) -> None:
        self.keys, self.column_of, self.rows = keys, column_of, rows

    def _per_column(self, rows: list[StatsRow]) -> list[list[StatsRow]]:
        buckets: list[list[StatsRow]] = [[] for _ in self.keys]
        index = {k: i for i, k in enumerate(self.keys)}
        for r in rows:
            buckets[index[self.column_of(r)]].append(r)
        return [*buckets, rows]

    def counts(self, table_id: str, title: str, rows: dict) -> CountTable:
        columns = self._per_column(self.rows)
        values = []
        for fn in rows.values():
            values.append([sum(int(fn(r)) for r in col) for col in columns])
        return CountTable(table_id, title, list(rows), values)

    def medians(self, table_id: str, title: str, rows: dict) -> MedianTable:
        columns = self._per_column(self.rows)
        values, counts = [], []
        for fn in rows.values():
            samples = [[v for v in map(fn, col) if v is not None] for col in columns]
            values.append([float(statistics.median(s)) if s else None for s in samples])
            counts.append([len(s) for s in samples])
        return MedianTable(table_id, title, list(rows), values, counts)
