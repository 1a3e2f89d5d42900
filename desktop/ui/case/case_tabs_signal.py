"""Tab "Signaal": read view of the signal with a "Bewerken" button."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import labels
from desktop.domain import model as m
from desktop.ui.case.case_tabs_common import CaseContext, CaseTab
from desktop.ui.widgets.fields import enum_label, format_moment


class SignalTab(CaseTab):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.edit_button = QPushButton(self.tr("B&ewerken"))
        self.edit_button.setAccessibleName(self.tr("Signaal bewerken"))
        self.edit_button.clicked.connect(lambda: self.ctx.edit())
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        inner = QWidget()
        self.grid = QGridLayout(inner)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.values: dict[str, QLabel] = {}
        self.refresh()

    def title(self) -> str:
        return self.tr("Signaal")

    def refresh(self) -> None:
        from desktop.ui.transfer.lease_text import readonly_reason

        reason = readonly_reason(self.ctx.register, self.ctx.case.id)  # lent out / handed over
        self.edit_button.setEnabled(not reason)
        self.edit_button.setToolTip(reason)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.values = {}
        top = Qt.AlignmentFlag.AlignTop
        rows = self._rows(self.ctx.case)
        for row, (key, caption, text) in enumerate(rows):
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setAccessibleName(caption)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.values[key] = value
            self.grid.addWidget(QLabel(f"<b>{html.escape(caption)}</b>"), row, 0, top)
            self.grid.addWidget(value, row, 1, top)
        self.grid.setRowStretch(len(rows), 1)

    def _rows(self, c: m.Case) -> list[tuple[str, str, str]]:
        none = self.tr("—")
        observed = format_moment(c.observed_at) if c.observed_at else none
        calls = "\n".join(self.tr("{service} – gebeld door {who} op {when}").format(
            service=a.service, who=a.called_by or none, when=format_moment(a.called_at))
            for a in c.acute_calls)
        acute = self.tr("ja") if c.acute else self.tr("nee")
        deadline = " ".join(p for p in (c.next_action, labels.format_date(c.next_deadline)) if p)
        return [
            ("number", self.tr("Zaaknummer"), c.number),
            ("status", self.tr("Status"), enum_label(labels.STATUS, c.status)),
            ("title", self.tr("Titel"), c.title or none),
            ("received_on", self.tr("Ontvangen op"), labels.format_date(c.received_on) or none),
            ("observed_at", self.tr("Waargenomen op"),
             f"{observed} ({enum_label(labels.HOW_OBSERVED, c.how_observed)})"),
            ("reporter", self.tr("Melder"),
             ", ".join(p for p in (c.reporter_department, c.reporter_function) if p) or none),
            ("reporter_name", self.tr("Naam melder (gevoelig)"), c.reporter_name or none),
            ("forms", self.tr("Vermoedelijke vorm(en)"),
             ", ".join(enum_label(labels.FORM, f) for f in sorted(c.forms)) or none),
            ("signal_type", self.tr("Signaal over"), enum_label(labels.SIGNAL_TYPE, c.signal_type)),
            ("minor", self.tr("Minderjarige betrokken"), enum_label(labels.TRI_STATE, c.minor)),
            ("acute", self.tr("Acuut"), acute + (f"\n{calls}" if calls else "")),
            ("observations", self.tr("Wat is er gezien"), c.observations or none),
            ("next", self.tr("Volgende actie / termijn"), deadline or none),
            ("retention", self.tr("Bewaren tot"), self._retention(c)),
        ]

    def _retention(self, c: m.Case) -> str:
        """Deletion date by the policy's retention terms (none while the case is open)."""
        due = self.ctx.register.retention.due_date(c.id) if c.closed_on else None
        text = labels.format_date(due) if due else self.tr("zolang de zaak loopt")
        if c.legal_hold:
            text += " " + self.tr("(bewaarblokkade: {reason})").format(reason=c.legal_hold_reason)
        return text
