"""Logboek: the hash-chained audit log with filters, a chain check and a PDF export.

Shows date/time, user, the action in Dutch and the case number — never case content.
"Keten controleren" reports where the chain breaks (an edited or deleted row) and
selects that row.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import labels
from desktop.domain.validation import parse_date_nl
from desktop.services.access import audit_report as ar
from desktop.ui.admin.admin_dialog import ERROR, AdminDialog, TextTable, hint, make_view, tr_data
from desktop.ui.widgets import messages, worker
from desktop.ui.widgets.fields import buddy_label

if TYPE_CHECKING:
    from desktop.services.register import Register


class AuditDialog(AdminDialog):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(register, parent)
        self.setWindowTitle(self.tr("Logboek"))
        self.lines: list[ar.AuditLine] = []
        self.break_id: int | None = None
        self.case_number = self._line(self.tr("Zaaknummer"), self.tr("bv. 2026-0042"))
        self.since = self._line(self.tr("Van datum"), self.tr("dd-mm-jjjj"))
        self.until = self._line(self.tr("Tot en met datum"), self.tr("dd-mm-jjjj"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Handeling"))
        self.action.activated.connect(lambda _i: self.apply_filter())
        self.filter_button = QPushButton(self.tr("&Filteren"))
        self.filter_button.setAccessibleName(self.tr("Filter toepassen"))
        self.filter_button.clicked.connect(self.apply_filter)
        self.filter_button.setDefault(True)
        self.verify_button = QPushButton(self.tr("&Keten controleren"))
        self.verify_button.setAccessibleName(self.tr("Controleer of het logboek onafgebroken is"))
        self.verify_button.clicked.connect(self.verify)
        self.pdf_button = QPushButton(self.tr("Als &PDF opslaan…"))
        self.pdf_button.setAccessibleName(self.tr("Logboek opslaan als PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.model = TextTable([self.tr("Regel"), self.tr("Datum en tijd"), self.tr("Gebruiker"),
                                self.tr("Zaak"), self.tr("Handeling")], self)
        self.view = make_view(self.model, self.tr("Logboekregels"), stretch=4)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Resultaat van de controle"))
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self._layout()
        self._fill_actions()
        self.apply_filter()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.returnPressed.connect(self.apply_filter)
        return edit

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(buddy_label(self.tr("&Zaak:"), self.case_number), 0, 0)
        grid.addWidget(self.case_number, 0, 1)
        grid.addWidget(buddy_label(self.tr("&Handeling:"), self.action), 0, 2)
        grid.addWidget(self.action, 0, 3)
        grid.addWidget(buddy_label(self.tr("&Van:"), self.since), 1, 0)
        grid.addWidget(self.since, 1, 1)
        grid.addWidget(buddy_label(self.tr("&Tot en met:"), self.until), 1, 2)
        grid.addWidget(self.until, 1, 3)
        grid.addWidget(self.filter_button, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addWidget(self.result, 1)
        actions.addWidget(self.pdf_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint(self.tr("Het logboek bevat wie, wanneer, welke handeling en het "
                                      "zaaknummer; nooit de inhoud van een zaak.")))
        layout.addLayout(actions)
        layout.addWidget(buttons)
        for a, b in ((self.case_number, self.action), (self.action, self.since),
                     (self.since, self.until), (self.until, self.filter_button),
                     (self.filter_button, self.view), (self.view, self.verify_button),
                     (self.verify_button, self.pdf_button)):
            self.setTabOrder(a, b)

    def _fill_actions(self) -> None:
        self.action.clear()
        self.action.addItem(self.tr("Alle handelingen"), "")
        codes = ar.actions_present(self.register)
        for code in sorted(codes, key=lambda c: tr_data(ar.action_label(c)).casefold()):
            self.action.addItem(tr_data(ar.action_label(code)), code)

    # -- filtering ---------------------------------------------------------------------------
    def _date(self, edit: QLineEdit) -> date | None:
        text = edit.text().strip()
        return parse_date_nl(text, edit.accessibleName()) if text else None

    def current_filter(self) -> ar.AuditFilter:
        return ar.AuditFilter(case_number=self.case_number.text().strip(),
                              action=self.action.currentData() or "",
                              since=self._date(self.since), until=self._date(self.until))

    def apply_filter(self) -> None:
        if self.register is None:
            return
        self.problem.clear()
        try:
            flt = self.current_filter()
            self.lines = ar.lines(self.register, flt)
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        except ar.UnknownCase:
            self.problem.setText(self.tr("Zaak {nr} bestaat niet (meer).").format(
                nr=self.case_number.text().strip()))
            self.lines = []
        self._fill()

    def _fill(self) -> None:
        rows = []
        for line in self.lines:
            text = tr_data(line.template).format(other=tr_data(line.other),
                                                 code=line.other)
            rows.append([str(line.id), labels.format_datetime(line.at), line.actor,
                         tr_data(line.case_number), text])
        self.model.set_rows(rows, [line.id for line in self.lines])
        if self.break_id is not None and self.break_id in self.model.keys:
            row = self.model.keys.index(self.break_id)
            for column in range(5):
                self.model.set_cell_style(row, column, self.tr("Hier is de keten verbroken."),
                                          ERROR)
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    # -- chain and export ------------------------------------------------------------------
    def verify(self) -> None:
        if self.register is None:
            return
        report = self.register.verify_audit()
        at = ar.break_time(self.register, report)
        self.break_id = report.first_break
        self.result.setProperty("role", "" if report.ok else "error")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(tr_data(ar.chain_text(report, at)))
        if not report.ok and self.break_id not in self.model.keys:
            self.case_number.clear()
            self.action.setCurrentIndex(0)
            self.since.clear()
            self.until.clear()
            self.apply_filter()
        else:
            self._fill()

    def save_pdf(self) -> None:
        register = self.register
        if register is None:
            return
        try:
            flt = self.current_filter()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        path = messages.ask_save_file(self, self.tr("Logboek opslaan"),
                                      f"schakel-logboek-{date.today():%Y-%m-%d}.pdf",
                                      self.tr("PDF-bestanden (*.pdf)"))
        if not path:
            return

        def work() -> Path:
            Path(path).write_bytes(ar.export_pdf(register, flt))
            return Path(path)

        worker.run_in_background(work, self._saved, lambda exc: messages.show_error(self, exc),
                                 owner=self, busy=[self.pdf_button])

    def _saved(self, path: Path) -> None:
        messages.show_info(self, self.tr("Het logboek is opgeslagen als {name}.").format(
            name=path.name))
        self.apply_filter()

    def clear(self) -> None:
        self.lines = []
        self.model.clear()
        super().clear()
