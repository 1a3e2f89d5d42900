"""Pack the rendered PNG icons into one multi-size ``schakel.ico`` (pure Python, no Pillow).

``python installer/make_ico.py`` reads ``resources/icons/schakel-<size>.png`` (rendered
from the SVG by ``python -m desktop.ui.shell.theme``) and writes ``resources/icons/schakel.ico``
with every size from 16 to 256 px as PNG-compressed entries (Windows Vista and later),
so Explorer, the Start menu and "Apps & features" each get a sharp image.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != _PNG_MAGIC or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def build_ico(pngs: list[bytes]) -> bytes:
    """An ICO file holding the given square PNGs (at most 256 px), smallest first."""
    images = sorted(pngs, key=lambda d: png_size(d)[0])
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for data in images:
        width, height = png_size(data)
        if width != height or not 1 <= width <= 256:
            raise ValueError(f"icon must be square and at most 256 px, got {width}x{height}")
        side = width % 256  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def read_ico_sizes(data: bytes) -> list[int]:
    """The image sizes listed in an ICO file's directory (for checks)."""
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    if reserved != 0 or kind != 1:
        raise ValueError("not an ICO file")
    sizes = []
    for i in range(count):
        width = data[6 + 16 * i]
        sizes.append(width or 256)
    return sizes


def main() -> int:
    pngs = [(ICONS / f"schakel-{size}.png").read_bytes() for size in SIZES]
    target = ICONS / "schakel.ico"
    target.write_bytes(build_ico(pngs))
    print(f"{target}: {target.stat().st_size} bytes, sizes {read_ico_sizes(target.read_bytes())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
