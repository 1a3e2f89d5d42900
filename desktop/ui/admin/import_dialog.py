"""Importeren: an existing register (CSV, .xlsx, .xls, .ods) with column mapping, preview, report.

Pick the file; it is read and checked off the GUI thread (``worker.run_with_progress``: a
progress dialog with "Annuleren"), within the input layer's hard limits; a refused file
gets its Dutch reason (row and column where they apply). Each column gets a Schakel field
(guessed from its header, or as saved last time); the preview shows the first rows with
every problem on its cell; re-checks after a mapping change run in a worker too. The
import runs with progress and "Annuleren": cases without problems are stored in one
transaction, a cancel rolls it back so the register is exactly as before (the column
mapping is only remembered after a finished import). Cases with a problem are refused and
listed with row, column and reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.imports import mapping as im
from desktop.services.imports.importer import ImportRefused
from desktop.services.imports.limits import problem_text
from desktop.services.imports.table import RawTable, read_table
from desktop.services.progress import Progress
from desktop.ui.admin.admin_dialog import ERROR, AdminDialog, TextTable, hint, make_view, tr_data
from desktop.ui.widgets import messages, worker
from desktop.ui.widgets.fields import buddy_label

if TYPE_CHECKING:
    from desktop.services.register import Register

PREVIEW_ROWS = 50
NOT_IMPORTED = ""


class ImportDialog(AdminDialog):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(register, parent)
        self.setWindowTitle(self.tr("Register importeren"))
        self.table: RawTable | None = None
        self.result: im.CheckResult | None = None
        self.imported = False  # this file has been imported: no second import
        self.path_label = QLabel(self.tr("Nog geen bestand gekozen."))
        self.path_label.setAccessibleName(self.tr("Gekozen bestand"))
        self.pick_button = QPushButton(self.tr("&Bestand kiezen…"))
        self.pick_button.setAccessibleName(self.tr("Bestand kiezen (CSV of Excel)"))
        self.pick_button.clicked.connect(self.pick)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Kolom in het bestand"),
                                                      self.tr("Veld in Schakel"),
                                                      self.tr("Voorbeeld")])
        self.mapping_table.setAccessibleName(self.tr("Koppeling van kolommen"))
        self.mapping_table.verticalHeader().setVisible(False)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        self.preview_model = TextTable([], self)
        self.preview_view = make_view(self.preview_model, self.tr("Voorbeeld van de eerste rijen"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problemen"))
        self.problems.currentRowChanged.connect(self._show_problem)
        self._problem_cells: list[tuple[int, int] | None] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        self.import_button = QPushButton(self.tr("&Importeren"))
        self.import_button.setAccessibleName(self.tr("Zaken importeren"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(150)
        self._recheck.timeout.connect(self.check)
        self._check_generation = 0  # results of an older check are dropped
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.pick_button)
        top.addWidget(self.path_label, 1)
        mapping = QWidget()
        mapping_layout = QVBoxLayout(mapping)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_layout.addWidget(buddy_label(self.tr("&Koppeling van kolommen:"),
                                             self.mapping_table))
        mapping_layout.addWidget(self.mapping_table)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(buddy_label(self.tr("&Voorbeeld (rode cellen hebben een "
                                                     "probleem):"), self.preview_view))
        preview_layout.addWidget(self.preview_view, 3)
        preview_layout.addWidget(buddy_label(self.tr("&Problemen:"), self.problems))
        preview_layout.addWidget(self.problems, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(mapping)
        body.addWidget(preview)
        body.setSizes([560, 780])
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint(self.tr(
            "Eén rij per persoon; rijen met hetzelfde registratienummer worden één zaak. Zaken "
            "zonder problemen worden in één keer opgeslagen; een zaak met een probleem wordt "
            "overgeslagen en hieronder genoemd. De koppeling wordt onthouden voor de volgende "
            "keer.")))
        layout.addWidget(body, 1)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        layout.addWidget(buttons)

    # -- file and mapping --------------------------------------------------------------------
    def pick(self) -> None:
        path = messages.ask_open_file(self, self.tr("Register kiezen"), self.tr(
            "Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle bestanden (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and check the file in a worker (progress, "Annuleren"); then fill the dialog."""
        saved = im.saved_mapping(self.register)
        reading, checking = self.tr("Rij {n} gelezen…"), self.tr("Rijen controleren…")

        def read(progress: Progress) -> tuple[RawTable, im.Mapping, im.CheckResult]:
            table = read_table(path, step=lambda done, _total: progress.step(
                done, 0, reading.format(n=done)))
            mapping = im.guess_mapping(table.headers, saved)
            progress.step(0, 0, checking)
            return table, mapping, im.check(table, mapping)

        worker.run_with_progress(read, lambda result: self._loaded(path, *result),
                                 self._load_failed, owner=self,
                                 title=self.tr("Register lezen"),
                                 label=self.tr("Het bestand wordt gelezen en gecontroleerd…"),
                                 busy=[self.pick_button, self.import_button])

    def _loaded(self, path: Path, table: RawTable, mapping: im.Mapping,
                result: im.CheckResult) -> None:
        self._check_generation += 1
        self.table, self.imported = table, False
        self.path_label.setText(self.tr("{name}: {rows} rijen, {cols} kolommen").format(
            name=path.name, rows=len(table.rows), cols=len(table.headers)))
        self._fill_mapping(table, mapping)
        self.result = result
        self._fill_preview(table, result)

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportRefused):
            reasons = "\n".join(problem_text(p) for p in exc.problems[:10])
            messages.show_error(self, self.tr("Het bestand kan niet worden gelezen:\n{why}")
                                .format(why=reasons))
            return
        messages.show_error(self, exc)

    def _fill_mapping(self, table: RawTable, mapping: im.Mapping) -> None:
        self.mapping_table.setRowCount(len(table.headers))
        self.combos = []
        for row, header in enumerate(table.headers):
            item = QTableWidgetItem(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Veld voor kolom {name}").format(name=header))
            combo.addItem(self.tr("(niet importeren)"), NOT_IMPORTED)
            for name, label in im.FIELD_LABELS.items():
                combo.addItem(tr_data(label) + (" *" if name in im.REQUIRED else ""), name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(row, NOT_IMPORTED))))
            combo.currentIndexChanged.connect(lambda _i: self._recheck.start())
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos.append(combo)
            sample = next((r[row] for r in table.rows if r[row]), "")
            example = QTableWidgetItem(sample)
            example.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(row, 2, example)

    def mapping(self) -> im.Mapping:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def set_field(self, column: int, field: str) -> None:
        """Choose the Schakel field of a column (as the officer would in the combo box)."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    # -- checking ------------------------------------------------------------------------------
    def check(self) -> None:
        if self.table is None or self.imported:
            return
        mapping = self.mapping()
        taken: dict[str, int] = {}
        for column, name in mapping.items():
            if name in taken:
                self._show_summary(self.tr("Het veld \u201c{field}\u201d is aan twee kolommen "
                                           "gekoppeld.").format(field=tr_data(
                                               im.FIELD_LABELS[name])), ok=False)
                return
            taken[name] = column
        self._check_generation += 1
        generation, table = self._check_generation, self.table

        def checked(result: im.CheckResult) -> None:
            if generation == self._check_generation and table is self.table and not self.imported:
                self.result = result
                self._fill_preview(table, result)

        worker.run_in_background(lambda: im.check(table, mapping), checked, owner=self,
                                 cursor=False)

    def _fill_preview(self, table: RawTable, result: im.CheckResult) -> None:
        shown = list(zip(table.row_numbers, table.rows, strict=True))[:PREVIEW_ROWS]
        self.preview_model = TextTable([self.tr("Rij"), *table.headers], self)
        self.preview_model.set_rows([[str(n), *row] for n, row in shown])
        for index, (number, _row) in enumerate(shown):
            for column in range(len(table.headers)):
                messages_here = result.cells.get((number, column))
                if messages_here:
                    self.preview_model.set_cell_style(index, column + 1,
                                                      "\n".join(messages_here), ERROR)
        self.preview_view.setModel(self.preview_model)
        self.problems.clear()
        self.problems.addItems([str(p) for p in result.problems])
        rows = {number: index for index, (number, _r) in enumerate(shown)}
        columns = {h: i for i, h in enumerate(table.headers)}
        self._problem_cells = [(rows[p.row], columns[p.column] + 1)
                               if p.row in rows and p.column in columns else None
                               for p in result.problems]
        if result.missing:
            names = ", ".join(tr_data(im.FIELD_LABELS[n]) for n in result.missing)
            self._show_summary(self.tr("Koppel eerst de verplichte velden: {names}.").format(
                names=names), ok=False)
            return
        text = self.tr("{cases} zaken uit {rows} rijen kunnen worden geïmporteerd.").format(
            cases=result.importable_cases, rows=len(result.clean_rows))
        if len(result.refused) == 1:
            text += " " + self.tr("1 zaak wordt overgeslagen vanwege een probleem.")
        elif result.refused:
            text += " " + self.tr("{n} zaken worden overgeslagen vanwege een probleem.").format(
                n=len(result.refused))
        self._show_summary(text, ok=result.importable_cases > 0)

    def _show_problem(self, index: int) -> None:
        """Select the cell of the problem chosen in the list (when it is in the preview)."""
        target = self._problem_cells[index] if 0 <= index < len(self._problem_cells) else None
        if target is not None:
            model_index = self.preview_model.index(*target)
            self.preview_view.setCurrentIndex(model_index)
            self.preview_view.scrollTo(model_index)

    def _show_summary(self, text: str, ok: bool) -> None:
        self.summary.setText(text)
        self.import_button.setEnabled(ok)

    # -- importing -----------------------------------------------------------------------------
    def start_import(self) -> None:
        register, table = self.register, self.table
        if register is None or table is None:
            return
        self._recheck.stop()
        mapping = self.mapping()
        label, checking = self.tr("Zaken opslaan…"), self.tr("Rijen controleren…")

        def run(progress: Progress) -> im.ImportReport:
            progress.step(0, 0, checking)
            return im.run(register, table, mapping,
                          progress=lambda done, total: progress.step(done, total, label))

        def done(report: im.ImportReport) -> None:
            try:
                im.save_mapping(register, table.headers, mapping)
            except Exception:  # noqa: BLE001, S110 - remembering the mapping is a convenience
                pass
            self._done(report)

        worker.run_with_progress(run, done, self._failed, owner=self,
                                 title=self.tr("Register importeren"),
                                 label=self.tr("De zaken worden opgeslagen…"),
                                 busy=[self.import_button, self.pick_button, self.mapping_table],
                                 on_cancel=self._cancelled)

    def _cancelled(self) -> None:
        self._show_summary(self.tr("Import afgebroken; er is niets opgeslagen."), ok=True)

    def _done(self, report: im.ImportReport) -> None:
        self.imported = True
        self.import_button.setEnabled(False)
        lines = [self.tr("Geïmporteerd: {cases} zaken uit {rows} rijen.").format(
            cases=report.imported, rows=report.rows)]
        if report.refused:
            lines.append(self.tr("Niet geïmporteerd: {n} zaken (zie de problemen).").format(
                n=len(report.refused)))
        self.summary.setText(" ".join(lines))
        self.problems.clear()
        self._problem_cells = []
        for ref, problems in report.refused.items():
            for problem in problems:
                self.problems.addItem(self.tr("Registratienummer {ref} niet geïmporteerd: "
                                              "{problem}").format(ref=ref, problem=problem))
        messages.show_info(self, "\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportRefused):
            self.problems.clear()
            self._problem_cells = []
            self.problems.addItems([str(p) for p in exc.problems])
            self._show_summary(self.tr("Er is niets geïmporteerd."), ok=False)
            return
        messages.show_error(self, exc)

    def clear(self) -> None:
        self._recheck.stop()
        self.table, self.result = None, None
        self.preview_model.clear()
        self.problems.clear()
        self.mapping_table.setRowCount(0)
        self.combos = []
        super().clear()
