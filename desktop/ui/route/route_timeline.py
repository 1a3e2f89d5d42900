"""The route as a vertical timeline: done / current / open steps and the parallel handovers.

``timeline_rows`` turns a ``RouteState`` into rows (plain data, tested without widgets);
``TimelineModel`` shows them; ``route_timeline_view`` paints them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.content.routes import Route
from desktop.domain.labels import format_date
from desktop.domain.route_engine import RouteState
from desktop.domain.route_records import Handover, HandoverStatus
from desktop.services.route.support import decision_label, meeting_title

_C = "RouteTimeline"
HANDOVER_STATE = {HandoverStatus.OPEN: "handover_open", HandoverStatus.DONE: "handover_done",
                  HandoverStatus.CANCELLED: "handover_cancelled"}
RowRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = "#b42318"
DONE_COLOUR = "#2e7d32"

STATUS_TEXT = {
    "done": QT_TRANSLATE_NOOP(_C, "✓ afgerond"),
    "current": QT_TRANSLATE_NOOP(_C, "● huidig"),
    "open": QT_TRANSLATE_NOOP(_C, "○ open"),
    "skipped": QT_TRANSLATE_NOOP(_C, "– niet gebruikt"),
    "handover_open": QT_TRANSLATE_NOOP(_C, "⇄ overdracht loopt"),
    "handover_done": QT_TRANSLATE_NOOP(_C, "⇄ overdracht afgerond"),
    "handover_cancelled": QT_TRANSLATE_NOOP(_C, "⇄ overdracht geannuleerd"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


@dataclass(frozen=True)
class TimelineRow:
    kind: str  # "step" | "handover"
    key: str  # step id, or handover id as text
    state: str  # done / current / open / skipped; handover_open / _done / _cancelled
    title: str
    detail: str
    overdue: bool = False

    @property
    def status_text(self) -> str:
        return tr(STATUS_TEXT.get(self.state, self.state))

    def spoken(self) -> str:
        """The whole row as one sentence (display text, for screen readers and tests)."""
        late = tr("TE LAAT") + " – " if self.overdue else ""
        return " – ".join(p for p in (self.status_text, self.title, late + self.detail) if p)


def reachable_steps(route: Route) -> set[str]:
    """Steps reachable from the start steps via next steps and decision options."""
    seen: set[str] = set()
    todo = list(route.start)
    while todo:
        step_id = todo.pop()
        if step_id in seen or not route.has_step(step_id):
            continue
        seen.add(step_id)
        step = route.step(step_id)
        options = step.decision.options if step.decision else []
        todo += step.next + [t for o in options for t in o.next]
    return seen


def _title(route: Route, step_id: str) -> str:
    """Continuous per-route numbering ("3. Verrijken"): officers read gaps in R-codes as
    missing steps, so the domain codes stay internal."""
    return route.numbered_title(step_id)


def _due_detail(state: RouteState, step_id: str, today: date) -> tuple[str, bool]:
    due = state.due_date(step_id)
    if due is None:
        return "", False
    activation = state.activations.get(step_id)
    review = activation is not None and activation.review_on is not None
    template = tr("herbeoordelen op {d}") if review else tr("streefdatum {d}")
    text = template.format(d=format_date(due))
    if due < today:
        days = (today - due).days
        text += " " + (tr("(1 dag over tijd)") if days == 1
                       else tr("({n} dagen over tijd)").format(n=days))
    return text, due < today


def _done_detail(state: RouteState, step_id: str) -> str:
    record = state.record_for(step_id)
    if record is None:
        return ""
    route = state.route
    parts = [tr("afgerond op {d}").format(d=format_date(record.completed_on))]
    parts.append(decision_label(route, record))
    if record.meeting:
        parts.append(tr("besproken in {m} ({d})").format(
            m=meeting_title(route, record.meeting), d=format_date(record.meeting_on)))
    if record.contacted_ids():
        parts.append(tr("benaderd: {p}").format(
            p=", ".join(route.partner_title(p) for p in record.contacted_ids())))
    return " · ".join(p for p in parts if p)


def _step_row(state: RouteState, step_id: str, today: date) -> TimelineRow:
    title = _title(state.route, step_id)
    if step_id in state.activations:
        detail, overdue = _due_detail(state, step_id, today)
        if state.is_done(step_id):
            detail = " · ".join(p for p in (detail, tr("eerder afgerond")) if p)
        return TimelineRow("step", step_id, "current", title, detail, overdue)
    if state.is_done(step_id):
        return TimelineRow("step", step_id, "done", title, _done_detail(state, step_id))
    return TimelineRow("step", step_id, "skipped" if state.closed_on else "open", title, "")


def _handover_row(route: Route, handover: Handover) -> TimelineRow:
    title = tr("Overdracht aan {p}").format(p=route.partner_title(handover.partner_id))
    parts = [tr("gestart op {d}").format(d=format_date(handover.started_on))]
    if handover.closed_on:
        parts.append(tr("afgerond op {d}").format(d=format_date(handover.closed_on)))
    if handover.feedback_summary:
        parts.append(handover.feedback_summary)
    return TimelineRow("handover", str(handover.id), HANDOVER_STATE.get(handover.status, ""),
                       title, " · ".join(parts))


def timeline_rows(state: RouteState, today: date) -> list[TimelineRow]:
    """Every step worth showing in route order, each followed by the handovers started in it."""
    route = state.route
    main = reachable_steps(route)
    rows: list[TimelineRow] = []
    placed: set[int] = set()
    for step in route.steps:
        shown = step.id in main or step.id in state.activations or state.is_done(step.id)
        if not shown:
            continue
        rows.append(_step_row(state, step.id, today))
        for handover in state.handovers:
            if handover.step_id == step.id and handover.id is not None:
                rows.append(_handover_row(route, handover))
                placed.add(handover.id)
    rows += [_handover_row(route, h) for h in state.handovers
             if h.id is not None and h.id not in placed]
    return rows


class TimelineModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[TimelineRow] = []

    def set_rows(self, rows: list[TimelineRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return row.spoken()
        if role == RowRole:
            return row
        return None

    def row_of_step(self, step_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.kind == "step" and r.key == step_id),
                    -1)
