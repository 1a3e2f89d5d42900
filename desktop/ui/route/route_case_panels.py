"""Case panels of the Route tab: triage flags, consent for the care side, interventions.

Panels only show and ask; the Route tab opens the dialogs and saves through the
route service. ``refresh(case)`` after every change.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.content.routes import Route
from desktop.domain import labels
from desktop.domain import model as m
from desktop.services.route.support import current_consent
from desktop.ui.case.case_tabs_common import RowsModel, current_key, make_table
from desktop.ui.route.route_widgets import fit_table, hint_label, named_button
from desktop.ui.widgets.fields import enum_label


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
            "domestic_setting": self.tr("Binnenlan&dse mensenhandel of loverboy (ook 18+)"),
        }
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        self.signal_facts = hint_label()
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
            "Bij de intake: {forms} · minderjarige: {minor} · {acute}").format(
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
        self.record_button = named_button(self.tr("Toestemming &vastleggen…"),
                                          self.tr("Toestemming vastleggen"))
        self.change_button = named_button(self.tr("Intrekking of wi&jziging…"),
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
        self.add_button = named_button(self.tr("&Interventie toevoegen…"),
                                       self.tr("Interventie toevoegen"))
        self.edit_button = named_button(self.tr("&Effect vastleggen…"),
                                        self.tr("Effect vastleggen"))
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
