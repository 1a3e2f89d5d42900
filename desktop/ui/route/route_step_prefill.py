"""Fill empty step fields with what the register already knows, visibly marked (issue 16).

The suggestions come from ``desktop.services.route.prefill``: the sources consulted
(Verrijking), the RIEC or zorgcoördinator partner after an export to that recipient, and
the newest meeting the case is on (Overleggen). A suggestion goes only into a field the
officer has not filled; under it a note "Overgenomen uit …" says where it came from. The
note disappears once the officer changes the value. Nothing is saved here: the values are
ordinary field contents until the officer saves the step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from desktop.domain.labels import format_date
from desktop.services.route.prefill import Suggestion
from desktop.ui.route.route_step_form import StepForm


class PrefillMarks:
    """Applies suggestions to a ``StepForm`` and keeps their "overgenomen uit" notes current."""

    def __init__(self, form: StepForm, suggestions: dict[str, Suggestion]):
        self.form = form
        self.notes: dict[str, QLabel] = {}
        self._still: dict[str, Callable[[], bool]] = {}
        for key, suggestion in suggestions.items():
            still = self._apply(key, suggestion)
            if still is not None:
                self._mark(key, suggestion.source, still)

    def _apply(self, key: str, s: Suggestion) -> Callable[[], bool] | None:
        """Put the suggestion in an empty field; returns 'is the value still the suggestion?'."""
        f = self.form
        if key in f.free and key in f.rows:
            edit = f.free[key]
            if edit.text().strip():
                return None
            edit.setText(s.value)
            edit.setCursorPosition(0)  # show the start of a long list
            return lambda: edit.text().strip() == s.value
        if key == "contacted" and key in f.rows:
            keys = {f.partners.item(i).data(Qt.ItemDataRole.UserRole) for i in range(f.partners.count())}
            if f.partners.checked() or s.value not in keys:
                return None
            f.partners.set_checked({s.value})
            return lambda: s.value in f.partners.checked()
        if key == "meeting" and key in f.rows:
            index = f.meeting.findData(s.value)
            if f.meeting.currentData() or index < 0:
                return None
            f.meeting.setCurrentIndex(index)
            return lambda: f.meeting.currentData() == s.value
        if key == "meeting_on" and key in f.rows:
            if f.meeting_on.text().strip():
                return None
            shown = format_date(date.fromisoformat(s.value))
            f.meeting_on.set_text(shown)
            return lambda: f.meeting_on.text().strip() == shown
        return None

    def _mark(self, key: str, source: str, still: Callable[[], bool]) -> None:
        _caption, holder = self.form.rows[key]
        text = source[:1].upper() + source[1:]
        note = QLabel(text, holder)
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        note.setAccessibleName(text)
        layout = holder.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, note)
        self.notes[key] = note
        self._still[key] = still

    def refresh(self) -> None:
        """Hide the note of every field the officer has changed away from the suggestion."""
        for key, still in self._still.items():
            self.notes[key].setVisible(still())

    def shown(self) -> dict[str, str]:
        """Field key -> note text, for the notes currently visible (tests, accessibility)."""
        return {k: n.text() for k, n in self.notes.items() if not n.isHidden()}
