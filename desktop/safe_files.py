"""Safe file writing for everything Schakel writes (vault, header, backup, PDF, CSV).

A leaf module (no Qt, no other desktop imports), usable from store, vault, services and CLI.
Rules it enforces:

* new files are created owner-only (0600 on POSIX; on Windows the profile ACLs apply);
* a symlink at the target (or as the temp file) is refused, never followed;
* an existing target is never overwritten unless the caller passes ``overwrite=True``
  (i.e. the person confirmed it);
* writes are atomic: a temp file in the same folder, fsynced, renamed into place
  (``os.link``/``os.replace``), and the folder fsynced, so a crash leaves either no file
  (or the old one) or the complete new file, never a torn one. Temp files are removed on
  every error path; ``remove_stale_temps`` clears those left by a kill.

API::

    write_bytes(path, data, overwrite=False)          # whole file at once
    with atomic_writer(path, overwrite=False) as f:   # streaming; f is a binary file
    (both take sync_dir=True; False skips the folder fsync for superseded writes)
        f.write(...)
    with open_new(path) as f: ...                     # exclusive create, not atomic
    check_target(path, overwrite=False)               # the checks alone (before a long job)
    private_dir(path)                                 # mkdir 0700 (parents too)
    fsync_dir(folder)

Errors: ``TargetExists`` and ``SymlinkRefused`` (both ``SafeFileError``, Dutch ``message``).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".schakel-tmp-"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class SafeFileError(Exception):
    """A write refused for safety; ``message`` is Dutch and contains no path."""

    default_message = "Het bestand kan niet veilig worden geschreven."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class TargetExists(SafeFileError):
    default_message = "Het bestand bestaat al. Kies een andere naam of bevestig het overschrijven."


class SymlinkRefused(SafeFileError):
    default_message = (
        "Het doel is een snelkoppeling (symbolische link). Schakel schrijft daar niet doorheen; "
        "kies een gewoon bestand."
    )


def check_target(path: Path, overwrite: bool = False) -> None:
    """Refuse a symlink target, and an existing one unless ``overwrite``."""
    path = Path(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(st.st_mode):
        raise SymlinkRefused()
    if not overwrite:
        raise TargetExists()
    if not stat.S_ISREG(st.st_mode):
        raise SafeFileError("Het doel is geen gewoon bestand.")


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) owner-only; refuse if it is a symlink."""
    path = Path(path)
    if path.is_symlink():
        raise SymlinkRefused()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _open_exclusive(path: Path) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY
    return os.open(path, flags, 0o600)


@contextlib.contextmanager
def open_new(path: Path) -> Iterator[BinaryIO]:
    """Create ``path`` exclusively (0600, never through a symlink) and yield it for writing."""
    path = Path(path)
    check_target(path)
    try:
        fd = _open_exclusive(path)
    except FileExistsError:
        raise TargetExists() from None
    with os.fdopen(fd, "wb") as handle:
        yield handle


@contextlib.contextmanager
def atomic_writer(path: Path, overwrite: bool = False, sync_dir: bool = True) -> Iterator[BinaryIO]:
    """Yield a temp file beside ``path``; on success it is fsynced and renamed into place.

    ``sync_dir=False`` skips the folder fsync: the rename stays atomic (old or new file after a
    crash, never a torn one) but may be lost - for writes a later one supersedes anyway."""
    path = Path(path)
    check_target(path, overwrite)
    tmp = path.parent / f"{TEMP_PREFIX}{secrets.token_hex(6)}"
    fd = _open_exclusive(tmp)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _place(tmp, path, overwrite)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if sync_dir:
        fsync_dir(path.parent)


def _place(tmp: Path, path: Path, overwrite: bool) -> None:
    check_target(path, overwrite)  # again: the target may have appeared meanwhile
    if overwrite:
        os.replace(tmp, path)  # replaces a file or a symlink itself, never its target
        return
    if sys.platform == "win32":
        try:
            os.rename(tmp, path)  # fails if the target exists on Windows
        except FileExistsError:
            raise TargetExists() from None
        return
    try:
        os.link(tmp, path)  # atomic create-if-absent
    except FileExistsError:
        raise TargetExists() from None
    except OSError:  # filesystems without hard links (FAT, some shares)
        if os.path.lexists(path):
            raise TargetExists() from None
        os.rename(tmp, path)
        return
    tmp.unlink()


def write_bytes(path: Path, data: bytes, overwrite: bool = False, sync_dir: bool = True) -> None:
    """Write ``data`` to ``path`` atomically, 0600, refusing symlinks (and overwrites unless asked)."""
    with atomic_writer(path, overwrite, sync_dir) as handle:
        handle.write(data)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op on Windows, where NTFS journals it)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temps(folder: Path) -> int:
    """Delete temp files this module left behind in ``folder`` (after a kill). Returns the count."""
    removed = 0
    with contextlib.suppress(OSError):
        for entry in Path(folder).glob(f"{TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                entry.unlink()
                removed += 1
    return removed
