"""The fields of one route step, built generically from the step definition (no saving here).

Decision as radio buttons (on the reporter-feedback step: the standard messages with
their text), "wie is benaderd" (route partners), meeting and date, outcome, the free
fields the step or the chosen option asks for, a review date, the next step(s) the
choice allows and the handovers to start. ``record()`` reads a ``StepRecord`` back;
``show_problems`` puts each engine message next to the field it concerns.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.content.routes import Route, Step
from desktop.domain.route_engine import RouteState
from desktop.domain.route_records import HandoverStatus
from desktop.domain.route_terms import StepKind
from desktop.ui.route.route_step_fields import CheckGroup, CheckList, Mnemonics
from desktop.ui.route.route_widgets import date_field
from desktop.ui.widgets.fields import ErrorLabel

BUILTIN = {"decision", "contacted", "meeting", "meeting_on", "outcome", "next_steps",
           "meeting_or_contacted"}


class StepForm(QWidget):
    changed = Signal()
    copy_requested = Signal(str)

    def __init__(self, route: Route, step: Step, state: RouteState, mnemonics: Mnemonics,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.route, self.step, self.state, self.mn = route, step, state, mnemonics
        self.errors: dict[str, ErrorLabel] = {}
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        self.labels: dict[str, str] = {}
        self.option_of: dict[str, str | None] = {}
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._header()
        self.completed_on = date_field(self.tr("Datum afgerond"), state.today)
        self._row("date", self.mn.label(self.tr("Datum afgerond")), self.completed_on)
        self.completed_on.edited.connect(self.changed)
        self._build_decision()
        self._build_fields()
        self._build_next()
        self._build_handovers()

    # -- rows ----------------------------------------------------------------------------------
    def _header(self) -> None:
        title = QLabel(self.route.numbered_title(self.step.id))
        title.setProperty("role", "heading")
        title.setWordWrap(True)
        purpose = QLabel(self.step.purpose)
        purpose.setWordWrap(True)
        purpose.setProperty("role", "hint")
        self.form.addRow(title)
        self.form.addRow(purpose)

    def add_note(self, text: str) -> None:
        note = QLabel(text)
        note.setWordWrap(True)
        self.form.insertRow(2, note)

    def _row(self, key: str, label: str, widget: QWidget) -> QLabel:
        """A form row: caption (buddy of the widget) and the widget with its error line."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        self.errors[key] = ErrorLabel(holder)
        box.addWidget(self.errors[key])
        caption = QLabel(label)
        caption.setBuddy(widget.focusProxy() or widget)
        caption.setWordWrap(True)
        self.form.addRow(caption, holder)
        self.rows[key] = (caption, holder)
        return caption

    def set_row_visible(self, key: str, visible: bool) -> None:
        if key in self.rows:
            for widget in self.rows[key]:
                widget.setVisible(visible)

    def row_visible(self, key: str) -> bool:
        return key in self.rows and not self.rows[key][1].isHidden()

    # -- decision ------------------------------------------------------------------------------
    def _build_decision(self) -> None:
        self.option_buttons: dict[str, QRadioButton] = {}
        self.group = QButtonGroup(self)
        self.message_text = QLabel(self)
        self.message_text.hide()
        if self.step.kind == StepKind.REPORTER_FEEDBACK:
            question = self.tr("Standaardbericht aan de melder (zonder informatie over partners)")
            activation = self.state.activations.get(self.step.id)
            receipt_sent = activation is not None and activation.by is not None  # final now
            choices = [(msg.id, msg.label) for msg in self.route.feedback_messages
                       if not (receipt_sent and msg.kind == "ontvangst")]
        elif self.step.decision is not None:
            question = self.step.decision.question
            choices = [(o.id, o.label) for o in self.step.decision.options]
        else:
            return
        box = QGroupBox()
        box.setAccessibleName(question)
        inner = QVBoxLayout(box)
        for key, text in choices:
            button = QRadioButton(self.mn.label(text))
            button.setAccessibleName(text)
            self.group.addButton(button)
            self.option_buttons[key] = button
            inner.addWidget(button)
            button.toggled.connect(lambda on: on and self.changed.emit())
        if self.step.kind == StepKind.REPORTER_FEEDBACK:
            self._message_widgets(inner)
        caption = self._row("decision", question, box)
        caption.setBuddy(next(iter(self.option_buttons.values())))

    def _message_widgets(self, inner: QVBoxLayout) -> None:
        self.message_text.setWordWrap(True)
        self.message_text.setFrameShape(QFrame.Shape.StyledPanel)
        self.message_text.setAccessibleName(self.tr("Tekst van het bericht"))
        self.message_text.setMargin(6)
        self.message_text.setVisible(False)
        inner.addWidget(self.message_text)
        self.copy_button = QPushButton(self.mn.label(self.tr("Bericht kopiëren")))
        self.copy_button.setAccessibleName(self.tr("Bericht kopiëren"))
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.message_text.text()))
        self.copy_button.setEnabled(False)
        inner.addWidget(self.copy_button)

    def decision(self) -> str:
        return next((k for k, b in self.option_buttons.items() if b.isChecked()), "")

    # -- fields ----------------------------------------------------------------------------------
    def wanted_fields(self):
        """(option id or None, RecordField) for the step's fields and every option's fields."""
        fields = [(None, rf) for rf in self.step.records]
        for option in self.step.decision.options if self.step.decision else []:
            fields += [(option.id, rf) for rf in option.records]
        return fields

    def _build_fields(self) -> None:
        wanted = self.wanted_fields()
        asked = {rf.field for _o, rf in wanted}
        for _option, rf in wanted:
            if rf.field in ("contacted", "meeting_or_contacted"):
                self.labels["contacted"] = rf.shown_label()
        self._build_partners(asked)
        self._build_meeting(asked)
        outcome = next((rf for _o, rf in wanted if rf.field == "outcome"), None)
        self.labels["outcome"] = outcome.shown_label() if outcome else self.tr("Toelichting")
        self.outcome = QPlainTextEdit()
        self.outcome.setTabChangesFocus(True)
        self.outcome.setAccessibleName(self.labels["outcome"])
        self.outcome.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.outcome.textChanged.connect(self.changed)
        optional = outcome is None or not outcome.required
        suffix = self.tr(" (optioneel)") if optional else ""
        self._row("outcome", self.mn.label(self.labels["outcome"]) + suffix, self.outcome)
        self.free: dict[str, QLineEdit] = {}
        for option_id, rf in wanted:
            if rf.field in BUILTIN or rf.field in self.free:
                continue
            edit = QLineEdit()
            edit.setAccessibleName(rf.shown_label())
            edit.textChanged.connect(self.changed)
            self.free[rf.field] = edit
            self.labels[rf.field] = rf.shown_label()
            self.option_of[rf.field] = option_id
            suffix = "" if rf.required else self.tr(" (optioneel)")
            self._row(rf.field, self.mn.label(rf.shown_label()) + suffix, edit)
        self.review_on = date_field(self.tr("Herbeoordelen op"), None, allow_future=True)
        self.review_on.setParent(self)
        self.review_on.hide()
        self.review_on.edited.connect(self.changed)
        if any(o.review_days for o in (self.step.decision.options if self.step.decision else [])):
            self._row("review", self.mn.label(self.tr("Herbeoordelen op")), self.review_on)
            self.review_on.show()

    def _build_partners(self, asked: set[str]) -> None:
        ids = list(self.step.partners)
        if not ids and asked & {"contacted", "meeting_or_contacted"}:
            ids = [p.id for p in self.route.partners]
        self.partners = CheckList(self.tr("Wie is benaderd"), self)
        self.partners.hide()  # shown by its row when the step has partners
        self.partners.set_choices([(p, self.route.partner_title(p)) for p in ids])
        self.partners.changed.connect(self.changed)
        if ids:
            self._row("contacted", self.mn.label(self.tr("Wie is benaderd")), self.partners)
            self.partners.show()

    def _build_meeting(self, asked: set[str]) -> None:
        meetings = self.route.meetings_for(self.step.id)
        if not meetings and asked & {"meeting", "meeting_on", "meeting_or_contacted"}:
            meetings = list(self.route.meetings)
        self.meeting = QComboBox(self)
        self.meeting.hide()
        self.meeting.setAccessibleName(self.tr("Overleg"))
        self.meeting.addItem(self.tr("(niet in een overleg besproken)"), "")
        for meeting in meetings:
            self.meeting.addItem(meeting.title, meeting.id)
        self.meeting_on = date_field(self.tr("Datum overleg"), None)
        self.meeting_on.setParent(self)
        self.meeting_on.hide()
        self.meeting.currentIndexChanged.connect(self.changed)
        self.meeting_on.edited.connect(self.changed)
        if meetings:
            self._row("meeting", self.mn.label(self.tr("Overleg (tafel)")), self.meeting)
            self._row("meeting_on", self.mn.label(self.tr("Datum overleg")), self.meeting_on)
            self.meeting.show()
            self.meeting_on.show()

    # -- next steps and handovers --------------------------------------------------------------
    def _build_next(self) -> None:
        self.next_group = CheckGroup()
        for step_id in self.state.allowed_next(self.step.id):
            title = self.route.step(step_id).title
            self.next_group.add(step_id, self.mn.label(title), title)
        self.next_group.changed.connect(self.changed)
        self.next_hint = QLabel(self.tr("Kies eerst een besluit."))
        self.next_hint.setProperty("role", "hint")
        holder = QWidget(self)
        holder.hide()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.next_hint)
        box.addWidget(self.next_group)
        if self.next_group.boxes:
            self._row("next", self.tr("Vervolgstap(pen)"), holder)
            holder.show()

    def _build_handovers(self) -> None:
        started = {h.partner_id for h in self.state.handovers
                   if h.status != HandoverStatus.CANCELLED}
        wanted = list(self.step.handover_to)
        if self.step.requires_handover:
            wanted += [p for p in self.step.partners if p not in wanted]
        self.handover_group = CheckGroup(self)
        self.handover_group.hide()
        keys = [p for p in wanted if p not in started]
        for partner_id in keys:
            title = self.route.partner_title(partner_id)
            self.handover_group.add(partner_id, self.mn.label(title),
                                    self.tr("Overdracht starten aan {p}").format(p=title))
        self.handover_group.show_only(keys, set(self.step.handover_to))
        self.handover_group.changed.connect(self.changed)
        if keys:
            self._row("handover", self.tr("Overdracht starten aan"), self.handover_group)
            self.handover_group.show()

    def first_focus(self) -> QWidget:
        if self.option_buttons:
            return self.group.checkedButton() or next(iter(self.option_buttons.values()))
        if "contacted" in self.rows:
            return self.partners
        return self.outcome

    def message_for(self, decision: str) -> str:
        try:
            return self.route.feedback_message(decision).text
        except KeyError:
            return ""

    def show_message(self, decision: str) -> None:
        text = self.message_for(decision)
        self.message_text.setText(text)
        self.message_text.setVisible(bool(text))
        if hasattr(self, "copy_button"):
            self.copy_button.setEnabled(bool(text))

    def review_default(self, text: str) -> None:
        if not self.review_on.text().strip():
            self.review_on.set_text(text)
