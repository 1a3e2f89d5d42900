"""Tab "Route" of a case: the route as a timeline, handovers, triage, consent, interventions.

Left: the timeline (done / current / open steps and the handovers started in them);
Enter on a current step opens the guided step dialog, on a done step the correction.
Right: the side panels. Every save goes through ``register.routes`` (one transaction)
and then reloads the whole case view, so the heading and the case list follow.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import labels
from desktop.domain.route_engine import RouteState
from desktop.services.route.support import RouteError, current_consent
from desktop.services.ui_types import StoreError
from desktop.ui.case.case_tabs_common import CaseContext, CaseTab
from desktop.ui.case.consent_dialog import ConsentDialog
from desktop.ui.route.intervention_dialog import InterventionDialog
from desktop.ui.route.route_case_panels import ConsentPanel, FlagsPanel, InterventionPanel
from desktop.ui.route.route_handover_dialogs import CloseHandoverDialog, StartHandoverDialog
from desktop.ui.route.route_panels import HandoverPanel
from desktop.ui.route.route_step_dialog import RouteStepDialog
from desktop.ui.route.route_timeline import OVERDUE_COLOUR, timeline_rows
from desktop.ui.route.route_timeline_view import TimelineView
from desktop.ui.route.route_triage_panels import RouteTriageMixin
from desktop.ui.widgets.fields import buddy_label, enum_label
from desktop.ui.widgets.messages import show_error


class RouteTab(RouteTriageMixin, CaseTab):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.routes = ctx.register.routes
        self.dialog: QDialog | None = None
        self.state: RouteState | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.status_line.setTextFormat(Qt.TextFormat.RichText)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.complete_button = self._button(self.tr("Stap &afronden…"), self.tr("Stap afronden"))
        self.correct_button = self._button(self.tr("Stap &corrigeren…"),
                                           self.tr("Stap corrigeren"))
        self.complete_button.clicked.connect(self.complete_selected)
        self.correct_button.clicked.connect(self.correct_selected)
        self.timeline = TimelineView()
        self.timeline.setAccessibleName(self.tr("Stappen van de route"))
        self.timeline.step_activated.connect(self.act_on_step)
        self.body = QWidget()
        self._build_panels()
        self._layout()
        self.refresh()

    @staticmethod
    def _button(text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        return button

    def _build_panels(self) -> None:
        try:
            route = self.routes.route_for(self.ctx.case)
        except RouteError as exc:
            self._show_error(exc.message)
            route = None
        self.route = route
        if route is None:
            return
        self.handovers = HandoverPanel(route)
        self.handovers.start_requested.connect(self.start_handover)
        self.handovers.close_requested.connect(self.close_handover)
        self.handovers.consent_requested.connect(self.record_consent)
        self.flags = FlagsPanel()
        self.flags.flag_changed.connect(self.set_flag)
        self.consent = ConsentPanel()
        self.consent.record_requested.connect(self.record_consent)
        self.consent.change_requested.connect(self.change_consent)
        self.interventions = InterventionPanel(route)
        self.interventions.add_requested.connect(self.add_intervention)
        self.interventions.edit_requested.connect(self.edit_intervention)
        side = QVBoxLayout(self.body)
        for panel in (self.handovers, self.flags, self.consent, self.interventions):
            side.addWidget(panel)
        self.build_triage_panels(side)
        side.addStretch(1)

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(buddy_label(self.tr("Stappen van de &route:"), self.timeline))
        left_layout.addWidget(self.timeline, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.status_line)
        top.addLayout(text, 1)
        top.addWidget(self.complete_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)
        self.timeline.selectionModel().currentChanged.connect(lambda *_: self._enable())

    # -- CaseTab -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Route")

    def refresh(self) -> None:
        if self.route is None:
            self.complete_button.setEnabled(False)
            self.correct_button.setEnabled(False)
            return
        try:
            ctx = self.routes.context(self.ctx.case.id)
            self.state = state = ctx.state(self.routes.today())
        except (RouteError, StoreError) as exc:
            self._show_error(exc.message)
            return
        selected = self.timeline.selected_row()
        still_current = selected is not None and selected.key in state.activations
        keep = selected.key if still_current and selected.kind == "step" else state.next_step
        follow, self._follow = getattr(self, "_follow", []), []
        following = [s for s in follow if s in state.activations]
        if following:  # just completed: the step that logically follows, not the most urgent
            keep = following[0]
        self.timeline.set_rows(timeline_rows(state, state.today), keep)
        self._show_status(state)
        self.handovers.refresh(state)
        self.flags.refresh(ctx.case)
        self.refresh_triage_panels(ctx)
        self.consent.refresh(ctx.case)
        self.interventions.refresh(ctx.case)
        self._enable()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def _show_status(self, state: RouteState) -> None:
        route = state.route
        started = bool(self.ctx.case.route_id)
        version = self.tr("versie {v}").format(v=route.version)
        note = "" if started else " · " + self.tr("start bij de eerste vastlegging")
        self.heading.setText(f"<b>{_esc(route.title)}</b> ({version}{note})")
        action = state.next_action
        parts = [self.tr("Status: {s}").format(s=_esc(enum_label(labels.STATUS, state.status)))]
        if action.label:
            parts.append(self.tr("Volgende actie: {a}").format(a=_esc(action.label)))
        if action.due is not None:
            due = self.tr("streefdatum {d}").format(d=labels.format_date(action.due))
            if action.due < state.today:
                due = (f"<span style='color:{OVERDUE_COLOUR}; font-weight:600'>"
                       f"{self.tr('TE LAAT')}: {due}</span>")
            parts.append(due)
        self.status_line.setText(" · ".join(parts))

    def _enable(self) -> None:
        row = self.timeline.selected_row()
        state = self.state
        self.complete_button.setEnabled(state is not None and bool(state.current_steps))
        done = (row is not None and row.kind == "step" and state is not None
                and state.is_done(row.key))
        self.correct_button.setEnabled(done)

    # -- steps -------------------------------------------------------------------------------
    def act_on_step(self, step_id: str) -> None:
        state = self.state
        if state is None:
            return
        if step_id in state.activations:
            self.open_step(step_id)
        elif state.is_done(step_id):
            self.open_step(step_id, correct=True)
        else:
            self.ctx.status(self.tr("Deze stap is nu niet aan de beurt."))

    def complete_selected(self) -> None:
        row = self.timeline.selected_row()
        state = self.state
        if state is None:
            return
        if row is not None and row.kind == "step" and row.key in state.activations:
            self.open_step(row.key)
        elif state.next_step:
            self.open_step(state.next_step)

    def correct_selected(self) -> None:
        row = self.timeline.selected_row()
        if row is not None and row.kind == "step":
            self.open_step(row.key, correct=True)

    def open_step(self, step_id: str, correct: bool = False) -> None:
        record = self.state.record_for(step_id) if correct and self.state else None
        if correct and record is None:
            return
        try:
            dialog = RouteStepDialog(self.ctx.register, self.ctx.case.id, step_id,
                                     correcting=record, parent=self)
        except (RouteError, StoreError) as exc:
            show_error(self, exc.message)
            return
        self._open(dialog)

    # -- dialogs -------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _saved(self, dialog: QDialog | None = None) -> None:
        record = getattr(dialog, "saved", None)
        self._follow = list(getattr(record, "next_steps", None) or [])
        self.ctx.reload()
        self.timeline.setFocus()

    def start_handover(self, partner_id: str, step_id: str) -> None:
        row = self.timeline.selected_row()
        if not step_id and row is not None and row.kind == "step" and self.state is not None \
                and row.key in self.state.activations:
            step_id = row.key  # the step the officer is working on, not the most urgent one
        self._open(StartHandoverDialog(self.ctx.register, self.ctx.case.id, partner_id, step_id,
                                       parent=self))

    def close_handover(self, handover_id: int) -> None:
        handover = next((h for h in self.state.handovers if h.id == handover_id), None)
        if handover is not None:
            title = self.route.partner_title(handover.partner_id)
            self._open(CloseHandoverDialog(self.ctx.register, self.ctx.case.id, handover, title,
                                           parent=self))

    def record_consent(self) -> None:
        self._open(ConsentDialog(self.ctx.register, self.ctx.case.id, parent=self))

    def change_consent(self) -> None:
        latest = current_consent(self.routes.context(self.ctx.case.id).case)
        if latest is not None:
            self._open(ConsentDialog(self.ctx.register, self.ctx.case.id, latest, parent=self))

    def add_intervention(self) -> None:
        self._open(InterventionDialog(self.ctx.register, self.ctx.case.id, parent=self))

    def edit_intervention(self, item_id: int) -> None:
        case = self.routes.context(self.ctx.case.id).case
        item = next((i for i in case.interventions if i.id == item_id), None)
        if item is not None:
            self._open(InterventionDialog(self.ctx.register, self.ctx.case.id, item, parent=self))

    def set_flag(self, name: str, on: bool) -> None:
        try:
            self.routes.set_flags(self.ctx.case.id, **{name: on})
        except (RouteError, StoreError) as exc:
            show_error(self, exc.message)
            self.refresh()
            return
        self.ctx.reload()


def _esc(text: str) -> str:
    return html.escape(text)
