"""A simple horizontal bar chart drawn with QPainter (PySide6-Essentials has no QtCharts).

One bar per row label; the value text sits at the end of each bar. Colours follow the
palette (highlight), so light and dark mode both work. The values are also exposed as
the accessible description, so a screen reader can read what the chart shows.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

PAD = 8
BAR_GAP = 6


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._labels: list[str] = []
        self._values: list[float] = []
        self._texts: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)
        self.setAccessibleName(self.tr("Staafdiagram"))

    def set_data(self, title: str, labels: list[str], values: list[float],
                 texts: list[str] | None = None) -> None:
        self._title, self._labels, self._values = title, list(labels), [max(0.0, v) for v in values]
        self._texts = list(texts) if texts is not None else [f"{v:g}" for v in values]
        self.setAccessibleName(title or self.tr("Staafdiagram"))
        self.setAccessibleDescription("; ".join(f"{label}: {text}" for label, text
                                                in zip(self._labels, self._texts, strict=True)))
        self.setMinimumHeight(max(120, self.sizeHint().height()))
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_data("", [], [])

    def row_height(self) -> int:
        return self.fontMetrics().height() + BAR_GAP

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        rows = max(1, len(self._labels)) + 1
        return QSize(480, rows * self.row_height() + 2 * PAD)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        fm = self.fontMetrics()
        line = self.row_height()
        y = PAD
        if self._title:
            bold = painter.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(PAD, y, self.width() - 2 * PAD, line),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             self._title)
            painter.setFont(self.font())
            y += line
        if not self._labels:
            painter.end()
            return
        label_w = min(max(fm.horizontalAdvance(t) for t in self._labels) + 3 * PAD,
                      int(self.width() * 0.4))
        text_w = max(fm.horizontalAdvance(t) for t in self._texts) + PAD
        bar_x = PAD + label_w
        bar_room = max(10, self.width() - bar_x - text_w - 2 * PAD)
        top = max(self._values) or 1.0
        bar_h = fm.height() - 2
        for label, value, text in zip(self._labels, self._values, self._texts, strict=True):
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - PAD)
            painter.drawText(QRectF(PAD, y, label_w - PAD, line),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
            width = bar_room * value / top
            painter.fillRect(QRectF(bar_x, y + (line - bar_h) / 2, width, bar_h),
                             pal.color(QPalette.ColorRole.Highlight))
            painter.drawText(QRectF(bar_x + width + 4, y, text_w, line),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            y += line
        painter.end()
