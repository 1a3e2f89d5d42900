"""Side panels of the Route tab: handovers with suggestions, triage flags, consent, interventions.

Panels only show and ask; the Route tab opens the dialogs and saves through the
route service. ``refresh(case, state)`` after every change.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.content.routes import Route
from desktop.domain import labels
from desktop.domain import model as m
from desktop.domain.route_engine import RouteState
from desktop.domain.route_records import HandoverStatus
from desktop.services.route_support import current_consent
from desktop.ui.case_tabs_common import RowsModel, current_key, make_table
from desktop.ui.fields import enum_label

HANDOVER_STATUS = {HandoverStatus.OPEN: QT_TRANSLATE_NOOP("HandoverPanel", "loopt"),
                   HandoverStatus.DONE: QT_TRANSLATE_NOOP("HandoverPanel", "afgerond"),
                   HandoverStatus.CANCELLED: QT_TRANSLATE_NOOP("HandoverPanel", "geannuleerd")}


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


def fit_table(table: QTableView, rows: int, most: int = 4) -> None:
    """Height for ``rows`` rows (at least one, at most ``most``; then it scrolls)."""
    line = table.fontMetrics().height()
    row = max(table.verticalHeader().defaultSectionSize(), line + 8)
    head = max(table.horizontalHeader().sizeHint().height(), line + 8)
    table.setFixedHeight(head + row * min(max(rows, 1), most) + 2 * table.frameWidth() + 4)


def _button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    return button


class SuggestionRow(QWidget):
    """One suggested handover: partner and reason(s), with a start (or consent) button."""

    def __init__(self, partner_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.partner_id = partner_id
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
        self.start_button = _button(self.tr("Overdracht &starten…"), self.tr("Overdracht starten"))
        self.close_button = _button(self.tr("Terugkoppeling &ontvangen…"),
                                    self.tr("Terugkoppeling van partner vastleggen"))
        self.start_button.clicked.connect(lambda: self.start_requested.emit("", ""))
        self.close_button.clicked.connect(self._close_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.suggest_title = QLabel(self.tr("Voorgesteld op grond van de kenmerken:"))
        self.none_hint = _hint(self.tr("Geen voorstellen: zet kenmerken aan of start een "
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
        row.blocked.setText(suggestion.blocked)
        row.blocked.setVisible(bool(suggestion.blocked))
        if suggestion.started:
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
        if getattr(row, "is_blocked", False):
            self.consent_requested.emit()
        else:
            self.start_requested.emit(row.partner_id, getattr(row, "at_step", ""))

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


class FlagsPanel(QGroupBox):
    """Triage flags: they feed the route engine's facts (suggested handovers, branch steps)."""

    flag_changed = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Kenmerken (triage)"))
        texts = {
            "prostitution_setting": self.tr("&Prostitutie of sekswerk in beeld"),
            "victim_needs_care": self.tr("Slachtoffer heeft &zorg, opvang of advies nodig"),
            "organised_element": self.tr("&Georganiseerd of ondermijnend element"),
            "unaccompanied_minor": self.tr("Alleenstaande &minderjarige vreemdeling (amv)"),
            "victim_and_suspect": self.tr("Mogelijk slachtoffer én verdachte (&non-punishment)"),
        }
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        self.signal_facts = _hint()
        layout.addWidget(self.signal_facts)
        for name, text in texts.items():
            box = QCheckBox(text)
            box.setAccessibleName(text.replace("&", ""))
            box.toggled.connect(lambda on, n=name: self.flag_changed.emit(n, on))
            self.boxes[name] = box
            layout.addWidget(box)

    def refresh(self, case: m.Case) -> None:
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(bool(getattr(case, name)))
            box.blockSignals(False)
        forms = ", ".join(enum_label(labels.FORM, f) for f in sorted(case.forms)) or "–"
        self.signal_facts.setText(self.tr(
            "Uit het signaal: {forms} · minderjarige: {minor} · {acute}").format(
            forms=forms, minor=enum_label(labels.TRI_STATE, case.minor),
            acute=self.tr("acuut") if case.acute else self.tr("niet acuut")))


class ConsentPanel(QGroupBox):
    record_requested = Signal()
    change_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Toestemming betrokkene (delen met de zorgkant)"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.record_button = _button(self.tr("Toestemming &vastleggen…"),
                                     self.tr("Toestemming vastleggen"))
        self.change_button = _button(self.tr("Intre&kking of wijziging…"),
                                     self.tr("Intrekking of wijziging van de toestemming"))
        self.record_button.clicked.connect(self.record_requested)
        self.change_button.clicked.connect(self.change_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def refresh(self, case: m.Case) -> None:
        latest = current_consent(case)
        self.change_button.setEnabled(latest is not None)
        if latest is None:
            self.status.setText(self.tr("Nog niet vastgelegd. Nodig vóór een overdracht aan de "
                                        "zorgcoördinator."))
            return
        parts = [enum_label(labels.CONSENT_STATUS, latest.status)]
        if latest.recorded_on:
            parts.append(self.tr("op {d}").format(d=labels.format_date(latest.recorded_on)))
        if latest.form:
            parts.append(enum_label(labels.CONSENT_FORM, latest.form))
        if latest.scope:
            parts.append(self.tr("reikwijdte: {s}").format(s=latest.scope))
        if latest.withdrawn_on:
            parts.append(self.tr("ingetrokken op {d}").format(
                d=labels.format_date(latest.withdrawn_on)))
        self.status.setText(self.tr("Status: {s}").format(s=" · ".join(parts)))


class InterventionPanel(QGroupBox):
    add_requested = Signal()
    edit_requested = Signal(int)

    def __init__(self, route: Route, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Interventies en effect"))
        self.route = route
        self.model = RowsModel([self.tr("Soort"), self.tr("Omschrijving"), self.tr("Start"),
                                self.tr("Effect"), self.tr("Stap")], self)
        self.table = make_table(self.model, self.tr("Interventies"), stretch=1)
        self.add_button = _button(self.tr("&Interventie toevoegen…"),
                                  self.tr("Interventie toevoegen"))
        self.edit_button = _button(self.tr("&Effect vastleggen…"), self.tr("Effect vastleggen"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit_selected)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.edit_button.setEnabled(current_key(self.table) is not None))
        self.table.doubleClicked.connect(lambda _i: self._edit_selected())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def refresh(self, case: m.Case) -> None:
        def step_title(step_id: str) -> str:
            return self.route.step(step_id).title if self.route.has_step(step_id) else step_id

        items = case.interventions
        self.model.set_rows([[enum_label(labels.INTERVENTION_KIND, i.kind), i.description,
                              labels.format_date(i.started_on), i.effect or "–",
                              step_title(i.step_id)] for i in items], [i.id for i in items])
        fit_table(self.table, len(items))
        self.edit_button.setEnabled(current_key(self.table) is not None)

    def _edit_selected(self) -> None:
        key = current_key(self.table)
        if key is not None:
            self.edit_requested.emit(key)
