"""The export dialog: choose cases and profile, check the preview, save the PDF.

Flow: the preview (every field that would leave the vault) is built off the GUI thread;
the officer unticks what is not needed and adds special fields with a reason; "Opslaan"
is enabled only after the confirmation tick; rendering and saving run off the GUI
thread; on success ``exported`` is emitted and the dialog closes. The service does
the enforcing (whitelists, logging); this dialog only collects choices.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from desktop.content.profiles import Layout
from desktop.services.export.route_profile import suggested_profile
from desktop.services.export.service import (
    ExportChoices,
    ExportError,
    ExportService,
    SavedExport,
)
from desktop.services.progress import Progress
from desktop.services.ui_types import StoreError
from desktop.ui.export.export_attachments import ExportAttachments
from desktop.ui.export.export_layout import arrange, fit_to_screen
from desktop.ui.export.export_prompts import ask_case_number, ask_reason
from desktop.ui.export.export_save_panel import FOLDER_SETTING, SavePanel, start_folder
from desktop.ui.export.export_saved import offer_open_folder
from desktop.ui.export.export_tree import PreviewTree
from desktop.ui.export.findings_panel import FindingsPanel
from desktop.ui.widgets import messages
from desktop.ui.widgets.fields import ERROR_COLOUR
from desktop.ui.widgets.worker import run_in_background, run_with_progress


class _Progress(QObject):
    step = Signal(int, int)


class ExportDialog(QDialog):
    exported = Signal(object)  # SavedExport

    def __init__(self, register: Any, case_ids: list[int], parent: QWidget | None = None, *,
                 agenda: bool = False, profile_id: str | None = None,
                 meeting_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export maken"))
        self.register = register
        self.service = ExportService(register)
        self.case_ids = list(dict.fromkeys(case_ids))
        self.meeting_id = meeting_id
        self.preview: Any = None
        self.saved: SavedExport | None = None
        self.saved_notice: Any = None  # the "Map openen" notice after saving
        self._busy = False
        self._generation = 0  # only the newest preview build is shown
        self._typed: dict[int, str] = {}  # questions typed before the preview was rebuilt
        self._progress = _Progress(self)
        self._build(agenda)
        self._select_profile(profile_id or (None if agenda else self._route_profile()))
        self.profile.currentIndexChanged.connect(self._rebuild_preview)
        self._unsubscribe = register.subscribe("lock", self._locked)
        self.finished.connect(self._forget_register)
        self._rebuild_preview()

    # --- widgets -------------------------------------------------------------------------------
    def _build(self, agenda: bool) -> None:
        tr = self.tr
        self.cases_label = QLabel()
        self.add_case = QPushButton(tr("Zaak &toevoegen…"))
        self.add_case.setAccessibleName(tr("Nog een zaak aan deze export toevoegen"))
        self.add_case.clicked.connect(self._ask_case)
        self.profile = QComboBox()
        self.profile.setAccessibleName(tr("Exportprofiel (ontvanger)"))
        order = {Layout.DOSSIER: 0, Layout.LETTER: 1, Layout.AGENDA: 2}
        for p in sorted(self.service.profiles(), key=lambda p: order[p.layout]):
            if not agenda or p.layout == Layout.AGENDA:
                self.profile.addItem(p.title, p.id)
        self.description = QLabel()
        self.description.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.tree = PreviewTree()
        self.tree.changed.connect(self._choices_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.findings = FindingsPanel()
        self.findings.changed.connect(self._findings_changed)
        self.attachments = ExportAttachments(self.register)  # issue 20: hidden unless the profile allows
        self.add_reason = QPushButton(tr("Toevoegen met &reden…"))
        self.add_reason.setAccessibleName(tr("Geselecteerd gegeven toevoegen met een reden"))
        self.add_reason.clicked.connect(self._add_selected)
        self.remove_added = QPushButton(tr("Weer w&eglaten"))
        self.remove_added.setAccessibleName(tr("Toegevoegd gegeven weer weglaten"))
        self.remove_added.clicked.connect(self._remove_selected)
        self.save_panel = SavePanel(start_folder(self.register), self.service.encryption_required())
        self.save_panel.changed.connect(self._update_buttons)
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.progress_bar.setAccessibleName(tr("Voortgang"))
        self._progress.step.connect(self._show_step)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR}")
        # the space is reserved: a message never moves the fields above it under the mouse
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 2)
        self.error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.save_button = QPushButton(tr("&Opslaan"))
        self.save_button.setAccessibleName(tr("Export opslaan"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.cancel_button = QPushButton(tr("Annuleren"))
        self.cancel_button.setAccessibleName(tr("Annuleren, niets opslaan"))
        self.cancel_button.clicked.connect(self.reject)
        arrange(self)
        fit_to_screen(self)

    def _select_profile(self, profile_id: str | None) -> None:
        index = self.profile.findData(profile_id) if profile_id else -1
        if index >= 0:
            self.profile.setCurrentIndex(index)

    def _route_profile(self) -> str | None:
        """The profile the first case's route points to (RIEC step, care handover)."""
        ids = [str(self.profile.itemData(i)) for i in range(self.profile.count())]
        return suggested_profile(self.register, self.case_ids[0], ids) if self.case_ids else None

    # --- preview -------------------------------------------------------------------------------
    def profile_id(self) -> str:
        return str(self.profile.currentData() or "")

    def _rebuild_preview(self) -> None:
        if self.preview is not None:  # a question typed for a case survives a rebuild
            self._typed.update(self.tree.choices().questions)
        self.preview = None
        self.save_panel.reset_confirmation()
        self.cases_label.setText(", ".join(self._numbers()))
        chosen = next((p for p in self.service.profiles() if p.id == self.profile_id()), None)
        self.description.setText(self.tr("Ontvanger: {recipient}").format(
            recipient=chosen.recipient) if chosen else "")
        for widget in (self.profile, self.description):
            widget.setToolTip(chosen.description if chosen else "")
        self.add_case.setVisible(chosen is None or chosen.case_limit() != 1)
        if chosen is None:
            self.tree.show_message(self.tr("Er is geen exportprofiel beschikbaar."))
            self._update_buttons()
            return
        self.tree.show_message(self.tr("Voorbeeld wordt gemaakt…"))
        ids, profile_id, progress = list(self.case_ids), chosen.id, self._progress.step.emit
        self._generation += 1
        generation = self._generation
        self._start_work(len(ids))
        meeting = self.meeting_id
        run_in_background(lambda: self.service.preview(ids, profile_id, progress, meeting),
                          lambda preview: self._preview_ready(preview, generation),
                          self._failed, owner=self)

    def _numbers(self) -> list[str]:
        numbers = []
        for case_id in self.case_ids:
            try:
                numbers.append(self.register.cases.get(case_id).number)
            except StoreError:
                numbers.append("?")
        return numbers

    def _preview_ready(self, preview: Any, generation: int) -> None:
        self._end_work()
        if generation != self._generation:
            return  # the officer changed profile or cases meanwhile; a newer build follows
        self.preview = preview
        defaults = self.service.default_choices(preview)
        defaults.questions.update({k: q for k, q in self._typed.items() if k in preview.case_ids})
        self.tree.set_preview(preview, defaults)
        self.attachments.set_preview(preview)
        self.save_panel.set_file_name(self.service.file_name(preview))
        self._refresh_findings()

    # --- choices -------------------------------------------------------------------------------
    def _choices_changed(self) -> None:
        self._refresh_findings()

    def choices(self) -> ExportChoices:
        """The tree's ticks, questions and added fields plus the findings' resolutions."""
        choices = self.tree.choices()
        choices.redacted = set(self.findings.redacted)
        choices.kept = dict(self.findings.kept)
        choices.attachments = self.attachments.picks()
        return choices

    def _refresh_findings(self) -> None:
        """Run the minimisation guard on what would be printed now."""
        self.findings.refresh(self.service, self.preview,
                              self.tree.choices() if self.preview is not None else None)
        self._findings_changed()

    def _findings_changed(self) -> None:
        if self.findings.open_count():
            self.save_panel.reset_confirmation()
        self.tree.mark_findings(self.findings.open_field_keys())
        self._update_buttons()

    def _ask_case(self) -> None:
        number = ask_case_number(self, self.register, self.case_ids)
        if number is None:
            return
        try:
            case_id = self.register.cases.id_for_number(number)
        except StoreError as exc:
            self._show_error(exc.message)
            return
        if case_id not in self.case_ids:
            self.case_ids.append(case_id)
            self._rebuild_preview()

    def _add_selected(self) -> None:
        """Add the selected optional field, or every optional field of the selected person
        (a victim without consent: added with another ground), with one written reason."""
        fields = [f for f in self.tree.selected_optional() if not self.tree.is_added(f.key)]
        if not fields:
            return
        reason, problem = ask_reason(self, fields)
        if reason is None:
            if problem:
                self._show_error(problem)
            return
        self._show_error("")
        for field in fields:
            self.tree.add_with_reason(field.key, reason)
        self.save_panel.reset_confirmation()

    def _remove_selected(self) -> None:
        for field in self.tree.selected_optional():
            if self.tree.is_added(field.key):
                self.tree.remove_added(field.key)

    def _update_buttons(self) -> None:
        optional = self.tree.selected_optional()
        self.add_reason.setEnabled(any(not self.tree.is_added(f.key) for f in optional))
        self.remove_added.setEnabled(any(self.tree.is_added(f.key) for f in optional))
        panel = self.save_panel
        open_findings = self.findings.open_count()
        panel.confirm.setEnabled(self.preview is not None and not open_findings)
        panel.confirm.setToolTip(self.tr("Los eerst alle bevindingen van de "
                                         "minimalisatiecontrole op.") if open_findings else "")
        problem = panel.folder_problem() or panel.password_problem()
        ready = self.preview is not None and not self._busy and problem is None \
            and not open_findings
        self.save_button.setEnabled(ready and panel.confirmed())
        self.save_button.setToolTip(problem or ("" if panel.confirmed() else self.tr(
            "Vink eerst aan dat u hebt gecontroleerd dat alleen noodzakelijke gegevens zijn "
            "opgenomen.")))

    # --- saving --------------------------------------------------------------------------------
    def _save(self) -> None:
        if not self.save_button.isEnabled() or self.preview is None:
            return
        choices = self.choices()
        choices.password = self.save_panel.chosen_password()
        folder, preview, service = self.save_panel.folder(), self.preview, self.service
        self._show_error("")
        self._start_work(0)
        making, saving = self.tr("PDF wordt opgemaakt…"), self.tr("PDF wordt opgeslagen…")

        def work(progress: Progress) -> SavedExport:
            progress.step(0, 2, making)
            rendered = service.render(preview, choices)
            progress.step(1, 2, saving)  # the last cancel point: nothing written, nothing logged
            return service.save(rendered, folder)

        run_with_progress(work, self._saved, self._failed, owner=self, title=self.tr("Export opslaan"),
                          label=making, on_cancel=self._cancelled)

    def _cancelled(self) -> None:
        self._end_work()
        self._show_error(self.tr("Afgebroken; er is niets opgeslagen."))

    def _saved(self, saved: SavedExport) -> None:
        self._end_work()
        self.saved = saved
        folder = str(saved.path.parent)
        try:
            if self.register.setting(FOLDER_SETTING) != folder:
                self.register.set_setting(FOLDER_SETTING, folder)
        except StoreError:
            pass
        self.exported.emit(saved)
        self.saved_notice = offer_open_folder(self.parentWidget() or self, saved.path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._end_work()
        message = exc.message if isinstance(exc, ExportError) else messages.error_text(exc)
        self._show_error(message)
        if self.preview is None:
            self.tree.show_message(self.tr("Geen voorbeeld."))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)

    def _start_work(self, steps: int) -> None:
        self._busy = True
        self.progress_bar.setRange(0, max(steps, 0))
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(steps != 1)
        for widget in (self.profile, self.add_case, self.tree, self.findings):
            widget.setEnabled(False)
        self._update_buttons()

    def _end_work(self) -> None:
        self._busy = False
        self.progress_bar.setVisible(False)
        for widget in (self.profile, self.add_case, self.tree, self.findings):
            widget.setEnabled(True)
        self._update_buttons()

    def _show_step(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    # --- lifetime ------------------------------------------------------------------------------
    def _locked(self) -> None:
        self.tree.clear()
        self.preview = None
        self.reject()

    def _forget_register(self) -> None:
        self._unsubscribe()


def open_agenda_export(parent: QWidget | None, register: Any, case_ids: list[int],
                       meeting_id: int | None = None) -> ExportDialog:
    """Open the export dialog for a consultation-table agenda (agenda profiles only); with
    ``meeting_id`` the agenda carries the meeting and its saved questions."""
    dialog = ExportDialog(register, case_ids, parent, agenda=True, meeting_id=meeting_id)
    dialog.open()
    return dialog
