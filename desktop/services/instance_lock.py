"""The data folder's single-instance lock, Qt-free and compatible with the GUI's ``QLockFile``.

The GUI takes ``<data dir>/schakel.lock`` with ``QLockFile`` (desktop/ui/shell/app.py).
The CLI's restore takes the same file the same way, so the two exclude each other:

* the file is created exclusively (``O_CREAT|O_EXCL``) and holds ``QLockFile``'s format:
  ``<pid>\\n<process name>\\n<host name>\\n<machine id>\\n<boot id>\\n`` (measured from
  PySide6 6.12 on Linux);
* on POSIX the owner keeps an exclusive ``flock`` on it, as ``QLockFile`` does: if the
  file exists but its ``flock`` can be taken, the owner died and the lock is stale
  (removed and retried, like ``QLockFile`` with ``setStaleLockTime(0)``);
* on Windows the owner keeps the file open without delete sharing; a stale file
  (owner gone) can be deleted, a live one cannot.

``held_by_this_process`` lets code running inside the GUI (which already holds the
lock) proceed.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from pathlib import Path

from desktop.paths import LOCK_FILE

if sys.platform != "win32":
    import fcntl


class InstanceLocked(Exception):
    """Another Schakel (GUI or CLI) has this data folder open."""

    message = ("Schakel is geopend voor dit register (of een andere opdracht is bezig). Sluit Schakel "
               "eerst en probeer het daarna opnieuw; er is niets gewijzigd.")

    def __init__(self) -> None:
        super().__init__(self.message)


def _process_name() -> str:
    with contextlib.suppress(OSError):
        return os.path.basename(os.readlink("/proc/self/exe"))  # what QLockFile compares on Linux
    return os.path.basename(sys.executable)


def _boot_id() -> str:
    with contextlib.suppress(OSError):
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    return ""


def _machine_id() -> str:
    for name in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        with contextlib.suppress(OSError):
            return Path(name).read_text().strip()
    return ""


def _contents() -> bytes:
    parts = [str(os.getpid()), _process_name(), socket.gethostname(), _machine_id(), _boot_id()]
    return ("\n".join(parts) + "\n").encode()


def owner_pid(folder: Path) -> int | None:
    try:
        first = (Path(folder) / LOCK_FILE).read_text(errors="replace").split("\n", 1)[0]
        return int(first)
    except (OSError, ValueError):
        return None


def held_by_this_process(folder: Path) -> bool:
    return owner_pid(folder) == os.getpid()


class InstanceLock:
    """``with InstanceLock(folder):`` or ``acquire()``/``release()``; raises ``InstanceLocked``."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            except FileExistsError:
                if not self._remove_if_stale():
                    raise InstanceLocked() from None
                continue
            try:
                if sys.platform != "win32":
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                os.write(fd, _contents())
                os.fsync(fd)
            except OSError:
                os.close(fd)
                with contextlib.suppress(OSError):
                    self.path.unlink()
                raise InstanceLocked() from None
            self._fd = fd
            return self
        raise InstanceLocked()

    def _remove_if_stale(self) -> bool:
        if sys.platform == "win32":
            try:
                self.path.unlink()  # fails while a live owner keeps it open
                return True
            except OSError:
                return False
        try:
            fd = os.open(self.path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            return True
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False  # a live owner holds it
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        finally:
            os.close(fd)
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
