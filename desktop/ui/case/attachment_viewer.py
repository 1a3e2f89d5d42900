"""The preview pane of the Bijlagen tab: an image, or the pages of a PDF, shown from memory.

Other types show a short Dutch note pointing to "Opslaan als…". The pane keeps the decoded
pictures only while the attachment is selected; ``clear()`` drops them (and on lock the whole
case view goes away).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.case.attachment_preview import PreviewError, image_from_bytes, pdf_pages

SIDE = 1400  # longest side of a decoded picture, in pixels (shown scaled to the pane's width)


class AttachmentViewer(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        self.scroll.setAccessibleName(self.tr("Voorbeeld van de bijlage"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.scroll, 1)
        self.shown_pages = 0
        self._images: list[tuple[QLabel, QImage]] = []
        self.clear()

    def clear(self, text: str = "") -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.shown_pages = 0
        self._images = []
        self.note.setText(text or self.tr("Kies een bijlage om een voorbeeld te zien. Afbeeldingen en "
                                          "PDF's worden in Schakel getoond; andere bestanden alleen "
                                          "via 'Opslaan als…'."))

    def show_image(self, data: bytes, caption: str) -> None:
        self.clear(caption)
        try:
            image = image_from_bytes(data, SIDE)
        except PreviewError as exc:
            self.clear(str(exc))
            return
        self._add_picture(image, self.tr("Afbeelding"))

    def show_pdf(self, data: bytes, caption: str, has_script: bool) -> None:
        self.clear(caption)
        try:
            pages, count = pdf_pages(data, SIDE)
        except PreviewError as exc:
            self.clear(str(exc))
            return
        notes = [caption]
        if has_script:
            notes.append(self.tr("Deze PDF bevat scripts (JavaScript of automatische acties). Schakel "
                                 "voert die nooit uit; het voorbeeld is alleen een afbeelding van "
                                 "de pagina's."))
        if count > len(pages):
            notes.append(self.tr("Eerste {shown} van {count} pagina's; de rest via 'Opslaan als…'.")
                         .format(shown=len(pages), count=count))
        self.note.setText("\n".join(notes))
        for i, image in enumerate(pages, 1):
            self._add_picture(image, self.tr("Pagina {n}").format(n=i))

    def show_other(self, caption: str) -> None:
        self.clear(caption + "\n" + self.tr("Dit type wordt niet in Schakel getoond (om niets buiten de "
                                            "kluis te zetten). Gebruik 'Opslaan als…' als u het echt "
                                            "moet openen."))

    def _add_picture(self, image: QImage, name: str) -> None:
        label = QLabel()
        label.setAccessibleName(name)
        self.pages_layout.addWidget(label)
        self._images.append((label, image))
        self.shown_pages += 1
        self._fit(label, image)

    def _fit(self, label: QLabel, image: QImage) -> None:
        """Scale the decoded picture down to the pane's width (never up)."""
        width = max(100, self.scroll.viewport().width() - 40)
        if image.width() > width:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        label.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for label, image in self._images:
            self._fit(label, image)
