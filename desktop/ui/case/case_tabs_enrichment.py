"""Tab "Verrijking": what was consulted per source, with add/edit/remove.

Changes are saved at once through ``register.cases.update`` (one transaction, logged
as "verrijking_gewijzigd").
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import model as m
from desktop.domain.validation import ValidationFailed
from desktop.services.ui_types import StoreError
from desktop.ui.case.case_tabs_common import CaseContext, CaseTab, RowsModel, make_table
from desktop.ui.case.case_tabs_enrichment_form import EnrichmentForm, entry_row
from desktop.ui.widgets.fields import ERROR_COLOUR


class _FormScroll(QScrollArea):
    """Asks for the whole form (Qt caps a scroll area's wish at 24 text lines), so the form
    shows unscrolled whenever the screen allows and only scrolls when it does not."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        return inner.sizeHint() + QSize(frame, frame)


class EnrichmentTab(CaseTab):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        tr = self.tr
        self._editing: int | None = None  # index in case.enrichments, None = new
        self.model = RowsModel([tr("Bron"), tr("Geraadpleegd"), tr("Datum"), tr("Samenvatting"),
                                tr("Deelbeperking"), tr("Bijzondere categorie")], self)
        self.table = make_table(self.model, tr("Verrijkingen"), stretch=3)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(tr("Nieuwe verri&jking"))
        self.add_button.setAccessibleName(tr("Verrijking toevoegen"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(tr("W&ijzigen"))
        self.edit_button.setAccessibleName(tr("Geselecteerde verrijking bewerken"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(tr("&Verwijderen"))
        self.remove_button.setAccessibleName(tr("Geselecteerde verrijking verwijderen"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.form = EnrichmentForm()
        self.form.submitted.connect(self._store)
        self.form.cancelled.connect(self._close_form)
        # the form scrolls inside the tab: on a small or scaled screen it never pushes the
        # window past the screen edge
        self.form_scroll = _FormScroll()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Per bron: wat is geraadpleegd, op welke grond en met welke "
                                "deelbeperking. Vat samen, kopieer geen registers.")), 1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.form_scroll)
        self.refresh()

    def title(self) -> str:
        return self.tr("Verrijking")

    def refresh(self) -> None:
        self.model.set_rows([entry_row(e) for e in self.ctx.case.enrichments])
        has_rows = bool(self.ctx.case.enrichments)
        self.edit_button.setEnabled(has_rows)
        self.remove_button.setEnabled(has_rows)

    def _selected(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def add(self) -> None:
        self._editing = None
        self.message.clear()
        self._open_form(None)

    def edit_selected(self) -> None:
        row = self._selected()
        if row is None:
            self.message.setText(self.tr("Kies eerst een verrijking in de tabel."))
            return
        self._editing = row
        self._open_form(self.ctx.case.enrichments[row])

    def remove_selected(self) -> None:
        row = self._selected()
        if row is None:
            self.message.setText(self.tr("Kies eerst een verrijking in de tabel."))
            return
        answer = QMessageBox.question(self, self.tr("Verrijking verwijderen"),
                                      self.tr("Deze verrijking verwijderen?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        case = copy.deepcopy(self.ctx.case)
        del case.enrichments[row]
        self._save(case)

    def _store(self, entry: m.EnrichmentEntry) -> None:
        case = copy.deepcopy(self.ctx.case)
        if self._editing is None:
            case.enrichments.append(entry)
        else:
            case.enrichments[self._editing] = entry
        action = "verrijking_toegevoegd" if self._editing is None else "verrijking_gewijzigd"
        if self._save(case, action, str(entry.source or "")):
            self._close_form()

    def _save(self, case: m.Case, action: str = "verrijking_gewijzigd", source: str = "") -> bool:
        try:
            self.ctx.register.cases.update(case, action=action, detail=source)
        except ValidationFailed as exc:
            self.message.setText(self.tr("Niet opgeslagen: de zaak zelf is nog niet volledig. "
                                         "Kies 'Bewerken' op het tabblad Signaal.\n")
                                 + "\n".join(e.message for e in exc.errors))
            return False
        except StoreError as exc:
            self.message.setText(exc.message)
            return False
        self.message.clear()
        self.ctx.status(self.tr("Verrijking opgeslagen."))
        self.ctx.reload()
        return True

    def _open_form(self, entry: m.EnrichmentEntry | None) -> None:
        self.form_scroll.setVisible(True)
        self.form.edit(entry, self.ctx.case)

    def _close_form(self) -> None:
        self._editing = None
        self.form.setVisible(False)
        self.form_scroll.setVisible(False)
        self.table.setFocus()
