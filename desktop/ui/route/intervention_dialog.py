"""Add an intervention (bestuurlijk, strafrechtelijk, zorg, fiscaal) or record its effect later.

The route step it belongs to defaults to the step the case is at now. Saved through
``RouteService.add_intervention`` / ``update_intervention``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import labels
from desktop.domain import model as m
from desktop.services.route.case_data import intervention_problems
from desktop.ui.route.route_widgets import ProblemsLabel, date_field, date_value, ok_cancel, save_or_show
from desktop.ui.widgets.fields import buddy_label, fill_combo, set_combo_value

if TYPE_CHECKING:
    from desktop.services.register import Register


class InterventionDialog(QDialog):
    def __init__(self, register: Register, case_id: int, item: m.Intervention | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        editing = item is not None
        self.setWindowTitle(self.tr("Effect vastleggen") if editing
                            else self.tr("Interventie toevoegen"))
        self._register = register
        self._case_id = case_id
        self._item = item
        self.saved: m.Intervention | None = None
        routes = register.routes
        state = routes.state(case_id)
        intro = QLabel(self.tr(
            "Een interventie is wat partners of de gemeente ondernemen: bestuurlijk (bv. sluiting, "
            "Bibob), strafrechtelijk, zorg of fiscaal. Leg het effect vast zodra het bekend is."))
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Soort interventie"))
        fill_combo(self.kind, labels.INTERVENTION_KIND)
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Omschrijving"))
        self.started_on = date_field(self.tr("Startdatum"), routes.today())
        self.effect = QPlainTextEdit()
        self.effect.setAccessibleName(self.tr("Effect"))
        self.effect.setTabChangesFocus(True)
        self.effect.setPlaceholderText(self.tr("bv. pand gesloten, slachtoffer in opvang"))
        self.effect.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.step = QComboBox()
        self.step.setAccessibleName(self.tr("Routestap"))
        for step in state.route.steps:
            self.step.addItem(step.title, step.id)
        self.step.setCurrentIndex(max(0, self.step.findData(state.next_step or "")))
        self.problems = ProblemsLabel()
        self.buttons, self.ok_button = ok_cancel(self, self.tr("&Opslaan"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Soort:"), self.kind), self.kind)
        form.addRow(buddy_label(self.tr("O&mschrijving:"), self.description), self.description)
        form.addRow(buddy_label(self.tr("Start&datum:"), self.started_on, top=True),
                    self.started_on)
        form.addRow(buddy_label(self.tr("&Effect:"), self.effect, top=True), self.effect)
        form.addRow(buddy_label(self.tr("&Routestap:"), self.step), self.step)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        if item is not None:
            self._load(item)
        self.description.textChanged.connect(self._check)
        self.started_on.edited.connect(self._check)
        self._check()

    def _load(self, item: m.Intervention) -> None:
        set_combo_value(self.kind, item.kind)
        self.description.setText(item.description)
        self.started_on.set_text(labels.format_date(item.started_on))
        self.effect.setPlainText(item.effect)
        self.step.setCurrentIndex(max(0, self.step.findData(item.step_id)))
        self.effect.setFocus()

    def intervention(self) -> m.Intervention:
        return m.Intervention(
            kind=m.InterventionKind(self.kind.currentData()),
            description=self.description.text().strip(),
            started_on=date_value(self.started_on), effect=self.effect.toPlainText().strip(),
            step_id=self.step.currentData() or "", id=self._item.id if self._item else None)

    def _check(self) -> list[str]:
        problems = [e for e in (self.started_on.validate(),) if e]
        problems += intervention_problems(self.intervention(), self._register.routes.today())
        self.problems.show_problems(problems)
        self.ok_button.setEnabled(not problems)
        return problems

    def _save(self) -> None:
        if self._check():
            return
        routes = self._register.routes
        item = self.intervention()
        store = routes.add_intervention if item.id is None else routes.update_intervention
        save_or_show(self, self.problems, lambda: store(self._case_id, item))

    def close_for_lock(self) -> None:
        self.reject()
