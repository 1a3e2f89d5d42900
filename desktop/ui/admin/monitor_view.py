"""Monitor: statistics per quarter or year, as tables and a bar chart; CSV and PDF export.

The officer's own screen shows exact numbers; everything that leaves the register (CSV,
the "jaaroverzicht" PDF) shows counts of 1–4 as "< 5" (``desktop.services.monitoring.stats_export``).
Computing and rendering run off the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.monitoring import stats, stats_export
from desktop.ui.admin.admin_dialog import AdminDialog, TextTable, hint, make_view, tr_data
from desktop.ui.widgets import messages, worker
from desktop.ui.widgets.bar_chart import BarChart
from desktop.ui.widgets.fields import buddy_label

ALL_YEARS = -1


class MonitorDialog(AdminDialog):
    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(register, parent)
        self.setWindowTitle(self.tr("Monitor – statistiek mensenhandel"))
        self.report: stats.StatsReport | None = None
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Periode"))
        self.year.addItem(self.tr("Alle jaren (per jaar)"), ALL_YEARS)
        self.year.activated.connect(lambda _i: self.refresh())
        self.tables = QListWidget()
        self.tables.setAccessibleName(self.tr("Overzichten"))
        self.tables.setSpacing(3)
        self.tables.currentRowChanged.connect(self._show_table)
        self.model = TextTable([], self, numeric_from=1)
        self.view = make_view(self.model, self.tr("Cijfers"), stretch=0)
        self.chart = BarChart()
        self.chart_area = QScrollArea()
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setWidget(self.chart)
        self.chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self.csv_button = QPushButton(self.tr("&CSV opslaan…"))
        self.csv_button.setAccessibleName(self.tr("Statistiek opslaan als CSV"))
        self.csv_button.clicked.connect(self.save_csv)
        self.pdf_button = QPushButton(self.tr("&Jaaroverzicht (PDF)…"))
        self.pdf_button.setAccessibleName(self.tr("Jaaroverzicht opslaan als PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.summary = hint()
        self._layout()
        self._fill_years()
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Periode:"), self.year))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        self.right = right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.view)
        right.addWidget(self.chart_area)
        right.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(buddy_label(self.tr("&Overzicht:"), self.tables))
        left_layout.addWidget(self.tables)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(1, 1)
        body.setSizes([250, 850])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.setTabOrder(self.year, self.csv_button)
        self.setTabOrder(self.csv_button, self.pdf_button)
        self.setTabOrder(self.pdf_button, self.tables)
        self.setTabOrder(self.tables, self.view)

    def _fill_years(self, years: list[int] | None = None) -> None:
        """Year choices, newest first (the current year always; more once data is known)."""
        known = {self.year.itemData(i) for i in range(self.year.count())}
        for year in sorted({*(years or []), date.today().year} - known, reverse=True):
            at = next((i for i in range(1, self.year.count())
                       if int(self.year.itemData(i)) < year), self.year.count())
            self.year.insertItem(at, str(year), year)
        if self.year.currentIndex() <= 0 and years is None:
            self.year.setCurrentIndex(1)

    def selected_year(self) -> int | None:
        value = self.year.currentData()
        return None if value in (None, ALL_YEARS) else int(value)

    # -- computing ------------------------------------------------------------------------
    def refresh(self) -> None:
        register, year = self.register, self.selected_year()
        if register is None:
            return
        worker.run_in_background(lambda: stats.compute(register, year), self.show_report,
                                 self._failed, owner=self,
                                 busy=[self.year, self.csv_button, self.pdf_button])

    def show_report(self, report: stats.StatsReport) -> None:
        if self.register is None:
            return
        self.report = report
        self._fill_years(report.years)
        current = max(0, self.tables.currentRow())
        self.tables.blockSignals(True)
        self.tables.clear()
        self.tables.addItems([tr_data(t.title) for t in report.tables])
        self.tables.blockSignals(False)
        self.tables.setCurrentRow(current)
        self._show_table(current)
        self.summary.setText(self.tr(
            "Bron: {live} zaken in het register en de anonieme statistiek van {gone} "
            "vernietigde zaken. Op dit scherm staan exacte aantallen; in CSV en PDF staan "
            "aantallen van 1 tot en met 4 als \u201c< 5\u201d.").format(
                live=report.live_cases, gone=report.destroyed_cases))

    def _show_table(self, row: int) -> None:
        if self.report is None or not 0 <= row < len(self.report.tables):
            return
        table = self.report.tables[row]
        columns = [tr_data(c) for c in self.report.columns]
        lines = stats_export.table_lines(table, suppress=False)
        self.model.set_rows([[tr_data(line[0].strip()) if not line[0].startswith("  ")
                              else line[0], *line[1:]] for line in lines],
                            headers=[self.tr("Onderwerp"), *columns])
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000000"))
        self.view.setAccessibleName(tr_data(table.title))
        self._chart(table)
        self._share_space(len(lines))

    def _share_space(self, rows: int) -> None:
        """Give the table the height it needs (up to 60 %), the chart the rest."""
        total = sum(self.right.sizes()) or self.right.height()
        wanted = self.view.horizontalHeader().height() + rows * self.view.verticalHeader() \
            .defaultSectionSize() + 6
        table = min(wanted, int(total * 0.6))
        self.right.setSizes([table, max(120, total - table)])

    def _chart(self, table: stats.Table) -> None:
        total = self.tr("totaal")
        if isinstance(table, stats.CountTable):
            values = [float(v[-1]) for v in table.values]
            texts = [str(v[-1]) for v in table.values]
        else:
            values = [v[-1] or 0.0 for v in table.values]
            texts = [stats_export.median_text(v[-1], n[-1], False)
                     for v, n in zip(table.values, table.counts, strict=True)]
        self.chart.set_data(f"{tr_data(table.title)} ({total})",
                            [tr_data(r) for r in table.rows], values, texts)

    # -- export --------------------------------------------------------------------------
    def _default_name(self, suffix: str) -> str:
        year = self.selected_year()
        return f"schakel-{'jaaroverzicht-' + str(year) if year else 'statistiek'}{suffix}"

    def save_csv(self) -> None:
        if self.report is None or self.register is None:
            return
        path = messages.ask_save_file(self, self.tr("Statistiek opslaan"),
                                      self._default_name(".csv"), self.tr("CSV-bestanden (*.csv)"))
        if not path:
            return
        try:
            stats_export.save_csv(self.report, Path(path), overwrite=True)  # dialog confirmed
            stats_export.record_export(self.register, "csv")
        except Exception as exc:  # shown in Dutch, never a traceback
            messages.show_error(self, exc)
            return
        messages.show_info(self, self.tr("De statistiek is opgeslagen als {name}.").format(
            name=Path(path).name))

    def save_pdf(self) -> None:
        register, report = self.register, self.report
        if report is None or register is None:
            return
        path = messages.ask_save_file(self, self.tr("Jaaroverzicht opslaan"),
                                      self._default_name(".pdf"), self.tr("PDF-bestanden (*.pdf)"))
        if not path:
            return
        town = register.setting("municipality") or register.policy.municipality

        making, saving = self.tr("Jaaroverzicht opmaken…"), self.tr("Jaaroverzicht opslaan…")

        def work(progress) -> Path:
            progress.step(0, 2, making)
            data = stats_export.jaaroverzicht_pdf(report, town)
            progress.step(1, 2, saving)  # last cancel point: no file written yet
            Path(path).write_bytes(data)
            stats_export.record_export(register, "pdf")
            return Path(path)

        worker.run_with_progress(work, self._saved, self._failed, owner=self,
                                 busy=[self.csv_button, self.pdf_button],
                                 title=self.tr("Jaaroverzicht opslaan"), label=making)

    def _saved(self, path: Path) -> None:
        messages.show_info(self, self.tr("Het jaaroverzicht is opgeslagen als {name}.").format(
            name=path.name))

    def _failed(self, exc: BaseException) -> None:
        messages.show_error(self, exc)

    def clear(self) -> None:
        self.report = None
        self.model.clear()
        self.tables.clear()
        self.chart.clear()
        super().clear()

