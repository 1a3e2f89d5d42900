"""Inzageverzoek (AVG art. 15): search a person, review what they get, save the PDF.

Step 1 finds every case in which the person appears (folded and fuzzy name, birth
date, BSN, case text). Step 2 lists every item about the person; the officer unticks
what concerns third parties or may not be disclosed (AVG art. 15 lid 4, UAVG art. 41),
each with a reason. Saving writes the PDF and logs it (export log + audit per case).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import labels
from desktop.domain.validation import check_bsn, parse_date_nl
from desktop.services.access import report as access_report
from desktop.services.access.request import (
    CAUTION_SHORT,
    REASONS,
    THIRD_PARTY,
    AccessOverview,
    AccessQuery,
    CaseMatch,
    build_overview,
    find_cases,
)
from desktop.ui.admin.admin_dialog import WARN, AdminDialog, TextTable, hint, make_view, tr_data
from desktop.ui.widgets import messages, worker
from desktop.ui.widgets.fields import buddy_label

if TYPE_CHECKING:
    from desktop.services.register import Register

COL_REASON = 5


class AccessRequestDialog(AdminDialog):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(register, parent)
        self.setWindowTitle(self.tr("Inzageverzoek (AVG artikel 15)"))
        self.matches: list[CaseMatch] = []
        self.overview: AccessOverview | None = None
        self.removals: dict[str, access_report.Removal] = {}
        self.pages = QStackedWidget()
        self.pages.addWidget(self._search_page())
        self.pages.addWidget(self._review_page())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(close)

    # -- step 1: search ------------------------------------------------------------------------
    def _search_page(self) -> QWidget:
        page = QWidget()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Naam van de verzoeker"))
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(self.tr("dd-mm-jjjj (optioneel)"))
        self.birth.setAccessibleName(self.tr("Geboortedatum"))
        self.bsn = QLineEdit()
        self.bsn.setPlaceholderText(self.tr("optioneel"))
        self.bsn.setAccessibleName(self.tr("BSN"))
        for edit in (self.name, self.birth, self.bsn):
            edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("&Zoeken"))
        self.search_button.setAccessibleName(self.tr("Zaken zoeken"))
        self.search_button.clicked.connect(self.search)
        self.search_error = QLabel()
        self.search_error.setProperty("role", "error")
        self.search_error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Naam:"), self.name), self.name)
        form.addRow(buddy_label(self.tr("&Geboortedatum:"), self.birth), self.birth)
        form.addRow(buddy_label(self.tr("&BSN:"), self.bsn), self.bsn)
        self.match_model = TextTable([self.tr("Meenemen"), self.tr("Zaak"),
                                      self.tr("Gevonden via")], self, checkable=True)
        self.match_view = make_view(self.match_model, self.tr("Gevonden zaken"), stretch=2)
        self.next_button = QPushButton(self.tr("&Volgende: gegevens beoordelen"))
        self.next_button.setAccessibleName(self.tr("Gegevens beoordelen"))
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self.review)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.search_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.addWidget(hint(self.tr(
            "Zoek alle zaken waarin de verzoeker voorkomt. Namen worden gevonden zonder accenten "
            "en met kleine verschillen (\u201cLukasz Wisniewski\u201d vindt "
            "\u201c\u0141ukasz Wi\u015bniewski\u201d). Controleer de identiteit van de "
            "verzoeker voordat u gegevens verstrekt.")))
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.search_error)
        layout.addWidget(buddy_label(self.tr("Gevonden za&ken:"), self.match_view))
        layout.addWidget(self.match_view, 1)
        layout.addLayout(bottom)
        return page

    def query(self) -> AccessQuery:
        """The request as typed; raises ValueError with a Dutch message."""
        name = self.name.text().strip()
        bsn = self.bsn.text().strip()
        if len(name) < 3 and not bsn:
            raise ValueError(self.tr("Vul een naam in (minstens 3 tekens) of een BSN."))
        if bsn and (problem := check_bsn(bsn)):
            raise ValueError(problem)
        return AccessQuery(name, parse_date_nl(self.birth.text(), self.tr("Geboortedatum")), bsn)

    def search(self) -> None:
        register = self.register
        if register is None:
            return
        try:
            query = self.query()
        except ValueError as exc:
            self.search_error.setText(str(exc))
            return
        self.search_error.clear()
        worker.run_in_background(lambda: find_cases(register, query), self._found,
                                 lambda exc: messages.show_error(self, exc), owner=self,
                                 busy=[self.search_button])

    def _found(self, matches: list[CaseMatch]) -> None:
        self.matches = matches
        rows = [["", m.number, "; ".join(tr_data(r) for r in m.reasons)] for m in matches]
        self.match_model.set_rows(rows, [m.case_id for m in matches], [True] * len(matches))
        for row, match in enumerate(matches):
            if not match.person_ids:
                self.match_model.set_cell_style(row, 2, self.tr(
                    "Geen persoon in deze zaak lijkt op de verzoeker; de naam staat in de tekst."),
                    WARN)
        self.next_button.setEnabled(True)
        if not matches:
            self.search_error.setText(self.tr("Geen zaken gevonden. U kunt toch een antwoord "
                                              "maken: er staan dan geen gegevens in."))

    # -- step 2: review ------------------------------------------------------------------------
    def _review_page(self) -> QWidget:
        page = QWidget()
        self.item_model = TextTable([self.tr("Opnemen"), self.tr("Zaak"), self.tr("Onderdeel"),
                                     self.tr("Gegevens"), self.tr("Let op"),
                                     self.tr("Reden weglaten")], self, checkable=True)
        self.item_model.dataChanged.connect(self._item_changed)
        self.item_view = make_view(self.item_model, self.tr("Gegevens over de verzoeker"),
                                   stretch=3)
        self.item_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_reason())
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reden voor weglaten"))
        for code, text in REASONS.items():
            self.reason.addItem(tr_data(text), code)
        self.reason.activated.connect(lambda _i: self._store_reason())
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Toelichting bij het weglaten"))
        self.note.setPlaceholderText(self.tr("toelichting (verplicht bij \u201canders\u201d)"))
        self.note.editingFinished.connect(self._store_reason)
        self.back_button = QPushButton(self.tr("&Terug"))
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.save_button = QPushButton(self.tr("PDF &opslaan…"))
        self.save_button.setAccessibleName(self.tr("Antwoord op het inzageverzoek opslaan"))
        self.save_button.clicked.connect(self.save)
        self.review_error = QLabel()
        self.review_error.setProperty("role", "error")
        self.review_error.setWordWrap(True)
        editor = QHBoxLayout()
        editor.addWidget(buddy_label(self.tr("&Reden:"), self.reason))
        editor.addWidget(self.reason, 2)
        editor.addWidget(buddy_label(self.tr("Toe&lichting:"), self.note))
        editor.addWidget(self.note, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.addWidget(hint(self.tr(
            "Vink uit wat over een ander gaat (AVG art. 15 lid 4) of niet verstrekt mag worden "
            "(UAVG art. 41), en kies de reden. Regels met \u201cLet op\u201d bevatten vrije "
            "tekst of gegevens die ook over anderen kunnen gaan.")))
        layout.addWidget(self.item_view, 1)
        layout.addLayout(editor)
        layout.addWidget(self.review_error)
        layout.addLayout(buttons)
        return page

    def review(self) -> None:
        register = self.register
        if register is None:
            return
        chosen = set(self.match_model.checked_keys())
        matches = [m for m in self.matches if m.case_id in chosen]
        query = self.query()
        worker.run_in_background(lambda: build_overview(register, query, matches), self._reviewed,
                                 lambda exc: messages.show_error(self, exc), owner=self,
                                 busy=[self.next_button])

    def _reviewed(self, overview: AccessOverview) -> None:
        self.overview = overview
        self.removals = access_report.default_removals(overview, self.register)
        rows, checked = [], []
        for item in overview.items:
            removal = self.removals.get(item.key)
            rows.append(["", item.number, f"{tr_data(item.group)} – {tr_data(item.label)}",
                         item.value.replace("\n", " "),
                         tr_data(CAUTION_SHORT.get(item.caution, item.caution)),
                         tr_data(REASONS[removal.reason]) if removal else ""])
            checked.append(removal is None)
        self.item_model.set_rows(rows, [i.key for i in overview.items], checked)
        for row, item in enumerate(overview.items):
            if item.caution:
                self.item_model.set_cell_style(row, 4, tr_data(item.caution), WARN)
            self.item_model.set_cell_style(row, 3, item.value)
        self.pages.setCurrentIndex(1)
        if overview.items:
            self.item_view.selectRow(0)
        self._show_reason()

    def _item_changed(self, top, _bottom, roles=()) -> None:  # noqa: ANN001 (Qt signal)
        if self.overview is None or top.column() != 0:
            return
        key = self.item_model.keys[top.row()]
        if self.item_model.is_checked(top.row()):
            self.removals.pop(key, None)
            self.item_model.set_text(top.row(), COL_REASON, "")
        elif key not in self.removals:
            self.removals[key] = access_report.Removal(THIRD_PARTY)
            self.item_model.set_text(top.row(), COL_REASON, tr_data(REASONS[THIRD_PARTY]))
        self.item_view.selectRow(top.row())
        self._show_reason()

    def _current_key(self) -> str | None:
        index = self.item_view.currentIndex()
        return self.item_model.keys[index.row()] if index.isValid() else None

    def _show_reason(self) -> None:
        removal = self.removals.get(self._current_key() or "")
        for widget in (self.reason, self.note):
            widget.setEnabled(removal is not None)
        if removal is not None:
            self.reason.setCurrentIndex(max(0, self.reason.findData(removal.reason)))
            self.note.setText(removal.note)
        else:
            self.note.clear()

    def _store_reason(self) -> None:
        key = self._current_key()
        if key is None or key not in self.removals:
            return
        self.removals[key] = access_report.Removal(self.reason.currentData(), self.note.text())
        row = self.item_model.keys.index(key)
        self.item_model.set_text(row, COL_REASON, self.reason.currentText())

    def save(self) -> None:
        register, overview = self.register, self.overview
        if register is None or overview is None:
            return
        self._store_reason()
        removals = dict(self.removals)
        try:
            access_report.check_removals(overview, removals)
        except Exception as exc:
            numbers = {overview.item(e.field).number for e in getattr(exc, "errors", [])}
            self.review_error.setText(self.tr(
                "Geef bij elk weggelaten onderdeel een reden; bij \u201canders\u201d ook een "
                "toelichting (zaak {list}).").format(list=", ".join(sorted(numbers))))
            return
        self.review_error.clear()
        path = messages.ask_save_file(self, self.tr("Antwoord op inzageverzoek opslaan"),
                                      "inzageverzoek-" + labels.format_date(overview.made_on)
                                      + ".pdf", self.tr("PDF-bestanden (*.pdf)"))
        if not path:
            return
        worker.run_in_background(
            lambda: access_report.deliver(register, overview, removals, Path(path)),
            self._delivered, lambda exc: messages.show_error(self, exc), owner=self,
            busy=[self.save_button, self.back_button])

    def _delivered(self, delivery: access_report.Delivery) -> None:
        messages.show_info(self, self.tr(
            "Het antwoord is opgeslagen als {name}: {kept} onderdelen opgenomen, {removed} "
            "weggelaten. Vastgelegd in het exportlogboek (nr. {log}).").format(
            name=delivery.path.name, kept=delivery.kept, removed=delivery.removed,
            log=delivery.log_id))
        self.accept()

    def clear(self) -> None:
        self.matches, self.overview, self.removals = [], None, {}
        self.match_model.clear()
        self.item_model.clear()
        for edit in (self.name, self.birth, self.bsn, self.note):
            edit.clear()
        super().clear()
