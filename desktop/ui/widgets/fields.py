"""Validated inputs with a Dutch message under the field, plus small label/combo helpers.

A ``FieldFrame`` wraps any input with a red message label under it; the message is also
set as the input's accessible description so screen readers announce it. ``LineField``
validates as you type (short debounce) with one of the ``desktop.domain.validation``
checks. Errors from the service (``FieldError.field`` dotted paths) are shown with
``set_error``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain import labels
from desktop.domain.validation import check_not_future, parse_date_nl

Checker = Callable[[str], str | None]
ERROR_COLOUR = "#b00020"
VALIDATE_DELAY_MS = 400


def tr_label(text: str) -> str:
    """Translate a label from ``desktop.domain.labels`` (context "labels")."""
    return QCoreApplication.translate(labels.CONTEXT, text)


def enum_label(mapping: dict, value) -> str:
    return tr_label(labels.label(mapping, value))


def fill_combo(combo: QComboBox, mapping: dict, values: Iterable | None = None) -> None:
    """Items = translated labels, item data = the enum value (Qt keeps only its str code)."""
    known = getattr(combo, "_schakel_values", {})
    for value in values if values is not None else mapping:
        combo.addItem(tr_label(mapping[value]), value)
        known[str(value)] = value
    combo._schakel_values = known  # type: ignore[attr-defined]


def combo_value(combo: QComboBox):
    """The current item's value, as the enum member ``fill_combo`` was given."""
    data = combo.currentData()
    return getattr(combo, "_schakel_values", {}).get(data, data) if isinstance(data, str) else data


