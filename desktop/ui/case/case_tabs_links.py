"""Tab "Gekoppelde signalen": linked cases (open, unlink) plus suggestions to link more."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.services.ui_types import StoreError
from desktop.ui.case.case_tabs_common import CaseContext, CaseTab, RowsModel, current_key, make_table
from desktop.ui.case.link_panel import LinkPanel


class LinksTab(CaseTab):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        tr = self.tr
        self.model = RowsModel([tr("Zaaknummer"), tr("Reden van koppeling")], self)
        self.table = make_table(self.model, tr("Gekoppelde signalen"), stretch=1)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton(tr("&Openen"))
        self.open_button.setAccessibleName(tr("Gekoppelde zaak openen"))
        self.open_button.clicked.connect(self.open_selected)
        self.unlink_button = QPushButton(tr("Ontko&ppelen"))
        self.unlink_button.setAccessibleName(tr("Koppeling met geselecteerde zaak verwijderen"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.unlink_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        self.suggestions = LinkPanel()
        self.suggestions.set_register(ctx.register, ctx.case.id, lambda: self.ctx.case)
        self.suggestions.linked.connect(lambda _other: self.ctx.reload())
        self.suggestions.status_message.connect(lambda text: self.ctx.status(text))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.suggestions)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    def title(self) -> str:
        return self.tr("Gekoppelde signalen ({n})").format(n=self.model.rowCount())

    @staticmethod
    def quick_title(ctx: CaseContext) -> str:
        """The title before the tab is built: the case's own links, two index lookups."""
        n = len(ctx.register.links.linked(ctx.case.id))
        return QCoreApplication.translate("LinksTab", "Gekoppelde signalen ({n})").format(n=n)

    def refresh(self) -> None:
        linked = self.ctx.register.links.linked(self.ctx.case.id)
        self.model.set_rows([[number, reason] for _id, number, reason in linked],
                            [other for other, _n, _r in linked])
        self.summary.setText(
            (self.tr("Gekoppeld aan 1 ander signaal:") if len(linked) == 1 else
             self.tr("Gekoppeld aan {n} andere signalen:").format(n=len(linked))) if linked
            else self.tr("Dit signaal is nog niet aan andere signalen gekoppeld. Voorstellen "
                         "staan rechts."))
        for button in (self.open_button, self.unlink_button):
            button.setEnabled(bool(linked))
        self.suggestions.set_register(self.ctx.register, self.ctx.case.id, lambda: self.ctx.case)
        self._suggestions_stale = True
        if self.isVisible():  # fuzzy matching costs ~0.1 s per name at 100k cases: only on view
            self._refresh_suggestions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._suggestions_stale:
            self._refresh_suggestions()

    def _refresh_suggestions(self) -> None:
        self._suggestions_stale = False
        self.suggestions.refresh_now()

    def open_selected(self) -> None:
        other = current_key(self.table)
        if other is not None:
            self.ctx.open_case(other)

    def unlink_selected(self) -> None:
        other = current_key(self.table)
        if other is None:
            return
        try:
            self.ctx.register.links.unlink(self.ctx.case.id, other)
        except StoreError as exc:
            self.ctx.status(exc.message)
            return
        self.ctx.status(self.tr("Koppeling verwijderd."))
        self.ctx.reload()
