"""Record the consent of the person concerned for sharing with the care side (domain.md §6.4).

Structured: status (given / refused / not asked / not possible), date, scope (which
recipient, which data), form (written / oral) and, for an existing record, withdrawal.
Saved through ``RouteService.record_consent`` (one transaction with the audit entry).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import labels
from desktop.domain import model as m
from desktop.services.route.case_data import consent_problems
from desktop.ui.route.route_widgets import ProblemsLabel, date_field, date_value, ok_cancel, save_or_show
from desktop.ui.widgets.fields import buddy_label, enum_label

if TYPE_CHECKING:
    from desktop.services.register import Register


class ConsentDialog(QDialog):
    def __init__(self, register: Register, case_id: int, consent: m.ConsentRecord | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toestemming vastleggen"))
        self._register = register
        self._case_id = case_id
        self._existing = consent
        self.saved: m.ConsentRecord | None = None
        today = register.routes.today()
        case = register.cases.get(case_id)
        intro = QLabel(self.tr(
            "Leg vast of de betrokkene toestemming geeft om gegevens te delen met de zorgkant "
            "(zorgcoördinator, opvang, CoMensha). Zonder vastgelegde status kan de overdracht "
            "aan de zorgcoördinator niet starten."))
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Betrokkene"))
        self.person.addItem(self.tr("(niet aan een persoon gekoppeld)"), None)
        victims = [p for p in case.persons if p.role == m.PersonRole.VICTIM]
        kept = consent.person_id if consent is not None else None
        for p in case.persons:  # consent is the victim's; an older record keeps its person
            if p.role == m.PersonRole.VICTIM or (kept is not None and p.id == kept):
                self.person.addItem(
                    f"{p.name or p.alias} ({enum_label(labels.PERSON_ROLE, p.role)})", p.id)
        if len(victims) == 1 and consent is None:
            self.person.setCurrentIndex(1)
        self.status_box = QGroupBox(self.tr("Status"))
        self.status_group = QButtonGroup(self)
        box_layout = QVBoxLayout(self.status_box)
        texts = {m.ConsentStatus.GIVEN: self.tr("&gegeven"),
                 m.ConsentStatus.REFUSED: self.tr("ge&weigerd"),
                 m.ConsentStatus.NOT_ASKED: self.tr("&niet gevraagd"),
                 m.ConsentStatus.NOT_POSSIBLE: self.tr("niet &mogelijk")}
        self.status_buttons: dict[m.ConsentStatus, QRadioButton] = {}
        for status in m.ConsentStatus:
            button = QRadioButton(texts[status])
            button.setAccessibleName(self.tr("Toestemming {s}").format(
                s=enum_label(labels.CONSENT_STATUS, status)))
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            box_layout.addWidget(button)
        self.recorded_on = date_field(self.tr("Datum"), today)
        self.scope = QLineEdit()
        self.scope.setAccessibleName(self.tr("Reikwijdte"))
        self.scope.setPlaceholderText(self.tr("welke ontvanger, welke gegevens"))
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Vorm"))
        self.form.addItem(self.tr("(niet van toepassing)"), None)
        for value in m.ConsentForm:
            self.form.addItem(enum_label(labels.CONSENT_FORM, value), value.value)
        self.withdrawn_on = date_field(self.tr("Ingetrokken op"), None)
        self.problems = ProblemsLabel()
        self.buttons, self.ok_button = ok_cancel(self, self.tr("&Opslaan"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._layout(intro)
        self._load(consent)
        for widget in (self.recorded_on, self.withdrawn_on):
            widget.edited.connect(self._check)
        self.scope.textChanged.connect(self._check)
        self.form.currentIndexChanged.connect(self._check)
        self.status_group.buttonToggled.connect(lambda *_: self._check())
        self._check()

    def _layout(self, intro: QLabel) -> None:
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Betrokkene:"), self.person), self.person)
        form.addRow(self.status_box)
        form.addRow(buddy_label(self.tr("&Datum:"), self.recorded_on, top=True), self.recorded_on)
        form.addRow(buddy_label(self.tr("&Reikwijdte:"), self.scope), self.scope)
        form.addRow(buddy_label(self.tr("&Vorm:"), self.form), self.form)
        self.withdrawn_label = buddy_label(self.tr("&Ingetrokken op:"), self.withdrawn_on, top=True)
        form.addRow(self.withdrawn_label, self.withdrawn_on)
        self.withdrawn_label.setVisible(self._existing is not None)
        self.withdrawn_on.setVisible(self._existing is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _load(self, consent: m.ConsentRecord | None) -> None:
        if consent is None:
            return
        self.status_buttons[consent.status].setChecked(True)
        self.person.setCurrentIndex(max(0, self.person.findData(consent.person_id)))
        self.recorded_on.set_text(labels.format_date(consent.recorded_on))
        self.scope.setText(consent.scope)
        self.form.setCurrentIndex(max(0, self.form.findData(consent.form.value
                                                            if consent.form else None)))
        self.withdrawn_on.set_text(labels.format_date(consent.withdrawn_on))

    def status(self) -> m.ConsentStatus | None:
        return next((s for s, b in self.status_buttons.items() if b.isChecked()), None)

    def consent(self) -> m.ConsentRecord:
        form = self.form.currentData()
        return m.ConsentRecord(
            person_id=self.person.currentData(), status=self.status() or m.ConsentStatus.NOT_ASKED,
            recorded_on=date_value(self.recorded_on), scope=self.scope.text().strip(),
            form=m.ConsentForm(form) if form else None, withdrawn_on=date_value(self.withdrawn_on),
            id=self._existing.id if self._existing else None)

    def _check(self) -> list[str]:
        problems = [] if self.status() else [self.tr("kies een status")]
        problems += [e for e in (self.recorded_on.validate(), self.withdrawn_on.validate()) if e]
        problems += consent_problems(self.consent(), self._register.routes.today())
        self.problems.show_problems(problems)
        self.ok_button.setEnabled(not problems)
        return problems

    def _save(self) -> None:
        if self._check():
            return
        save_or_show(self, self.problems,
                     lambda: self._register.routes.record_consent(self._case_id, self.consent()))

    def close_for_lock(self) -> None:
        self.reject()
