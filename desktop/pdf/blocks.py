"""Turns document blocks (KeyValues, Table, Text) into reportlab flowables.

Table cells are Paragraphs so long text wraps. A cell taller than
``MAX_CELL_HEIGHT`` is cut into several physical rows (reportlab cannot split
a single row across pages and would raise LayoutError), so a 10,000-character
field flows over as many pages as it needs.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from desktop.pdf.document import Block, KeyValues, Section, Table, Text
from desktop.pdf.fonts import SANS, SANS_BOLD
from desktop.pdf.styles import (
    CELL_PAD_X,
    CELL_PAD_Y,
    FRAME_WIDTH,
    HEADER_FILL,
    NAVY,
    RULE,
    styles,
)
from desktop.pdf.text import markup, paragraphs

MAX_CELL_HEIGHT = 120.0  # points; taller cells continue in the next physical row
BLOCK_GAP = 8  # points after a table or list
LABEL_SHARE = 0.3  # width of the label column in a KeyValues list
EMPTY_VALUE = "–"
NO_DATA = "Geen gegevens."
TEXT_STYLES = ("body", "small", "note")

Cell = Paragraph | str


def section_flowables(section: Section) -> list[Flowable]:
    """Heading plus the section's blocks; an empty section says so."""
    out: list[Flowable] = [CondPageBreak(70), Paragraph(markup(section.title), styles()["heading"])]
    for block in section.blocks:
        out.extend(block_flowables(block))
    if not section.blocks:
        out.append(Paragraph(NO_DATA, styles()["empty"]))
    return out


def block_flowables(block: Block) -> list[Flowable]:
    if isinstance(block, Text):
        return _text(block)
    if isinstance(block, KeyValues):
        return _key_values(block)
    if isinstance(block, Table):
        return _table(block)
    raise TypeError(f"unknown block type: {type(block).__name__}")


def _text(block: Text) -> list[Flowable]:
    if block.style not in TEXT_STYLES:
        raise ValueError(f"unknown text style: {block.style!r}")
    style = styles()[block.style]
    return [Paragraph(part, style) for part in paragraphs(block.text)]


def _key_values(block: KeyValues) -> list[Flowable]:
    if not block.rows:
        return [Paragraph(NO_DATA, styles()["empty"])]
    widths = [FRAME_WIDTH * LABEL_SHARE, FRAME_WIDTH * (1 - LABEL_SHARE)]
    rows = [[label, value if value.strip() else EMPTY_VALUE] for label, value in block.rows]
    cell_styles = [styles()["cell_label"], styles()["cell"]]
    grid = _grid(None, rows, widths, cell_styles)
    grid.setStyle([("LEFTPADDING", (0, 0), (0, -1), 0)])  # labels align with the headings
    return [grid, Spacer(1, BLOCK_GAP)]


def _table(block: Table) -> list[Flowable]:
    ncols = len(block.columns)
    for row in block.rows:
        if len(row) != ncols:
            raise ValueError(f"table row has {len(row)} cells, expected {ncols}")
    if not block.rows:
        return [Paragraph(NO_DATA, styles()["empty"])]
    widths = column_widths(block)
    return [
        _grid(block.columns, block.rows, widths, [styles()["cell"]] * ncols),
        Spacer(1, BLOCK_GAP),
    ]


def column_widths(block: Table) -> list[float]:
    """Absolute column widths (points) filling the frame width."""
    if block.col_widths is not None:
        if len(block.col_widths) != len(block.columns) or min(block.col_widths) <= 0:
            raise ValueError("col_widths must give one positive weight per column")
        weights = list(block.col_widths)
    else:
        weights = [_auto_weight(i, block) for i in range(len(block.columns))]
    widths = [FRAME_WIDTH * w / sum(weights) for w in weights]
    return _ensure_words_fit(widths, block)


def _auto_weight(index: int, block: Table) -> float:
    lengths = sorted(len(row[index]) for row in block.rows)
    typical = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    return float(min(max(typical, len(block.columns[index]), 6), 45))


def _ensure_words_fit(widths: list[float], block: Table) -> list[float]:
    """Widen columns whose longest word (header or content) would break mid-word.

    The extra width comes from columns with room to spare; when there is not
    enough room overall the proportional widths stay (long words then wrap).
    """
    need = [_word_need(i, block) for i in range(len(block.columns))]
    short = sum(max(n - w, 0) for w, n in zip(widths, need, strict=True))
    if short <= 0:
        return widths
    spare = sum(w - n for w, n in zip(widths, need, strict=True) if w > n)
    if spare <= short:
        return widths
    return [n if w <= n else w - (w - n) * short / spare for w, n in zip(widths, need, strict=True)]


def _word_need(index: int, block: Table) -> float:
    """Width needed by the longest word in a column, capped at a third of the frame."""
    head_size = styles()["cell_head"].fontSize
    cell_size = styles()["cell"].fontSize
    header = max((stringWidth(w, SANS_BOLD, head_size) for w in block.columns[index].split()),
                 default=0.0)  # fmt: skip
    longest = max((max(row[index].split(), key=len, default="") for row in block.rows), key=len,
                  default="")  # fmt: skip
    content = stringWidth(longest, SANS, cell_size) * 1.05  # 5% covers wider glyphs
    return min(max(header, content) + 2 * CELL_PAD_X + 1, FRAME_WIDTH / 3)


def _grid(
    header: list[str] | None,
    rows: list[list[str]],
    widths: list[float],
    cell_styles: list[ParagraphStyle],
) -> RLTable:
    data: list[list[Cell]] = []
    commands: list[tuple] = _base_commands()
    if header is not None:
        data.append([Paragraph(markup(h), styles()["cell_head"]) for h in header])
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ]
    for row in rows:
        first = len(data)
        data.extend(_physical_rows(row, widths, cell_styles))
        last = len(data) - 1
        commands.append(("LINEBELOW", (0, last), (-1, last), 0.4, RULE))
        if last > first:  # continuation rows read as one row: no gap between the pieces
            commands += [
                ("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
                ("TOPPADDING", (0, first + 1), (-1, last), 0),
            ]
    table = RLTable(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _base_commands() -> list[tuple]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y + 0.5),
    ]


def _physical_rows(
    row: list[str], widths: list[float], cell_styles: list[ParagraphStyle]
) -> list[list[Cell]]:
    pieces = [
        split_cell(text, style, width - 2 * CELL_PAD_X)
        for text, width, style in zip(row, widths, cell_styles, strict=True)
    ]
    height = max(len(p) for p in pieces)
    return [[p[i] if i < len(p) else "" for p in pieces] for i in range(height)]


def split_cell(text: str, style: ParagraphStyle, width: float) -> list[Paragraph]:
    """One Paragraph per piece of at most ``MAX_CELL_HEIGHT`` points."""
    para = Paragraph(markup(text), style)
    pieces: list[Paragraph] = []
    while True:
        _, height = para.wrap(width, 1e9)
        if height <= MAX_CELL_HEIGHT:
            break
        parts = para.split(width, MAX_CELL_HEIGHT)
        if len(parts) < 2:
            break
        pieces.append(parts[0])
        para = parts[1]
    pieces.append(para)
    return pieces
