"""Route-tab panels for issue 15: derived triage, the registration chain, adjacent phenomena.

* ``TriagePanel``: what the app derives (minor, acute) with its reasons, and the officer's
  override (with a reason) through ``TriageDialog``;
* ``RegistrationPanel``: per possible victim the ZVH registration and the CoMensha report
  (``RegistrationDialog``; CoMensha needs that person's written consent);
* ``PhenomenaPanel``: the adjacent-phenomena pick-list (CCV lens), saved on every toggle.
Panels only show and ask; ``RouteTriageMixin`` (mixed into the Route tab) opens the dialogs
and saves through the route service.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain import labels
from desktop.domain import model as m
from desktop.domain.registration import registrations
from desktop.domain.triage import Triage
from desktop.services.route.support import RouteError
from desktop.services.ui_types import StoreError
from desktop.ui.case.case_tabs_common import RowsModel, make_table
from desktop.ui.route.route_widgets import fit_table, hint_label, named_button
from desktop.ui.widgets.fields import enum_label
from desktop.ui.widgets.messages import show_error


class TriagePanel(QGroupBox):
    override_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Afgeleide triage (minderjarig, acuut)"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.reasons = hint_label()
        self.override_button = named_button(self.tr("A&fwijken…"),
                                            self.tr("Afwijken van de afgeleide triage"))
        self.override_button.clicked.connect(self.override_requested)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.override_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.reasons)

    def refresh(self, triage: Triage) -> None:
        minor = enum_label(labels.TRI_STATE, triage.minor)
        acute = self.tr("acuut") if triage.acute else self.tr("niet acuut")
        text = self.tr("Minderjarige: {minor} · {acute}").format(minor=minor, acute=acute)
        if triage.overridden and triage.override is not None:
            text += " · " + self.tr("afwijking: {r}").format(r=triage.override.reason)
        self.summary.setText(text)
        reasons = [self.tr("minderjarig: {r}").format(r=r) for r in triage.minor_reasons]
        reasons += [self.tr("acuut: {r}").format(r=r) for r in triage.acute_reasons]
        if triage.overridden:
            derived = enum_label(labels.TRI_STATE, triage.derived_minor)
            reasons.append(self.tr("afgeleid zonder afwijking: minderjarige {m}, {a}").format(
                m=derived, a=self.tr("acuut") if triage.derived_acute else self.tr("niet acuut")))
        self.reasons.setText("\n".join(reasons) or self.tr("Niets afgeleid: vul leeftijden in of "
                                                            "vink signalen aan."))


class RegistrationPanel(QGroupBox):
    record_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Registratie Zorg- en Veiligheidshuis en CoMensha (per betrokkene)"))
        self.model = RowsModel([self.tr("Betrokkene"), self.tr("Zorg- en Veiligheidshuis"),
                                self.tr("CoMensha")], self)
        self.table = make_table(self.model, self.tr("Registraties"), stretch=0)
        self.hint = hint_label(self.tr("Een melding bij CoMensha vraagt schriftelijke toestemming "
                                       "van die betrokkene (reikwijdte noemt CoMensha)."))
        self.record_button = named_button(self.tr("Registratie vast&leggen…"),
                                          self.tr("Registratie vastleggen"))
        self.record_button.clicked.connect(self.record_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def refresh(self, case: m.Case) -> None:
        victims = [p for p in case.persons if p.role == m.PersonRole.VICTIM]
        found = {r.person_id: r for r in registrations(case)}
        rows = []
        for person in victims:
            reg = found.get(int(person.id or 0))
            rows.append([person.name or person.alias or self.tr("(zonder naam)"),
                         labels.format_date(reg.zvh_on) if reg and reg.zvh_on else "–",
                         labels.format_date(reg.comensha_on) if reg and reg.comensha_on else "–"])
        self.model.set_rows(rows, [p.id for p in victims])
        fit_table(self.table, len(rows))
        self.record_button.setEnabled(bool(victims))
        self.setVisible(bool(victims))


class PhenomenaPanel(QGroupBox):
    changed = Signal(list)  # the checked codes

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Raakt aan verwante fenomenen (CCV-lens)"))
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        for code, label in choices:
            box = QCheckBox(label)
            box.setAccessibleName(label)
            box.toggled.connect(lambda _on: self.changed.emit(self.codes()))
            self.boxes[code] = box
            layout.addWidget(box)

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def refresh(self, case: m.Case) -> None:
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in case.adjacent_phenomena)
            box.blockSignals(False)


class RouteTriageMixin:
    """Wiring for the Route tab (``self.routes``, ``self.ctx``, ``self._open``, ``self.refresh``)."""

    routes: Any
    ctx: Any
    _open: Any
    refresh: Any

    def build_triage_panels(self, side: QVBoxLayout) -> None:
        self.triage_panel = TriagePanel()
        self.triage_panel.override_requested.connect(self.override_triage)
        self.registration_panel = RegistrationPanel()
        self.registration_panel.record_requested.connect(self.record_registration)
        self.phenomena_panel = PhenomenaPanel(self.routes.phenomena_choices())
        self.phenomena_panel.changed.connect(self.set_phenomena)
        for panel in (self.triage_panel, self.registration_panel, self.phenomena_panel):
            side.addWidget(panel)

    def refresh_triage_panels(self, ctx) -> None:
        self.triage_panel.refresh(ctx.triage)
        self.registration_panel.refresh(ctx.case)
        self.phenomena_panel.refresh(ctx.case)

    def override_triage(self) -> None:
        from desktop.ui.route.triage_dialogs import TriageDialog

        self._open(TriageDialog(self.ctx.register, self.ctx.case.id, parent=self.as_widget()))

    def record_registration(self) -> None:
        from desktop.ui.route.triage_dialogs import RegistrationDialog

        self._open(RegistrationDialog(self.ctx.register, self.ctx.case.id, parent=self.as_widget()))

    def set_phenomena(self, codes: list[str]) -> None:
        try:
            self.routes.set_adjacent_phenomena(self.ctx.case.id, codes)
        except (RouteError, StoreError) as exc:
            show_error(self.as_widget(), exc.message)
            self.refresh()

    def as_widget(self) -> QWidget | None:
        return self if isinstance(self, QWidget) else None
