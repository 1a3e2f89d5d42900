"""Inline editor for one enrichment entry (fields as domain.md §4.2)."""

from __future__ import annotations

import copy
import getpass
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.domain import labels
from desktop.domain import model as m
from desktop.domain.validation import parse_date_nl
from desktop.ui.widgets.fields import (
    ERROR_COLOUR,
    FieldFrame,
    LineField,
    buddy_label,
    combo_value,
    date_checker,
    enum_label,
    fill_combo,
    set_combo_value,
    tr_label,
)

SUMMARY_MAX = 500


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not an error worth showing
        return ""


class EnrichmentForm(QGroupBox):
    submitted = Signal(object)  # EnrichmentEntry
    cancelled = Signal()

    last_source: m.EnrichmentSource | None = None  # the default for the next new entry

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._original: m.EnrichmentEntry | None = None
        self._make_inputs()
        self._lay_out()

    def _make_inputs(self) -> None:
        tr = self.tr
        self.source = QComboBox()
        fill_combo(self.source, labels.ENRICHMENT_SOURCE)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.consulted = QComboBox()
        fill_combo(self.consulted, labels.CONSULTED)
        self.consulted.currentIndexChanged.connect(self._consulted_changed)
        self.reason = LineField(tr("Reden niet geraadpleegd"))
        self.when = LineField(tr("Datum raadpleging"), date_checker(tr("Datum raadpleging")),
                              "dd-mm-jjjj")
        self.subject = QComboBox()
        self.reference = LineField(tr("Kenmerk of referentie in de bron"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(self.fontMetrics().height() * 5)
        self.summary.textChanged.connect(self._limit_summary)
        self.summary_frame = FieldFrame(self.summary, tr("Samenvatting resultaat"))
        self.counter = QLabel()
        self.legal = QComboBox()
        self.legal.setEditable(True)
        self.legal.addItems([tr_label(g) for g in labels.LEGAL_GROUNDS])
        self.legal.setCurrentIndex(-1)
        self.sharing = QComboBox()
        fill_combo(self.sharing, labels.SHARING_RESTRICTION)
        self.special = QComboBox()
        self.special.addItem(tr("geen"), None)
        fill_combo(self.special, labels.SPECIAL_CATEGORY)
        self.bibob_note = QLabel(tr("Bibob: leg alleen vast dát er een screening is, nooit de "
                                    "inhoud ervan."))
        self.bibob_note.setWordWrap(True)
        self.bibob_note.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.save_button = QPushButton(tr("Verrijking &opslaan"))
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(tr("Ann&uleren"))
        self.cancel_button.clicked.connect(self.cancelled)
        for widget, name in ((self.source, tr("Bron")), (self.consulted, tr("Geraadpleegd")),
                             (self.subject, tr("Onderwerp")), (self.legal, tr("Grondslag")),
                             (self.sharing, tr("Deelbeperking")),
                             (self.special, tr("Bijzondere categorie")),
                             (self.save_button, tr("Verrijking opslaan")),
                             (self.cancel_button, tr("Bewerken annuleren"))):
            widget.setAccessibleName(name)

    def _lay_out(self) -> None:
        tr = self.tr
        grid = QGridLayout(self)
        pairs = [
            (tr("Bro&n:"), self.source, tr("&Geraadpleegd:"), self.consulted),
            (tr("&Datum:"), self.when, tr("&Reden (bij 'nee'):"), self.reason),
            (tr("Onderwer&p:"), self.subject, tr("Ken&merk in bron:"), self.reference),
            (tr("Grondsl&ag:"), self.legal, tr("D&eelbeperking:"), self.sharing),
            (tr("Bijzondere &categorie:"), self.special, "", None),
        ]
        for i, (l1, w1, l2, w2) in enumerate(pairs):
            grid.addWidget(buddy_label(l1, w1), i, 0)
            grid.addWidget(w1, i, 1)
            if w2 is not None:
                grid.addWidget(buddy_label(l2, w2), i, 2)
                grid.addWidget(w2, i, 3)
        row = len(pairs)
        grid.addWidget(buddy_label(tr("&Samenvatting:"), self.summary), row, 0)
        grid.addWidget(self.summary_frame, row, 1, 1, 3)
        grid.addWidget(self.counter, row + 1, 1)
        grid.addWidget(self.bibob_note, row + 2, 0, 1, 4)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        grid.addLayout(buttons, row + 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    # -- behaviour ---------------------------------------------------------------------
    def edit(self, entry: m.EnrichmentEntry | None, case: m.Case) -> None:
        """Show ``entry`` (None = a new one) with subjects from ``case``."""
        self._original = entry
        self.setTitle(self.tr("Verrijking bewerken") if entry else self.tr("Nieuwe verrijking"))
        self._fill_subjects(case)
        today = datetime.combine(date.today(), datetime.min.time())
        e = entry or m.EnrichmentEntry(consulted_at=today)
        if entry is None and EnrichmentForm.last_source is not None:
            e.source = EnrichmentForm.last_source  # officers consult sources in series
        set_combo_value(self.source, e.source)
        set_combo_value(self.consulted, e.consulted)
        self.reason.set_text(e.reason_not_consulted)
        self.when.set_text(labels.format_date(e.consulted_at))
        set_combo_value(self.subject, e.subject)
        self.reference.set_text(e.query_reference)
        self.summary.setPlainText(e.result_summary)
        self.legal.setCurrentText(e.legal_ground)
        set_combo_value(self.sharing, e.sharing_restriction)
        set_combo_value(self.special, e.special_category)
        self._source_changed()
        self._consulted_changed()
        self.setVisible(True)
        self.source.setFocus()

    def _fill_subjects(self, case: m.Case) -> None:
        self.subject.clear()
        self.subject.addItem(self.tr("(geen)"), "")
        for kind, items, text in (("person", case.persons, lambda p: p.name or p.alias),
                                  ("address", case.addresses, lambda a: a.one_line()),
                                  ("organisation", case.organisations, lambda o: o.name),
                                  ("identifier", case.identifiers, lambda i: i.value)):
            for item in items:
                if item.id is not None:
                    self.subject.addItem(text(item), f"{kind}:{item.id}")

    def _source_changed(self) -> None:
        bibob = combo_value(self.source) == m.EnrichmentSource.BIBOB
        self.bibob_note.setVisible(bibob)
        if bibob and self._original is None:
            set_combo_value(self.sharing, m.SharingRestriction.NEVER)

    def _consulted_changed(self) -> None:
        needs_reason = combo_value(self.consulted) == m.Consulted.NO
        self.reason.setEnabled(needs_reason)
        if not needs_reason:
            self.reason.set_error(None)

    def _limit_summary(self) -> None:
        text = self.summary.toPlainText()
        if len(text) > SUMMARY_MAX:
            self.summary.setPlainText(text[:SUMMARY_MAX])
            self.summary.moveCursor(self.summary.textCursor().MoveOperation.End)
            return
        self.counter.setText(self.tr("{n} / {max} tekens").format(n=len(text), max=SUMMARY_MAX))

    def build(self) -> m.EnrichmentEntry | None:
        """The entry, or None with messages next to the invalid fields."""
        ok = self.when.validate() is None
        consulted = combo_value(self.consulted)
        if consulted == m.Consulted.NO and not self.reason.text().strip():
            self.reason.set_error(self.tr("Geef aan waarom deze bron niet is geraadpleegd."))
            ok = False
        if not ok:
            return None
        entry = copy.deepcopy(self._original) if self._original else m.EnrichmentEntry(
            consulted_by=current_user())
        day = parse_date_nl(self.when.text(), "")
        entry.source, entry.consulted = combo_value(self.source), consulted
        EnrichmentForm.last_source = entry.source
        no = consulted == m.Consulted.NO
        entry.reason_not_consulted = self.reason.text().strip() if no else ""
        entry.consulted_at = datetime.combine(day, datetime.min.time()) if day else None
        entry.subject = combo_value(self.subject) or ""
        entry.query_reference = self.reference.text().strip()
        entry.result_summary = self.summary.toPlainText().strip()[:SUMMARY_MAX]
        entry.legal_ground = self.legal.currentText().strip()
        entry.sharing_restriction = combo_value(self.sharing)
        entry.special_category = combo_value(self.special)
        return entry

    def submit(self) -> None:
        entry = self.build()
        if entry is not None:
            self.submitted.emit(entry)


def entry_row(e: m.EnrichmentEntry) -> list[str]:
    summary = e.result_summary or e.reason_not_consulted
    return [enum_label(labels.ENRICHMENT_SOURCE, e.source),
            enum_label(labels.CONSULTED, e.consulted),
            labels.format_date(e.consulted_at), summary.replace("\n", " "),
            enum_label(labels.SHARING_RESTRICTION, e.sharing_restriction),
            enum_label(labels.SPECIAL_CATEGORY, e.special_category) if e.special_category else ""]
