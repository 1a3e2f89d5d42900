"""The case list page: search (debounced, folded full-text), filters, total, table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import labels
from desktop.domain import model as m
from desktop.ui.case.case_table_model import (
    COL_FOUND,
    COL_NEXT,
    COL_TITLE,
    CaseIdRole,
    CaseProxyModel,
    CaseTableModel,
    DraftRole,
)
from desktop.ui.widgets.fields import buddy_label, enum_label, fill_combo

SEARCH_DELAY_MS = 250
OPEN = "open"  # pseudo status in the filter: everything except closed


class CaseTableView(QTableView):
    """Table that opens the current row on Enter/Return as well as on double-click."""

    open_requested = Signal(QModelIndex)
    copy_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        if event.matches(QKeySequence.StandardKey.Copy) and self.currentIndex().isValid():
            self.copy_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class CaseListPanel(QWidget):
    open_case = Signal(int)
    new_signal_requested = Signal()
    copy_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CaseTableModel(self)
        self.proxy = CaseProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self._build()
        self.model.totalChanged.connect(self._show_total)
        self.model.sortChanged.connect(self._show_sort)

    # -- construction ------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        self.view = self._build_view()
        self.no_results = QLabel(self.tr("Geen zaken gevonden met deze zoekopdracht of filters."))
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.results = QStackedWidget()
        self.results.addWidget(self.view)
        self.results.addWidget(self.no_results)
        layout.addWidget(self.results, 1)

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("naam, adres, kenteken, telefoon, zaaknummer…"))
        self.search.setAccessibleName(self.tr("Zoeken in zaken"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.installEventFilter(self)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter op status"))
        self.status.addItem(self.tr("Alle statussen"), "")
        self.status.addItem(self.tr("Open (niet afgesloten)"), OPEN)
        for status in m.CaseStatus:
            self.status.addItem(enum_label(labels.STATUS, status), status.value)
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Filter op vorm van uitbuiting"))
        self.form.addItem(self.tr("Alle vormen"), None)
        fill_combo(self.form, labels.FORM)
        self.overdue = QCheckBox(self.tr("Alleen &te laat"))
        self.overdue.setAccessibleName(self.tr("Alleen zaken met verstreken termijn"))
        for combo in (self.status, self.form):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.overdue.toggled.connect(self._apply_filters)
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("Aantal zaken"))
        self.new_button = QPushButton(self.tr("&Nieuw signaal"))
        self.new_button.setAccessibleName(self.tr("Nieuw signaal registreren"))
        self.new_button.clicked.connect(self.new_signal_requested)
        row.addWidget(buddy_label(self.tr("&Zoeken:"), self.search))
        row.addWidget(self.search, 2)
        row.addWidget(buddy_label(self.tr("&Status:"), self.status))
        row.addWidget(self.status)
        row.addWidget(buddy_label(self.tr("&Vorm:"), self.form))
        row.addWidget(self.form)
        row.addWidget(self.overdue)
        row.addStretch(1)
        row.addWidget(self.total_label)
        row.addWidget(self.new_button)
        return row

    def _build_view(self) -> CaseTableView:
        view = CaseTableView()
        view.setModel(self.proxy)
        view.setAccessibleName(self.tr("Zakenlijst"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # fits 1366 px with room for the stretched deadline column; a lent case's full status
        # ('in waarneming tot …') is in its tooltip; the last one is 'Gevonden op' (only while searching)
        for column, width in enumerate((95, 190, 90, 140, 200, 240, 130, 85, 260)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_NEXT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.moveSection(header.visualIndex(COL_FOUND), header.visualIndex(COL_TITLE) + 1)
        view.setColumnHidden(COL_FOUND, True)
        view.doubleClicked.connect(self._open_index)
        view.open_requested.connect(self._open_index)
        view.copy_requested.connect(self._copy_index)
        return view

    # -- behaviour -----------------------------------------------------------------
    def set_source(self, cases: Any) -> None:
        self.model.set_source(cases)
        self._show_sort(*self.model.sort_state())

    def clear(self) -> None:
        self._search_timer.stop()
        self.model.set_source(None)
        for widget in (self.search, self.status, self.form, self.overdue):
            widget.blockSignals(True)
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.form.setCurrentIndex(0)
        self.overdue.setChecked(False)
        for widget in (self.search, self.status, self.form, self.overdue):
            widget.blockSignals(False)
        self.view.setColumnHidden(COL_FOUND, True)

    def reload(self) -> None:
        """Re-query (after a change elsewhere), keeping the selected case when still loaded."""
        selected = self.selected_case_id()
        self.model.reload()
        if selected is not None:
            self.select_case(selected)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_case_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(CaseIdRole) if index.isValid() else None

    def select_case(self, case_id: int) -> None:
        row = self.model.row_of(case_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        """In the search box: ↓ goes to the hits, Enter opens the only hit or goes to the first."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_timer.isActive():
                    self._apply_filters()
                if self.proxy.rowCount() == 0:
                    return key != Qt.Key.Key_Down
                if key != Qt.Key.Key_Down and self.proxy.rowCount() == 1:
                    self._open_index(self.proxy.index(0, 0))
                    return True
                self._go_to_hits()
                return True
        return super().eventFilter(watched, event)

    def _go_to_hits(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            current = self.proxy.index(0, 0)
            self.view.setCurrentIndex(current)
        self.view.selectRow(current.row())
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        self.model.set_query(
            text=text, statuses=_statuses(self.status.currentData()),
            form=self.form.currentData() or "", overdue_only=self.overdue.isChecked(),
        )
        self.view.setColumnHidden(COL_FOUND, not text)  # why each hit matched, only while searching

    def _open_index(self, index: QModelIndex) -> None:
        if index.data(DraftRole):  # the unsaved new-signal draft: back into the intake
            self.new_signal_requested.emit()
            return
        case_id = index.data(CaseIdRole)
        if case_id is not None:
            self.open_case.emit(int(case_id))

    def _copy_index(self, index: QModelIndex) -> None:
        row = self.proxy.mapToSource(index).row()
        if self.model.is_draft_row(row):
            return
        self.copy_requested.emit(self.model.summary(row).number)

    def _show_total(self, total: int) -> None:
        filtered = self._filters_active()
        if filtered:
            text = self.tr("{n} gevonden").format(n=total)
        else:
            text = self.tr("{n} zaken").format(n=total) if total != 1 else self.tr("1 zaak")
        self.total_label.setText(text)
        self.results.setCurrentWidget(self.no_results if total == 0 and filtered else self.view)

    def _show_sort(self, column: int, order: Qt.SortOrder) -> None:
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.viewport().update()

    def _filters_active(self) -> bool:
        return bool(self.search.text().strip() or self.status.currentIndex() > 0
                    or self.form.currentIndex() > 0 or self.overdue.isChecked())



def _statuses(code: str | None) -> tuple[str, ...]:
    if not code:
        return ()
    if code == OPEN:
        return tuple(s.value for s in m.CaseStatus if s != m.CaseStatus.CLOSED)
    return (code,)
