"""In-memory preview of an attachment: images through QImageReader, PDFs through PDFium.

Nothing is written to disk: the bytes come from the register into memory and are decoded
there; there is no thumbnail cache. Images: the declared size is read with
``QImageReader.size()`` *before* decoding and refused above ``MAX_PIXELS``; the decoder also
gets an allocation limit. PDFs: rendered with pypdfium2 (PDFium) from a bytes buffer. PDFium
as shipped by pypdfium2 is built without a JavaScript engine (no V8), and we never initialise
its form environment, so document scripts and open actions are never executed; links are not
followed (the preview is a picture of the page).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from desktop.services.attachment_input import MAX_PIXELS

#: Longest side of a preview image in pixels (scaled while decoding when the reader can).
PREVIEW_SIDE = 1400
MAX_PDF_PAGES = 20


class PreviewError(Exception):
    """Dutch text for the preview pane (the file itself is fine; only the preview failed)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentPreview", text)


def image_from_bytes(data: bytes, side: int = PREVIEW_SIDE) -> QImage:
    """Decode an image from memory, refusing bombs before decoding and scaling to ``side``."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(512)  # MiB; Qt's own guard on top of ours
    size = reader.size()
    if not size.isValid() or size.width() <= 0 or size.height() <= 0:
        raise PreviewError(_tr("Deze afbeelding kan niet worden getoond (onbekend of beschadigd)."))
    if size.width() * size.height() > MAX_PIXELS:
        raise PreviewError(_tr("Deze afbeelding is te groot om te tonen (meer dan 100 megapixel)."))
    longest = max(size.width(), size.height())
    if longest > side and reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize):
        reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if image.isNull():
        raise PreviewError(_tr("Deze afbeelding kan niet worden getoond (onbekend of beschadigd)."))
    if max(image.width(), image.height()) > side:
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def pdf_pages(data: bytes, side: int = PREVIEW_SIDE, max_pages: int = MAX_PDF_PAGES
              ) -> tuple[list[QImage], int]:
    """(rendered pages, page count) of a PDF in memory; scripts are never run."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # a build without the PDF engine: say so, never crash
        raise PreviewError(_tr("Een PDF-voorbeeld is in deze installatie niet beschikbaar; gebruik "
                               "'Opslaan als…'.")) from None
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        raise PreviewError(_tr("Deze PDF kan niet worden getoond (beschadigd of met een wachtwoord "
                               "beveiligd). Gebruik 'Opslaan als…'.")) from None
    try:
        count = len(doc)
        pages = [_render(doc[i], side) for i in range(min(count, max_pages))]
    except pdfium.PdfiumError:
        raise PreviewError(_tr("Deze PDF kan niet worden getoond (beschadigd).")) from None
    finally:
        doc.close()
    return pages, count


def _render(page, side: int) -> QImage:
    width, height = page.get_size()
    scale = min(side / max(width, height, 1.0), 3.0)
    bitmap = page.render(scale=scale, may_draw_forms=False, rev_byteorder=True, prefer_bgrx=True)
    try:
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888)
        return image.copy()
    finally:
        bitmap.close()
        page.close()
