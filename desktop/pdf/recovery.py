"""The one-page "Herstelcode Schakel" sheet that goes into the municipality's safe.

It carries the recovery code, the vault id, the municipality and the date, and
nothing else from the register. The code never goes into the PDF metadata.
"""

from __future__ import annotations

import io
import re
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer
from reportlab.platypus import Table as RLTable

from desktop.pdf.fonts import MONO, SANS, SANS_BOLD, register_fonts
from desktop.pdf.page import HEADER_TOP, draw_badge, draw_header_rule, fit
from desktop.pdf.styles import (
    FRAME_WIDTH,
    GREY,
    HEADER_FILL,
    INK,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    NAVY,
    NAVY_HEX,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    styles,
)
from desktop.pdf.text import long_date, markup

TITLE = "Herstelcode Schakel"
CODE_MAX_SIZE = 22.0
CODE_MIN_SIZE = 12.0
CODE_BOX_PAD = 14.0

_EXPLANATION = (
    ("Wat is dit?",
     "Met deze herstelcode kan het versleutelde register van Schakel weer worden geopend "
     "als de sleutel op de computer verloren is gegaan (bijvoorbeeld na een nieuwe "
     "installatie of een defecte laptop) of als de wachtwoordzin is vergeten."),
    ("Waar bewaren?",
     "Bewaar dit blad in een gesloten envelop in de kluis van de gemeente, gescheiden van "
     "de laptop. Maak geen kopieën, foto's of scans en sla de code nergens digitaal op."),
    ("Waarom zo zorgvuldig?",
     "Wie deze code en het registerbestand heeft, kan alle gegevens in het register lezen. "
     "Behandel dit blad als de sleutel van een archiefkast met vertrouwelijke dossiers."),
    ("Code gebruikt of ingezien?",
     "Is de code gebruikt, of kan iemand zonder bevoegdheid hem hebben gezien? Maak dan in "
     "Schakel direct een nieuwe herstelcode aan en vernietig dit blad."),
)  # fmt: skip


def render_recovery_sheet(
    code: str, vault_id: str, municipality: str, created: date, *, invariant: bool = False
) -> bytes:
    """One A4 page with the recovery code for the safe."""
    register_fonts()
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), title=TITLE, author=municipality,
        subject="Herstelcode voor de kluis", creator="Schakel", keywords="",
        invariant=1 if invariant else None, initialFontName=SANS, initialFontSize=10,
        lang="nl-NL",
    )  # fmt: skip
    frame = Frame(MARGIN_LEFT, 24 * mm, FRAME_WIDTH, PAGE_HEIGHT - 58 * mm, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    template.addPageTemplates(
        PageTemplate(id="sheet", frames=[frame], onPage=lambda c, _d: _furniture(c, municipality))
    )
    template.build(_story(code, vault_id, municipality, created))
    return buffer.getvalue()


def _furniture(canvas: Canvas, municipality: str) -> None:
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    draw_badge(canvas, right, HEADER_TOP + 4)
    canvas.setFillColor(NAVY)
    canvas.setFont(SANS_BOLD, 9.5)
    canvas.drawString(left, HEADER_TOP - 6, fit(municipality, SANS_BOLD, 9.5, (right - left) / 2))
    canvas.setFillColor(GREY)
    canvas.setFont(SANS, 8)
    canvas.drawString(left, HEADER_TOP - 21, TITLE)
    draw_header_rule(canvas)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, 13 * mm + 10, right, 13 * mm + 10)
    canvas.setFont(SANS, 7.5)
    canvas.setFillColor(GREY)
    canvas.drawString(left, 13 * mm, "VERTROUWELIJK · Bewaren in de kluis · Niet kopiëren")
    canvas.drawRightString(right, 13 * mm, "pagina 1 van 1")


def _story(code: str, vault_id: str, municipality: str, created: date) -> list[Flowable]:
    st = dict(styles(), explain=styles()["body"].clone("explain", spaceAfter=9))
    out: list[Flowable] = [
        Paragraph(TITLE, st["title"]),
        Paragraph("Dit blad hoort in de kluis.", st["subtitle"]),
        Spacer(1, 10),
    ]
    for heading, text in _EXPLANATION:
        out.append(
            Paragraph(f'<font color="{NAVY_HEX}"><b>{heading}</b></font><br/>{text}', st["explain"])
        )
    out += [
        Spacer(1, 10),
        _code_box(code),
        Spacer(1, 14),
        _details(vault_id, municipality, created),
    ]
    out += [Spacer(1, 22), _signature_block()]
    return out


def code_lines(code: str, width: float) -> tuple[float, list[str]]:
    """Font size and lines for the code: as large as fits, broken only between groups."""
    groups = re.findall(r"[^\s-]+[\s-]?", code.strip()) or [code]
    size = CODE_MAX_SIZE
    while size > CODE_MIN_SIZE and stringWidth(code.strip(), MONO, size) > width:
        size -= 1
    lines: list[str] = []
    for group in groups:
        candidate = (lines[-1] + group) if lines else group
        if lines and stringWidth(candidate.rstrip(" -"), MONO, size) <= width:
            lines[-1] = candidate
        else:
            lines.append(group)
    return size, [line.rstrip() for line in lines]


def _code_box(code: str) -> Flowable:
    inner = FRAME_WIDTH - 2 * CODE_BOX_PAD
    size, lines = code_lines(code, inner)
    code_style = styles()["cell"].clone(
        "code", fontName=MONO, fontSize=size, leading=size * 1.45, textColor=INK
    )
    label = Paragraph("HERSTELCODE", styles()["cell_head"])
    body = Paragraph("<br/>".join(markup(line) for line in lines), code_style)
    box = RLTable([[label], [body]], colWidths=[FRAME_WIDTH])
    box.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
            ("BOX", (0, 0), (-1, -1), 1.0, NAVY),
            ("LEFTPADDING", (0, 0), (-1, -1), CODE_BOX_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CODE_BOX_PAD),
            ("TOPPADDING", (0, 0), (-1, 0), 10),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 12),
        ]
    )
    return box


def _details(vault_id: str, municipality: str, created: date) -> Flowable:
    st = styles()
    rows = [
        ("Register-id", vault_id),
        ("Gemeente", municipality),
        ("Aangemaakt op", long_date(created)),
    ]
    data = [[Paragraph(k, st["cell_label"]), Paragraph(markup(v), st["cell"])] for k, v in rows]
    table = RLTable(data, colWidths=[35 * mm, FRAME_WIDTH - 35 * mm], hAlign="LEFT")
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
    )
    return table


def _signature_block() -> Flowable:
    """Two columns of labelled lines to fill in by hand; a gap column keeps the lines apart."""
    st = styles()
    gap = 12 * mm
    half = (FRAME_WIDTH - gap) / 2
    pairs = (("Opgeborgen door (naam)", "Handtekening"), ("Datum", "Plaats van bewaring"))
    data: list[list[object]] = []
    for a, b in pairs:
        data += [[Paragraph(a, st["cell_label"]), "", Paragraph(b, st["cell_label"])], ["", "", ""]]
    table = RLTable(data, colWidths=[half, gap, half], rowHeights=[16, 30, 16, 30], hAlign="LEFT")
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
        + [("LINEBELOW", (col, row), (col, row), 0.6, GREY) for row in (1, 3) for col in (0, 2)]
    )
    return table