def set_combo_value(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class ErrorLabel(QLabel):
    """Red one-line message under a field; its line is reserved even while hidden.

    Reserving the line keeps every control where it is when a message appears or goes
    (a shifting layout made real clicks land on the wrong control). A message longer than
    the field is elided; the full text is the tooltip and the field's accessible description.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._message = ""
        self.setWordWrap(False)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.setVisible(False)

    def show_message(self, message: str | None) -> None:
        self._message = ("⚠ " + message) if message else ""
        self.setToolTip(message or "")
        self._elide()
        self.setVisible(bool(message))

    def text(self) -> str:  # the full message, not the elided one on screen
        return self._message

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(0, self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.sizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.width())
        shown = self.fontMetrics().elidedText(self._message, Qt.TextElideMode.ElideRight, width)
        super().setText(shown if width > 0 else self._message)


class FieldFrame(QWidget):
    """An input with its error label underneath. Focus goes to the input."""

    def __init__(self, inner: QWidget, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.inner = inner
        inner.setAccessibleName(accessible_name)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(inner)
        layout.addWidget(self.error)
        self.setFocusProxy(inner)

    def set_error(self, message: str | None) -> None:
        self.error.show_message(message)
        self.inner.setAccessibleDescription(message or "")

    def error_text(self) -> str:
        return self.error.text().removeprefix("⚠ ")


class LineField(FieldFrame):
    """QLineEdit validated as you type; ``edited`` fires on every user change."""

    edited = Signal()

    def __init__(self, accessible_name: str, checker: Checker | None = None,
                 placeholder: str = "", parent: QWidget | None = None):
        self.edit = QLineEdit()
        super().__init__(self.edit, accessible_name, parent)
        self.checker = checker
        self.edit.setPlaceholderText(placeholder)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate)
        # signal-to-signal (no Python emit per keystroke: PySide6 6.12.0 drops a reference
        # to True on every Python-side emit(), see the note in the report)
        self.edit.textEdited.connect(self.edited)
        self.edit.textEdited.connect(self._restart_timer)
        self.edit.editingFinished.connect(self.validate)

    def _restart_timer(self, _text: str) -> None:
        self._timer.start()

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.set_error(None)

    def validate(self) -> str | None:
        """Run the checker now; show and return its message (None when fine)."""
        self._timer.stop()
        message = self.checker(self.edit.text()) if self.checker else None
        self.set_error(message)
        return message


class ChoiceLineField(FieldFrame):
    """An editable combobox over a list (e.g. the municipal departments) that behaves like a
    ``LineField``: ``text()``, ``set_text()``, ``validate()``, ``edited``; typing completes
    from the list (any part of a name), free text stays possible for what the list lacks."""

    edited = Signal()

    def __init__(self, accessible_name: str, checker: Checker | None = None,
                 placeholder: str = "", parent: QWidget | None = None):
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # a long department name must not widen the form (it scrolled sideways)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(14)
        super().__init__(self.combo, accessible_name, parent)
        self.edit = self.combo.lineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.checker = checker
        completer = self.combo.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
        completer.popup().setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.edit.textEdited.connect(self.edited)
        self.combo.activated.connect(self._chosen)
        completer.activated.connect(lambda _text: QTimer.singleShot(0, self, lambda: self._chosen(-1)))
        self.edit.editingFinished.connect(self.validate)

    def _chosen(self, _index: int) -> None:
        self.edit.setCursorPosition(0)  # show the start of a long name, not its end
        self.edited.emit()
        self.validate()

    def set_choices(self, choices: Iterable[str]) -> None:
        text = self.text()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(list(choices))
        self.edit.setText(text)
        self.combo.blockSignals(False)

    def choices(self) -> list[str]:
        return [self.combo.itemText(i) for i in range(self.combo.count())]

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.set_error(None)

    def validate(self) -> str | None:
        message = self.checker(self.edit.text()) if self.checker else None
        self.set_error(message)
        return message


def date_checker(label: str, allow_future: bool = False) -> Checker:
    """dd-mm-jjjj, optionally not in the future (messages from the domain validation)."""

    def check(text: str) -> str | None:
        try:
            value = parse_date_nl(text, label)
        except ValueError as exc:
            return str(exc)
        return None if allow_future else check_not_future(value, label)

    return check


def time_checker(label: str) -> Checker:
    def check(text: str) -> str | None:
        try:
            parse_time(text)
        except ValueError:
            return QCoreApplication.translate(
                "fields", "{label} is geen geldige tijd (gebruik uu:mm).").format(label=label)
        return None

    return check


def parse_time(text: str) -> tuple[int, int] | None:
    """'uu:mm' (also 'uu.mm' or 'uumm') → (hour, minute); '' → None; ValueError otherwise."""
    text = text.strip().replace(".", ":")
    if not text:
        return None
    if ":" not in text and len(text) in (3, 4) and text.isdigit():
        text = f"{text[:-2]}:{text[-2:]}"
    hour, _, minute = text.partition(":")
    h, mi = int(hour), int(minute)
    if not (0 <= h < 24 and 0 <= mi < 60):
        raise ValueError(text)
    return h, mi


def format_moment(value: datetime | None) -> str:
    """dd-mm-jjjj uu:mm, or only the date when no time was entered (stored as 00:00):
    never an invented "00:00" (the PDF export reads moments the same way)."""
    if value is None:
        return ""
    if (value.hour, value.minute) == (0, 0):
        return labels.format_date(value)
    return labels.format_datetime(value)


def parse_date_or_none(text: str, label: str) -> date | None:
    """Lenient parse for suggestions/drafts: None instead of an error."""
    try:
        return parse_date_nl(text, label)
    except ValueError:
        return None


def combine(day: date | None, time_text: str) -> datetime | None:
    if day is None:
        return None
    try:
        hm = parse_time(time_text)
    except ValueError:
        hm = None
    return datetime(day.year, day.month, day.day, *(hm or (0, 0)))


def buddy_label(text: str, buddy: QWidget, top: bool = False) -> QLabel:
    """A label with mnemonic (&) whose buddy is ``buddy``.

    ``top``: align with the first line of a field that may grow (error message under it).
    """
    label = QLabel(text)
    while buddy.focusProxy() is not None:  # the mnemonic must reach the real input
        buddy = buddy.focusProxy()
    label.setBuddy(buddy)
    if top:
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        pad = max(0, (QLineEdit().sizeHint().height() - label.fontMetrics().height()) // 2)
        label.setContentsMargins(0, pad, 0, 0)
    return label
