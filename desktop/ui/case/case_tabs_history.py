"""Tab "Historie": the audit log of this case in readable Dutch (who, when, what — no content)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain import labels
from desktop.domain import model as m
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
        self._route_cache = None
        entries = self.ctx.register.audit_entries(case_id=self.ctx.case.id)
        self.model.set_rows([[_when(e.at), e.actor, self.describe(e.action, e.detail)]
                             for e in entries])

    def describe(self, action: str, detail: str) -> str:
        specific = self._specific(action, detail) if detail else None
        if specific:
            return specific
        template, value = labels.audit_text(action, detail, self._number_for)
        return tr_label(template).format(other=tr_label(value), code=value)

    def _specific(self, action: str, detail: str) -> str | None:
        """"R5 Lokaal ondermijningsoverleg afgerond", "Verrijking BRP toegevoegd": the step,
        partner, list or source the row is about (the detail is a code, never content)."""
        tr = self.tr
        try:
            if action in ("routestap_afgerond", "routestap_gecorrigeerd"):
                step = self._route().step(detail)
                name = f"{step.code} {step.title}" if step.code else step.title
                done = tr("afgerond") if action == "routestap_afgerond" else tr("gecorrigeerd")
                return f"{name} {done}"
            if action in ("overdracht_gestart", "overdracht_afgerond"):
                partner = self._route().partner_title(detail)
                text = tr("Overdracht aan {p} gestart") if action == "overdracht_gestart" \
                    else tr("Terugkoppeling van {p} ontvangen")
                return text.format(p=partner)
            if action == "checklist_beantwoord":
                title = self.ctx.register.checklists.catalog.latest(detail).title
                return tr("Checklist {t} beantwoord").format(t=title)
            if action in ("verrijking_toegevoegd", "verrijking_gewijzigd"):
                source = labels.ENRICHMENT_SOURCE[m.EnrichmentSource(detail)].split(" (")[0]
                text = tr("Verrijking {s} toegevoegd") if action == "verrijking_toegevoegd" \
                    else tr("Verrijking {s} gewijzigd")
                return text.format(s=tr_label(source))
        except (KeyError, ValueError, StoreError, AttributeError):
            return None
        return None

    def _route(self):
        if getattr(self, "_route_cache", None) is None:
            self._route_cache = self.ctx.register.routes.route_for(self.ctx.case)
        return self._route_cache

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
