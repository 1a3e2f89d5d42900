"""Page geometry, colours and paragraph styles: restrained, dark blue on white.

Every style names its font explicitly (and its bullet font), so reportlab's
Helvetica default never ends up referenced in the file.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from desktop.pdf.fonts import SANS, SANS_BOLD, SANS_ITALIC, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 34 * mm  # room for the header band
MARGIN_BOTTOM = 24 * mm  # room for the footer
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

NAVY_HEX = "#1F3A5F"
NAVY = HexColor(NAVY_HEX)
INK = HexColor("#1A1A1A")
GREY = HexColor("#5A6270")
RULE = HexColor("#C9D1DC")
HAIRLINE = HexColor("#E1E6ED")
HEADER_FILL = HexColor("#EEF2F7")
WATERMARK = HexColor("#EBEFF5")  # solid and light: drawn beneath the content

BODY_SIZE = 9.5
BODY_LEADING = 13.5

CELL_PAD_X = 5
CELL_PAD_Y = 3.5


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": SANS,
        "bulletFontName": SANS,
        "fontSize": BODY_SIZE,
        "leading": BODY_LEADING,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


@cache
def styles() -> dict[str, ParagraphStyle]:
    """All paragraph styles by name (fonts are registered on first use)."""
    register_fonts()
    return {
        "title": _style("title", fontName=SANS_BOLD, fontSize=17, leading=22,
                        textColor=NAVY, spaceAfter=3),
        "subtitle": _style("subtitle", fontSize=10.5, leading=14, textColor=GREY,
                           spaceAfter=2),
        "heading": _style("heading", fontName=SANS_BOLD, fontSize=11.5, leading=15,
                          textColor=NAVY, spaceBefore=15, spaceAfter=6),
        "body": _style("body", spaceAfter=6),
        "small": _style("small", fontSize=8.5, leading=11.5, spaceAfter=4),
        "note": _style("note", fontName=SANS_ITALIC, fontSize=9, leading=12.5,
                       textColor=GREY, spaceAfter=6),
        "cell": _style("cell", fontSize=9, leading=12),
        "cell_label": _style("cell_label", fontSize=9, leading=12, textColor=GREY),
        "cell_head": _style("cell_head", fontName=SANS_BOLD, fontSize=8.5, leading=11,
                            textColor=NAVY),
        "footnote": _style("footnote", fontSize=7.5, leading=10, textColor=GREY,
                           spaceAfter=2),
        "empty": _style("empty", fontName=SANS_ITALIC, fontSize=9, leading=12,
                        textColor=GREY, spaceAfter=6),
    }  # fmt: skip
