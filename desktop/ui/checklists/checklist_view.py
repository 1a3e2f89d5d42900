"""Views for checklists: the keyboard-operable tree and the delegates that wrap text.

``ChecklistView``: G/1 = gezien, N/2 = niet gezien, O/3 = onbekend, Space cycles, for
the current item. ``WrapDelegate``: row heights that fit word-wrapped text (QTreeView
elides instead of wrapping when a column is stretched). ``EntryDelegate``: the list
selector's two-line entries (title, count).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from desktop.ui.checklists.checklist_model import ANSWER_KEYS

CountRole = Qt.ItemDataRole.UserRole + 2

_BLOCKING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
    | Qt.KeyboardModifier.MetaModifier


class WrapDelegate(QStyledItemDelegate):
    """Row heights that fit word-wrapped text in the current column width.

    (QTreeView elides instead of wrapping when a column is stretched.) Only the first
    column (the fixed signal text) wraps, and it is measured in bold whatever the answer:
    answering or typing a note must never change a row's height, or the row under the
    pointer changes and the next click answers another item. Other columns are one line,
    elided, with the full text as tooltip.
    """

    CACHE_LIMIT = 4000

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._view = view
        self._margin: int | None = None
        self._heights: dict[tuple[str, int, str], int] = {}  # (text, width, font) -> height

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        header = self._view.header()
        column = index.column()
        if self._margin is None:
            self._margin = self._view.style().pixelMetric(
                QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
            font = index.data(Qt.ItemDataRole.FontRole) or option.font
            metrics = QFontMetrics(font)
            return QSize(metrics.horizontalAdvance(str(index.data() or "")) + 2 * self._margin
                         + 2, metrics.height() + 6)
        if column != 0:
            font = index.data(Qt.ItemDataRole.FontRole) or option.font
            return QSize(max(header.sectionSize(column), 20), QFontMetrics(font).height() + 6)
        width = header.sectionSize(column) - 2 * self._margin - 1
        if column == 0:
            depth = 1 if index.parent().isValid() else 0
            width -= self._view.indentation() * (depth + int(self._view.rootIsDecorated()))
        font = QFont(index.data(Qt.ItemDataRole.FontRole) or option.font)
        font.setBold(True)  # the widest the text gets (answered "gezien" is bold)
        text = str(index.data() or "")
        key = (text, width, font.key())
        height = self._heights.get(key)
        if height is None:
            height = _wrapped_height(QFontMetrics(font), text, max(width, 20))
            if len(self._heights) > self.CACHE_LIMIT:
                self._heights.clear()
            self._heights[key] = height
        return QSize(max(width, 20), height + 6)


    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.column() != 0:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
            option.textElideMode = Qt.TextElideMode.ElideRight


def _wrapped_height(metrics: QFontMetrics, text: str, width: int) -> int:
    """Height of ``text`` wrapped at word boundaries (a longer word is elided)."""
    if not text:
        return metrics.height()
    return metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap,
                                text).height()


class ChecklistView(QTreeView):
    """Tree of categories and items; answer keys emit ``answer_key`` for the current item."""

    answer_key = Signal(QModelIndex, object)  # proxy index, Answer (None: next in cycle)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setItemDelegate(WrapDelegate(self))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformRowHeights(False)
        self.header().sectionResized.connect(self._relayout)
        self._shares: dict[int, float] = {}
        self._minimum = 60

    def _relayout(self, *_args) -> None:
        self.scheduleDelayedItemsLayout()

    def set_column_shares(self, shares: dict[int, float], minimum: int) -> None:
        """Give these columns a share of the width (at least ``minimum`` px) on every resize."""
        self._shares, self._minimum = dict(shares), minimum
        self._apply_shares()

    def _apply_shares(self) -> None:
        width = self.viewport().width()
        for column, share in self._shares.items():
            if column < self.header().count():
                self.header().resizeSection(column, max(self._minimum, int(width * share)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_shares()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in ANSWER_KEYS and not event.modifiers() & _BLOCKING:
            index = self.currentIndex()
            if index.isValid() and index.parent().isValid():
                self.answer_key.emit(index, ANSWER_KEYS[key])
                event.accept()
                return
        super().keyPressEvent(event)


PAD = 6


class EntryDelegate(QStyledItemDelegate):
    """Selector entry: the title (wrapped) with the count under it in a quieter colour."""

    def _layout(self, option: QStyleOptionViewItem, index) -> tuple[QRect, QRect, QFont]:
        title = str(index.data() or "")
        bold = QFont(option.font)
        bold.setBold(True)
        width = option.rect.width() - 2 * PAD
        title_rect = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10_000),
                                                     Qt.TextFlag.TextWordWrap, title)
        count_h = QFontMetrics(option.font).height() if index.data(CountRole) else 0
        top = option.rect.adjusted(PAD, PAD, -PAD, 0)
        top.setHeight(title_rect.height())
        bottom = QRect(top.left(), top.bottom() + 2, top.width(), count_h)
        return top, bottom, bold

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        top, bottom, _ = self._layout(option, index)
        return QSize(option.rect.width(), top.height() + bottom.height() + 2 * PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        top, bottom, bold = self._layout(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        main = palette.color(QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Text)
        quiet = main if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        painter.save()
        painter.setFont(bold)
        painter.setPen(main)
        painter.drawText(top, int(Qt.TextFlag.TextWordWrap), str(index.data() or ""))
        painter.setFont(option.font)
        painter.setPen(quiet)
        painter.drawText(bottom, 0, str(index.data(CountRole) or ""))
        painter.restore()
