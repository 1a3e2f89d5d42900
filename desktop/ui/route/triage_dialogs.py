"""Dialogs of issue 15: override the derived triage (with a reason); record one person's
registration at the Zorg- en Veiligheidshuis and report to CoMensha.

Saved through ``RouteService.set_triage_override`` / ``record_registration`` (one transaction
with the audit entry, which holds codes only). Refused input shows the Dutch problems.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain import labels
from desktop.domain import model as m
from desktop.domain.registration import Registration, registration_problems, registrations
from desktop.domain.triage import TriageOverride, override_problems
from desktop.ui.route.route_widgets import ProblemsLabel, date_field, date_value, ok_cancel, save_or_show
from desktop.ui.widgets.fields import buddy_label, enum_label

if TYPE_CHECKING:
    from desktop.services.register import Register

KEEP = "afgeleid"


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


class TriageDialog(QDialog):
    def __init__(self, register: Register, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Afwijken van de afgeleide triage"))
        self._register = register
        self._case_id = case_id
        self.saved = None
        triage = register.routes.triage(case_id)
        derived_minor = enum_label(labels.TRI_STATE, triage.derived_minor)
        intro = _intro(self.tr(
            "Schakel leidt af uit geboortedata, geschatte leeftijden en aangevinkte signalen: "
            "minderjarige {m}, {a}. Wijkt u af, leg dan vast waarom (bv. leeftijd bevestigd met "
            "een identiteitsbewijs).").format(
            m=derived_minor, a=self.tr("acuut") if triage.derived_acute else self.tr("niet acuut")))
        self.minor = QComboBox()
        self.minor.setAccessibleName(self.tr("Minderjarige"))
        self.minor.addItem(self.tr("zoals afgeleid"), KEEP)
        for value in m.TriState:
            self.minor.addItem(enum_label(labels.TRI_STATE, value), value.value)
        self.acute = QComboBox()
        self.acute.setAccessibleName(self.tr("Acuut"))
        self.acute.addItem(self.tr("zoals afgeleid"), KEEP)
        self.acute.addItem(self.tr("acuut"), "ja")
        self.acute.addItem(self.tr("niet acuut"), "nee")
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reden van de afwijking"))
        current = triage.override
        if current is not None:
            self.minor.setCurrentIndex(max(0, self.minor.findData(
                current.minor.value if current.minor else KEEP)))
            acute = KEEP if current.acute is None else ("ja" if current.acute else "nee")
            self.acute.setCurrentIndex(max(0, self.acute.findData(acute)))
            self.reason.setText(current.reason)
        self.problems = ProblemsLabel()
        self.buttons, self.ok_button = ok_cancel(self, self.tr("&Opslaan"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Minderjarige:"), self.minor), self.minor)
        form.addRow(buddy_label(self.tr("A&cuut:"), self.acute), self.acute)
        form.addRow(buddy_label(self.tr("&Reden:"), self.reason), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        for combo in (self.minor, self.acute):
            combo.currentIndexChanged.connect(lambda _i: self._check())
        self.reason.textChanged.connect(lambda _t: self._check())
        self._check()

    def override(self) -> TriageOverride | None:
        minor = self.minor.currentData()
        acute = self.acute.currentData()
        result = TriageOverride(None if minor == KEEP else m.TriState(minor),
                                None if acute == KEEP else acute == "ja", self.reason.text().strip())
        return result if result.is_set() else None

    def _check(self) -> list[str]:
        override = self.override()
        problems = override_problems(override) if override else []
        self.problems.show_problems(problems)
        self.ok_button.setEnabled(not problems)
        return problems

    def _save(self) -> None:
        if self._check():
            return
        save_or_show(self, self.problems,
                     lambda: self._register.routes.set_triage_override(self._case_id, self.override()))

    def close_for_lock(self) -> None:
        self.reject()


class RegistrationDialog(QDialog):
    def __init__(self, register: Register, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registratie vastleggen"))
        self._register = register
        self._case_id = case_id
        self.saved = None
        self._case = register.routes.context(case_id).case
        intro = _intro(self.tr(
            "Alle meldingen komen samen bij het Zorg- en Veiligheidshuis, dat ze registreert en "
            "doorgeeft aan CoMensha. Leg per betrokkene de datums vast. Voor CoMensha is "
            "schriftelijke toestemming van die betrokkene nodig. Laat een datum leeg als het "
            "(nog) niet is gebeurd."))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Betrokkene"))
        for p in self._case.persons:
            if p.role == m.PersonRole.VICTIM:
                self.person.addItem(p.name or p.alias or self.tr("(zonder naam)"), p.id)
        self.zvh = date_field(self.tr("Geregistreerd bij het Zorg- en Veiligheidshuis op"))
        self.comensha = date_field(self.tr("Gemeld bij CoMensha op"))
        self.problems = ProblemsLabel()
        self.buttons, self.ok_button = ok_cancel(self, self.tr("&Opslaan"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Betrokkene:"), self.person), self.person)
        form.addRow(buddy_label(self.tr("&Zorg- en Veiligheidshuis:"), self.zvh, top=True), self.zvh)
        form.addRow(buddy_label(self.tr("&CoMensha:"), self.comensha, top=True), self.comensha)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.person.currentIndexChanged.connect(lambda _i: self._load())
        self.zvh.edited.connect(self._check)
        self.comensha.edited.connect(self._check)
        self._load()

    def _load(self) -> None:
        found = {r.person_id: r for r in registrations(self._case)}
        current = found.get(self.person.currentData())
        self.zvh.set_text(labels.format_date(current.zvh_on) if current else "")
        self.comensha.set_text(labels.format_date(current.comensha_on) if current else "")
        self._check()

    def registration(self) -> Registration:
        return Registration(int(self.person.currentData() or 0), date_value(self.zvh),
                            date_value(self.comensha))

    def _check(self) -> list[str]:
        problems = [e for e in (self.zvh.validate(), self.comensha.validate()) if e]
        if not problems:
            problems = registration_problems(self._case, self.registration(),
                                             self._register.routes.today())
        self.problems.show_problems(problems)
        self.ok_button.setEnabled(not problems)
        return problems

    def _save(self) -> None:
        if self._check():
            return
        save_or_show(self, self.problems, lambda: self._register.routes.record_registration(
            self._case_id, self.registration()))

    def close_for_lock(self) -> None:
        self.reject()
