"""Measure an .xlsx before any spreadsheet library materialises it (``ods_probe``: .ods).

A 5 KB workbook can declare one cell at XFD1048576, a merge over the whole sheet, or a
member that unpacks to gigabytes. ``probe_xlsx(path)`` reads only the zip directory and then
*streams* the first sheet's XML in 256 KB chunks (byte searches for cell references, formulas
and merges; an expat scan when cells are written without ``r``) to find:

- the real used range: the last row and column that hold a value (the ``<dimension>``
  element and repeat attributes are not trusted, only counted cells are);
- formula cells without a stored result (the library would report them as empty);
- merged ranges (clipped to the used range by the caller).

Limits (unpacked size, rows, columns, cells) are checked while streaming, so the probe
stops early on a hostile file. Every failure is an ``ImportRefused`` in Dutch.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET
from xml.parsers import expat

from desktop.services.imports.limits import (
    LIMITS,
    Limits,
    check_shape,
    mb,
    refused,
    too_many_columns,
    too_many_rows,
)

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CHUNK = 256 * 1024
_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})$")
Step = Callable[[int, int], None]


@dataclass
class SheetShape:
    rows: int = 0  # last row with a value (1-based), 0 when empty
    columns: int = 0  # last column with a value (1-based)
    formulas_without_value: list[tuple[int, int]] = field(default_factory=list)  # (row, col0)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1 (0-based)


def not_a_workbook(kind: str) -> Exception:
    return refused(f"geen geldig {kind}-bestand (beschadigd of een ander soort bestand)")


def open_zip(path, kind: str, limits: Limits = LIMITS) -> zipfile.ZipFile:
    """Open the zip and refuse it on its directory alone (sizes, ratio) before unpacking."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        raise not_a_workbook(kind) from None
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio_bad = info.file_size > 10 * 1024 * 1024 and (
            info.file_size > limits.member_ratio * max(1, info.compress_size))
        if total > limits.unpacked_bytes or ratio_bad:
            archive.close()
            raise refused(f"het bestand pakt uit tot meer dan {mb(limits.unpacked_bytes)} of is "
                          "verdacht sterk ingepakt; dit wordt niet gelezen")
    return archive


def stream(archive: zipfile.ZipFile, member: str, kind: str) -> Iterator[bytes]:
    try:
        with archive.open(member) as handle:
            while chunk := handle.read(CHUNK):
                yield chunk
    except KeyError:
        raise not_a_workbook(kind) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise refused(f"het {kind}-bestand is beschadigd (een onderdeel kan niet worden "
                      "uitgepakt)") from None


def _small_xml(archive: zipfile.ZipFile, member: str, kind: str) -> ET.Element:
    data = b"".join(stream(archive, member, kind))
    try:
        return ET.fromstring(data)
    except ET.ParseError:
        raise not_a_workbook(kind) from None


def first_xlsx_sheet(archive: zipfile.ZipFile) -> str:
    """Zip member of the first sheet in workbook order."""
    book = _small_xml(archive, "xl/workbook.xml", "Excel")
    sheet = book.find(f"{MAIN}sheets/{MAIN}sheet")
    rels = _small_xml(archive, "xl/_rels/workbook.xml.rels", "Excel")
    if sheet is None:
        raise refused("het Excel-bestand heeft geen werkblad")
    rid = sheet.get(f"{REL}id")
    target = next((r.get("Target", "") for r in rels.iter(f"{PKG_REL}Relationship")
                   if r.get("Id") == rid), "")
    if not target:
        raise not_a_workbook("Excel")
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)


def _position(ref: str | None, row: int, col: int) -> tuple[int, int]:
    if ref:
        match = _REF.match(ref)
        if match:
            letters, digits = match.groups()
            index = 0
            for ch in letters:
                index = index * 26 + ord(ch) - 64
            return int(digits), index - 1
    return row, col


def _range(ref: str) -> tuple[int, int, int, int] | None:
    parts = ref.split(":")
    if len(parts) != 2:
        return None
    (r0, c0), (r1, c1) = _position(parts[0], 0, -1), _position(parts[1], 0, -1)
    return (r0 - 1, c0, r1 - 1, c1) if r0 > 0 and r1 > 0 and c0 >= 0 and c1 >= 0 else None


class Tracker:
    def __init__(self, limits: Limits, step: Step | None) -> None:
        self.shape, self.limits, self.step = SheetShape(), limits, step

    def value_at(self, row: int, col: int) -> None:
        if row > self.shape.rows:
            if row > self.limits.rows:
                raise too_many_rows(row, self.limits)
            self.shape.rows = row
            if self.step and row % 2000 == 0:
                self.step(row, 0)
        if col + 1 > self.shape.columns:
            if col + 1 > self.limits.columns:
                raise too_many_columns(col + 1, self.limits)
            self.shape.columns = col + 1

    def done(self) -> SheetShape:
        check_shape(self.shape.rows, self.shape.columns, self.limits)
        return self.shape


