"""The agenda of one meeting: cases brought in, the question per case, what was agreed."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.labels import format_date
from desktop.services.export.case_choices import linked_choices
from desktop.services.route.support import RouteError
from desktop.services.ui_types import MeetingCaseRow, MeetingRow, StoreError
from desktop.ui.case.case_tabs_common import RowsModel, current_key, make_table
from desktop.ui.export.export_dialog import open_agenda_export
from desktop.ui.route.route_step_dialog import RouteStepDialog
from desktop.ui.route.route_widgets import ProblemsLabel, ok_cancel, save_or_show
from desktop.ui.widgets.fields import buddy_label
from desktop.ui.widgets.messages import show_error


def _button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    return button


class AgendaPanel(QWidget):
    changed = Signal()

    def __init__(self, register: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.register, self.meetings = register, register.meetings
        self.meeting: MeetingRow | None = None
        self.dialog: QDialog | None = None
        self._rows: dict[int, MeetingCaseRow] = {}
        self._drafts: dict[tuple[int, int], str] = {}  # (meeting, case) -> question typed, unsaved
        self._select: int | None = None  # case to select at the next showing
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = RowsModel([self.tr("Zaak"), self.tr("Titel"), self.tr("Vraag aan de tafel"),
                                self.tr("Namen"), self.tr("Afspraak")], self)
        self.table = make_table(self.model, self.tr("Agenda"), stretch=4)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_selected())
        self.agree_button = _button(self.tr("Afspraak &vastleggen…"),
                                    self.tr("Afspraak vastleggen"))
        self.remove_button = _button(self.tr("&Uit de agenda halen"),
                                     self.tr("Zaak uit de agenda halen"))
        self.agree_button.clicked.connect(self.record_agreement)
        self.remove_button.clicked.connect(self.remove_case)
        self.agenda_button = self._agenda_button()
        self.question = QLineEdit()
        self.question.setAccessibleName(self.tr("Vraag aan de tafel"))
        self.question.textEdited.connect(self._question_edited)
        self.names = QCheckBox(self.tr("&Namen toegestaan"))
        self.names.setAccessibleName(self.tr("Namen toegestaan op de agenda"))
        self.save_button = _button(self.tr("Vraag op&slaan"), self.tr("Vraag opslaan"))
        self.save_button.clicked.connect(self.save_question)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Zaak zoeken"))
        self.search.setPlaceholderText(self.tr("zaaknummer of tekst"))
        self.search.textChanged.connect(self._search)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Gevonden zaken"))
        self.add_button = _button(self.tr("&Inbrengen"), self.tr("Zaak inbrengen"))
        self.add_button.clicked.connect(self.add_case)
        self.results.itemActivated.connect(lambda _i: self.add_case())
        self._layout()
        self.show_meeting(None)

    def _agenda_button(self) -> QPushButton:
        button = _button(self.tr("Agenda &maken…"), self.tr("Agenda maken"))
        button.clicked.connect(lambda: open_agenda_export(
            self, self.register, [r.case_id for r in self.meetings.cases(self.meeting.id)],
            self.meeting.id))
        return button

    def _layout(self) -> None:
        actions = QHBoxLayout()
        for button in (self.agree_button, self.remove_button, self.agenda_button):
            actions.addWidget(button)
        actions.addStretch(1)
        edit = QGridLayout()
        edit.addWidget(buddy_label(self.tr("V&raag aan de tafel:"), self.question), 0, 0)
        edit.addWidget(self.question, 0, 1)
        edit.addWidget(self.names, 0, 2)
        edit.addWidget(self.save_button, 0, 3)
        edit.setColumnStretch(1, 1)
        find = QGridLayout()
        find.addWidget(buddy_label(self.tr("&Zaak zoeken:"), self.search), 0, 0)
        find.addWidget(self.search, 0, 1)
        find.addWidget(self.add_button, 0, 2)
        find.addWidget(self.results, 1, 1, 1, 2)
        find.setColumnStretch(1, 1)
        self.results.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(buddy_label(self.tr("A&genda:"), self.table))
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(edit)
        layout.addLayout(find)

    # -- showing -------------------------------------------------------------------------------
    def show_meeting(self, meeting: MeetingRow | None) -> None:
        same = meeting is not None and self.meeting is not None and meeting.id == self.meeting.id
        keep = self._select if self._select is not None else (
            current_key(self.table) if same else None)  # a reload keeps the selected case
        self.meeting = meeting
        for widget in (self.table, self.question, self.names, self.save_button, self.search,
                       self.results, self.add_button, self.agree_button, self.remove_button,
                       self.agenda_button):
            widget.setEnabled(meeting is not None)
        if meeting is None:
            self.heading.setText(self.tr("Plan eerst een overleg of kies er een."))
            self._rows = {}
            self.model.set_rows([])
            return
        place = f" · {_esc(meeting.place)}" if meeting.place else ""
        self.heading.setText(f"<b>{_esc(meeting.title)}</b> · {format_date(meeting.held_on)}"
                             + place)
        rows = self.meetings.cases(meeting.id)
        self.model.set_rows([[r.number, r.case_title, r.question,
                              self.tr("ja") if r.names_allowed else self.tr("nee"),
                              r.agreed or "–"] for r in rows], [r.case_id for r in rows])
        self._rows = {r.case_id: r for r in rows}
        ids = [r.case_id for r in rows]
        if rows:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._row_selected()

    def _row_selected(self) -> None:
        row = self._rows.get(current_key(self.table))
        for widget in (self.question, self.names, self.save_button, self.agree_button,
                       self.remove_button):
            widget.setEnabled(row is not None)
        draft = self._drafts.get(self._draft_key(row.case_id)) if row else None
        self.question.setText(draft if draft is not None else (row.question if row else ""))
        self.names.setChecked(bool(row and row.names_allowed))
        self.agenda_button.setEnabled(bool(self._rows))
        self._search(self.search.text())  # the linked cases of this case are offered first

    def _draft_key(self, case_id: int) -> tuple[int, int]:
        return (self.meeting.id if self.meeting else 0, case_id)

    def _question_edited(self, text: str) -> None:
        """Typed but not saved yet: kept for this case while other cases are added or chosen."""
        case_id = current_key(self.table)
        if case_id is not None:
            self._drafts[self._draft_key(case_id)] = text

    def clear(self) -> None:
        self._rows, self._drafts = {}, {}
        self.model.set_rows([])
        self.results.clear()
        self.search.clear()
        if self.dialog is not None:
            self.dialog.reject()

    # -- actions --------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        """The selected case's linked cases first, then the cases matching the search."""
        self.results.clear()
        if self.meeting is None:
            return
        selected = current_key(self.table)
        try:
            linked = linked_choices(self.register, [selected]) if selected is not None else []
            found = self.register.cases.search(text.strip(), limit=20) \
                if len(text.strip()) >= 2 else []
        except StoreError as exc:
            show_error(self, exc)
            return
        shown: set[int] = set()
        for case_id, label in [(c.case_id, c.label()) for c in linked] + \
                [(f.id, f"{f.number} · {f.title}") for f in found]:
            if case_id not in shown:
                shown.add(case_id)
                self._add_result(case_id, label)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _add_result(self, case_id: int, text: str) -> None:
        if case_id in self._rows:
            text += " " + self.tr("(staat al op de agenda)")
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, case_id)
        self.results.addItem(item)

    def _run(self, action) -> bool:
        try:
            action()
        except (RouteError, StoreError) as exc:
            show_error(self, exc.message)
            return False
        self.changed.emit()
        return True

    def add_case(self) -> None:
        item = self.results.currentItem()
        if item is None or self.meeting is None:
            return
        case_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._select = case_id  # the new case's question is typed next
        if self._run(lambda: self.meetings.add_case(self.meeting.id, case_id)):
            self.search.clear()
            self.question.setFocus()
        self._select = None

    def remove_case(self) -> None:
        case_id = current_key(self.table)
        if case_id is not None:
            self._run(lambda: self.meetings.remove_case(self.meeting.id, case_id))

    def save_question(self) -> None:
        case_id = current_key(self.table)
        if case_id is None or self.meeting is None:
            return
        self._select = case_id
        if self._run(lambda: self.meetings.add_case(self.meeting.id, case_id,
                                                    self.question.text(), self.names.isChecked())):
            self._drafts.pop(self._draft_key(case_id), None)
        self._select = None

    def record_agreement(self) -> None:
        case_id = current_key(self.table)
        if case_id is None or self.meeting is None:
            return
        meeting_id = self.meeting.id
        agreed = self._rows[case_id].agreed
        try:
            draft = self.meetings.draft_record(meeting_id, case_id, agreed)
            if draft is not None:
                dialog: QDialog = RouteStepDialog(
                    self.register, case_id, draft.step_id, preset=draft, parent=self,
                    save=lambda rec, hs: self.meetings.set_agreed(
                        meeting_id, case_id, rec.outcome, rec, hs))
            else:
                dialog = AgreedDialog(self.meetings, meeting_id, case_id, agreed, self)
        except (RouteError, StoreError) as exc:
            show_error(self, exc.message)
            return
        self.dialog = dialog
        dialog.accepted.connect(self.changed)
        dialog.open()


class AgreedDialog(QDialog):
    """What was agreed, when the meeting completes no route step for this case now."""

    def __init__(self, meetings: Any, meeting_id: int, case_id: int, agreed: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Afspraak vastleggen"))
        self._args = (meetings, meeting_id, case_id)
        note = QLabel(self.tr("Deze bespreking rondt nu geen stap van de route af (de stap is "
                              "niet aan de beurt of al afgerond). Alleen de afspraak wordt "
                              "vastgelegd."))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        self.text = QPlainTextEdit(agreed)
        self.text.setAccessibleName(self.tr("Wat is afgesproken"))
        self.text.setTabChangesFocus(True)
        self.problems = ProblemsLabel()
        buttons, self.ok_button = ok_cancel(self, self.tr("&Opslaan"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(buddy_label(self.tr("&Wat is afgesproken:"), self.text))
        layout.addWidget(self.text)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _save(self) -> None:
        meetings, meeting_id, case_id = self._args
        save_or_show(self, self.problems,
                     lambda: meetings.set_agreed(meeting_id, case_id, self.text.toPlainText()))

    def close_for_lock(self) -> None:
        self.reject()


def _esc(text: str) -> str:
    return html.escape(text)
