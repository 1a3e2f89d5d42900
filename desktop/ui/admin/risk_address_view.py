"""Risk-address view: the address checklist (ADR) for one address of the case, with the
enrichment entries each item refers to (same register, or the item flagged in the entry).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.content.checklists import Checklist
from desktop.domain import labels
from desktop.domain import model as m
from desktop.services.checklists import ChecklistService, seen_by_label
from desktop.ui.checklists.checklist_model import ExtraColumn
from desktop.ui.checklists.checklist_panel import ChecklistPanel
from desktop.ui.widgets.fields import buddy_label, enum_label, tr_label

COLUMNS = 4
COL_RESULT = 2


class RiskAddressView(QWidget):
    def __init__(self, service: ChecklistService, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._evidence: dict[str, list[m.EnrichmentEntry]] = {}
        self.panel = ChecklistPanel(service)
        self.panel.current_item_changed.connect(self._show_evidence)
        self.evidence = QTableWidget(0, COLUMNS)
        self.evidence.setHorizontalHeaderLabels([
            self.tr("Bron"), self.tr("Geraadpleegd"), self.tr("Resultaat"),
            self.tr("Gekoppeld via")])
        self.evidence.setAccessibleName(self.tr("Verrijking bij dit signaal"))
        self.evidence.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidence.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence.setWordWrap(True)
        self.evidence.verticalHeader().setVisible(False)
        line = self.fontMetrics().height()
        self.evidence.setMinimumHeight(line * 4)
        self.evidence.setMaximumHeight(line * 8)
        header = self.evidence.horizontalHeader()
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_RESULT, QHeaderView.ResizeMode.Stretch)
        self.evidence_title = buddy_label(self.tr("&Verrijking bij dit signaal"), self.evidence)
        font = self.evidence_title.font()
        font.setBold(True)
        self.evidence_title.setFont(font)
        self.evidence_hint = QLabel()
        self.evidence_hint.setProperty("role", "hint")
        self.evidence_hint.setWordWrap(True)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 6, 0, 0)
        box_layout.addWidget(self.evidence_title)
        box_layout.addWidget(self.evidence_hint)
        box_layout.addWidget(self.evidence, 1)
        self.panel.detail.add_row(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def load(self, case: m.Case, checklist: Checklist, address: m.Address) -> None:
        assert case.id is not None and address.id is not None
        self._evidence = self._service.address_evidence(case, checklist, address.id)
        extra = [ExtraColumn(self.tr("Register"), lambda i: i.source_register or ""),
                 ExtraColumn(self.tr("Verrijking"), self._count_text)]
        title = self.tr("Risicoadres: {address}").format(address=address.one_line())
        self.panel.load(case.id, checklist, address, extra, title, self._facts(address))
        self._show_evidence(self.panel.current_item_id())

    def _count_text(self, item) -> str:
        n = len(self._evidence.get(item.id, []))
        return str(n) if n else ""

    def _facts(self, address: m.Address) -> str:
        parts = []
        if address.bag_floor_area_m2 is not None:
            parts.append(self.tr("Woonoppervlak (BAG): {n} m²").format(n=address.bag_floor_area_m2))
        if address.brp_registered_count is not None:
            parts.append(self.tr("Ingeschreven (BRP): {n} personen").format(
                n=address.brp_registered_count))
        return " · ".join(parts)

    def _show_evidence(self, item_id: str) -> None:
        entries = self._evidence.get(item_id, [])
        checklist = self.panel.model.checklist
        item = checklist.item(item_id) if checklist and item_id else None
        self.evidence.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            via = self.tr("signaal gemarkeerd") if item and item.id in entry.result_flags \
                else self.tr("zelfde register")
            when = labels.format_datetime(entry.consulted_at)
            if entry.consulted != m.Consulted.YES or not when:
                when = " ".join(p for p in (enum_label(labels.CONSULTED, entry.consulted),
                                            when) if p)
            values = (tr_label(seen_by_label(entry.source.value, short=True)), when,
                      entry.result_summary or entry.reason_not_consulted, via)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.evidence.setItem(row, column, cell)
        self.evidence.resizeRowsToContents()
        self.evidence_hint.setText(self._evidence_hint(item, len(entries)))

    def _evidence_hint(self, item, count: int) -> str:
        if item is None:
            return self.tr("Kies een signaal om de gekoppelde verrijking te zien.")
        register = item.source_register or self.tr("(geen register genoemd)")
        if count == 0:
            return self.tr("Na te gaan in: {register}. Deze zaak heeft nog geen verrijking uit"
                           " dit register; leg raadplegingen vast op het tabblad Verrijking."
                           ).format(register=register)
        return self.tr("Na te gaan in: {register}. {n} vastgelegde raadpleging(en) in deze"
                       " zaak.").format(register=register, n=count)

    def evidence_rows(self) -> list[list[str]]:
        """The evidence table as text (for tests and checks)."""
        return [[self.evidence.item(r, c).text() for c in range(COLUMNS)]
                for r in range(self.evidence.rowCount())]