def probe_xlsx(path, limits: Limits = LIMITS, step: Step | None = None) -> SheetShape:
    """Used range, formulas without a result and merges of the first sheet.

    A fast byte-level scan handles sheets where every cell carries its ``r`` reference (what
    Excel, LibreOffice and openpyxl write); anything else falls back to an expat scan."""
    with open_zip(path, "Excel", limits) as archive:
        member = first_xlsx_sheet(archive)
        fast = _fast_scan(archive, member, limits, step)
        if fast is not None:
            return fast.done()
        scan = _XlsxScan(Tracker(limits, step))
        parser = expat.ParserCreate()
        parser.StartElementHandler = scan.start
        parser.EndElementHandler = scan.end
        parser.StartDoctypeDeclHandler = _no_doctype
        try:
            for chunk in stream(archive, member, "Excel"):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise refused(f"het Excel-bestand is beschadigd (de XML van het werkblad is "
                          f"onvolledig of ongeldig, regel {exc.lineno})") from None
        return scan.track.done()


# Cell references (" r=" followed by letters and digits; a row's r has no letters).
_REF_COL = re.compile(rb' r="([A-Z]{1,3})[0-9]{1,7}"')
_REF_ROW = re.compile(rb' r="[A-Z]{1,3}([0-9]{1,7})"')
_CELL_AT = re.compile(rb'<c [^>]*?r="([A-Z]{1,3}[0-9]{1,7})"')
_FORMULA = re.compile(rb"<f[\s>/]")
_MERGE = re.compile(rb'<mergeCell [^>]*?ref="([A-Z0-9:]+)"')
MAX_CARRY = 1024 * 1024


def _fast_scan(archive: zipfile.ZipFile, member: str, limits: Limits, step: Step | None
               ) -> Tracker | None:
    """Scan the raw XML with byte searches; None when a cell is written differently (no
    ``r``, a namespace prefix): then the expat scan decides. Empty styled cells count as
    used (conservative: calamine skips them, so the real range is never larger)."""
    track = Tracker(limits, step)
    carry, first = b"", True
    for chunk in stream(archive, member, "Excel"):
        data = carry + chunk
        if first and b"<!DOCTYPE" in data[:4096]:
            _no_doctype()
        first = False
        cut = max(data.rfind(b"<"), 0)
        body, carry = data[:cut], data[cut:]
        if len(carry) > MAX_CARRY:
            raise refused("het werkblad bevat een cel of onderdeel dat te groot is")
        if not _scan_body(body, track):
            return None
    return track if _scan_body(carry, track) else None


def _largest(values: list[bytes]) -> bytes:
    """The last column name (longest first, then by value), with C-level loops only."""
    longest = len(max(values, key=len))
    if len(min(values, key=len)) == longest:
        return max(values)
    return max(v for v in values if len(v) == longest)


def _scan_body(body: bytes, track: Tracker) -> bool:
    columns = _REF_COL.findall(body)
    if len(columns) != body.count(b"<c ") or b"<c>" in body or b":c " in body:
        return False
    if columns:
        row = max(map(int, _REF_ROW.findall(body)))
        track.value_at(row, _position(_largest(columns).decode() + "1", 0, 0)[1])
    if b"<f" in body:
        for match in _FORMULA.finditer(body):
            _formula_cell(body, match.start(), track)
    if b"<mergeCell " in body:
        for match in _MERGE.finditer(body):
            if merged := _range(match.group(1).decode()):
                track.shape.merges.append(merged)
    return True


def _formula_cell(body: bytes, at: int, track: Tracker) -> None:
    """A formula at ``at``: its cell has a stored result unless no <v> follows before </c>."""
    end = body.find(b"</c>", at)
    if b"<v" in body[at:end if end >= 0 else len(body)]:
        return
    found = _CELL_AT.match(body, max(body.rfind(b"<c ", 0, at), 0))
    if found:
        row, col = _position(found.group(1).decode(), 0, 0)
        track.shape.formulas_without_value.append((row, col))


def _no_doctype(*_args: object) -> None:  # noqa: D401 - also an expat handler
    raise refused("het Excel-bestand bevat een DOCTYPE-declaratie; dat doet Excel nooit, het "
                  "bestand wordt niet gelezen")


class _XlsxScan:
    """expat handlers: positions of cells with a value or a formula; merges."""

    def __init__(self, track: Tracker) -> None:
        self.track = track
        self.row, self.col = 0, -1
        self.in_cell = self.value = self.formula = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local == "c":
            self.row, self.col = _position(attrs.get("r"), self.row, self.col + 1)
            self.in_cell, self.value, self.formula = True, False, False
        elif self.in_cell and local in ("v", "is"):
            self.value = True
        elif self.in_cell and local == "f":
            self.formula = True
        elif local == "row":
            number = attrs.get("r", "")
            self.row = int(number) if number.isdigit() else self.row + 1
            self.col = -1
        elif local == "mergeCell" and (merged := _range(attrs.get("ref", ""))):
            self.track.shape.merges.append(merged)

    def end(self, name: str) -> None:
        if name.rpartition(":")[2] != "c":
            return
        self.in_cell = False
        if self.value:
            self.track.value_at(self.row, self.col)
        elif self.formula:
            self.track.value_at(self.row, self.col)
            self.track.shape.formulas_without_value.append((self.row, self.col))
