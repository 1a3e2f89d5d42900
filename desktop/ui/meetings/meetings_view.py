"""Consultation tables ("Overleggen"): plan a meeting, bring in cases, record what was agreed.

Opened from the main window with ``open_meetings(parent, register)``. The meeting types
are the meetings the register's route declares. Recording the agreement for a case
opens the guided step dialog for the step this meeting completes (when that step is
current), so agreement + step record + status are saved in one transaction.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.labels import format_date
from desktop.services.route.support import RouteError
from desktop.services.ui_types import StoreError
from desktop.ui.case.case_tabs_common import RowsModel, current_key, make_table
from desktop.ui.meetings.meetings_agenda import AgendaPanel
from desktop.ui.route.route_widgets import date_field, date_value
from desktop.ui.widgets.fields import buddy_label
from desktop.ui.widgets.messages import show_error


class MeetingsDialog(QDialog):
    def __init__(self, register: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overleggen"))
        self.register = register
        self.meetings = register.meetings
        heading = QLabel(self.tr("Overleggen en tafels"))
        heading.setProperty("role", "heading")
        hint = QLabel(self.tr(
            "Plan een overleg, breng zaken in met een vraag aan de tafel en leg na afloop per "
            "zaak vast wat is afgesproken. Dat rondt de bijbehorende stap van de route af."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.model = RowsModel([self.tr("Datum"), self.tr("Overleg"), self.tr("Zaken")], self)
        self.table = make_table(self.model, self.tr("Overleggen"), stretch=1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.agenda = AgendaPanel(register, self)
        self.agenda.changed.connect(self._reload_keep)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._left())
        splitter.addWidget(self.agenda)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("S&luiten"))
        close_button.setAccessibleName(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(1280, 700)
        self._unsubscribe = register.subscribe("lock", self.close_for_lock)
        self.finished.connect(lambda _r: self._forget_register())
        self.reload()

    def _left(self) -> QWidget:
        box = QGroupBox(self.tr("Nieuw overleg plannen"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Soort overleg"))
        try:
            for kind in self.meetings.kinds():
                self.kind.addItem(kind.title, kind.id)
        except RouteError as exc:
            show_error(self, exc.message)
        self.held_on = date_field(self.tr("Datum overleg"), self.register.routes.today(),
                                  allow_future=True)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Plaats van het overleg"))
        self.place.setPlaceholderText(self.tr("bv. stadhuis, kamer 2.14 of online"))
        self.plan_button = QPushButton(self.tr("&Plannen"))
        self.plan_button.setAccessibleName(self.tr("Overleg plannen"))
        self.plan_button.clicked.connect(self.plan)
        form = QVBoxLayout(box)
        form.addWidget(buddy_label(self.tr("Soor&t:"), self.kind))
        form.addWidget(self.kind)
        form.addWidget(buddy_label(self.tr("Pl&aats:"), self.place))
        form.addWidget(self.place)
        form.addWidget(buddy_label(self.tr("&Datum:"), self.held_on))
        row = QHBoxLayout()
        row.addWidget(self.held_on)
        row.addWidget(self.plan_button)
        row.addStretch(1)
        form.addLayout(row)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buddy_label(self.tr("&Overleggen:"), self.table))
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        return left

    # -- data ----------------------------------------------------------------------------------
    def reload(self, keep: int | None = None) -> None:
        try:
            rows = self.meetings.list()
            counts = {row.id: len(self.meetings.cases(row.id)) for row in rows}
        except StoreError as exc:
            show_error(self, exc)
            return
        self.model.set_rows([[format_date(r.held_on), r.title, str(counts[r.id])] for r in rows],
                            [r.id for r in rows])
        ids = [r.id for r in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        elif ids:
            self.table.selectRow(0)
        self._selected()

    def _reload_keep(self) -> None:
        self.reload(current_key(self.table))

    def _selected(self) -> None:
        meeting_id = current_key(self.table)
        self.agenda.show_meeting(self.meetings.get(meeting_id) if meeting_id else None)

    def plan(self) -> None:
        message = self.held_on.validate()
        held_on = date_value(self.held_on)
        if message or held_on is None:
            self.held_on.set_error(message or self.tr("Vul de datum van het overleg in."))
            return
        try:
            row = self.meetings.plan(self.kind.currentData() or "", held_on,
                                     place=self.place.text())
        except (RouteError, StoreError) as exc:
            show_error(self, exc.message)
            return
        self.place.clear()
        self.reload(row.id)
        self.agenda.search.setFocus()

    # -- lifetime --------------------------------------------------------------------------------
    def close_for_lock(self) -> None:
        self.model.set_rows([])
        self.agenda.clear()
        self.reject()

    def _forget_register(self) -> None:
        self._unsubscribe()


def open_meetings(parent: QWidget | None, register: Any) -> MeetingsDialog:
    """Open the consultation-tables view (window-modal); closes itself when the register locks."""
    dialog = MeetingsDialog(register, parent)
    dialog.open()
    return dialog
