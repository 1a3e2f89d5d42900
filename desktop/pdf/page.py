"""What every page carries: header band, footer with "pagina X van Y", watermark.

``NumberedCanvas`` holds each finished page until the document is complete,
then draws header and footer knowing the total page count (the usual
two-pass trick, without building the story twice).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.pdf.fonts import SANS, SANS_BOLD
from desktop.pdf.styles import (
    GREY,
    INK,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    WATERMARK,
)

CLASSIFICATION = "VERTROUWELIJK"
HEADER_TOP = PAGE_HEIGHT - 12 * mm  # baseline area of the header band
ELLIPSIS = "…"


@dataclass(frozen=True)
class PageInfo:
    """The running texts; all plain strings, already formatted."""

    municipality: str
    title: str
    case_label: str
    recipient: str
    date_text: str
    witness: str | None = None  # audit-chain head, printed in the footer when set

    @property
    def watermark(self) -> str:
        return f"{self.recipient} · {self.date_text}"


def fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def draw_watermark(canvas: Canvas, text: str) -> None:
    """Light diagonal text across the page, beneath the content."""
    angle = math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH))
    room = 0.72 * math.hypot(PAGE_WIDTH, PAGE_HEIGHT)
    size = max(14.0, min(40.0, room / max(stringWidth(text, SANS_BOLD, 1), 1)))
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFont(SANS_BOLD, size)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(angle)
    canvas.drawCentredString(0, -size / 3, fit(text, SANS_BOLD, size, room))
    canvas.restoreState()


def draw_badge(canvas: Canvas, right: float, top: float, text: str = CLASSIFICATION) -> None:
    """The classification marker: white capitals on a navy bar."""
    size, pad_x, height = 7.5, 6.0, 14.0
    width = stringWidth(text, SANS_BOLD, size) + len(text) * 0.8 + 2 * pad_x
    canvas.saveState()  # character spacing is graphics state: keep it inside the badge
    canvas.setFillColor(NAVY)
    canvas.rect(right - width, top - height, width, height, stroke=0, fill=1)
    canvas.setFillColor("white")
    text_obj = canvas.beginText(right - width + pad_x, top - height + 4.2)
    text_obj.setFont(SANS_BOLD, size)
    text_obj.setCharSpace(0.8)
    text_obj.textOut(text)
    canvas.drawText(text_obj)
    canvas.restoreState()


def draw_header(canvas: Canvas, info: PageInfo) -> None:
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    top = HEADER_TOP
    half = (right - left) / 2
    draw_badge(canvas, right, top + 4)
    canvas.setFillColor(NAVY)
    canvas.setFont(SANS_BOLD, 9.5)
    canvas.drawString(left, top - 6, fit(info.municipality, SANS_BOLD, 9.5, half + 40))
    canvas.setFillColor(GREY)
    canvas.setFont(SANS, 8)
    canvas.drawString(left, top - 21, fit(info.title, SANS, 8, half + 40))
    canvas.setFillColor(INK)
    canvas.setFont(SANS_BOLD, 8.5)
    canvas.drawRightString(right, top - 21, fit(info.case_label, SANS_BOLD, 8.5, half - 50))
    draw_header_rule(canvas)


def draw_header_rule(canvas: Canvas) -> None:
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_LEFT, HEADER_TOP - 29, PAGE_WIDTH - MARGIN_RIGHT, HEADER_TOP - 29)


def draw_footer(canvas: Canvas, info: PageInfo, page: int, total: int) -> None:
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    base = 13 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, base + 10, right, base + 10)
    numbering = f"pagina {page} van {total}"
    canvas.setFont(SANS, 7.5)
    canvas.setFillColor(GREY)
    canvas.drawRightString(right, base, numbering)
    room = right - left - stringWidth(numbering, SANS, 7.5) - 20
    text = f"{CLASSIFICATION} · Ontvanger: {info.recipient} · {info.date_text}"
    if info.witness:
        text += f" · {info.witness}"
    canvas.drawString(left, base, fit(text, SANS, 7.5, room))


class NumberedCanvas(Canvas):
    """Canvas that draws header and footer once the page count is known."""

    def __init__(self, *args: Any, page_info: PageInfo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_info = page_info
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            draw_header(self, self._page_info)
            draw_footer(self, self._page_info, self._pageNumber, total)
            super().showPage()
        super().save()
