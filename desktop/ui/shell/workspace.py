"""The workspace in the main window: empty state / case list, case view and intake pages.

Contract with the shell (main window): ``set_register`` after unlock, ``clear`` on lock
(drops every model, view and dialog holding case data and the register reference),
``new_signal``, ``focus_search``, signals ``status_message`` and ``copy_requested``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import model as m
from desktop.services.ui_types import StoreError
from desktop.ui.case.case_list import CaseListPanel

if TYPE_CHECKING:  # imported on first use: they pull in PDF, content and route modules
    from desktop.services.register import Register
    from desktop.ui.case.case_view import CaseView
    from desktop.ui.intake.intake import IntakePage
from desktop.ui.intake.intake_draft import NEW_CASE_KEY
from desktop.ui.widgets import worker

REFRESH_DELAY_MS = 100


class EmptyState(QWidget):
    """What a new vault shows: what to do first."""

    new_signal_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("<h1>Nog geen signalen geregistreerd</h1>"))
        text = QLabel(self.tr(
            "Leg hier elk signaal van mogelijke mensenhandel vast dat bij u binnenkomt: van een "
            "collega, een ketenpartner of uit eigen waarneming. Schakel bewaart alles versleuteld "
            "op deze computer en stelt voor welke signalen bij elkaar horen."))
        self.button = QPushButton(self.tr("&Nieuw signaal registreren"))
        self.button.setAccessibleName(self.tr("Nieuw signaal registreren"))
        font = self.button.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.button.setFont(font)
        self.button.setMinimumHeight(self.button.sizeHint().height() + 16)
        self.button.clicked.connect(self.new_signal_requested)
        hint = QLabel(self.tr(
            "Heeft u al een register, bijvoorbeeld in een spreadsheet? Lees het in één keer in "
            "via <b>Extra › Importeren…</b>: u koppelt de kolommen en ziet eerst een voorbeeld."))
        self.import_button = QPushButton(self.tr("Bestaand register &inlezen…"))
        self.import_button.setAccessibleName(self.tr("Bestaand register inlezen (Extra, Importeren)"))
        self.import_button.clicked.connect(self.import_requested)
        panel = QWidget()
        panel.setFixedWidth(max(560, self.fontMetrics().averageCharWidth() * 80))
        column = QVBoxLayout(panel)
        for label in (title, text, hint):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(16)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(16)
        column.addWidget(hint)
        column.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(panel)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        self.setFocusProxy(self.button)


class CaseWorkspace(QWidget):
    status_message = Signal(str)
    copy_requested = Signal(str)
    import_requested = Signal()  # the empty state's "Bestaand register inlezen…"
    _register_changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._register: Any = None
        self.case_view: CaseView | None = None
        self.intake: IntakePage | None = None
        self.empty = EmptyState()
        self.empty.new_signal_requested.connect(self.new_signal)
        self.empty.import_requested.connect(self.import_requested)
        self.list = CaseListPanel()
        self.list.open_case.connect(self.open_case)
        self.list.new_signal_requested.connect(self.new_signal)
        self.list.copy_requested.connect(self.copy_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_list)
        self._register_changed.connect(self._schedule_refresh, Qt.ConnectionType.QueuedConnection)

    # -- contract ---------------------------------------------------------------------
    def set_register(self, register: Register) -> None:
        if self._register is not None:
            self.clear()
        self._register = register
        self._unsubscribe_change = register.subscribe("change", self._on_register_change)
        self.list.set_source(register.cases)
        self._show_home()
        resume, self._resume = getattr(self, "_resume", None), None
        if resume is not None:
            self._go_back_to(*resume)
        elif register.load_draft(NEW_CASE_KEY):
            self.status_message.emit(self.tr("Er staat nog een concept van een nieuw signaal "
                                             "klaar (Nieuw signaal)."))
        # After the list is on screen, import the case view and intake in a worker (pure
        # imports, no widgets): the GUI thread stays free (issue 21).
        QTimer.singleShot(400, self, lambda: worker.run_in_background(
            _preload_case_modules, lambda _r: None, lambda _exc: None, owner=self, cursor=False))

    def clear(self) -> None:
        """Lock: save the draft, close dialogs, drop all case data and the register.

        Remembers (in memory only: a case id and a tab number) where the officer was, so
        unlocking returns there."""
        self._resume = self._where()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self._close_intake()
        self._close_case_view()
        self._refresh_timer.stop()
        self.list.clear()
        if self._register is not None:
            self._unsubscribe_change()
        self._register = None
        self.stack.setCurrentWidget(self.list)

    def _where(self) -> tuple[str, int | None, int] | None:
        current = self.stack.currentWidget()
        if current is not None and current is self.case_view:
            return ("case", self.case_view.case_id, self.case_view.tabs.currentIndex())
        if current is not None and current is self.intake:
            key = self.intake.draft.key
            return ("intake", None if key == NEW_CASE_KEY else self.intake.case_id(), 0)
        return None

    def _go_back_to(self, kind: str, case_id: int | None, tab: int) -> None:
        if kind == "case" and case_id is not None:
            self.open_case(case_id)
            if self.case_view is not None and self.case_view.case_id == case_id:
                self.case_view.tabs.setCurrentIndex(tab)
        elif kind == "intake":
            if case_id is None:
                self.new_signal()
            else:
                self._edit_case(case_id)

    def new_signal(self) -> None:
        if self._register is None:
            return
        if self.intake is not None and self.intake.draft.key == NEW_CASE_KEY:
            self.stack.setCurrentWidget(self.intake)
            self.intake.setFocus()
            return
        self._open_intake(None)

    def focus_search(self) -> None:
        if self._register is None or self.stack.currentWidget() is self.intake:
            return
        self._close_case_view()
        self.stack.setCurrentWidget(self.list)
        self.list.focus_search()

    # -- navigation ------------------------------------------------------------------------
    def open_case(self, case_id: int) -> None:
        if self._register is None:
            return
        try:
            self._register.cases.record_view(case_id)
            from desktop.ui.case.case_view import CaseView

            view = CaseView(self._register, case_id)
        except StoreError as exc:
            self.status_message.emit(exc.message)
            return
        self._close_case_view()
        self.case_view = view
        view.back.connect(self._back_to_list)
        view.edit_requested.connect(self._edit_case)
        view.open_requested.connect(self.open_case)
        view.status_message.connect(self.status_message)
        view.changed.connect(self._refresh_timer.start)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.tabs.setFocus()

    def _edit_case(self, case_id: int) -> None:
        try:
            case = self._register.cases.get(case_id)
        except StoreError as exc:
            self.status_message.emit(exc.message)
            return
        self._open_intake(case)

    def _open_intake(self, case: m.Case | None) -> None:
        self._close_intake()
        from desktop.ui.intake.intake import IntakePage

        page = IntakePage(self._register, case)
        page.saved.connect(self._intake_saved)
        page.closed.connect(self._intake_closed)
        page.status_message.connect(self.status_message)
        self.intake = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.acute.acute.setFocus()

    def _intake_saved(self, case_id: int) -> None:
        self._close_intake()
        self._refresh_list()
        self.open_case(case_id)

    def _intake_closed(self) -> None:
        self._close_intake()
        if self._register is not None:
            self.list.reload()  # the list's first row shows (or no longer shows) the draft
        if self.case_view is not None:
            self.case_view.reload()
            self.stack.setCurrentWidget(self.case_view)
        else:
            self._show_home()

    def _back_to_list(self) -> None:
        case_id = self.case_view.case_id if self.case_view else None
        self._close_case_view()
        self._show_home()
        if case_id is not None:
            self.list.select_case(case_id)
        self.list.view.setFocus()

    def _close_intake(self) -> None:
        if self.intake is not None:
            self.intake.detach()
            self.stack.removeWidget(self.intake)
            self.intake.deleteLater()
            self.intake = None

    def _close_case_view(self) -> None:
        if self.case_view is not None:
            self.stack.removeWidget(self.case_view)
            self.case_view.deleteLater()
            self.case_view = None

    def _show_home(self) -> None:
        has_cases = self._register is not None and (  # an unsaved draft is a row of the list too
            self.list.model.total > 0 or self.list.model.has_draft or self._register.cases.count() > 0)
        self.stack.setCurrentWidget(self.list if has_cases else self.empty)

    # -- register changes ---------------------------------------------------------------------
    def _on_register_change(self, kind: str, case_id: int | None) -> None:
        """Called by the register (maybe from a worker thread): refresh on the GUI thread."""
        self._register_changed.emit(kind, case_id)

    def _schedule_refresh(self, _kind: str, _case_id: object) -> None:
        self._refresh_timer.start()

    def _refresh_list(self) -> None:
        self._refresh_timer.stop()
        if self._register is None:
            return
        self.list.reload()
        if self.stack.currentWidget() in (self.empty, self.list):
            self._show_home()


def _preload_case_modules() -> None:
    """Import the case view and intake once the list shows, so opening a case is quick
    while start-up stays short (they bring in reportlab, pydantic content and routes)."""
    import desktop.ui.case.case_view  # noqa: F401
    import desktop.ui.intake.intake  # noqa: F401
