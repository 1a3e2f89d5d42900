"""The minimisation guard in the export dialog: every finding, resolved per occurrence.

A list of findings (case, field, what was found, how it is resolved) beside the full,
wrapped text of the selected field with every finding highlighted (the selected one
strongest). Per occurrence the officer chooses "Weglaten" (replaced by a placeholder such
as "[naam weggelaten]") or "Houden met reden…" (where the profile allows it). The panel
keeps the resolutions; the dialog asks ``open_count()`` before it allows the tick.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.export.service import ExportChoices, Finding

MIN_REASON = 5
OPEN_COLOUR = "#f5c26b"
SELECTED_COLOUR = "#e8833a"
DONE_COLOUR = "#cfd8dc"
ID_ROLE = Qt.ItemDataRole.UserRole


class FindingsPanel(QWidget):
    changed = Signal()  # a resolution changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([tr("Veld"), tr("Gevonden"), tr("Besluit")])
        self.list.setAccessibleName(tr("Bevindingen van de minimalisatiecontrole"))
        self.list.setRootIsDecorated(False)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        for col, chars in ((0, 22), (1, 24)):
            self.list.setColumnWidth(col, self.fontMetrics().averageCharWidth() * chars)
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("Volledige tekst van het veld, bevindingen gemarkeerd"))
        self.redact_button = QPushButton(tr("Weg&laten"))
        self.redact_button.setAccessibleName(tr("Deze bevinding weglaten"))
        self.redact_button.clicked.connect(self.redact_current)
        self.keep_button = QPushButton(tr("Houden met re&den…"))
        self.keep_button.setAccessibleName(tr("Deze bevinding houden met een reden"))
        self.keep_button.clicked.connect(self._ask_keep)
        self.redact_all_button = QPushButton(tr("&Alles weglaten"))
        self.redact_all_button.setAccessibleName(tr("Alle open bevindingen weglaten"))
        self.redact_all_button.clicked.connect(self.redact_all)
        self._findings: list[Finding] = []
        self._texts: dict[str, str] = {}
        self.redacted: set[str] = set()
        self.kept: dict[str, str] = {}
        self._layout()
        self.set_findings([], {})

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.redact_button, self.keep_button, self.redact_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.text, 1)
        right.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.list, 4)
        row.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(row, 1)

    # --- data ---------------------------------------------------------------------------------
    def set_findings(self, findings: list[Finding], texts: dict[str, str]) -> None:
        """Show ``findings``; ``texts``: field key -> full printed text before redaction.
        Resolutions of findings that are gone are dropped."""
        current = self.current_id()
        ids = {f.id for f in findings}
        self.redacted &= ids
        self.kept = {k: v for k, v in self.kept.items() if k in ids}
        self._findings, self._texts = findings, texts
        self.list.clear()
        for f in findings:
            many = len({x.case_number for x in findings}) > 1
            where = f"{f.case_number} · {f.field_label}" if many else f.field_label
            item = QTreeWidgetItem(self.list, [where, f.short, self._decision(f)])
            item.setData(0, ID_ROLE, f.id)
            for col, tip in ((0, f"Zaak {f.case_number}, {f.field_label}"), (1, f.reason)):
                item.setToolTip(col, tip)
        self._refresh_summary()
        self._select(current)

    def refresh(self, service: Any, preview: Any, choices: ExportChoices | None) -> None:
        """Run the guard through ``service`` for the current choices (None: no preview)."""
        if preview is None or choices is None:
            self.set_findings([], {})
            return
        self.set_findings(service.findings(preview, choices),
                          service.printed_texts(preview, choices))

    def open_field_keys(self) -> set[str]:
        """Preview keys of the fields that still hold an open finding."""
        return {f.field_key for f in self._findings
                if f.id not in self.redacted and f.id not in self.kept}

    def open_count(self) -> int:
        return sum(1 for f in self._findings if f.id not in self.redacted and f.id not in self.kept)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def current(self) -> Finding | None:
        wanted = self.current_id()
        return next((f for f in self._findings if f.id == wanted), None)

    # --- resolving ----------------------------------------------------------------------------
    def redact_current(self) -> None:
        finding = self.current()
        if finding is not None:
            self.kept.pop(finding.id, None)
            self.redacted.add(finding.id)
            self._after_change(next_open=True)

    def keep_current(self, reason: str) -> bool:
        finding = self.current()
        if finding is None or not finding.keep_allowed or len(reason.strip()) < MIN_REASON:
            return False
        self.redacted.discard(finding.id)
        self.kept[finding.id] = reason.strip()
        self._after_change(next_open=True)
        return True

    def redact_all(self) -> None:
        self.redacted |= {f.id for f in self._findings if f.id not in self.kept}
        self._after_change(next_open=False)

    def _ask_keep(self) -> None:
        finding = self.current()
        if finding is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Houden met reden"),
            self.tr("Waarom moet dit gegeven ({what}) naar deze ontvanger? De reden komt in het "
                    "exportlogboek.").format(what=finding.reason))
        if ok and not self.keep_current(reason):
            self.summary.setText(self.tr("Geef een reden van minstens {n} tekens.").format(
                n=MIN_REASON))

    def _after_change(self, next_open: bool) -> None:
        current = self.current_id()
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            finding = self._findings[i]
            item.setText(2, self._decision(finding))
        self._refresh_summary()
        target = current
        if next_open:
            target = next((f.id for f in self._findings if f.id not in self.redacted
                           and f.id not in self.kept), current)
        self._select(target)
        self.changed.emit()

    # --- showing ------------------------------------------------------------------------------
    def _decision(self, f: Finding) -> str:
        if f.id in self.redacted:
            return self.tr("weggelaten")
        if f.id in self.kept:
            return self.tr("gehouden: {reason}").format(reason=self.kept[f.id])
        return self.tr("open") if f.keep_allowed else self.tr("open (alleen weglaten)")

    def _refresh_summary(self) -> None:
        total, open_ = len(self._findings), self.open_count()
        if not total:
            self.summary.setText(self.tr("Minimalisatiecontrole: geen namen, nummers, adressen of "
                                         "bijzondere gegevens gevonden die deze ontvanger niet "
                                         "mag krijgen."))
        elif open_:
            self.summary.setText(self.tr(
                "Minimalisatiecontrole: {open} van {total} bevinding(en) open. Los elke "
                "bevinding op: weglaten of houden met een reden. Pas daarna kunt u bevestigen."
            ).format(open=open_, total=total))
        else:
            self.summary.setText(self.tr("Minimalisatiecontrole: alle {total} bevinding(en) "
                                         "opgelost.").format(total=total))
        self.redact_all_button.setEnabled(bool(open_))

    def _select(self, finding_id: str | None) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, ID_ROLE) == finding_id:
                self.list.setCurrentItem(item)
                return
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            self._show_current()

    def _show_current(self) -> None:
        finding = self.current()
        self.redact_button.setEnabled(finding is not None and finding.id not in self.redacted)
        self.keep_button.setEnabled(finding is not None and finding.keep_allowed
                                    and finding.id not in self.kept)
        if finding is None:
            self.text.clear()
            return
        self.text.setHtml(highlighted(self._texts.get(finding.field_key, ""),
                                      [f for f in self._findings
                                       if f.field_key == finding.field_key],
                                      finding.id, self.redacted, self.kept))


def highlighted(text: str, findings: list[Finding], selected: str, redacted: set[str],
                kept: dict[str, str]) -> str:
    """HTML of ``text`` (wrapped, line breaks kept) with the findings marked."""
    out, pos = [], 0
    for f in sorted(findings, key=lambda x: x.start):
        if f.start < pos:
            continue
        colour = SELECTED_COLOUR if f.id == selected else (
            DONE_COLOUR if f.id in redacted or f.id in kept else OPEN_COLOUR)
        shown = f.placeholder if f.id in redacted else text[f.start:f.end]
        out.append(html.escape(text[pos:f.start]))
        weight = "font-weight:bold;" if f.id == selected else ""
        out.append(f'<span style="background:{colour};color:#000;{weight}">'
                   f"{html.escape(shown)}</span>")
        pos = f.end
    out.append(html.escape(text[pos:]))
    return "<div style='white-space: pre-wrap'>" + "".join(out) + "</div>"
