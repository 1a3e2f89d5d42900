"""Measure an .ods (OpenDocument spreadsheet) before python-calamine materialises it.

Streams ``content.xml`` (after the same zip-directory checks as an .xlsx) and counts only
cells that hold a value, with their ``number-columns-repeated`` and ``number-rows-repeated``
(a row of 16,384 repeated filled cells is refused, an empty repeated tail is not). Merged
ranges come from ``number-*-spanned`` (calamine reports none for .ods).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree as ET

from desktop.services.imports.limits import LIMITS, Limits, refused, too_many_rows
from desktop.services.imports.sheet_probe import SheetShape, Step, Tracker, open_zip, stream

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _events(archive: zipfile.ZipFile, member: str, kind: str, tags: tuple[str, ...]
            ) -> Iterator[Any]:
    parser: ET.XMLPullParser = ET.XMLPullParser(events=("start", "end"))
    try:
        for chunk in stream(archive, member, kind):
            parser.feed(chunk)
            yield from parser.read_events()
        parser.close()
        yield from parser.read_events()
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else 0
        raise refused(f"het {kind}-bestand is beschadigd (de XML van het werkblad is "
                      f"onvolledig of ongeldig, regel {line})") from None


def probe_ods(path, limits: Limits = LIMITS, step: Step | None = None) -> SheetShape:
    """Used range of the first table in content.xml, counting repeated cells with a value."""
    with open_zip(path, "OpenDocument", limits) as archive:
        track = Tracker(limits, step)
        row, col, last, depth, elements = 0, 0, -1, 0, 0
        for event, elem in _events(archive, "content.xml", "OpenDocument", ()):
            tag = elem.tag
            if tag == f"{TABLE}table":
                depth += 1 if event == "start" else -1
                if event == "end" and depth == 0:
                    break  # only the first sheet
                continue
            if depth != 1:
                continue
            if event == "start":
                if tag == f"{TABLE}table-row":
                    col, last = 0, -1
                continue
            if tag in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell"):
                col, last = _ods_cell(elem, row, col, last, track)
                elem.clear()
            elif tag == f"{TABLE}table-row":
                elements += 1
                if elements > limits.rows:
                    raise too_many_rows(elements, limits)
                repeat = _repeat(elem, "rows")
                if last >= 0:
                    track.value_at(row + repeat, last)
                row += repeat
                elem.clear()
        return track.done()


def _repeat(elem: ET.Element, what: str) -> int:
    try:
        return max(1, int(elem.get(f"{TABLE}number-{what}-repeated") or 1))
    except ValueError:
        return 1


def _span(elem: ET.Element, what: str) -> int:
    try:
        return max(1, int(elem.get(f"{TABLE}number-{what}-spanned") or 1))
    except ValueError:
        return 1


def _ods_cell(elem: ET.Element, row: int, col: int, last: int, track: Tracker) -> tuple[int, int]:
    """(next column, last column with a value in this row)."""
    repeat = _repeat(elem, "columns")
    wide, tall = _span(elem, "columns"), _span(elem, "rows")
    if wide > 1 or tall > 1:  # a merged range (calamine reports none for .ods)
        track.shape.merges.append((row, col, row + tall - 1, col + wide - 1))
    has_value = elem.get(f"{OFFICE}value-type") is not None or elem.find(f"{TEXT}p") is not None
    if has_value:
        last = col + repeat - 1
        track.value_at(row + 1, last)
    elif elem.get(f"{TABLE}formula") is not None:
        last = col
        track.value_at(row + 1, col)
        track.shape.formulas_without_value.append((row + 1, col))
    return col + repeat, last
