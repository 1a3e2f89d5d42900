"""Passphrase entry twice with a strength indication (used by setup, settings, recovery).

Strength and the acceptance rule come from ``desktop.vault.strength``; the widget
only shows them. The meter updates shortly after typing stops.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services.ui_types import MIN_SCORE, strength

SCORE_COLOURS = ("#c62828", "#d84315", "#c98a00", "#2e7d32", "#1b5e20")
DEBOUNCE_MS = 150


class PassphraseFields(QWidget):
    """Two password fields, a "show" toggle and a strength meter with a Dutch hint."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False,
                 new: bool = False) -> None:
        super().__init__(parent)
        self.optional, self._new = optional, new
        self.first = self._field(self.tr("Wachtwoordzin"))
        self.second = self._field(self.tr("Wachtwoordzin herhalen"))
        self.show_chars = QCheckBox(self.tr("Te&kens tonen"))
        self.show_chars.setAccessibleName(self.tr("Wachtwoordzin tonen"))
        self.show_chars.toggled.connect(self._toggle_echo)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Sterkte van de wachtwoordzin"))
        self.verdict = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        self.hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hint.installEventFilter(self)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._layout()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.refresh()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.setMinimumWidth(280)
        field.textChanged.connect(self._typed)
        return field

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(8)
        first_label = QLabel(self.tr("&Nieuwe wachtwoordzin:") if self._new
                             else self.tr("&Wachtwoordzin:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("Nogmaa&ls:"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        meter_row = QHBoxLayout()
        meter_row.setSpacing(10)
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.verdict)
        form.addRow("", meter_row)
        form.addRow("", self.hint)
        form.addRow("", self.show_chars)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)
        self.setTabOrder(self.first, self.second)
        self.setTabOrder(self.second, self.show_chars)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.hint and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_hint()
        return False

    def _fit_hint(self) -> None:
        """Word-wrapped labels in form layouts get a wrong height: give exactly what it needs."""
        if self.hint.isVisible():  # a hidden label's width is not its real one yet
            self.hint.setFixedHeight(self.hint.heightForWidth(self.hint.width()))

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _typed(self) -> None:
        self._timer.start()
        self.changed.emit()

    def passphrase(self) -> str:
        return self.first.text()

    def refresh(self) -> None:
        """Update the meter and hint now."""
        text = self.first.text()
        if not text:
            self.meter.setValue(0)
            self.verdict.setText("")
            self.hint.setText(self.tr("Een zin van vier of meer losse woorden is sterk en "
                                      "goed te onthouden."))
            self._fit_hint()
            return
        score, hint = strength(text)
        self.meter.setValue(max(score, 1) if text else 0)
        self.meter.setStyleSheet(
            f"QProgressBar::chunk {{ background: {SCORE_COLOURS[score]}; }}"
        )
        self.verdict.setText(self._verdict(score))
        self.hint.setText(hint)
        self._fit_hint()

    def _verdict(self, score: int) -> str:
        names = (self.tr("zeer zwak"), self.tr("zwak"), self.tr("matig"), self.tr("sterk"),
                 self.tr("zeer sterk"))
        return names[score]

    def problem(self) -> str | None:
        """A Dutch reason why the passphrase cannot be used, or None."""
        first, second = self.first.text(), self.second.text()
        if not first and not second:
            return None if self.optional else self.tr("Vul een wachtwoordzin in.")
        if first != second:
            return self.tr("De twee wachtwoordzinnen zijn niet gelijk.")
        score, _hint = strength(first)
        if score < MIN_SCORE:
            return self.tr("Deze wachtwoordzin is te zwak; de tip onder het veld helpt u "
                           "een sterkere te kiezen.")
        return None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.refresh()

    def focus(self) -> None:
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)
