"""Attachment types from content, never from the file name; image sizes from headers.

``sniff(head)`` looks at the first bytes of a file (a few KiB are enough) and returns a
``FileType``. ``image_size(head)`` reads the declared pixel size of PNG, JPEG, GIF,
BMP and WebP from their headers without decoding, so a decompression bomb is refused
before any decoder allocates memory. ``extension_conflict(name, kind)`` tells when a
file name claims one known type and the content is another ("a file whose type lies").
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

#: Bytes of the file head that ``sniff`` and ``image_size`` need (JPEG SOF can be later:
#: ``image_size`` then returns None and the caller scans further or refuses).
HEAD_BYTES = 64 * 1024


@dataclass(frozen=True)
class FileType:
    mime: str
    label: str  # Dutch, for the list
    kind: str  # "image", "pdf", "email", "text", "office", "archive", "executable", "other"


PNG = FileType("image/png", "PNG-afbeelding", "image")
JPEG = FileType("image/jpeg", "JPEG-foto", "image")
GIF = FileType("image/gif", "GIF-afbeelding", "image")
BMP = FileType("image/bmp", "BMP-afbeelding", "image")
WEBP = FileType("image/webp", "WebP-afbeelding", "image")
TIFF = FileType("image/tiff", "TIFF-scan", "other")  # not previewed: Qt's TIFF plugin is optional
HEIC = FileType("image/heic", "HEIC-foto", "other")
PDF = FileType("application/pdf", "PDF-document", "pdf")
EML = FileType("message/rfc822", "E-mailbericht (.eml)", "email")
MSG = FileType("application/vnd.ms-outlook", "Outlook-bericht of Office-bestand (.msg/.doc/.xls)",
               "email")
ZIP = FileType("application/zip", "ZIP of Office-document (.docx/.xlsx)", "office")
TEXT = FileType("text/plain", "Tekst", "text")
EXE = FileType("application/x-executable", "Programma", "executable")
OTHER = FileType("application/octet-stream", "Onbekend type", "other")

_MAGIC: tuple[tuple[bytes, int, FileType], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, PNG),
    (b"\xff\xd8\xff", 0, JPEG),
    (b"GIF87a", 0, GIF),
    (b"GIF89a", 0, GIF),
    (b"%PDF-", 0, PDF),
    (b"II*\x00", 0, TIFF),
    (b"MM\x00*", 0, TIFF),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, MSG),
    (b"PK\x03\x04", 0, ZIP),
    (b"MZ", 0, EXE),
    (b"\x7fELF", 0, EXE),
    (b"#!", 0, EXE),
)
_EMAIL_HEADERS = (b"received:", b"return-path:", b"from:", b"to:", b"subject:", b"date:",
                  b"message-id:", b"mime-version:", b"delivered-to:", b"x-", b"dkim-signature:",
                  b"reply-to:", b"content-type:", b"authentication-results:", b"arc-")

#: Extensions a person reads as a promise about the content, per content kind family.
_EXT_FAMILY = {
    "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "jfif": "image/jpeg",
    "gif": "image/gif", "bmp": "image/bmp", "webp": "image/webp", "tif": "image/tiff",
    "tiff": "image/tiff", "pdf": "application/pdf", "eml": "message/rfc822",
    "msg": "application/vnd.ms-outlook", "doc": "application/vnd.ms-outlook",
    "xls": "application/vnd.ms-outlook", "docx": "application/zip", "xlsx": "application/zip",
    "pptx": "application/zip", "zip": "application/zip", "odt": "application/zip",
    "txt": "text/plain", "csv": "text/plain",
}


def sniff(head: bytes) -> FileType:
    """The type of a file from its first bytes."""
    for magic, offset, ftype in _MAGIC:
        if head[offset:offset + len(magic)] == magic:
            return ftype
    if head[:2] == b"BM" and len(head) >= 26 and head[14:18] in (b"\x0c\0\0\0", b"(\0\0\0", b"8\0\0\0",
                                                                   b"@\0\0\0", b"l\0\0\0", b"|\0\0\0"):
        return BMP
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"heim", b"hevc"):
        return HEIC
    if _looks_like_email(head):
        return EML
    if _looks_like_text(head):
        return TEXT
    return OTHER


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head[:4096]:
        return False
    sample = head[:4096]
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # a cut multi-byte character at the end is fine
            return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls <= len(sample) // 100


def _looks_like_email(head: bytes) -> bool:
    """At least three RFC 822 header lines at the top, the first one a header."""
    if not _looks_like_text(head):
        return False
    lines = head[:4096].lstrip(b"\r\n").split(b"\n")[:30]
    if not lines or not lines[0].lower().startswith(_EMAIL_HEADERS):
        return False
    hits = sum(1 for line in lines if line.lower().startswith(_EMAIL_HEADERS))
    return hits >= 3


def extension_conflict(file_name: str, ftype: FileType) -> str | None:
    """The MIME type the name's extension promises when the content is another known type."""
    ext = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    promised = _EXT_FAMILY.get(ext)
    if promised is None or promised == ftype.mime:
        return None
    if promised == "text/plain" and ftype.kind in ("text", "email"):
        return None
    if promised == "message/rfc822" and ftype.kind == "text":
        return None  # an .eml without the usual header lines at the top is still an e-mail
    return promised


def image_size(head: bytes, ftype: FileType) -> tuple[int, int] | None:
    """(width, height) declared in the header, or None when not found in ``head``."""
    try:
        if ftype is PNG and head[12:16] == b"IHDR":
            return struct.unpack(">II", head[16:24])
        if ftype is GIF:
            return struct.unpack("<HH", head[6:10])
        if ftype is BMP:
            if head[14:18] == b"\x0c\0\0\0":
                return struct.unpack("<HH", head[18:22])
            width, height = struct.unpack("<ii", head[18:26])
            return abs(width), abs(height)
        if ftype is WEBP:
            return _webp_size(head)
        if ftype is JPEG:
            return _jpeg_size(head)
    except struct.error:
        return None
    return None


def _webp_size(head: bytes) -> tuple[int, int] | None:
    chunk = head[12:16]
    if chunk == b"VP8X":
        w = int.from_bytes(head[24:27], "little") + 1
        h = int.from_bytes(head[27:30], "little") + 1
        return w, h
    if chunk == b"VP8L":
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 ":
        w, h = struct.unpack("<HH", head[26:30])
        return w & 0x3FFF, h & 0x3FFF
    return None


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    pos = 2
    while pos + 9 < len(head):
        if head[pos] != 0xFF:
            return None
        marker = head[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in _SOF:
            height, width = struct.unpack(">HH", head[pos + 5:pos + 9])
            return width, height
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        length = struct.unpack(">H", head[pos + 2:pos + 4])[0]
        pos += 2 + length
    return None


def pdf_has_script(data: bytes) -> bool:
    """True when a PDF names JavaScript or an open action (stored anyway, never executed)."""
    return any(marker in data for marker in (b"/JavaScript", b"/JS", b"/OpenAction", b"/AA"))
