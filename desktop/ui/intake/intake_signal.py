"""The signal itself: when/how observed, received, reporter, what was seen, forms, minor."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop.domain import labels
from desktop.domain import model as m
from desktop.domain.validation import FieldError, parse_date_nl
from desktop.ui.widgets.fields import (
    ChoiceLineField,
    FieldFrame,
    LineField,
    buddy_label,
    combine,
    combo_value,
    date_checker,
    fill_combo,
    format_moment,
    set_combo_value,
    time_checker,
    tr_label,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Intake", text)


def required(label: str):
    def check(text: str) -> str | None:
        return None if text.strip() else _tr("{label} is verplicht.").format(label=label)

    return check


class ChoiceGroup(QWidget):
    """Radio buttons for an enum, in one row."""

    changed = Signal()

    def __init__(self, mapping: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[Any, QRadioButton] = {}
        for value, text in mapping.items():
            button = QRadioButton(tr_label(text))
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
            button.toggled.connect(lambda on: on and self.changed.emit())
            button.toggled.connect(self._tab_stop)
        row.addStretch(1)
        self.setFocusProxy(next(iter(self.buttons.values())))
        self._tab_stop()

    def _tab_stop(self, _on: bool = True) -> None:
        """Tab lands on the checked option (arrows move within the group), as in native forms."""
        checked = self.group.checkedButton()
        for button in self.buttons.values():
            tab = checked is None or button is checked
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab else Qt.FocusPolicy.ClickFocus)
        if checked is not None:
            self.setFocusProxy(checked)

    def chain(self) -> list[QRadioButton]:
        return list(self.buttons.values())

    def value(self):
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value) -> None:
        if value in self.buttons:
            self.buttons[value].setChecked(True)

    def set_accessible(self, name: str) -> None:
        for button in self.buttons.values():
            button.setAccessibleName(f"{name}: {button.text()}")


class SignalSection(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(_tr("Het signaal"), parent)
        self._make_inputs()
        self._lay_out()
        self.set_defaults()

    def _make_inputs(self) -> None:
        seen, seen_time = _tr("Datum waarneming"), _tr("Tijd waarneming")
        self.observed_date = LineField(seen, date_checker(seen), "dd-mm-jjjj")
        self.observed_time = LineField(seen_time, time_checker(seen_time), "uu:mm")
        self.how = QComboBox()
        fill_combo(self.how, labels.HOW_OBSERVED)
        self.how_frame = FieldFrame(self.how, _tr("Hoe waargenomen"))
        self.received = LineField(_tr("Datum ontvangst"), date_checker(_tr("Datum ontvangst")),
                                  "dd-mm-jjjj")
        self.department = ChoiceLineField(_tr("Afdeling melder"),
                                          required(_tr("Afdeling van de melder")),
                                          _tr("kies of typ een afdeling"))
        self.department.set_choices([tr_label(d) for d in labels.COMMON_DEPARTMENTS])
        self.function = LineField(_tr("Functie melder"))
        self.reporter_name = LineField(_tr("Naam melder (gevoelig, wordt nooit geëxporteerd)"))
        sensitive = QLabel(_tr("Gevoelig: de naam van de melder blijft in de kluis en wordt "
                               "nooit geëxporteerd."))
        sensitive.setWordWrap(True)
        self.reporter_name.layout().addWidget(sensitive)
        self.title_field = LineField(
            _tr("Korte neutrale titel"),
            placeholder=_tr("bijv. 'Overbewoning en retourpost' – geen namen"))
        self.observations = QPlainTextEdit()
        self.observations.setTabChangesFocus(True)
        lines = self.observations.fontMetrics().lineSpacing()
        self.observations.setMinimumHeight(lines * 4 + 12)
        self.observations.setMaximumHeight(lines * 7 + 12)
        self.observations_frame = FieldFrame(self.observations, _tr("Wat is er gezien"))
        self.form_boxes: dict[m.Form, QCheckBox] = {}
        forms_widget = QWidget()
        forms_grid = QGridLayout(forms_widget)
        forms_grid.setContentsMargins(0, 0, 0, 0)
        for form, text in labels.FORM.items():
            box = QCheckBox(tr_label(text))
            box.setAccessibleName(_tr("Vermoedelijke vorm: {form}").format(form=tr_label(text)))
            box.toggled.connect(self.changed)
            box.toggled.connect(lambda _on: self.forms_frame.set_error(None))
            position = len(self.form_boxes)
            self.form_boxes[form] = box
            forms_grid.addWidget(box, position // 3, position % 3)
        self.forms_frame = FieldFrame(forms_widget, _tr("Vermoedelijke vorm(en) van uitbuiting"))
        self.signal_type = ChoiceGroup(labels.SIGNAL_TYPE)
        self.signal_type.set_accessible(_tr("Signaal over"))
        self.minor = ChoiceGroup(labels.TRI_STATE)
        self.minor.set_accessible(_tr("Minderjarige betrokken"))
        for field in (self.observed_date, self.observed_time, self.received, self.department,
                      self.function, self.reporter_name, self.title_field):
            field.edited.connect(self.changed)
        self.how.currentIndexChanged.connect(self.changed)
        self.observations.textChanged.connect(self.changed)
        self.observations.textChanged.connect(lambda: self.observations_frame.set_error(None))
        self.signal_type.changed.connect(self.changed)
        self.minor.changed.connect(self.changed)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.observed_date, 3)
        when_row.addWidget(self.observed_time, 2)
        when.setFocusProxy(self.observed_date)
        rows = [
            (_tr("Waargenomen op (dat&um, tijd):"), when, _tr("Hoe waargenomen:"), self.how_frame),
            (_tr("Datum ontvang&st:"), self.received, _tr("Signaal over:"), self.signal_type),
            (_tr("Afdeling &melder: *"), self.department, _tr("&Functie melder:"), self.function),
        ]
        top = Qt.AlignmentFlag.AlignTop
        for i, (l1, w1, l2, w2) in enumerate(rows):
            grid.addWidget(buddy_label(l1, w1, top=True), i, 0)
            grid.addWidget(w1, i, 1, top)
            grid.addWidget(buddy_label(l2, w2, top=True), i, 2)
            grid.addWidget(w2, i, 3, top)
        wide = [
            (_tr("&Naam melder (optioneel):"),
             self.reporter_name),
            (_tr("Korte &titel:"), self.title_field),
            (_tr("Wat is er &gezien? *"), self.observations_frame),
            (_tr("Vermoedelijke vorm(en): *"), self.forms_frame),
            (_tr("Minderjarige betrokken:"), self.minor),
        ]
        for i, (text, widget) in enumerate(wide, start=len(rows)):
            grid.addWidget(buddy_label(text, widget, top=True), i, 0)
            grid.addWidget(widget, i, 1, 1, 3, top)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    # -- values ---------------------------------------------------------------------
    def set_defaults(self) -> None:
        self.received.set_text(labels.format_date(date.today()))
        self.signal_type.set_value(m.SignalType.PERSON)
        self.minor.set_value(m.TriState.UNKNOWN)

    def forms(self) -> set[m.Form]:
        return {f for f, box in self.form_boxes.items() if box.isChecked()}

    def minor_value(self) -> m.TriState:
        return self.minor.value() or m.TriState.UNKNOWN

    def state(self) -> dict[str, Any]:
        return {
            "observed_date": self.observed_date.text(), "observed_time": self.observed_time.text(),
            "how_observed": str(combo_value(self.how)), "received_on": self.received.text(),
            "reporter_department": self.department.text(),
            "reporter_function": self.function.text(),
            "reporter_name": self.reporter_name.text(), "title": self.title_field.text(),
            "observations": self.observations.toPlainText(),
            "forms": sorted(f.value for f in self.forms()),
            "signal_type": str(self.signal_type.value() or ""), "minor": str(self.minor_value()),
        }

    def restore(self, s: dict[str, Any]) -> None:
        self.observed_date.set_text(s.get("observed_date", ""))
        self.observed_time.set_text(s.get("observed_time", ""))
        set_combo_value(self.how, _enum(m.HowObserved, s.get("how_observed")))
        self.received.set_text(s.get("received_on", ""))
        self.department.set_text(s.get("reporter_department", ""))
        self.function.set_text(s.get("reporter_function", ""))
        self.reporter_name.set_text(s.get("reporter_name", ""))
        self.title_field.set_text(s.get("title", ""))
        self.observations.setPlainText(s.get("observations", ""))
        chosen = set(s.get("forms", []))
        for form, box in self.form_boxes.items():
            box.setChecked(form.value in chosen)
        self.signal_type.set_value(_enum(m.SignalType, s.get("signal_type")))
        self.minor.set_value(_enum(m.TriState, s.get("minor")))

    def load(self, case: m.Case) -> None:
        self.restore({
            "observed_date": labels.format_date(case.observed_at),
            "observed_time": format_moment(case.observed_at)[11:],  # "" when none was entered
            "how_observed": case.how_observed.value,
            "received_on": labels.format_date(case.received_on),
            "reporter_department": case.reporter_department,
            "reporter_function": case.reporter_function, "reporter_name": case.reporter_name,
            "title": case.title, "observations": case.observations,
            "forms": [f.value for f in case.forms], "signal_type": case.signal_type.value,
            "minor": case.minor.value,
        })

    def apply(self, case: m.Case, problems: list[FieldError] | None) -> None:
        """Write the section into ``case``; unparseable dates/times go to ``problems``."""
        case.observed_at = combine(self._date(self.observed_date, "observed_at", problems),
                                   self.observed_time.text())
        if problems is not None and self.observed_time.checker(self.observed_time.text()):
            problems.append(FieldError("observed_time",
                                       self.observed_time.checker(self.observed_time.text())))
        case.received_on = self._date(self.received, "received_on", problems)
        case.how_observed = combo_value(self.how) or m.HowObserved.OTHER
        case.reporter_department = self.department.text().strip()
        case.reporter_function = self.function.text().strip()
        case.reporter_name = self.reporter_name.text().strip()
        case.title = self.title_field.text().strip()
        case.observations = self.observations.toPlainText().strip()
        case.forms = self.forms()
        case.signal_type = self.signal_type.value() or m.SignalType.PERSON
        case.minor = self.minor_value()

    @staticmethod
    def _date(field: LineField, path: str, problems: list[FieldError] | None) -> date | None:
        try:
            return parse_date_nl(field.text(), field.inner.accessibleName())
        except ValueError as exc:
            if problems is not None:
                problems.append(FieldError(path, str(exc)))
            return None

    def field_for(self, path: str) -> FieldFrame | None:
        return {
            "observed_at": self.observed_date, "observed_time": self.observed_time,
            "received_on": self.received, "reporter_department": self.department,
            "observations": self.observations_frame, "forms": self.forms_frame,
            "how_observed": self.how_frame,
        }.get(path)

    def validate_all(self) -> None:
        for field in (self.observed_date, self.observed_time, self.received):
            field.validate()


def _enum(enum, value):
    try:
        return enum(value)
    except ValueError:
        return None
