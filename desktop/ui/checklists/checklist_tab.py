"""The "Checklists" tab of a case: a list selector and the page for the chosen entry.

Entries: every list relevant to the case (GEN always; SEX/LAB/CRIM/ORG by form; the
risk-address list once per address; the meldcode when a minor is involved), then the
CCV lens (when a CCV list is shown) and the overview. Answering an acute item "gezien"
brings up the acute guidance at once (never blocking: the dialog is window-modal).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.content.checklists import Checklist
from desktop.domain import model as m
from desktop.domain.checklist_answers import Answer
from desktop.services.defaults import seen_by_for_department
from desktop.ui.admin.risk_address_view import RiskAddressView
from desktop.ui.case.case_tabs_common import CaseContext, CaseTab
from desktop.ui.checklists.ccv_matrix import CcvMatrixView
from desktop.ui.checklists.checklist_model import plural
from desktop.ui.checklists.checklist_panel import ChecklistPanel
from desktop.ui.checklists.checklist_summary import ChecklistSummaryView
from desktop.ui.checklists.checklist_view import CountRole, EntryDelegate
from desktop.ui.widgets.fields import buddy_label
from desktop.ui.widgets.messages import TITLE

if TYPE_CHECKING:
    from desktop.services.register import Register

KeyRole = Qt.ItemDataRole.UserRole + 1
CCV_KEY = ("ccv",)
SUMMARY_KEY = ("summary",)


class ChecklistTab(QWidget):
    def __init__(self, register: Register, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._register = register
        self._case_id = case_id
        self._case: m.Case | None = None
        self._entries: dict[tuple, tuple[Checklist, m.Address | None]] = {}
        self.acute_box: QMessageBox | None = None
        service = register.checklists
        self.problems = QLabel()
        self.problems.setProperty("role", "error")
        self.problems.setWordWrap(True)
        self.selector = QListWidget()
        self.selector.setAccessibleName(self.tr("Lijsten en overzichten"))
        self.selector.setItemDelegate(EntryDelegate(self.selector))
        self.selector.setUniformItemSizes(False)
        self.selector.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.selector.currentItemChanged.connect(self._on_select)
        self.panel = ChecklistPanel(service)
        self.address_view = RiskAddressView(service)
        self.matrix_view = CcvMatrixView()
        self.summary_view = ChecklistSummaryView()
        self.stack = QStackedWidget()
        for page in (self.panel, self.address_view, self.matrix_view, self.summary_view):
            self.stack.addWidget(page)
        for panel in (self.panel, self.address_view.panel):
            panel.answered.connect(self._on_answered)
            panel.acute_seen.connect(self.show_acute_guidance)
        self.summary_line = QLabel()
        self.summary_line.setProperty("role", "hint")
        self.summary_line.setWordWrap(True)
        self._layout()
        self._show_problems()
        self.reload()

    def _layout(self) -> None:
        left_box = QWidget()
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 4, 0)
        left.addWidget(buddy_label(self.tr("&Lijsten"), self.selector))
        left.addWidget(self.selector, 1)
        left.addWidget(self.summary_line)
        chars = self.fontMetrics().averageCharWidth()
        left_box.setMinimumWidth(chars * 22)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left_box)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([chars * 40, chars * 120])
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.selector, self.panel.seen_only)

    def _show_problems(self) -> None:
        problems = self._register.content_problems
        files = sorted({p.file.name for p in problems})
        text = ""
        if files:
            text = (self.tr("1 inhoudsbestand overgeslagen: {files}") if len(files) == 1
                    else self.tr("{n} inhoudsbestanden overgeslagen: {files}")).format(
                n=len(files), files=", ".join(files))
            text += self.tr(" (controleer met 'schakel forms check').")
        self.problems.setText(text)
        self.problems.setVisible(bool(text))

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the case and its answers; keeps the chosen list and item."""
        service = self._register.checklists
        self._case = self._register.cases.get(self._case_id)
        self.panel.set_default_seen_by(seen_by_for_department(self._case.reporter_department))
        current = self.selector.currentItem()
        keep = current.data(KeyRole) if current is not None else None
        lists = service.lists_for(self._case)
        self._entries = {(c.id, a.id if a else None): (c, a) for c, a in lists}
        with_ccv = any(c.ccv_lens for c, _ in lists)
        self.selector.blockSignals(True)
        self.selector.clear()
        for key in [*self._entries, *([CCV_KEY] if with_ccv else []), SUMMARY_KEY]:
            item = QListWidgetItem()
            item.setData(KeyRole, key)
            self.selector.addItem(item)
        self._refresh_counts()
        keys = [self.selector.item(i).data(KeyRole) for i in range(self.selector.count())]
        self.selector.setCurrentRow(keys.index(keep) if keep in keys else 0)
        self.selector.blockSignals(False)
        self._on_select(self.selector.currentItem())

    def _refresh_counts(self) -> None:
        answers = self._register.checklists.answers(self._case_id)
        seen = Counter((a.list_id, a.address_id) for a in answers if a.answer == Answer.SEEN)
        for row in range(self.selector.count()):
            item = self.selector.item(row)
            title, count = self._entry_text(item.data(KeyRole), seen)
            item.setText(title)
            item.setData(CountRole, count)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {count}" if count
                         else title)
        summary = self._register.checklists.summary(self._case_id)
        who = len([c for c in summary.contributors if c])
        lists = len([k for k in summary.per_list if k not in summary.steps_done])
        self.summary_line.setText(self.tr("{seen} in {lists}, door {who}. Geen score: het gaat om"
                                          " combinaties.").format(
            seen=plural(summary.seen, self.tr("1 signaal gezien"), self.tr("{n} signalen gezien")),
            lists=plural(lists, self.tr("1 lijst"), self.tr("{n} lijsten")),
            who=plural(who, self.tr("1 afdeling of bron"), self.tr("{n} afdelingen of bronnen"))))

    def _entry_text(self, key: tuple, seen: Counter) -> tuple[str, str]:
        """(title, count line) of a selector entry."""
        if key == CCV_KEY:
            return self.tr("CCV-lens criminele uitbuiting"), self.tr("matrix van leefgebieden")
        if key == SUMMARY_KEY:
            return self.tr("Overzicht"), self.tr("tellingen, geen score")
        checklist, address = self._entries[key]
        n = seen[key]
        if checklist.kind == "steps":
            count = self.tr("{n} van {total} stappen gedaan").format(
                n=n, total=len(checklist.items))
        else:
            count = self.tr("{n} gezien").format(n=n)
        title = checklist.title if address is None else self.tr("Risicoadres: {a}").format(
            a=address.one_line())
        return title, count

    def _on_select(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None or self._case is None:
            return
        key = item.data(KeyRole)
        service = self._register.checklists
        if key == CCV_KEY:
            self.matrix_view.set_matrix(service.matrix(self._case_id))
            self.stack.setCurrentWidget(self.matrix_view)
        elif key == SUMMARY_KEY:
            self.summary_view.set_summary(service.summary(self._case_id), service.catalog)
            self.stack.setCurrentWidget(self.summary_view)
        else:
            checklist, address = self._entries[key]
            if address is None:
                self.panel.load(self._case_id, checklist)
                self.stack.setCurrentWidget(self.panel)
            else:
                self.address_view.load(self._case, checklist, address)
                self.stack.setCurrentWidget(self.address_view)

    def select(self, list_id: str, address_id: int | None = None) -> None:
        """Show a list (or "ccv" / "summary")."""
        wanted = {"ccv": CCV_KEY, "summary": SUMMARY_KEY}.get(list_id, (list_id, address_id))
        for row in range(self.selector.count()):
            if self.selector.item(row).data(KeyRole) == wanted:
                self.selector.setCurrentRow(row)
                return
        raise KeyError(list_id)

    def entry_keys(self) -> list[tuple]:
        return [self.selector.item(i).data(KeyRole) for i in range(self.selector.count())]

    # -- reacting ----------------------------------------------------------------------
    def _on_answered(self, _answer) -> None:
        self._refresh_counts()

    def show_acute_guidance(self, item_labels: list[str]) -> None:
        """Who to call, at once; window-modal but not blocking the event loop."""
        text = self.tr(
            "<p><b>Acuut signaal:</b> {items}</p>"
            "<p><b>Direct gevaar? Bel 112.</b><br>Geen direct gevaar, wel spoed: politie"
            " <b>0900-8844</b>.<br>Minderjarige betrokken: Veilig Thuis <b>0800-2000</b>"
            " (meldcode).</p>"
            "<p>Eerst bellen; leg daarna op het tabblad Signaal vast wie er is gebeld.</p>"
        ).format(items=", ".join(_escape(label) for label in item_labels))
        if self.acute_box is not None and self.acute_box.isVisible():
            self.acute_box.setText(text)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, TITLE, text, QMessageBox.StandardButton.Ok,
                          self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAccessibleName(self.tr("Acuut: wie u belt"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._acute_closed)
        self.acute_box = box
        box.open()

    def _acute_closed(self) -> None:
        if self.acute_box is not None:
            self.acute_box.deleteLater()
            self.acute_box = None


class ChecklistCaseTab(CaseTab):
    """The tab as the case view's ``TAB_FACTORIES`` expects it: ``(CaseContext) -> CaseTab``."""

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.inner = ChecklistTab(ctx.register, int(ctx.case.id), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)
        self.setFocusProxy(self.inner.selector)

    def title(self) -> str:
        return self.tr("Checklists")

    def refresh(self) -> None:
        self.inner.reload()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
