"""The case view: a header and one tab per factory in ``TAB_FACTORIES``.

Adding a tab (Checklists, Route, Exports in later issues) is one line: append a
factory ``(CaseContext) -> CaseTab`` to ``TAB_FACTORIES``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.domain import labels
from desktop.services.ui_types import StoreError
from desktop.ui.case.case_tabs_attachments import AttachmentsTab
from desktop.ui.case.case_tabs_common import CaseContext, CaseTab
from desktop.ui.case.case_tabs_enrichment import EnrichmentTab
from desktop.ui.case.case_tabs_history import HistoryTab
from desktop.ui.case.case_tabs_links import LinksTab
from desktop.ui.case.case_tabs_persons import PersonsTab
from desktop.ui.case.case_tabs_signal import SignalTab
from desktop.ui.checklists.checklist_tab import ChecklistCaseTab
from desktop.ui.export.exports_tab import ExportsTab
from desktop.ui.route.route_tab import RouteTab
from desktop.ui.widgets.fields import enum_label

TabFactory = Callable[[CaseContext], CaseTab]
TAB_FACTORIES: list[TabFactory] = [SignalTab, PersonsTab, EnrichmentTab, ChecklistCaseTab, RouteTab,
                                   LinksTab, AttachmentsTab, ExportsTab, HistoryTab]


class CaseView(QWidget):
    back = Signal()
    edit_requested = Signal(int)
    open_requested = Signal(int)
    status_message = Signal(str)
    changed = Signal()

    def __init__(self, register: Any, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = CaseContext(
            register=register, case=register.cases.get(case_id),
            open_case=self.open_requested.emit, edit=lambda: self.edit_requested.emit(case_id),
            reload=self.reload, status=self.status_message.emit)
        self.back_button = QPushButton(self.tr("← &Terug naar de lijst"))
        self.back_button.setAccessibleName(self.tr("Terug naar de zakenlijst"))
        self.back_button.clicked.connect(self.back)
        QShortcut(QKeySequence("Alt+Left"), self, self.back.emit)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.heading, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van de zaak"))
        self.tab_pages: list[CaseTab] = [factory(self.ctx) for factory in TAB_FACTORIES]
        for page in self.tab_pages:
            self.tabs.addTab(page, page.title())
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self._show_heading()

    @property
    def case_id(self) -> int:
        return int(self.ctx.case.id)

    def tab(self, kind: type[CaseTab]) -> CaseTab | None:
        return next((t for t in self.tab_pages if isinstance(t, kind)), None)

    def reload(self) -> None:
        """Re-read the case from the register and refresh every tab."""
        try:
            self.ctx.case = self.ctx.register.cases.get(self.case_id)
        except StoreError as exc:
            self.status_message.emit(exc.message)
            return
        for i, page in enumerate(self.tab_pages):
            page.refresh()
            self.tabs.setTabText(i, page.title())
        self._show_heading()
        self.changed.emit()

    def _show_heading(self) -> None:
        c = self.ctx.case
        parts = [f"<span style='font-size:large'><b>{self.tr('Zaak')} {html.escape(c.number)}</b>"
                 f"</span>", html.escape(c.title),
                 html.escape(enum_label(labels.STATUS, c.status))]
        if c.acute:
            parts.append(f"<b>{self.tr('ACUUT')}</b>")
        self.heading.setText(" · ".join(p for p in parts if p))
