"""Complete (or correct) one route step: the guided dialog around ``StepForm``.

The engine's messages (``RouteService.problems_for``) appear next to the fields they
concern, the rest above the buttons; OK stays disabled until nothing is missing.
Saving is one transaction: ``RouteService.complete_step`` / ``correct_step``, or a
caller-supplied ``save`` (the meetings view completes the step together with the
agreement). Keyboard: arrows choose an option, Tab moves on, Enter (or Ctrl+Enter
inside a text box) saves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.labels import format_date
from desktop.domain.route_records import StepRecord
from desktop.domain.route_replay import parse_date
from desktop.domain.route_requirements import default_review_date
from desktop.domain.route_terms import REVIEW_FIELD
from desktop.services.route.prefill import Suggestion, suggest
from desktop.ui.route.route_step_fields import Mnemonics, route_problem
from desktop.ui.route.route_step_form import StepForm
from desktop.ui.route.route_step_prefill import PrefillMarks
from desktop.ui.route.route_widgets import ProblemsLabel, date_value, ok_cancel, save_or_show, sentence
from desktop.ui.widgets import clipboard

if TYPE_CHECKING:
    from desktop.services.register import Register

SaveFn = Callable[[StepRecord, list[str]], StepRecord | None]
FALLBACK = {"handover": "contacted", "contacted": "meeting", "meeting_on": "meeting"}


class RouteStepDialog(QDialog):
    def __init__(self, register: Register, case_id: int, step_id: str, *,
                 correcting: StepRecord | None = None, preset: StepRecord | None = None,
                 save: SaveFn | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._register, self._case_id = register, case_id
        self._routes = register.routes
        self._correcting, self._save_fn = correcting, save
        self.saved: StepRecord | None = None
        self.today = self._routes.today()
        self.ctx = self._routes.context(case_id)
        self.setWindowTitle(self.tr("Stap corrigeren") if correcting else self.tr("Stap afronden"))
        mnemonics = Mnemonics()
        ok_text = mnemonics.take(self.tr("Correctie &opslaan") if correcting
                                 else self.tr("Stap &afronden"))
        state = self.ctx.state(self.today)
        self.form = StepForm(self.ctx.route, self.ctx.route.step(step_id), state, mnemonics)
        if correcting is not None:
            self.form.add_note(self.tr("De oorspronkelijke vastlegging van {d} blijft in de "
                                       "historie bewaard.").format(
                d=format_date(correcting.completed_on)))
        self._layout(ok_text, mnemonics)
        self._decision = None
        self._initial = correcting or preset
        self._load(self._initial)
        self.prefill = PrefillMarks(self.form, {} if correcting else self._suggestions())
        self._apply_decision()
        self._sized = False
        self._size_to_screen()
        self._touched: set[str] = set()  # rows the user has left; messages show only there
        self._reveal = False  # after a save attempt every message shows
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_moved)
        self.form.changed.connect(self._changed)
        self.form.copy_requested.connect(clipboard.copy_sensitive)
        self._check()
        self.form.first_focus().setFocus()

    def _layout(self, ok_text: str, mnemonics: Mnemonics) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.general = ProblemsLabel()
        self.consent_button = QPushButton(mnemonics.label(self.tr("Toestemming vastleggen…")))
        self.consent_button.setAccessibleName(self.tr("Toestemming vastleggen"))
        self.consent_button.clicked.connect(self._record_consent)
        self.buttons, self.ok_button = ok_cancel(self, ok_text)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._save)
        self.scroll = scroll
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_button)
        consent_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general)
        layout.addLayout(consent_row)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._sized:  # fonts and styles are final now: fit the height to the content
            self._sized = True
            self._size_to_screen()

    def _size_to_screen(self) -> None:
        self.form.layout().activate()
        hint = self.form.sizeHint()
        width = max(self.fontMetrics().averageCharWidth() * 120, hint.width() + 48)
        body = self.form.heightForWidth(width - 48)
        height = (body if body > 0 else hint.height()) + 6 * self.fontMetrics().lineSpacing()
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width() - 40), min(height, available.height() - 60)
        self.resize(width, height)

    # -- values --------------------------------------------------------------------------------
    def _load(self, record: StepRecord | None) -> None:
        if record is None:
            return
        f = self.form
        if record.completed_on and self._correcting is not None:
            f.completed_on.set_text(format_date(record.completed_on))
        if record.decision in f.option_buttons:
            f.option_buttons[record.decision].setChecked(True)
        f.partners.set_checked(set(record.contacted_ids()))
        index = f.meeting.findData(record.meeting)
        f.meeting.setCurrentIndex(max(0, index))
        f.meeting_on.set_text(format_date(record.meeting_on))
        f.outcome.setPlainText(record.outcome)
        for name, edit in f.free.items():
            edit.setText(record.fields.get(name, ""))
        f.review_on.set_text(format_date(parse_date(record.fields.get(REVIEW_FIELD))))

    def _suggestions(self) -> dict[str, Suggestion]:
        """What the register already knows for this step's fields (empty fields only get it)."""
        try:
            return suggest(self._register, self._case_id, self.ctx.route, self.form.step, self.today)
        except Exception:  # noqa: BLE001 - a suggestion must never keep the officer from the step
            return {}

    def record(self) -> StepRecord:
        f = self.form
        decision = f.decision()
        fields = {name: edit.text().strip() for name, edit in f.free.items()
                  if edit.text().strip() and f.row_visible(name)}
        review = date_value(f.review_on)
        if f.row_visible("review") and review is not None:
            fields[REVIEW_FIELD] = review.isoformat()
        return StepRecord(
            step_id=f.step.id, completed_on=date_value(f.completed_on) or self.today,
            decision=decision, contacted=",".join(f.partners.checked()),
            meeting=f.meeting.currentData() or "", meeting_on=date_value(f.meeting_on),
            outcome=f.outcome.toPlainText().strip(), next_steps=f.next_group.checked(),
            fields=fields, recorded_at=datetime.min, recorded_by="",
            corrects=self._correcting.id if self._correcting else None)

    def handovers(self) -> list[str]:
        return self.form.handover_group.checked()

    # -- reacting ------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.prefill.refresh()
        if self.form.decision() != self._decision:
            self._apply_decision()
        self._check()

    def _apply_decision(self) -> None:
        f = self.form
        decision = f.decision()
        self._decision = decision
        for name, option_id in f.option_of.items():
            f.set_row_visible(name, option_id is None or option_id == decision)
        option = f.step.option(decision)
        f.set_row_visible("review", bool(option and option.review_days))
        if option and option.review_days:
            due = default_review_date(f.route, f.step.id, decision, date_value(f.completed_on)
                                      or self.today)
            f.review_default(format_date(due))
        waiting = bool(f.option_buttons) and not decision and f.step.decision is not None
        allowed = [] if waiting else f.state.allowed_next(f.step.id, decision or None)
        initial = self._initial.next_steps if self._initial and self._initial.next_steps else None
        self._initial = None
        f.next_hint.setVisible(waiting)
        f.next_group.show_only(allowed, set(initial or allowed))
        f.show_message(decision)

    def _check(self) -> list[str]:
        f = self.form
        own = {key: field.validate() for key, field in
               (("date", f.completed_on), ("meeting_on", f.meeting_on), ("review", f.review_on))}
        problems = self._routes.problems_for(self.ctx, self.record(), self.handovers(), self.today)
        placed: dict[str, list[str]] = {key: [msg] for key, msg in own.items() if msg}
        for problem in problems:
            key = route_problem(problem, f.labels)
            while key != "general" and not f.row_visible(key):
                key = FALLBACK.get(key, "general")
            placed.setdefault(key, []).append(problem)
        for key, label in f.errors.items():
            shown = placed.get(key, []) if self._reveal or key in self._touched else []
            label.show_message("; ".join(sentence(p) for p in shown) or None)
        self.general.show_problems(placed.get("general", []) if self._reveal else [])
        self.consent_button.setVisible(any("toestemming" in p for p in problems))
        self._fit_body()
        return problems + [m for m in own.values() if m]

    def _focus_moved(self, old, _new) -> None:
        """Validate a row when the focus leaves it (never before the first touch)."""
        if old is None or not self.isVisible():
            return
        for key, (_caption, holder) in self.form.rows.items():
            if holder is old or holder.isAncestorOf(old):
                if key not in self._touched:
                    self._touched.add(key)
                    self._check()
                return

    def _fit_body(self) -> None:
        """QScrollArea ignores height-for-width: keep wrapped messages from being squeezed."""
        width = self.scroll.viewport().width()
        needed = self.form.heightForWidth(width) if width > 0 else -1
        self.form.setMinimumHeight(max(0, needed))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_body()

    def _record_consent(self) -> None:
        from desktop.ui.case.consent_dialog import ConsentDialog

        dialog = ConsentDialog(self._register, self._case_id, parent=self)
        dialog.finished.connect(self._consent_done)
        dialog.open()

    def _consent_done(self, _result: int) -> None:
        self.ctx = self._routes.context(self._case_id)
        self._check()

    def _save(self) -> None:
        self._reveal = True
        self.general.mark_touched()
        problems = self._check()
        if problems:
            self._focus_first_problem()
            return
        record, handovers = self.record(), self.handovers()
        if self._save_fn is not None:
            action = lambda: self._save_fn(record, handovers)  # noqa: E731
        elif self._correcting is not None:
            action = lambda: self._routes.correct_step(self._case_id, self._correcting.id, record)  # noqa: E731
        else:
            action = lambda: self._routes.complete_step(self._case_id, record, handovers)  # noqa: E731
        save_or_show(self, self.general, action)

    def _focus_first_problem(self) -> None:
        for key, (_caption, holder) in self.form.rows.items():
            if not self.form.errors[key].isHidden():
                self.scroll.ensureWidgetVisible(holder)
                target = next((w for w in holder.findChildren(QWidget)
                               if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(self)),
                              holder)
                if key == "decision":
                    target = self.form.first_focus()
                target.setFocus()
                return

    def close_for_lock(self) -> None:
        self.reject()
