"""Registers the shipped DejaVu fonts with reportlab (once per process).

Fonts are found only through ``desktop.resources.resource_path``; no base-14
font (Helvetica & co.) is ever referenced, because those are not embedded and
cannot print names such as Łukasz, Ștefan or Őrs.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
MONO = "DejaVuSansMono"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the DejaVu family so ``<b>``/``<i>`` in paragraphs map to it."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        for bold, italic, name in (
            (0, 0, SANS),
            (1, 0, SANS_BOLD),
            (0, 1, SANS_ITALIC),
            (1, 1, SANS_BOLD_ITALIC),
        ):
            addMapping(SANS, bold, italic, name)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(MONO, bold, italic, MONO)
        _registered = True
