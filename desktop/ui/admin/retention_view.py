"""Bewaartermijnen: closed cases with their deletion date, legal hold, and the purge.

The list shows every closed case (or only those past their date). Cases past their date
and not on legal hold are ticked for destruction; the panel on the right shows what a
purge of the ticked cases removes and what is kept. ``reminder_text`` is the message the
main window shows after unlock when cases are past their date.

The schedule and each case's removal counts load in a worker (the dialog opens at once);
the table is a real model (``RetentionModel``): ticking one case repaints one cell and
updates running totals. The purge runs in a worker with a progress bar and "Annuleren".
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.monitoring.retention import KEPT, REMOVED_LABELS, PurgeResult, ScheduledCase
from desktop.ui.admin.admin_dialog import AdminDialog, hint, make_view, tr_data
from desktop.ui.admin.retention_model import RetentionModel
from desktop.ui.widgets import messages, worker
from desktop.ui.widgets.fields import buddy_label

if TYPE_CHECKING:
    from desktop.services.register import Register

ONLY_DUE, ALL_CLOSED = 0, 1


def overdue_count(register: Register, background: bool = False) -> int:
    """Cases past their date; 0 if it cannot be computed. In a worker pass ``background=True``
    (the worker's own read connection)."""
    try:
        return register.retention.overdue_count(background=background)
    except Exception:  # a reminder must never stop the unlock
        return 0


def reminder_text(register: Register, count: int | None = None) -> str | None:
    """Dutch reminder for after unlock, or None when no case is past its date.

    Pass ``count`` (computed in a worker with ``overdue_count``) to keep the GUI thread free."""
    if count is None:
        count = overdue_count(register)
    if not count:
        return None
    tr = QCoreApplication.translate
    if count == 1:
        return tr("RetentionDialog", "Van 1 zaak is de bewaartermijn verstreken. Bekijk en "
                  "vernietig deze via Extra → Bewaartermijnen.")
    return tr("RetentionDialog", "Van {n} zaken is de bewaartermijn verstreken. Bekijk en "
              "vernietig ze via Extra → Bewaartermijnen.").format(n=count)


class RetentionDialog(AdminDialog):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(register, parent)
        self.setWindowTitle(self.tr("Bewaartermijnen"))
        self.schedule: list[ScheduledCase] = []
        self.today = date.today()
        self.show_filter = QComboBox()
        self.show_filter.addItems([self.tr("Termijn verstreken"), self.tr("Alle afgesloten zaken")])
        self.show_filter.setAccessibleName(self.tr("Tonen"))
        self.show_filter.activated.connect(lambda _i: self._fill())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("zaaknummer"))
        self.search.setAccessibleName(self.tr("Zoek op zaaknummer"))
        self.search.textChanged.connect(lambda _t: self._fill())
        self.model = RetentionModel(self._headers(), self)
        self.model.checked_changed.connect(self._update_preview)
        self.view = make_view(self.model, self.tr("Afgesloten zaken"), stretch=1)  # type: ignore[arg-type]
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):  # ResizeToContents re-measured every row
            if column != 1:
                header.setSectionResizeMode(column, header.ResizeMode.Interactive)
                header.resizeSection(column, 150 if column != 0 else 130)
        self.counts: dict[int, dict[str, int]] = {}
        self.loading = False
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setAccessibleName(self.tr("Wat wordt vernietigd"))
        self.hold_button = QPushButton(self.tr("&Bewaarblokkade…"))
        self.hold_button.setAccessibleName(self.tr("Bewaarblokkade instellen of opheffen"))
        self.hold_button.clicked.connect(self.toggle_hold)
        self.purge_button = QPushButton(self.tr("&Vernietigen…"))
        self.purge_button.setAccessibleName(self.tr("Aangevinkte zaken vernietigen"))
        self.purge_button.clicked.connect(self.purge)
        self.status = hint()
        self._layout()
        self.refresh()

    def _headers(self) -> list[str]:
        return [self.tr("Zaak"), self.tr("Korte omschrijving"), self.tr("Afgesloten op"),
                self.tr("Uitkomst"), self.tr("Termijn"), self.tr("Vernietigen vanaf"),
                self.tr("Bewaarblokkade")]

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Tonen:"), self.show_filter))
        top.addWidget(self.show_filter)
        top.addSpacing(16)
        top.addWidget(buddy_label(self.tr("&Zoeken:"), self.search))
        top.addWidget(self.search, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        title = QLabel(self.tr("Wat wordt vernietigd"))
        title.setProperty("role", "heading")
        side_layout.addWidget(title)
        side_layout.addWidget(self.preview, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.view)
        body.addWidget(side)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([760, 320])
        actions = QHBoxLayout()
        actions.addWidget(self.hold_button)
        actions.addStretch(1)
        actions.addWidget(self.purge_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint(self.tr(
            "De termijn telt vanaf het afsluiten van de zaak en hangt af van de uitkomst "
            "(beleidsbestand). Een zaak met een bewaarblokkade wordt nooit vernietigd.")))
        layout.addWidget(body, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    # -- filling ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the schedule and each case's removal counts in a worker, then fill."""
        register = self.register
        if register is None or self.loading:
            return
        self.loading = True
        self.preview.setText(self.tr("Bezig met laden…"))

        def load() -> tuple[list[ScheduledCase], dict[int, dict[str, int]]]:
            schedule = register.retention.schedule(background=True)
            today = date.today()
            due = [s.case_id for s in schedule if s.is_due(today) and not s.legal_hold]
            return schedule, register.retention.removal_counts_by_case(due, background=True)

        worker.run_in_background(load, self._loaded, self._load_failed, owner=self,
                                 busy=[self.purge_button, self.hold_button])

    def _loaded(self, result: tuple[list[ScheduledCase], dict[int, dict[str, int]]]) -> None:
        self.loading = False
        self.today = date.today()
        self.schedule, self.counts = result
        self._fill()

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        self.preview.setText("")
        messages.show_error(self, exc)

    def _visible(self) -> list[ScheduledCase]:
        text = self.search.text().strip()
        rows = [s for s in self.schedule
                if self.show_filter.currentIndex() == ALL_CLOSED or s.is_due(self.today)]
        return [s for s in rows if text in s.number] if text else rows

    def _fill(self) -> None:
        self.model.set_rows(self._visible(), self.today, self.counts)

    def _update_preview(self) -> None:
        n = self.model.checked_count()
        self.purge_button.setEnabled(bool(n) and not self.loading)
        self.purge_button.setText(self.tr("&Vernietigen ({n})…").format(n=n))
        if not n:
            self.preview.setText(self.tr("Geen zaken aangevinkt."))
            return
        totals = self.model.totals
        removed = "".join(f"<li>{html.escape(tr_data(label))}: {totals[label]}</li>"
                          for label in self._labels() if totals.get(label) and label != "zaken")
        kept = "".join(f"<li>{html.escape(tr_data(k))}</li>" for k in KEPT)
        head = self.tr("{n} zaken worden definitief gewist, met:").format(n=n)
        self.preview.setText(f"<p>{html.escape(head)}</p><ul>{removed}</ul>"
                             f"<p>{html.escape(self.tr('Blijft bewaard:'))}</p><ul>{kept}</ul>")

    @staticmethod
    def _labels() -> list[str]:
        return [label for label, _sql in REMOVED_LABELS] + ["vrije teksten", "concepten"]

    def current_case(self) -> ScheduledCase | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row(index.row())

    # -- actions ---------------------------------------------------------------------------
    def ask_reason(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Bewaarblokkade"), self.tr(
            "Reden van de bewaarblokkade (bv. lopend onderzoek, bezwaar of rechtszaak):"))
        return text if ok else None

    def toggle_hold(self) -> None:
        case = self.current_case()
        if case is None or self.register is None:
            messages.show_info(self, self.tr("Kies eerst een zaak in de lijst."))
            return
        try:
            if case.legal_hold:
                if not messages.confirm(self, self.tr(
                        "De bewaarblokkade van zaak {nr} opheffen?").format(nr=case.number)):
                    return
                self.register.retention.set_legal_hold(case.case_id, False)
            else:
                reason = self.ask_reason()
                if reason is None:
                    return
                self.register.retention.set_legal_hold(case.case_id, True, reason)
        except Exception as exc:
            messages.show_error(self, _message(exc))
            return
        self.refresh()

    def purge(self) -> None:
        ids, register = self.model.checked_keys(), self.register
        if not ids or register is None:
            return
        if not messages.confirm(self, self.tr(
                "{n} zaken definitief vernietigen? Alle persoonsgegevens van deze zaken worden "
                "gewist; dit kan niet ongedaan worden gemaakt. Alleen de anonieme statistiek en "
                "het logboek blijven bewaard.").format(n=len(ids))):
            return
        worker.run_with_progress(
            lambda progress: register.retention.purge(ids, progress=progress), self._purged,
            self._failed, owner=self, title=self.tr("Vernietigen"),
            label=self.tr("Zaken worden vernietigd…"),
            busy=[self.purge_button, self.hold_button, self.view])

    def _purged(self, result: PurgeResult) -> None:
        text = self.tr("{n} zaken vernietigd.").format(n=len(result.purged))
        if result.on_hold:
            text += " " + self.tr("Overgeslagen wegens bewaarblokkade: {list}.").format(
                list=", ".join(result.on_hold))
        self.status.setText(text)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        messages.show_error(self, exc)

    def clear(self) -> None:
        self.schedule, self.counts = [], {}
        self.model.clear()
        self.preview.clear()
        super().clear()


def _message(exc: BaseException) -> str | BaseException:
    errors = getattr(exc, "errors", None)
    if errors:
        return "\n".join(e.message for e in errors)
    return exc
