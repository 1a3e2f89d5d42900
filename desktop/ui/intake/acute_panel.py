""""Acuut": always visible at the top of the intake; shows who to call at once, never blocks.

Ticking "Acuut" (or a minor together with sexual exploitation) shows the phone numbers
immediately and a small row to record afterwards who called which service when
(``AcuteCall`` records). No dialog, no required fields: the form stays usable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import labels
from desktop.domain import model as m
from desktop.domain.validation import check_not_future, parse_date_nl
from desktop.ui.widgets.fields import LineField, buddy_label, format_moment, parse_time, tr_label

GUIDANCE_STYLE = ("QFrame#acuteGuidance { background: #fff4e5; border: 2px solid #c25e00;"
                  " border-radius: 4px; } QFrame#acuteGuidance QLabel { color: #3b1d00; }")


def parse_moment(text: str, label: str) -> datetime | None:
    """'dd-mm-jjjj uu:mm' (time optional) → datetime; ValueError (Dutch) otherwise."""
    day_text, _, time_text = text.strip().partition(" ")
    day = parse_date_nl(day_text, label)
    if day is None:
        return None
    try:
        hm = parse_time(time_text) or (0, 0)
    except ValueError as exc:
        message = QCoreApplication.translate("AcutePanel", "{label}: gebruik dd-mm-jjjj uu:mm.")
        raise ValueError(message.format(label=label)) from exc
    moment = datetime(day.year, day.month, day.day, *hm)
    message = check_not_future(moment, label)
    if message:
        raise ValueError(message)
    return moment


class AcutePanel(QFrame):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._calls: list[m.AcuteCall] = []
        self._minor_sexual = False
        self.acute = QCheckBox(self.tr("&Acuut – direct gevaar of spoed"))
        self.acute.setAccessibleName(self.tr("Acuut"))
        font = self.acute.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.acute.setFont(font)
        self.acute.toggled.connect(self._update)
        self.acute.toggled.connect(self.changed)
        self.hint = QLabel(self.tr("Vink aan bij direct gevaar: u ziet meteen wie u belt. "
                                   "Bellen gaat altijd vóór registreren."))
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.acute)
        top.addWidget(self.hint, 1)
        self.guidance = self._build_guidance()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.guidance)
        self._update()

    def _build_guidance(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("acuteGuidance")
        frame.setStyleSheet(GUIDANCE_STYLE)
        self.minor_note = QLabel(self.tr("<b>Minderjarige en seksuele uitbuiting: dit is altijd "
                                         "acuut.</b>"))
        self.numbers = QLabel(self.tr(
            "<b style='font-size:large'>Direct gevaar? Bel 112.</b><br>"
            "Geen direct gevaar, wel spoed: politie "
            "<b>0900-8844</b>.<br>Minderjarige betrokken: Veilig Thuis <b>0800-2000</b> "
            "(meldcode)."))
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QVBoxLayout()
        left.addWidget(self.minor_note)
        left.addWidget(self.numbers)
        left.addWidget(QLabel(self.tr("Eerst bellen; leg daarna vast wie er is gebeld. "
                                      "Het formulier blijft gewoon bruikbaar.")))
        left.addStretch(1)
        columns = QHBoxLayout(frame)
        columns.addLayout(left, 3)
        columns.addLayout(self._build_recorder(), 4)
        return frame

    def _build_recorder(self) -> QGridLayout:
        self.service = QComboBox()
        self.service.setEditable(True)
        self.service.addItems([tr_label(s) for s in labels.ACUTE_SERVICES])
        self.service.setAccessibleName(self.tr("Gebelde dienst"))
        self.called_by = LineField(self.tr("Gebeld door"))
        self.called_at = LineField(self.tr("Tijdstip van bellen"), self._check_moment,
                                   "dd-mm-jjjj uu:mm")
        self.record_button = QPushButton(self.tr("Gesprek &vastleggen"))
        self.record_button.setAccessibleName(self.tr("Gesprek met hulpdienst vastleggen"))
        self.record_button.clicked.connect(self.record_call)
        self.calls = QListWidget()
        self.calls.setAccessibleName(self.tr("Vastgelegde gesprekken met hulpdiensten"))
        self.calls.setMaximumHeight(self.fontMetrics().height() * 4)
        self.remove_button = QPushButton(self.tr("Gesprek verwijderen"))
        self.remove_button.setAccessibleName(self.tr("Geselecteerd gesprek verwijderen"))
        self.remove_button.clicked.connect(self._remove_selected)
        grid = QGridLayout()
        grid.addWidget(buddy_label(self.tr("Gebeld:"), self.service), 0, 0)
        grid.addWidget(self.service, 0, 1)
        grid.addWidget(buddy_label(self.tr("&Door:"), self.called_by), 0, 2)
        grid.addWidget(self.called_by, 0, 3)
        grid.addWidget(buddy_label(self.tr("Ti&jdstip:"), self.called_at), 1, 0)
        grid.addWidget(self.called_at, 1, 1)
        grid.addWidget(self.record_button, 1, 2, 1, 2)
        grid.addWidget(self.calls, 2, 0, 1, 3)
        grid.addWidget(self.remove_button, 2, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    # -- behaviour -------------------------------------------------------------------
    def focus_chain(self) -> list[QWidget]:
        """The call recorder's inputs in reading order (hidden ones are skipped by Tab)."""
        return [self.service, self.called_by.edit, self.called_at.edit, self.record_button,
                self.calls, self.remove_button]

    def set_context(self, minor: m.TriState, forms: set[m.Form]) -> None:
        """A minor together with sexual exploitation shows the guidance too."""
        self._minor_sexual = minor == m.TriState.YES and m.Form.SEXUAL in forms
        self._update()

    def guidance_visible(self) -> bool:
        return self.acute.isChecked() or self._minor_sexual

    def _update(self) -> None:
        self.guidance.setVisible(self.guidance_visible())
        self.minor_note.setVisible(self._minor_sexual)
        self.hint.setVisible(not self.guidance_visible())
        if self.guidance_visible() and not self.called_at.text():
            self.called_at.set_text(datetime.now().strftime("%d-%m-%Y %H:%M"))

    def _check_moment(self, text: str) -> str | None:
        try:
            parse_moment(text, self.tr("Tijdstip van bellen"))
        except ValueError as exc:
            return str(exc)
        return None

    def record_call(self) -> bool:
        """Add an AcuteCall from the recorder row; False (with a message) when invalid."""
        service = self.service.currentText().strip()
        if self.called_at.validate() or not service:
            return False
        moment = parse_moment(self.called_at.text(), "") or datetime.now().replace(microsecond=0)
        self._calls.append(m.AcuteCall(service=service, called_by=self.called_by.text().strip(),
                                       called_at=moment))
        self.called_by.set_text("")
        self.called_at.set_text(datetime.now().strftime("%d-%m-%Y %H:%M"))
        self._refresh_calls()
        self.changed.emit()
        return True

    def _remove_selected(self) -> None:
        row = self.calls.currentRow()
        if 0 <= row < len(self._calls):
            del self._calls[row]
            self._refresh_calls()
            self.changed.emit()

    def _refresh_calls(self) -> None:
        self.calls.clear()
        for call in self._calls:
            text = self.tr("{service} – gebeld door {who} op {when}").format(
                service=call.service, who=call.called_by or self.tr("(niet ingevuld)"),
                when=format_moment(call.called_at))
            self.calls.addItem(QListWidgetItem(text))

    # -- values ------------------------------------------------------------------------
    def calls_recorded(self) -> list[m.AcuteCall]:
        return list(self._calls)

    def state(self) -> dict[str, Any]:
        return {"acute": self.acute.isChecked(), "calls": [
            {"service": c.service, "called_by": c.called_by, "id": c.id,
             "called_at": c.called_at.isoformat() if c.called_at else None} for c in self._calls]}

    def restore(self, state: dict[str, Any]) -> None:
        self._calls = [m.AcuteCall(service=c.get("service", ""), called_by=c.get("called_by", ""),
                                   called_at=_iso(c.get("called_at")), id=c.get("id"))
                       for c in state.get("calls", [])]
        self.acute.setChecked(bool(state.get("acute")))
        self._refresh_calls()
        self._update()

    def load(self, case: m.Case) -> None:
        self._calls = [m.AcuteCall(c.service, c.called_by, c.called_at, c.id)
                       for c in case.acute_calls]
        self.acute.setChecked(case.acute)
        self._refresh_calls()
        self._update()

    def apply(self, case: m.Case) -> None:
        case.acute = self.acute.isChecked()
        case.acute_calls = self.calls_recorded()


def _iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
