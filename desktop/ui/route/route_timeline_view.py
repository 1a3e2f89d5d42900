"""Painting and keyboard handling of the route timeline (rows from ``route_timeline``).

``TimelineDelegate`` paints a connector line with a status circle, a bold title and a
wrapped detail line (status in words too; overdue in colour PLUS "TE LAAT").
``TimelineView``: Enter or a double click on a step asks to act on it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop.ui.route.route_timeline import (
    DONE_COLOUR,
    OVERDUE_COLOUR,
    Index,
    RowRole,
    TimelineModel,
    TimelineRow,
    tr,
)


class TimelineDelegate(QStyledItemDelegate):
    """A connector line with a status circle, a bold title and a detail line (wrapped)."""

    PAD = 6

    def _gutter(self, fm: QFontMetrics, row: TimelineRow) -> int:
        return fm.height() * (3 if row.kind == "handover" else 2)

    def _text_width(self, option: QStyleOptionViewItem, fm: QFontMetrics, row: TimelineRow) -> int:
        widget = option.widget
        width = widget.viewport().width() if widget is not None else option.rect.width()
        return max(120, width - self._gutter(fm, row) - 2 * self.PAD)

    def _lines(self, row: TimelineRow) -> tuple[str, str]:
        detail = row.detail
        if row.overdue:
            detail = tr("TE LAAT") + (" – " + detail if detail else "")
        return row.title, " · ".join(p for p in (row.status_text, detail) if p)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        row: TimelineRow = index.data(RowRole)
        bold = QFont(option.font)
        bold.setBold(True)
        fm, fm_bold = QFontMetrics(option.font), QFontMetrics(bold)
        width = self._text_width(option, fm, row)
        first, second = self._lines(row)
        flags = int(Qt.TextFlag.TextWordWrap)
        h1 = fm_bold.boundingRect(QRect(0, 0, width, 10000), flags, first).height()
        h2 = fm.boundingRect(QRect(0, 0, width, 10000), flags, second).height()
        return QSize(width, h1 + h2 + 3 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: TimelineRow = index.data(RowRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter,
                                opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_marker(painter, opt, row, index)
        self._paint_text(painter, opt, row)
        painter.restore()

    def _paint_marker(self, painter: QPainter, opt: QStyleOptionViewItem, row: TimelineRow,
                      index: Index) -> None:
        fm = QFontMetrics(opt.font)
        pal = opt.palette
        accent = pal.color(QPalette.ColorRole.Highlight)
        muted = pal.color(QPalette.ColorRole.Mid)
        line_x = opt.rect.left() + fm.height()
        x = line_x if row.kind == "step" else line_x + fm.height()
        painter.setPen(QPen(muted, 2))
        top = opt.rect.top() if index.row() > 0 else opt.rect.top() + self.PAD + fm.height() // 2
        last = index.row() == index.model().rowCount() - 1
        bottom = opt.rect.bottom() if not last else opt.rect.top() + self.PAD + fm.height() // 2
        painter.drawLine(line_x, top, line_x, bottom)
        d = fm.height() if row.kind == "step" else (fm.height() * 2) // 3
        cy = opt.rect.top() + self.PAD + fm.height() // 2
        circle = QRect(x - d // 2, cy - d // 2, d, d)
        colour = QColor(OVERDUE_COLOUR) if row.overdue else {
            "done": QColor(DONE_COLOUR), "current": accent, "handover_open": accent,
            "handover_done": QColor(DONE_COLOUR)}.get(row.state, muted)
        painter.setPen(QPen(colour, 2))
        filled = row.state in ("done", "current", "handover_done")
        painter.setBrush(colour if filled else pal.color(QPalette.ColorRole.Base))
        painter.drawEllipse(circle)
        if row.state == "done":
            painter.setPen(QPen(QColor("#ffffff"), 2))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, "✓")

    def _paint_text(self, painter: QPainter, opt: QStyleOptionViewItem, row: TimelineRow) -> None:
        fm = QFontMetrics(opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = opt.palette.color(role)
        left = opt.rect.left() + self._gutter(fm, row) + self.PAD
        width = self._text_width(opt, fm, row)
        first, second = self._lines(row)
        bold = QFont(opt.font)
        bold.setBold(row.state == "current" or row.kind == "step" and row.overdue)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        painter.setFont(bold)
        painter.setPen(text_colour)
        top = opt.rect.top() + self.PAD
        r1 = painter.boundingRect(QRect(left, top, width, 10000), flags, first)
        painter.drawText(r1, flags, first)
        painter.setFont(opt.font)
        late = row.overdue and not selected
        painter.setPen(QColor(OVERDUE_COLOUR) if late else opt.palette.color(
            role if selected else QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(left, r1.bottom() + self.PAD // 2, width, 10000), flags, second)


class TimelineView(QListView):
    """The timeline list; Enter or a double click asks to act on the selected step."""

    step_activated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model_ = TimelineModel(self)
        self.setModel(self.model_)
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.doubleClicked.connect(lambda _i: self._activate())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate()
            event.accept()
            return
        super().keyPressEvent(event)

    def _activate(self) -> None:
        row = self.selected_row()
        if row is not None and row.kind == "step":
            self.step_activated.emit(row.key)

    def selected_row(self) -> TimelineRow | None:
        index = self.currentIndex()
        return self.model_.rows[index.row()] if index.isValid() else None

    def set_rows(self, rows: list[TimelineRow], keep: str | None = None) -> None:
        self.model_.set_rows(rows)
        row = self.model_.row_of_step(keep) if keep else -1
        if row >= 0:
            self.setCurrentIndex(self.model_.index(row))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # wrapped rows change height with the width
