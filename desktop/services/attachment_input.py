"""Checking a file before and while it becomes an attachment. Qt-free.

``open_source(path)`` refuses symlinks, folders and devices, empty files and files over the
policy limit *before* reading; ``Reader`` then yields the file in chunks and notices a file
that vanishes, shrinks or grows while it is read. ``check_head`` refuses content whose type
contradicts the name, programs, and images whose header declares more pixels than
``MAX_PIXELS`` (a decompression bomb is refused before anything decodes it).
Every refusal is an ``AttachmentRefused`` with a Dutch message; the name of the file is never
part of it (it may contain a person's name) — the caller shows it next to the message.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.domain import attachment_types as t
from desktop.errors import SchakelError
from desktop.i18n import N_

#: Largest image (declared width × height) that is stored and previewed: 100 megapixels
#: (a 48 MP phone photo passes; a 5 KB PNG declaring 100 000 × 100 000 does not).
MAX_PIXELS = 100_000_000
MB = 1024 * 1024


class AttachmentRefused(SchakelError):
    """A file that is not stored (CLI exit code 5). Nothing of it was saved."""


@dataclass(frozen=True)
class Checked:
    ftype: t.FileType
    width: int | None
    height: int | None


def mb(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",")


def open_source(path: Path, max_bytes: int) -> tuple[BinaryIO, int]:
    """Open a regular file for reading (no symlink); returns (handle, size)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise AttachmentRefused(N_("Het bestand bestaat niet (meer).")) from None
    except OSError:
        raise AttachmentRefused(N_("Het bestand kan niet worden gelezen (geen toegang?).")) from None
    if stat.S_ISLNK(info.st_mode):
        raise AttachmentRefused(N_("Dit is een snelkoppeling (symbolische link), geen bestand. "
                                   "Kies het bestand zelf."))
    if not stat.S_ISREG(info.st_mode):
        raise AttachmentRefused(N_("Dit is geen gewoon bestand (een map of apparaat)."))
    check_size(info.st_size, max_bytes)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise AttachmentRefused(N_("Het bestand verdween voordat het kon worden gelezen.")) from None
    except OSError:
        raise AttachmentRefused(N_("Het bestand kan niet worden gelezen (geen toegang?).")) from None
    opened = os.fstat(fd)
    if (opened.st_ino, opened.st_dev) != (info.st_ino, info.st_dev) or not stat.S_ISREG(opened.st_mode):
        os.close(fd)
        raise AttachmentRefused(N_("Het bestand veranderde terwijl het werd geopend; probeer het opnieuw."))
    return os.fdopen(fd, "rb"), opened.st_size


def check_size(size: int, max_bytes: int) -> None:
    if size == 0:
        raise AttachmentRefused(N_("Het bestand is leeg (0 bytes); er is niets opgeslagen."))
    if size > max_bytes:
        raise AttachmentRefused(
            N_("Het bestand is {size} MB; het beleid staat per bijlage ten hoogste {limit} MB toe."),
            size=mb(size), limit=mb(max_bytes))


def chunks_of(handle: BinaryIO, expected: int, chunk_bytes: int) -> Iterator[bytes]:
    """The file in chunks; refuses a file that changes size or fails while it is read."""
    done = 0
    while True:
        try:
            block = handle.read(chunk_bytes)
        except OSError:
            raise AttachmentRefused(N_("Het bestand kon niet helemaal worden gelezen (verdwenen of "
                                       "schijf losgekoppeld?); er is niets opgeslagen.")) from None
        if not block:
            break
        done += len(block)
        if done > expected:
            raise AttachmentRefused(N_("Het bestand werd groter terwijl het werd gelezen; er is niets "
                                       "opgeslagen. Probeer het opnieuw als het klaar is."))
        yield block
    if done != expected:
        raise AttachmentRefused(N_("Het bestand werd kleiner of verdween terwijl het werd gelezen; er "
                                   "is niets opgeslagen."))


def check_head(head: bytes, file_name: str) -> Checked:
    """Type from content; refuses a lying extension, programs and image bombs."""
    ftype = t.sniff(head)
    if ftype.kind == "executable":
        raise AttachmentRefused(N_("Dit is een programma of script; die worden niet als bijlage "
                                   "opgeslagen."))
    promised = t.extension_conflict(file_name, ftype)
    if promised is not None:
        raise AttachmentRefused(
            N_("De naam van het bestand belooft {promised}, maar de inhoud is {actual}. Het is niet "
               "opgeslagen: controleer waar het vandaan komt."), promised=promised, actual=ftype.mime)
    if ftype.kind != "image":
        return Checked(ftype, None, None)
    size = t.image_size(head, ftype)
    if size is None or size[0] <= 0 or size[1] <= 0:
        raise AttachmentRefused(N_("De afmetingen van deze afbeelding zijn niet te lezen; het bestand "
                                   "is beschadigd of geen echte afbeelding."))
    width, height = size
    if width * height > MAX_PIXELS:
        raise AttachmentRefused(
            N_("De afbeelding zegt {width} × {height} beeldpunten te zijn, meer dan de {limit} "
               "megapixel die Schakel opent (mogelijk een 'decompressiebom'). Niet opgeslagen."),
            width=width, height=height, limit=MAX_PIXELS // 1_000_000)
    return Checked(ftype, width, height)


def safe_name(file_name: str) -> str:
    """The name as kept: the last path part, control characters removed, at most 200 characters."""
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:200] or "bijlage"
