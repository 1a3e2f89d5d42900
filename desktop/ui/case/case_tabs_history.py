"""Tab "Historie": the audit log of this case in readable Dutch (who, when, what — no content)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain import labels
from desktop.services.ui_types import StoreError
from desktop.ui.case.case_tabs_common import CaseContext, CaseTab, RowsModel, make_table
from desktop.ui.widgets.fields import tr_label


class HistoryTab(CaseTab):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        tr = self.tr
        self.model = RowsModel([tr("Datum en tijd"), tr("Gebruiker"), tr("Handeling")], self)
        self.table = make_table(self.model, tr("Historie van deze zaak"), stretch=2)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Wie wanneer wat met deze zaak heeft gedaan (de inhoud van "
                                   "wijzigingen wordt niet vastgelegd).")))
        layout.addWidget(self.table, 1)
        self._numbers: dict[int, str | None] = {}
        self.refresh()

    def title(self) -> str:
        return self.tr("Historie")

    def refresh(self) -> None:
        entries = self.ctx.register.audit_entries(case_id=self.ctx.case.id)
        self.model.set_rows([[_when(e.at), e.actor, self.describe(e.action, e.detail)]
                             for e in entries])

    def describe(self, action: str, detail: str) -> str:
        template, value = labels.audit_text(action, detail, self._number_for)
        return tr_label(template).format(other=tr_label(value), code=value)

    def _number_for(self, case_id: int) -> str | None:
        if case_id not in self._numbers:
            try:
                self._numbers[case_id] = self.ctx.register.cases.get(case_id).number
            except StoreError:
                self._numbers[case_id] = None
        return self._numbers[case_id]


def _when(iso: str) -> str:
    try:
        return labels.format_datetime(datetime.fromisoformat(iso))
    except ValueError:
        return iso
