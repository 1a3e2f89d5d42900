"""Small shared widgets of the route screens: date fields, a problems list, dialog buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from desktop.domain.labels import format_date
from desktop.ui.widgets.fields import LineField, date_checker, parse_date_or_none

_C = "RouteWidgets"


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def date_field(accessible_name: str, value: date | None = None,
               allow_future: bool = False) -> LineField:
    """A dd-mm-jjjj field validated as you type."""
    field = LineField(accessible_name, date_checker(accessible_name, allow_future),
                      placeholder=tr("dd-mm-jjjj"))
    field.set_text(format_date(value))
    metrics = field.edit.fontMetrics()
    field.edit.setMinimumWidth(metrics.horizontalAdvance("00-00-00000") + 24)
    field.edit.setMaximumWidth(metrics.horizontalAdvance("00-00-0000") * 2)
    return field


def date_value(field: LineField) -> date | None:
    return parse_date_or_none(field.text(), "")


def sentence(problem: str) -> str:
    text = problem.strip()
    return text[:1].upper() + text[1:] if text else text


class ProblemsLabel(QLabel):
    """'Nog nodig:' with one line per problem; hidden when there are none.

    What a dialog still needs when it opens is shown as a neutral hint, not as an error:
    red only after the officer changed something (the list differs from the first one) or
    tried to save (``mark_touched``): never red errors before the first touch (issue 16).
    """

    def __init__(self, heading: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = heading or tr("Nog nodig voordat u kunt opslaan:")
        self.setWordWrap(True)
        self.setProperty("role", "hint")
        # it takes the dialog's spare height and keeps it when hidden: the controls above
        # never move when a message appears or goes (a shift made clicks hit other fields)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.setVisible(False)
        self.problems: list[str] = []
        self._first: list[str] | None = None
        self.touched = False

    def show_problems(self, problems: list[str]) -> None:
        self.problems = list(problems)
        if self._first is None:
            self._first = list(problems)
        elif self.problems != self._first:
            self.mark_touched()
        lines = [self.heading] + ["• " + sentence(p) for p in problems]
        self.setText("\n".join(lines) if problems else "")
        self.setAccessibleDescription(self.text())
        self.setVisible(bool(problems))

    def mark_touched(self) -> None:
        if not self.touched:
            self.touched = True
            self.setProperty("role", "error")
            self.style().unpolish(self)
            self.style().polish(self)


def ok_cancel(parent: QWidget, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Button box with a translated OK (default button) and Annuleren."""
    box = QDialogButtonBox(parent)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
    ok.setAccessibleName(ok_text.replace("&", ""))
    cancel.setAccessibleName(tr("Annuleren"))
    ok.setDefault(True)
    ok.setAutoDefault(True)
    cancel.setAutoDefault(False)
    return box, ok


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


def named_button(text: str, accessible_name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    return button


def fit_table(table: QTableView, rows: int, most: int = 4) -> None:
    """Height for ``rows`` rows (at least one, at most ``most``; then it scrolls)."""
    line = table.fontMetrics().height()
    row = max(table.verticalHeader().defaultSectionSize(), line + 8)
    head = max(table.horizontalHeader().sizeHint().height(), line + 8)
    table.setFixedHeight(head + row * min(max(rows, 1), most) + 2 * table.frameWidth() + 4)


def save_or_show(dialog: QDialog, problems: ProblemsLabel, action: Callable[[], Any]) -> None:
    """The route dialogs' save: run ``action`` (one service call, one transaction); refused
    input shows its Dutch problems in ``problems``, a store error a message box; on success
    the result is kept as ``dialog.saved`` and the dialog accepts. Nothing is half-saved."""
    from desktop.services.route.support import RouteError
    from desktop.services.ui_types import StoreError
    from desktop.ui.widgets.messages import show_error

    try:
        result = action()
    except RouteError as exc:
        problems.show_problems(exc.problems)
        return
    except StoreError as exc:
        show_error(dialog, exc)
        return
    dialog.saved = result  # type: ignore[attr-defined]
    dialog.accept()
