"""Tab "Exports" of the case view: the export log of this case and "Nieuwe export…".

The log shows when, which profile, which recipient, what was left out or added (with
the reasons), encrypted or not, and the start of the SHA-256 of the saved file, so a
PDF that turns up somewhere can be traced to its export.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain import labels
from desktop.services.export.service import ExportLogEntry
from desktop.ui.case.case_tabs_common import CaseContext, CaseTab, RowsModel, make_table
from desktop.ui.export.export_dialog import ExportDialog


class ExportsTab(CaseTab):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        tr = self.tr
        self.service = ctx.register.exports
        self.dialog: ExportDialog | None = None
        self.model = RowsModel([tr("Datum en tijd"), tr("Profiel"), tr("Ontvanger"),
                                tr("Weggelaten / toegevoegd"), tr("Versleuteld"),
                                tr("Door"), tr("SHA-256")], self)
        self.table = make_table(self.model, tr("Exports van deze zaak"), stretch=3)
        self.new_button = QPushButton(tr("&Nieuwe export…"))
        self.new_button.setAccessibleName(tr("Nieuwe export van deze zaak maken"))
        self.new_button.clicked.connect(self.new_export)
        intro = QLabel(tr("Elke export van deze zaak staat hieronder (uit het exportlogboek). "
                          "De inhoud zelf wordt niet bewaard; de SHA-256 herkent het bestand."))
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    def title(self) -> str:
        count = self.model.rowCount()
        return self.tr("Exports ({n})").format(n=count) if count else self.tr("Exports")

    def refresh(self) -> None:
        entries = self.service.log_for_case(int(self.ctx.case.id))
        self.model.set_rows([self._row(e) for e in entries], [e.id for e in entries])

    def _row(self, e: ExportLogEntry) -> list[str]:
        return [labels.format_datetime(e.exported_at), e.profile_title, e.recipient,
                self.changes_text(e), self.tr("ja") if e.encrypted else self.tr("nee"), e.actor,
                e.sha256_short]

    def changes_text(self, e: ExportLogEntry) -> str:
        if e.failed:
            return self.tr("onderbroken: er is geen bestand gemaakt")
        parts = []
        if e.fields_out:
            names = ", ".join(dict.fromkeys(str(f.get("label", "")) for f in e.fields_out))
            parts.append(self.tr("weggelaten: {n}× ({names})").format(n=len(e.fields_out),
                                                                      names=names))
        for f in e.fields_in:
            text = (self.tr("tekst gehouden: {label} (reden: {reason})") if f.get("finding")
                    else self.tr("toegevoegd: {label} (reden: {reason})"))
            parts.append(text.format(label=f.get("label", ""), reason=f.get("reason", "")))
        return "; ".join(parts) or self.tr("niets weggelaten of toegevoegd")

    def new_export(self) -> ExportDialog:
        self.dialog = ExportDialog(self.ctx.register, [int(self.ctx.case.id)], self)
        self.dialog.exported.connect(self._exported)
        self.dialog.open()
        return self.dialog

    def _exported(self, saved: Any) -> None:
        self.ctx.status(self.tr("Export opgeslagen: {name}").format(name=saved.path.name))
        self.ctx.reload()
