"""Copying case data to the clipboard, briefly and out of clipboard histories.

``copy_sensitive(text)`` puts ``text`` on the clipboard with markers that keep it out
of clipboard managers:

* Windows: ``ExcludeClipboardContentFromMonitorProcessing`` (clipboard monitors skip
  it), ``CanIncludeInClipboardHistory`` = 0 (Win+V history) and
  ``CanUploadToCloudClipboard`` = 0 (cloud clipboard). Qt turns
  ``application/x-qt-windows-mime;value="<name>"`` into the registered format <name>.
* Linux/KDE: ``x-kde-passwordManagerHint`` = ``secret`` (Klipper skips it).

The text is cleared after ``CLEAR_AFTER_MS`` and on ``clear_sensitive()`` (called
when Schakel locks), but only while the clipboard still holds what Schakel put there:
something the officer copied since is left alone.
"""

from __future__ import annotations

import secrets
import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
TOKEN_FORMAT = "application/x-schakel-kopie"
DWORD_ZERO = b"\x00\x00\x00\x00"
WINDOWS_FORMATS = {
    "ExcludeClipboardContentFromMonitorProcessing": DWORD_ZERO,
    "CanIncludeInClipboardHistory": DWORD_ZERO,
    "CanUploadToCloudClipboard": DWORD_ZERO,
}
KDE_HINT = "x-kde-passwordManagerHint"


def windows_mime(name: str) -> str:
    return f'application/x-qt-windows-mime;value="{name}"'


def sensitive_mime(text: str, token: bytes, platform: str = sys.platform) -> QMimeData:
    """Mime data for ``text`` with the no-history markers for ``platform``."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(TOKEN_FORMAT, token)
    if platform == "win32":
        for name, value in WINDOWS_FORMATS.items():
            mime.setData(windows_mime(name), value)
    elif platform.startswith("linux"):
        mime.setData(KDE_HINT, b"secret")
    return mime


class _Guard(QObject):
    """Remembers what Schakel last copied and clears it when due."""

    def __init__(self) -> None:
        super().__init__(QGuiApplication.instance())
        self.token = b""
        self.text = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str, clear_after_ms: int) -> None:
        self.token, self.text = secrets.token_hex(16).encode("ascii"), text
        QGuiApplication.clipboard().setMimeData(sensitive_mime(text, self.token))
        self.timer.start(clear_after_ms)

    def is_ours(self) -> bool:
        if not self.token:
            return False
        mime = QGuiApplication.clipboard().mimeData(QClipboard.Mode.Clipboard)
        if mime is None:
            return False
        if mime.hasFormat(TOKEN_FORMAT):
            return bytes(mime.data(TOKEN_FORMAT).data()) == self.token
        return mime.text() == self.text  # platforms that drop custom formats

    def clear_if_ours(self) -> None:
        self.timer.stop()
        if self.is_ours():
            QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
        self.token, self.text = b"", ""


_guard: _Guard | None = None


def _the_guard() -> _Guard:
    global _guard
    if _guard is None or not _alive(_guard):
        _guard = _Guard()
    return _guard


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def copy_sensitive(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    """Copy case data; cleared after ``clear_after_ms`` and on lock, if still unchanged."""
    _the_guard().copy(text, clear_after_ms)


def clear_sensitive() -> None:
    """Clear what Schakel copied, unless the officer has copied something else since."""
    if _guard is not None and _alive(_guard):
        _guard.clear_if_ours()
