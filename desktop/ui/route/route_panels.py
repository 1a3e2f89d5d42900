"""The handovers panel of the Route tab: running handovers and the suggested ones.

Suggestions come from the route's branch rules (with their reasons); each has a button
to start it, or to record consent first. Panels only show and ask: the Route tab opens
the dialogs and saves through the route service.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.content.routes import Route
from desktop.domain import labels
from desktop.domain.route_engine import RouteState
from desktop.domain.route_records import HandoverStatus
from desktop.ui.case.case_tabs_common import RowsModel, current_key, make_table
from desktop.ui.route.route_widgets import fit_table, hint_label, named_button, sentence

HANDOVER_STATUS = {HandoverStatus.OPEN: QT_TRANSLATE_NOOP("HandoverPanel", "loopt"),
                   HandoverStatus.DONE: QT_TRANSLATE_NOOP("HandoverPanel", "afgerond"),
                   HandoverStatus.CANCELLED: QT_TRANSLATE_NOOP("HandoverPanel", "geannuleerd")}


class SuggestionRow(QWidget):
    """One suggested handover: partner and reason(s), with a start (or consent) button."""

    def __init__(self, partner_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.partner_id = partner_id
        self.at_step = ""  # step the handover belongs in ("" = the step the case is at)
        self.is_blocked = False  # consent must be recorded first
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.blocked = QLabel()
        self.blocked.setWordWrap(True)
        self.blocked.setProperty("role", "error")
        self.button = QPushButton()
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.text, 0, 0)
        layout.addWidget(self.blocked, 1, 0)
        layout.addWidget(self.button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(0, 1)


class HandoverPanel(QGroupBox):
    start_requested = Signal(str, str)  # partner id ("" = choose), step id
    close_requested = Signal(int)  # handover id
    consent_requested = Signal()

    def __init__(self, route: Route, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Overdrachten (kunnen naast elkaar lopen)"))
        self.route = route
        self.model = RowsModel([self.tr("Partner"), self.tr("Gestart"), self.tr("Status"),
                                self.tr("Terugkoppeling")], self)
        self.table = make_table(self.model, self.tr("Overdrachten"), stretch=3)
        self.table.setWordWrap(True)
        self.start_button = named_button(self.tr("Overdracht &starten…"),
                                         self.tr("Overdracht starten"))
        self.close_button = named_button(self.tr("Terugkoppeling &ontvangen…"),
                                         self.tr("Terugkoppeling van partner vastleggen"))
        self.start_button.clicked.connect(lambda: self.start_requested.emit("", ""))
        self.close_button.clicked.connect(self._close_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.suggest_title = QLabel(self.tr("Voorgesteld op grond van de kenmerken:"))
        self.none_hint = hint_label(self.tr("Geen voorstellen: zet kenmerken aan of start een "
                                            "overdracht zelf."))
        self.rows = {p.id: SuggestionRow(p.id) for p in route.partners}
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.suggest_title)
        layout.addWidget(self.none_hint)
        for row in self.rows.values():
            row.button.clicked.connect(lambda _c=False, r=row: self._suggestion_clicked(r))
            layout.addWidget(row)
        self._state: RouteState | None = None

    def refresh(self, state: RouteState) -> None:
        self._state = state
        handovers = list(state.handovers)
        self.model.set_rows([[
            self.route.partner_title(h.partner_id), labels.format_date(h.started_on),
            self.tr(HANDOVER_STATUS.get(h.status, h.status)), h.feedback_summary,
        ] for h in handovers], [h.id for h in handovers])
        fit_table(self.table, len(handovers))
        shown = {s.partner_id: s for s in state.suggested_handovers}
        for partner_id, row in self.rows.items():
            suggestion = shown.get(partner_id)
            row.setVisible(suggestion is not None)
            if suggestion is not None:
                self._fill_row(row, suggestion)
        self._order_rows(list(shown))
        self.none_hint.setVisible(not shown)
        closed = state.closed_on is not None  # a closed case starts no new handovers
        self.start_button.setEnabled(not closed)
        for row in self.rows.values():
            row.button.setEnabled(row.button.isEnabled() and not closed)
        self._enable()

    def _order_rows(self, partner_ids: list[str]) -> None:
        """Suggestions in the engine's order (branch-rule order), also for the Tab key."""
        layout = self.layout()
        first = layout.indexOf(self.none_hint) + 1
        previous: QWidget = self.close_button
        for offset, partner_id in enumerate(partner_ids):
            row = self.rows[partner_id]
            layout.removeWidget(row)
            layout.insertWidget(first + offset, row)
            QWidget.setTabOrder(previous, row.button)
            previous = row.button

    def visible_rows(self) -> list[SuggestionRow]:
        layout = self.layout()
        rows = [layout.itemAt(i).widget() for i in range(layout.count())]
        return [r for r in rows if isinstance(r, SuggestionRow) and not r.isHidden()]

    def _fill_row(self, row: SuggestionRow, suggestion) -> None:
        reasons = "<br>".join(_escape(r) for r in suggestion.reasons)
        row.text.setText(f"<b>{_escape(suggestion.partner_title)}</b><br>{reasons}")
        row.blocked.setText(sentence(suggestion.blocked))
        row.blocked.setVisible(bool(suggestion.blocked))
        if getattr(suggestion, "action", False):  # calling 112 is an action, not a handover
            row.button.setText(self.tr("Bellen: geen overdracht"))
            row.button.setEnabled(False)
        elif suggestion.started:
            row.button.setText(self.tr("Loopt al"))
            row.button.setEnabled(False)
        elif suggestion.blocked:
            row.button.setText(self.tr("Toestemming vastleggen…"))
            row.button.setEnabled(True)
        else:
            row.button.setText(self.tr("Starten"))
            row.button.setEnabled(True)
        row.button.setMinimumWidth(row.button.sizeHint().width())
        row.button.setAccessibleName(self.tr("{action}: overdracht aan {p}").format(
            action=row.button.text().rstrip("…"), p=suggestion.partner_title))
        row.at_step = suggestion.at_step or ""
        row.is_blocked = bool(suggestion.blocked)

    def _suggestion_clicked(self, row: SuggestionRow) -> None:
        if row.is_blocked:
            self.consent_requested.emit()
        else:
            self.start_requested.emit(row.partner_id, row.at_step)

    def selected(self) -> int | None:
        return current_key(self.table)

    def _close_selected(self) -> None:
        handover_id = self.selected()
        if handover_id is not None:
            self.close_requested.emit(handover_id)

    def _enable(self) -> None:
        handover_id = self.selected()
        state = self._state
        is_open = state is not None and any(h.id == handover_id for h in state.open_handovers)
        self.close_button.setEnabled(is_open)


def _escape(text: str) -> str:
    return html.escape(text)
