"""Importeren: an existing register (CSV or .xlsx) with column mapping, preview and report.

Pick the file; each column gets a Schakel field (guessed from its header, or as saved
last time); the preview shows the first rows with every problem on its cell; the import
runs off the GUI thread with a progress bar. Cases without problems are stored in one
transaction; cases with a problem are refused and listed with row, column and reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.imports import mapping as im
from desktop.services.imports.importer import ImportRefused
from desktop.services.imports.table import RawTable, read_table
from desktop.ui.admin.admin_dialog import ERROR, AdminDialog, TextTable, hint, make_view, tr_data
from desktop.ui.widgets import messages, worker
from desktop.ui.widgets.fields import buddy_label

PREVIEW_ROWS = 50
NOT_IMPORTED = ""


class _Progress(QObject):
    changed = Signal(int, int)


class ImportDialog(AdminDialog):
    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
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
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Voortgang van de import"))
        self.import_button = QPushButton(self.tr("&Importeren"))
        self.import_button.setAccessibleName(self.tr("Zaken importeren"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(150)
        self._recheck.timeout.connect(self.check)
        self._relay = _Progress(self)
        self._relay.changed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
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
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
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
            "Registers (*.xlsx *.xlsm *.csv *.txt);;Alle bestanden (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        try:
            table = read_table(path)
        except ImportRefused as exc:
            messages.show_error(self, self.tr("Het bestand kan niet worden gelezen: {why}.")
                                .format(why=exc.problems[0].message))
            return
        self.table, self.imported = table, False
        self.path_label.setText(self.tr("{name}: {rows} rijen, {cols} kolommen").format(
            name=path.name, rows=len(table.rows), cols=len(table.headers)))
        mapping = im.guess_mapping(table.headers, im.saved_mapping(self.register))
        self._fill_mapping(table, mapping)
        self.check()

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
        self.result = im.check(self.table, mapping)
        self._fill_preview(self.table, self.result)

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
        try:
            im.save_mapping(register, table.headers, mapping)
        except Exception as exc:
            messages.show_error(self, exc)
            return
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        emit = self._relay.changed.emit
        worker.run_in_background(lambda: im.run(register, table, mapping, progress=emit),
                                 self._done, self._failed, owner=self,
                                 busy=[self.import_button, self.pick_button, self.mapping_table])

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, report: im.ImportReport) -> None:
        self.imported = True
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
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
        self.progress.setVisible(False)
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
