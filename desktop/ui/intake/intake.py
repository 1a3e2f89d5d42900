"""Signal intake (new signal or edit) as a workspace page.

Layout: header with Opslaan/Sluiten, the "Acuut" panel (never scrolled away), the form
(signal + inline persons/addresses/organisations/identifiers) and the link panel.
Drafts go into the vault; on save, ``ValidationFailed.errors`` are mapped back to the
fields by their dotted path and the first invalid field gets focus.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import model as m
from desktop.domain.validation import FieldError, ValidationFailed, validate_case
from desktop.services.defaults import department_choices
from desktop.services.ui_types import StoreError
from desktop.ui.case.link_panel import LinkPanel
from desktop.ui.intake import intake_errors
from desktop.ui.intake.acute_panel import AcutePanel
from desktop.ui.intake.intake_attachments import IntakeAttachments
from desktop.ui.intake.intake_draft import NEW_CASE_KEY, DraftKeeper, case_key, saved_at_text
from desktop.ui.intake.intake_links import RowLinks
from desktop.ui.intake.intake_row_types import (
    address_list,
    identifier_list,
    organisation_list,
    person_list,
)
from desktop.ui.intake.intake_rows import RecordList
from desktop.ui.intake.intake_signal import SignalSection
from desktop.ui.widgets.fields import ERROR_COLOUR, FieldFrame

if TYPE_CHECKING:
    from desktop.services.register import Register


class IntakePage(QWidget):
    saved = Signal(int)
    closed = Signal()
    status_message = Signal(str)

    def __init__(self, register: Register, case: m.Case | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._register = register
        self._base = copy.deepcopy(case) if case is not None else m.Case()
        self._loading = True
        self._build()
        key = NEW_CASE_KEY if case is None else case_key(case.id)
        self.draft = DraftKeeper(register, key, self.snapshot, self)
        self.draft.failed.connect(self.status_message)
        self.links.set_register(register, self._base.id, lambda: self.build_case(None))
        self.signal.department.set_choices(department_choices(register))
        self.links.status_message.connect(self.status_message)
        self._load_initial()
        self._loading = False
        self._context_changed()
        self.links.request()

    # -- construction ------------------------------------------------------------------
    def _build(self) -> None:
        new = self._base.id is None
        heading = QLabel(self.tr("<h2>Nieuw signaal registreren</h2>") if new else
                         self.tr("<h2>Signaal {n} bewerken</h2>").format(n=self._base.number))
        self.acute = AcutePanel()
        self.signal = SignalSection()
        self.lists: dict[str, RecordList] = {
            "persons": person_list(), "addresses": address_list(),
            "organisations": organisation_list(), "identifiers": identifier_list()}
        self.row_links = RowLinks(self.lists)
        self.links = LinkPanel()
        self.attachments = IntakeAttachments()
        self.save_button = QPushButton(self.tr("&Opslaan"))
        self.save_button.setAccessibleName(self.tr("Signaal opslaan"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("S&luiten"))
        self.close_button.setAccessibleName(self.tr("Sluiten, concept blijft bewaard"))
        self.close_button.clicked.connect(self.close_page)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        head = QHBoxLayout()
        head.addWidget(heading, 1)
        head.addWidget(self.save_button)
        head.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self._build_banner())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.summary.setVisible(False)
        layout.addWidget(self.summary)
        layout.addWidget(self.acute)
        layout.addWidget(self._build_body(), 1)
        self._connect_changes()
        self._set_tab_order()

    def _build_banner(self) -> QWidget:
        self.banner = QWidget()
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(0, 0, 0, 0)
        self.banner_text = QLabel()
        self.discard_button = QPushButton(self.tr("Concept weggooien"))
        self.discard_button.setAccessibleName(self.tr("Concept weggooien en opnieuw beginnen"))
        self.discard_button.clicked.connect(self.discard_draft)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.discard_button)
        self.banner.setVisible(False)
        return self.banner

    def _build_body(self) -> QSplitter:
        form = QWidget()
        column = QVBoxLayout(form)
        column.addWidget(self.signal)
        for record_list in self.lists.values():
            column.addWidget(record_list)
        column.addWidget(self.attachments)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.scroll)
        splitter.addWidget(self.links)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 320])
        splitter.setChildrenCollapsible(False)
        return splitter

    def _connect_changes(self) -> None:
        self.signal.changed.connect(self._changed)
        self.acute.changed.connect(self._changed)
        for record_list in self.lists.values():
            record_list.changed.connect(self._changed)
            record_list.rows_changed.connect(self._set_tab_order)
        self.links.cards_changed.connect(self._set_tab_order)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._follow_focus)

    def tab_chain(self) -> list[QWidget]:
        """The whole form in reading order: acute, signal, every list, Opslaan/Sluiten, suggestions."""
        s = self.signal
        chain = [self.acute.acute, *self.acute.focus_chain(), s.observed_date.edit,
                 s.observed_time.edit, s.how, s.received.edit, *s.signal_type.chain(),
                 s.department.combo, s.function.edit, s.reporter_name.edit, s.title_field.edit,
                 s.observations, *s.form_boxes.values(), *s.minor.chain()]
        for record_list in self.lists.values():
            chain += record_list.focus_chain()
        chain += self.attachments.focus_chain()
        return chain + [self.save_button, self.close_button, self.discard_button,
                        *self.links.focus_chain()]

    def _set_tab_order(self) -> None:
        chain = self.tab_chain()
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt API)
        """Tab and Shift+Tab go round ``tab_chain`` (a closed ring: every part is reached)."""
        current = QApplication.focusWidget()
        chain = [w for w in self.tab_chain() if w is current or (
            w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus)]
        if current not in chain:
            return super().focusNextPrevChild(next_)
        step = 1 if next_ else -1
        target = chain[(chain.index(current) + step) % len(chain)]
        reason = Qt.FocusReason.TabFocusReason if next_ else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True

    def _follow_focus(self, _old, new) -> None:
        """Keep the focused input in view (also after "+ toevoegen" moved the focus)."""
        if new is not None and self.scroll.widget() is not None and \
                self.scroll.widget().isAncestorOf(new):
            QTimer.singleShot(0, self, lambda: self._ensure_visible(new))

    def _ensure_visible(self, widget: QWidget, attempts: int = 10) -> None:
        """After a new row is shown and laid out (Qt shows it an event or more later)."""
        form = self.scroll.widget()
        try:
            if form is None or not form.isAncestorOf(widget):
                return
            if not widget.isVisible():  # not shown yet: look again shortly
                if attempts > 0:
                    QTimer.singleShot(10, self, lambda: self._ensure_visible(widget, attempts - 1))
                return
        except RuntimeError:  # the row was removed meanwhile
            return
        # the rows' own layouts are pending too: settle them all before measuring
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        form.layout().activate()
        self.scroll.ensureWidgetVisible(widget, 20, 40)

    def case_id(self) -> int | None:
        """The stored case being edited (None for a new signal)."""
        return self._base.id

    # -- state and drafts ------------------------------------------------------------------
    def _load_initial(self) -> None:
        self.row_links.paused = True
        if self._base.id is not None:
            self.signal.load(self._base)
            self.acute.load(self._base)
            for name, record_list in self.lists.items():
                record_list.load(getattr(self._base, name))
        draft = self.draft.load()
        self.row_links.paused = False
        self.row_links.refresh()
        if draft:
            self.restore(draft)
            self.banner_text.setText(self.tr("Concept van {when} hersteld: u gaat verder waar u "
                                             "was gebleven.").format(when=saved_at_text(draft)))
            self.banner.setVisible(True)

    def snapshot(self) -> dict[str, Any]:
        data: dict[str, Any] = {"version": 1, "signal": self.signal.state(),
                                "acute": self.acute.state(), "links": self.links.pending()}
        for name, record_list in self.lists.items():
            data[name] = record_list.state()
        return data

    def restore(self, data: dict[str, Any]) -> None:
        was_loading, self._loading = self._loading, True
        self.row_links.paused = True
        self.signal.restore(data.get("signal", {}))
        self.acute.restore(data.get("acute", {}))
        for name, record_list in self.lists.items():
            originals = {o.id: o for o in getattr(self._base, name) if o.id is not None}
            record_list.restore(data.get(name, []), originals)
        self.links.set_pending([tuple(p) for p in data.get("links", [])])
        self.row_links.paused = False
        self.row_links.refresh()
        self._loading = was_loading

    def discard_draft(self) -> None:
        self.draft.drop()
        self.restore(_blank_state())
        if self._base.id is not None:
            self._loading = True
            self._load_initial()
            self._loading = False
        else:
            self.signal.set_defaults()
        self.banner.setVisible(False)
        self._clear_errors()
        self.status_message.emit(self.tr("Concept weggegooid."))

    def flush_draft(self) -> None:
        self.draft.flush()

    def _changed(self) -> None:
        if self._loading:
            return
        self._context_changed()
        self.draft.touch()
        self.links.request()

    def _context_changed(self) -> None:
        self.acute.set_context(self.signal.minor_value(), self.signal.forms())

    # -- building and saving ------------------------------------------------------------
    def build_case(self, problems: list[FieldError] | None) -> m.Case:
        case = copy.deepcopy(self._base)
        self.signal.apply(case, problems)
        self.acute.apply(case)
        for name, record_list in self.lists.items():
            setattr(case, name, record_list.build(problems))
        self.row_links.apply(case)
        return case

    def save(self) -> bool:
        """Validate and store; on errors show them next to the fields and store nothing."""
        self._clear_errors()
        problems: list[FieldError] = []
        case = self.build_case(problems)
        seen = {p.field for p in problems}
        errors = problems + [e for e in validate_case(case) if e.field not in seen]
        if errors:
            return self._fail(errors)
        try:
            if case.id is None:
                stored = self._register.cases.create(case, draft_key=self.draft.key)
            else:
                stored = self._register.cases.update(case, draft_key=self.draft.key)
        except ValidationFailed as exc:
            return self._fail(exc.errors)
        except StoreError as exc:
            self.draft.flush()
            self._show_summary(exc.message)
            return False
        self.draft.stop()
        for other, reason in self.links.pending():
            self._register.links.link(stored.id, other, reason)
        self.attachments.store(self._register, stored.id)  # refusals are shown by name
        self.status_message.emit(self.tr("Signaal {n} opgeslagen.").format(n=stored.number))
        self.saved.emit(stored.id)
        return True

    def close_page(self) -> None:
        self.draft.flush()
        self.closed.emit()

    def detach(self) -> None:
        """Flush the draft and drop every reference to the register (lock)."""
        self.draft.flush()
        self.draft.detach()
        self.links.clear()
        self._register = None

    # -- errors ---------------------------------------------------------------------------
    def field_for(self, path: str) -> FieldFrame | None:
        parts = intake_errors.split(path)
        if parts is not None:
            name, index, key = parts
            return self.lists[name].field_for(index, key)
        return self.signal.field_for(path)

    def _fail(self, errors: list[FieldError]) -> bool:
        self.draft.flush()
        unplaced = []
        for error in errors:
            frame = self.field_for(error.field)
            if frame is None:
                unplaced.append(error.message)
            else:
                frame.set_error(intake_errors.inline_message(error))
        first = min(errors, key=lambda e: intake_errors.rank(e.field, self._keys_of))
        frame = self.field_for(first.field)
        self._show_summary(self.tr("Niet opgeslagen: controleer de gemarkeerde velden ({n}).")
                           .format(n=len(errors)) + "".join(f"\n{u}" for u in unplaced))
        if frame is not None:
            self.scroll.ensureWidgetVisible(frame)
            frame.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def _keys_of(self, list_name: str) -> list[str]:
        rows = self.lists[list_name].rows
        return [spec.key for spec in rows[0].specs] if rows else []

    def _show_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(True)

    def _clear_errors(self) -> None:
        self.summary.setVisible(False)
        for path in intake_errors.SIGNAL_ORDER:
            frame = self.signal.field_for(path)
            if frame is not None:
                frame.set_error(None)
        for record_list in self.lists.values():
            for row in record_list.rows:
                for frame in row.fields.values():
                    frame.set_error(None)


def _blank_state() -> dict[str, Any]:
    return {"signal": {}, "acute": {}, **{name: [] for name in intake_errors.LISTS}, "links": []}
