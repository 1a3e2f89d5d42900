"""Zaak › Overzicht waarnemingen en overdrachten…: every case lent out, held as deputy or
handed over and awaiting a receipt, plus the stubs kept after a handover (number and receipt)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.transfer import TransferService
from desktop.ui.transfer.lease_text import lease_text


def _table(headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeColumnsToContents()
    return table


class TransferOverviewDialog(QDialog):
    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waarnemingen en overdrachten"))
        self.resize(760, 420)
        service = TransferService(register)
        leases = [[ls.number, lease_text(ls)] for ls in service.leases()]
        stubs = [[number, who, at[:10], sha[:16] + "…"] for number, who, sha, at in service.stubs()]
        self.leases = _table([self.tr("Zaak"), self.tr("Stand")], leases, self.tr("Lopende waarnemingen"))
        self.stubs = _table([self.tr("Zaak"), self.tr("Overgedragen aan"), self.tr("Datum"),
                             self.tr("Ontvangstbewijs (SHA-256)")], stubs, self.tr("Overgedragen zaken"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Uitgeleend, in waarneming of overgedragen (wacht op bewijs):")))
        layout.addWidget(self.leases, 1)
        layout.addWidget(QLabel(self.tr("Overgedragen zaken waarvan alleen zaaknummer en bewijs zijn bewaard:")))
        layout.addWidget(self.stubs, 1)
        layout.addWidget(buttons)
