"""The case view: a header and one tab per factory in ``TAB_FACTORIES``.

Adding a tab (Checklists, Route, Exports in later issues) is one line: append a
factory ``(CaseContext) -> CaseTab`` to ``TAB_FACTORIES``.

Tabs are built on first show (opening a case builds only the first tab): until then the
tab bar holds a light placeholder whose title comes from the factory's optional
``quick_title(ctx)`` (e.g. a count by one indexed query) or ``TAB_TITLES``. ``tab(kind)``
builds a tab on demand; ``tab_pages`` lists the built tab or its placeholder per position.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
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
#: Titles of tabs not built yet (translation context = the tab's class name, as its ``self.tr``).
TAB_TITLES: dict[Any, str] = {
    SignalTab: "Signaal", PersonsTab: "Betrokkenen", EnrichmentTab: "Verrijking",
    ChecklistCaseTab: "Checklists", RouteTab: "Route", ExportsTab: "Exports", HistoryTab: "Historie",
}


class _Unbuilt(QWidget):
    """Stands in the tab bar for a tab that has not been shown yet."""

    def __init__(self, factory: TabFactory) -> None:
        super().__init__()
        self.factory = factory


def _attachments_title(ctx: CaseContext) -> str:
    n = len(ctx.register.attachments.list(ctx.case.id))  # one indexed query, no widgets
    return QCoreApplication.translate("AttachmentsTab", "Bijlagen ({n})").format(n=n)


#: Titles with a count, for tabs whose class has no ``quick_title`` of its own.
QUICK_TITLES: dict[Any, Callable[[CaseContext], str]] = {AttachmentsTab: _attachments_title}


def _quick_title(factory: TabFactory, ctx: CaseContext) -> str:
    quick = getattr(factory, "quick_title", None) or QUICK_TITLES.get(factory)
    if quick is not None:
        return quick(ctx)
    text = TAB_TITLES.get(factory)
    if text is None:
        return ""
    return QCoreApplication.translate(getattr(factory, "__name__", "CaseTab"), text)


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
        self.tab_pages: list[QWidget] = []
        for i, factory in enumerate(TAB_FACTORIES):
            title = _quick_title(factory, self.ctx)
            page: QWidget = factory(self.ctx) if i == 0 or not title else _Unbuilt(factory)
            self.tab_pages.append(page)
            self.tabs.addTab(page, page.title() if isinstance(page, CaseTab) else title)
        self.tabs.currentChanged.connect(self._build_at)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self._show_heading()
        self.setAcceptDrops(True)  # files dropped anywhere on the case go to Bijlagen (issue 20)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        tab = self.tab(AttachmentsTab)
        if isinstance(tab, AttachmentsTab):
            self.tabs.setCurrentWidget(tab)
            tab.dropEvent(event)

    @property
    def case_id(self) -> int:
        return int(self.ctx.case.id)

    def tab(self, kind: type[CaseTab]) -> CaseTab | None:
        """The tab of this kind, built now if it has not been shown yet."""
        for i, page in enumerate(self.tab_pages):
            if isinstance(page, kind):
                return page
            if isinstance(page, _Unbuilt) and (page.factory is kind or (
                    isinstance(page.factory, type) and issubclass(page.factory, kind))):
                built = self._build_at(i)
                return built if isinstance(built, kind) else None
        return None

    def build_all_tabs(self) -> None:
        for i in range(len(self.tab_pages)):
            self._build_at(i)

    def _build_at(self, index: int) -> QWidget | None:
        if not 0 <= index < len(self.tab_pages):
            return None
        page = self.tab_pages[index]
        if not isinstance(page, _Unbuilt):
            return page
        built = page.factory(self.ctx)
        self.tab_pages[index] = built
        with QSignalBlocker(self.tabs):
            current = self.tabs.currentIndex()
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, built, built.title())
            self.tabs.setCurrentIndex(current)
        page.deleteLater()
        return built

    def reload(self) -> None:
        """Re-read the case from the register and refresh every tab."""
        try:
            self.ctx.case = self.ctx.register.cases.get(self.case_id)
        except StoreError as exc:
            self.status_message.emit(exc.message)
            return
        for i, page in enumerate(self.tab_pages):
            if isinstance(page, CaseTab):
                page.refresh()
                self.tabs.setTabText(i, page.title())
            elif isinstance(page, _Unbuilt):
                self.tabs.setTabText(i, _quick_title(page.factory, self.ctx))
        self._show_heading()
        self.changed.emit()

    def _show_heading(self) -> None:
        c = self.ctx.case
        parts = [f"<span style='font-size:large'><b>{self.tr('Zaak')} {html.escape(c.number)}</b>"
                 f"</span>", html.escape(c.title),
                 html.escape(enum_label(labels.STATUS, c.status))]
        if c.acute:
            parts.append(f"<b>{self.tr('ACUUT')}</b>")
        from desktop.ui.transfer.lease_text import case_lease_text

        transfer_state = case_lease_text(self.ctx.register, self.case_id)  # waarneming/overdracht
        if transfer_state:
            parts.append(f"<b>{html.escape(transfer_state)}</b>")
        self.heading.setText(" · ".join(p for p in parts if p))
