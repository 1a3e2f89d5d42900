"""Start a handover to a route partner, or close one with the (minimised) feedback summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.route_records import Handover
from desktop.services.route.support import RouteError
from desktop.services.ui_types import StoreError
from desktop.ui.route.route_widgets import ProblemsLabel, date_field, date_value, ok_cancel, save_or_show
from desktop.ui.widgets.fields import buddy_label
from desktop.ui.widgets.messages import show_error

if TYPE_CHECKING:
    from desktop.services.register import Register


class StartHandoverDialog(QDialog):
    """Choose the partner, the step it belongs to and the date; consent is checked live."""

    def __init__(self, register: Register, case_id: int, partner_id: str = "", step_id: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overdracht starten"))
        self._register, self._case_id = register, case_id
        self.saved: Handover | None = None
        routes = register.routes
        state = routes.state(case_id)
        route = state.route
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Partner"))
        # no default partner: the first one in the route is the emergency number (112), a
        # call, not a handover; the officer picks (or the suggestion row passes partner_id)
        self.partner.addItem(self.tr("(kies een partner)"), "")
        for partner in route.partners:
            self.partner.addItem(partner.title, partner.id)
        self.partner.setCurrentIndex(max(0, self.partner.findData(partner_id)))
        self.step = QComboBox()
        self.step.setAccessibleName(self.tr("In stap"))
        for step in route.steps:
            self.step.addItem(step.title, step.id)
        wanted = step_id or state.next_step or route.start[0]
        self.step.setCurrentIndex(max(0, self.step.findData(wanted)))
        self.started_on = date_field(self.tr("Startdatum"), routes.today())
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setProperty("role", "hint")
        self.problems = ProblemsLabel(self.tr("Deze overdracht kan nog niet starten:"))
        self.consent_button = QPushButton(self.tr("&Toestemming vastleggen…"))
        self.consent_button.setAccessibleName(self.tr("Toestemming vastleggen"))
        self.consent_button.clicked.connect(self._record_consent)
        self.buttons, self.ok_button = ok_cancel(self, self.tr("Overdracht &starten"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Partner:"), self.partner), self.partner)
        form.addRow("", self.description)
        form.addRow(buddy_label(self.tr("&In stap:"), self.step), self.step)
        form.addRow(buddy_label(self.tr("Start&datum:"), self.started_on, top=True),
                    self.started_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.consent_button)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.partner.currentIndexChanged.connect(self._check)
        self.step.currentIndexChanged.connect(self._check)
        self.started_on.edited.connect(self._check)
        self._route = route
        self._check()

    def _check(self) -> list[str]:
        partner_id = self.partner.currentData() or ""
        try:
            self.description.setText(self._route.partner(partner_id).description)
        except KeyError:
            self.description.setText("")
        problems = [e for e in (self.started_on.validate(),) if e]
        if not partner_id:  # nothing chosen yet: no red message before the first touch
            self.problems.show_problems(problems)
            self.consent_button.setVisible(False)
            self.ok_button.setEnabled(False)
            return problems + [self.tr("Kies aan welke partner u overdraagt.")]
        if not problems:
            problems = self._register.routes.check_handover(
                self._case_id, partner_id, self.step.currentData() or "",
                date_value(self.started_on))
        self.problems.show_problems(problems)
        self.consent_button.setVisible(any("toestemming" in p for p in problems))
        self.ok_button.setEnabled(not problems)
        return problems

    def _record_consent(self) -> None:
        from desktop.ui.case.consent_dialog import ConsentDialog

        dialog = ConsentDialog(self._register, self._case_id, parent=self)
        dialog.finished.connect(lambda _r: self._check())
        dialog.open()

    def _save(self) -> None:
        if self._check():
            return
        save_or_show(self, self.problems, lambda: self._register.routes.start_handover(
            self._case_id, self.partner.currentData(), self.step.currentData(),
            date_value(self.started_on)))

    def close_for_lock(self) -> None:
        self.reject()


class CloseHandoverDialog(QDialog):
    """The partner's feedback: date and a short summary (only what is necessary)."""

    def __init__(self, register: Register, case_id: int, handover: Handover, partner_title: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terugkoppeling van partner vastleggen"))
        self._register, self._case_id, self._handover = register, case_id, handover
        self.saved: Handover | None = None
        heading = QLabel(self.tr("Overdracht aan {p}").format(p=partner_title))
        heading.setWordWrap(True)
        heading.setProperty("role", "heading")
        hint = QLabel(self.tr("Vat alleen samen wat nodig is voor het vervolg (geen details uit "
                              "het onderzoek van de partner)."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.closed_on = date_field(self.tr("Datum terugkoppeling"), register.routes.today())
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Samenvatting van de terugkoppeling"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.cancelled = QCheckBox(self.tr("Overdracht &geannuleerd (geen terugkoppeling)"))
        self.cancelled.setAccessibleName(self.tr("Overdracht geannuleerd"))
        self.problems = ProblemsLabel()
        self.buttons, self.ok_button = ok_cancel(self, self.tr("&Opslaan"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Datum:"), self.closed_on, top=True), self.closed_on)
        form.addRow(buddy_label(self.tr("&Samenvatting:"), self.summary, top=True), self.summary)
        form.addRow("", self.cancelled)
        layout = QVBoxLayout(self)
        for widget in (heading, hint):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.summary.textChanged.connect(self._check)
        self.closed_on.edited.connect(self._check)
        self.cancelled.toggled.connect(self._check)
        self.summary.setFocus()
        self._check()

    def _check(self) -> list[str]:
        problems = [e for e in (self.closed_on.validate(),) if e]
        if date_value(self.closed_on) is None and not problems:
            problems.append(self.tr("datum van de terugkoppeling ontbreekt"))
        if not self.cancelled.isChecked() and not self.summary.toPlainText().strip():
            problems.append(self.tr("samenvatting van de terugkoppeling ontbreekt"))
        self.problems.show_problems(problems)
        self.ok_button.setEnabled(not problems)
        return problems

    def _save(self) -> None:
        if self._check():
            return
        try:
            self.saved = self._register.routes.close_handover(
                self._case_id, self._handover.id, self.summary.toPlainText(),
                date_value(self.closed_on), cancelled=self.cancelled.isChecked())
        except RouteError as exc:
            self.problems.show_problems(exc.problems)
            return
        except StoreError as exc:
            show_error(self, exc)
            return
        self.accept()

    def close_for_lock(self) -> None:
        self.reject()
