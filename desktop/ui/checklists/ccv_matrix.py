"""The CCV lens for criminal exploitation: life domains × indicator groups.

Each cell lists the items answered "gezien" with who saw each, and the count. The line
above the table says how many life domains and departments the signals come from:
the lens is about signals from different domains that only together show the picture.
"""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.checklists import CcvMatrix, seen_by_label
from desktop.ui.checklists.checklist_model import plural
from desktop.ui.widgets.fields import tr_label

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
_C = "CcvMatrix"


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def signals_text(n: int) -> str:
    return plural(n, tr("1 signaal"), tr("{n} signalen"))


def combination_text(matrix: CcvMatrix) -> str:
    """'Signalen uit 3 leefgebieden en 4 afdelingen of bronnen.' (Dutch plurals)."""
    domains, who = len(matrix.domains_with_signals), len(matrix.contributors)
    if matrix.total == 0:
        return tr("Nog geen signalen uit de CCV-lens als gezien aangemerkt.")
    where = plural(domains, tr("1 leefgebied"), tr("{n} leefgebieden"))
    if who == 0:
        return tr("Signalen uit {where}; vul 'gezien door' in om te zien welke afdelingen"
                  " bijdragen.").format(where=where)
    by = plural(who, tr("1 afdeling of bron"), tr("{n} afdelingen of bronnen"))
    return tr("Signalen uit {where} en {by}.").format(where=where, by=by)


class CcvMatrixModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.matrix: CcvMatrix | None = None
        self.columns: list[str] = []

    def set_matrix(self, matrix: CcvMatrix, all_groups: bool) -> None:
        self.beginResetModel()
        self.matrix = matrix
        with_signals = matrix.groups_with_signals
        self.columns = list(matrix.groups) if all_groups or not with_signals else with_signals
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.domains)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section]
        code, title = self.matrix.domains[section]
        return f"{textwrap.fill(tr_label(title), 24)}\n{signals_text(self.matrix.count(code))}"

    def cell_text(self, row: int, column: int) -> str:
        assert self.matrix is not None
        hits = self.matrix.hits(self.matrix.domains[row][0], self.columns[column])
        if not hits:
            return ""
        lines = [signals_text(len(hits))]
        for hit in hits:
            who = tr_label(seen_by_label(hit.seen_by, short=True)) if hit.seen_by \
                else tr("niet ingevuld")
            lines.append(f"• {hit.label} ({who})")
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        text = self.cell_text(index.row(), index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            domain = tr_label(self.matrix.domains[index.row()][1])
            return f"{domain}, {self.columns[index.column()]}: {text or tr('geen signalen')}"
        if role == Qt.ItemDataRole.BackgroundRole and text:
            colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
            colour.setAlpha(40)
            return colour
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class CcvMatrixView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CcvMatrixModel(self)
        self._matrix: CcvMatrix | None = None
        title = QLabel(self.tr("CCV-lens criminele uitbuiting"))
        title.setProperty("role", "heading")
        self.combination = QLabel()
        font = self.combination.font()
        font.setBold(True)
        self.combination.setFont(font)
        self.combination.setWordWrap(True)
        hint = QLabel(self.tr(
            "Eén signaal zegt weinig. Signalen uit verschillende leefgebieden, gezien door"
            " verschillende afdelingen, maken samen criminele uitbuiting zichtbaar. Per vak: de"
            " signalen die als gezien zijn aangemerkt en wie ze zag. Dit is geen score."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.all_groups = QCheckBox(self.tr("Alle &indicatorgroepen tonen"))
        self.all_groups.setAccessibleName(self.tr("Alle indicatorgroepen tonen, ook zonder"
                                                  " signalen"))
        self.all_groups.toggled.connect(self._refill)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("CCV-matrix: leefgebieden tegen indicatorgroepen"))
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.combination)
        layout.addWidget(hint)
        layout.addWidget(self.all_groups)
        layout.addWidget(self.table, 1)

    def set_matrix(self, matrix: CcvMatrix) -> None:
        self._matrix = matrix
        self.combination.setText(combination_text(matrix))
        self._refill()

    def _refill(self) -> None:
        if self._matrix is None:
            return
        self.model.set_matrix(self._matrix, self.all_groups.isChecked())
        metrics = self.table.horizontalHeader().fontMetrics()
        widest = max((metrics.horizontalAdvance(g) for g in self.model.columns), default=0)
        self.table.horizontalHeader().setMinimumSectionSize(
            max(metrics.averageCharWidth() * 22, widest + 16))
        self.table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # rows follow the column widths
        super().resizeEvent(event)
        self.table.resizeRowsToContents()
