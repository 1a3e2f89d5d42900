"""Fictional attachment files for the tests: image, PDF (with and without JavaScript), e-mail,
an image decompression bomb. Each can carry a marker string to scan for afterwards."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import date
from pathlib import Path

from desktop.domain import model as m

MARKER = "Bijlagemarkeringfictief Wąsowska"


def png_bytes(width: int = 40, height: int = 30, text: str = MARKER) -> bytes:
    """A real PNG (red square) with ``text`` in a tEXt chunk (stored uncompressed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\x00" + text.encode("utf-8"))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def bomb_png(side: int = 100_000) -> bytes:
    """A few hundred bytes declaring side × side pixels (zeros compress to almost nothing)."""
    head = png_bytes(1, 1, "x")
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return head[:16] + ihdr + crc + head[33:]


def jpeg_bytes(text: str = MARKER) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 120, 200)).save(buf, "JPEG", comment=text.encode("utf-8"))
    return buf.getvalue()


def pdf_bytes(text: str = MARKER, javascript: bool = False) -> bytes:
    """A one-page PDF with ``text`` on it (uncompressed), optionally with an OpenAction script."""
    content = f"BT /F1 18 Tf 40 700 Td ({text.encode('latin-1', 'replace').decode('latin-1')}) Tj ET"
    content = content.encode("latin-1")
    js = b"/OpenAction 5 0 R " if javascript else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + js + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 6 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /S /JavaScript /JS (app.alert('fictief');) >>" if javascript else b"<< >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def eml_bytes(text: str = MARKER) -> bytes:
    return ("Return-Path: <melder@voorbeeld.invalid>\r\nFrom: Melder <melder@voorbeeld.invalid>\r\n"
            "To: af@gemeente.invalid\r\nSubject: Signaal advertentie\r\nDate: Tue, 1 Dec 2026 10:00:00 +0100\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Zie de advertentie over {text}.\r\n").encode()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def new_case(register, **extra) -> m.Case:
    case = m.Case(forms={m.Form.SEXUAL}, received_on=date(2026, 11, 2), reporter_department="Handhaving",
                  observations="Advertentie gezien.", title="Advertentie online", **extra)
    return register.cases.create(case)


def counts(register) -> tuple[int, int]:
    with register.read() as conn:
        return (conn.execute("SELECT count(*) FROM attachment").fetchone()[0],
                conn.execute("SELECT count(*) FROM attachment_chunk").fetchone()[0])
