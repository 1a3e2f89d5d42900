"""Tab "Bijlagen": encrypted files of the case — add (picker, drag and drop, Ctrl+V), preview, save as.

Adding runs off the GUI thread with a progress dialog ("Annuleren" rolls back). A refused file
shows the Dutch reason next to its name; nothing of it is stored. "Verplaatsen naar Schakel"
deletes the original afterwards, with the honest caveat that an SSD cannot be wiped securely.
Images and PDFs are previewed from memory; other types leave the vault only through
"Opslaan als…", which warns for synced, shared or removable folders like the exports do.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import user_message
from desktop.i18n import translate
from desktop.services.attachments import MOVE_CAVEAT, AttachmentRefused, kind_of, label_of, size_text
from desktop.services.export.folder import folder_warning
from desktop.ui.case.attachment_viewer import AttachmentViewer
from desktop.ui.case.case_tabs_common import CaseContext, CaseTab, RowsModel, current_key, make_table
from desktop.ui.widgets import messages, worker


class AttachmentsTab(CaseTab):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        tr = self.tr
        self.setAcceptDrops(True)
        self.model = RowsModel([tr("Bestandsnaam"), tr("Type"), tr("Grootte"), tr("Toegevoegd"),
                                tr("Door")], self)
        self.table = make_table(self.model, tr("Bijlagen van de zaak"), stretch=0)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.show_selected())
        self.add_button = QPushButton(tr("Be&stand toevoegen…"))
        self.add_button.setAccessibleName(tr("Bestanden als bijlage toevoegen"))
        self.add_button.clicked.connect(self.pick_files)
        self.paste_button = QPushButton(tr("&Plakken (Ctrl+V)"))
        self.paste_button.setAccessibleName(tr("Schermafbeelding of bestand van het klembord toevoegen"))
        self.paste_button.clicked.connect(self.paste)
        self.save_button = QPushButton(tr("&Opslaan als…"))
        self.save_button.setAccessibleName(tr("Geselecteerde bijlage buiten Schakel opslaan"))
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button = QPushButton(tr("&Verwijderen"))
        self.remove_button.setAccessibleName(tr("Geselecteerde bijlage verwijderen"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.move_box = QCheckBox(tr("Origineel verwijderen na toevoegen (verplaatsen naar Schakel)"))
        self.move_box.setToolTip(translate(MOVE_CAVEAT))
        self.hint = QLabel(tr("Sleep bestanden hierheen, kies 'Bestand toevoegen…' of plak een "
                              "schermafbeelding met Ctrl+V. Bijlagen blijven versleuteld in het register."))
        self.hint.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.paste_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.hint, self.move_box):
            left_layout.addWidget(widget)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.problems)
        self.viewer = AttachmentViewer()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 640])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence.StandardKey.Paste, self, self.paste,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh()

    def title(self) -> str:
        return self.tr("Bijlagen ({n})").format(n=self.model.rowCount())

    def refresh(self) -> None:
        rows = self.ctx.register.attachments.list(self.ctx.case.id)
        self.model.set_rows([[r.file_name, label_of(r), size_text(r.size), r.added_at[:16].replace("T", " "),
                              r.added_by] for r in rows], rows)
        for button in (self.save_button, self.remove_button):
            button.setEnabled(bool(rows))
        self.viewer.clear()

    def _selected(self):
        return current_key(self.table)

    # -- adding ------------------------------------------------------------------
    def pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Bijlagen toevoegen"), messages.documents_dir())
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Add files in the background; refusals are listed by file name under the table."""
        service, case_id, move = self.ctx.register.attachments, self.ctx.case.id, self.move_box.isChecked()

        def job(progress):
            stored, refused = [], []
            for path in paths:
                try:
                    service.add_file(case_id, path, progress=progress)
                except AttachmentRefused as exc:
                    refused.append(f"{path.name}: {exc.message}")
                    continue
                stored.append(path.name)
                if move:
                    try:
                        service.remove_original(path)
                    except AttachmentRefused as exc:
                        refused.append(f"{path.name}: {exc.message}")
            return stored, refused

        worker.run_with_progress(job, self._added, self._failed, owner=self,
                                 title=self.tr("Bijlagen toevoegen"), label=self.tr("Bijlage opslaan…"),
                                 busy=[self.add_button, self.paste_button])

    def _added(self, result: tuple[list[str], list[str]]) -> None:
        stored, refused = result
        if stored:
            self.ctx.status(self.tr("{n} bijlage(n) versleuteld opgeslagen.").format(n=len(stored)))
            self.ctx.reload()
        self.problems.setText("\n".join([self.tr("Niet opgeslagen:")] + refused) if refused else "")

    def _failed(self, exc: BaseException) -> None:
        self.problems.setText(user_message(exc))

    def paste(self) -> None:
        self.add_mime(QApplication.clipboard().mimeData())

    def add_mime(self, mime: QMimeData | None) -> None:
        if mime is not None and mime.hasUrls() and all(u.isLocalFile() for u in mime.urls()):
            self.add_files([Path(u.toLocalFile()) for u in mime.urls()])
        elif mime is not None and mime.hasImage():
            self._add_image(QImage(mime.imageData()))
        else:
            self.problems.setText(self.tr("Het klembord bevat geen afbeelding en geen bestand."))

    def _add_image(self, image: QImage) -> None:
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        name = f"schermafbeelding-{datetime.now():%Y%m%d-%H%M%S}.png"
        try:
            self.ctx.register.attachments.add_bytes(self.ctx.case.id, bytes(array.data()), name)
        except AttachmentRefused as exc:
            self.problems.setText(exc.message)
            return
        self.problems.setText("")
        self.ctx.status(self.tr("Schermafbeelding versleuteld opgeslagen."))
        self.ctx.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if (mime.hasUrls() and all(u.isLocalFile() for u in mime.urls())) or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        event.acceptProposedAction()
        self.add_mime(event.mimeData())

    # -- viewing and leaving the vault -----------------------------------------------
    def show_selected(self) -> None:
        row = self._selected()
        if row is None:
            self.viewer.clear()
            return
        caption = f"{row.file_name} · {label_of(row)} · {size_text(row.size)}"
        kind = kind_of(row)
        if kind not in ("image", "pdf"):
            self.viewer.show_other(caption)
            return
        try:
            _row, data = self.ctx.register.attachments.preview_bytes(row.id)
        except AttachmentRefused as exc:
            self.viewer.clear(exc.message)
            return
        if kind == "image":
            self.viewer.show_image(data, caption)
        else:
            self.viewer.show_pdf(data, caption, row.has_script)
        del data

    def save_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        path = messages.ask_save_file(self, self.tr("Bijlage opslaan als"), row.file_name,
                                      self.tr("Alle bestanden (*)"))
        if not path:
            return
        warning = folder_warning(str(Path(path).parent))
        if warning and not messages.confirm(self, warning + "\n\n" + self.tr("Toch hier opslaan?")):
            return
        try:
            self.ctx.register.attachments.save_as(row.id, Path(path))
        except AttachmentRefused as exc:
            messages.show_error(self, exc.message)
            return
        self.ctx.status(self.tr("Bijlage opgeslagen buiten Schakel (vastgelegd in het logboek)."))

    def remove_selected(self) -> None:
        row = self._selected()
        if row is None or not messages.confirm(
                self, self.tr("Bijlage '{name}' verwijderen? Dit kan niet ongedaan worden gemaakt.")
                .format(name=row.file_name)):
            return
        self.ctx.register.attachments.remove(row.id)
        self.ctx.reload()
