"""Side panel of the intake: existing cases that share a person, address, company or number.

Suggestions come from ``register.links.suggest(case)`` (debounced). For a stored case
"Koppelen" links at once; for a new case it marks the suggestion and the intake links
it right after saving (``pending()``).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import labels
from desktop.domain import model as m

if TYPE_CHECKING:
    from desktop.services.register import Register

SUGGEST_DELAY_MS = 600


class SuggestionCard(QFrame):
    toggled = Signal(object)  # the card

    def __init__(self, suggestion: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.suggestion = suggestion
        self.setFrameShape(QFrame.Shape.StyledPanel)
        when = _format_iso(suggestion.received_on)
        reasons = "".join(f"<br>• {html.escape(r)}" for r in suggestion.reasons)
        title = html.escape(suggestion.title) if suggestion.title else ""
        self.text = QLabel(f"<b>{html.escape(suggestion.number)}</b> · {when}<br>{title}{reasons}")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self.toggled.emit(self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    @property
    def reason(self) -> str:
        return "; ".join(self.suggestion.reasons)

    def show_state(self, state: str) -> None:
        """state: "open" | "pending" | "linked"."""
        number = self.suggestion.number
        texts = {
            "open": (self.tr("Koppelen"), self.tr("Koppelen met zaak {n}")),
            "pending": (self.tr("✓ Wordt gekoppeld (ongedaan maken)"),
                        self.tr("Koppeling met zaak {n} ongedaan maken")),
            "linked": (self.tr("✓ Gekoppeld"), self.tr("Gekoppeld met zaak {n}")),
        }
        text, accessible = texts[state]
        self.button.setText(text)
        self.button.setAccessibleName(accessible.format(n=number))
        self.button.setEnabled(state != "linked")


class LinkPanel(QWidget):
    status_message = Signal(str)
    linked = Signal(int)
    cards_changed = Signal()  # new suggestion cards (the intake's tab chain follows)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._register: Any = None
        self._case_id: int | None = None
        self._builder: Callable[[], m.Case] | None = None
        self._pending: dict[int, str] = {}
        self._linked_ids: set[int] = set()
        self.cards: list[SuggestionCard] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SUGGEST_DELAY_MS)
        self._timer.timeout.connect(self.refresh_now)
        self._build()

    def _build(self) -> None:
        title = QLabel(self.tr("<b>Mogelijk verwante signalen</b>"))
        explain = QLabel(self.tr("Zaken die een persoon, adres, organisatie, telefoonnummer of "
                                 "kenteken met dit signaal delen."))
        explain.setWordWrap(True)
        self.empty = QLabel(self.tr("Nog geen overeenkomsten gevonden."))
        self.empty.setWordWrap(True)
        self._cards_box = QVBoxLayout()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.empty)
        inner_layout.addLayout(self._cards_box)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its cards' buttons take the focus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(scroll, 1)

    # -- driving --------------------------------------------------------------------
    def set_register(self, register: Register, case_id: int | None,
                     builder: Callable[[], m.Case]) -> None:
        self._register, self._case_id, self._builder = register, case_id, builder
        self._linked_ids = ({other for other, _n, _r in register.links.linked(case_id)}
                            if register is not None and case_id is not None else set())

    def request(self) -> None:
        """Ask for fresh suggestions after a short pause in typing."""
        self._timer.start()

    def refresh_now(self) -> None:
        self._timer.stop()
        if self._register is None or self._builder is None:
            return
        suggestions = self._register.links.suggest(self._builder())
        self._show(suggestions)

    def clear(self) -> None:
        self._timer.stop()
        self._register = self._builder = None
        self._pending.clear()
        self._show([])

    def pending(self) -> list[tuple[int, str]]:
        return list(self._pending.items())

    def set_pending(self, items: list[tuple[int, str]]) -> None:
        self._pending = dict(items)

    # -- cards ---------------------------------------------------------------------------
    def _show(self, suggestions: list[Any]) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for suggestion in suggestions:
            card = SuggestionCard(suggestion)
            card.toggled.connect(self._toggle)
            self._cards_box.addWidget(card)
            self.cards.append(card)
            card.show_state(self._state_of(suggestion.case_id))
        self.empty.setVisible(not suggestions)
        self.cards_changed.emit()

    def focus_chain(self) -> list[QWidget]:
        return [card.button for card in self.cards]

    def _state_of(self, case_id: int) -> str:
        if case_id in self._linked_ids:
            return "linked"
        return "pending" if case_id in self._pending else "open"

    def _toggle(self, card: SuggestionCard) -> None:
        other = card.suggestion.case_id
        if self._case_id is not None:
            self._register.links.link(self._case_id, other, card.reason)
            self._linked_ids.add(other)
            self.linked.emit(other)
            self.status_message.emit(self.tr("Gekoppeld met zaak {n}.").format(
                n=card.suggestion.number))
        elif other in self._pending:
            del self._pending[other]
        else:
            self._pending[other] = card.reason
            self.status_message.emit(self.tr("Zaak {n} wordt gekoppeld na opslaan.").format(
                n=card.suggestion.number))
        card.show_state(self._state_of(other))


def _format_iso(value: str) -> str:
    try:
        return labels.format_date(date.fromisoformat(value)) if value else ""
    except ValueError:
        return value
