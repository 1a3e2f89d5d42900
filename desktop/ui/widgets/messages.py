"""Dutch messages for the officer, and the last line of defence against tracebacks.

Errors from our own layers carry a safe Dutch ``message``; anything else is shown
as a generic Dutch text naming only the exception *type* (never its message, which
may contain case data). The same goes for the log. File dialogs go through
``ask_save_file`` / ``ask_open_file`` so tests can replace them.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QDir, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.errors import SchakelError

log = logging.getLogger("schakel.ui")

TITLE = "Schakel"
SAFE_ERRORS = (SchakelError,)  # every error family derives from it (desktop/errors.py)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def generic_error_text(exc: BaseException) -> str:
    """A Dutch text naming only the exception type."""
    return _tr(
        "Er ging iets onverwachts mis ({kind}). Probeer het opnieuw. Blijft het misgaan, "
        "neem dan contact op met de functioneel beheerder."
    ).format(kind=type(exc).__name__)


def error_text(exc: BaseException) -> str:
    """The Dutch text to show for ``exc`` (its own message only if it is one of ours)."""
    message = getattr(exc, "message", None)
    if isinstance(exc, SAFE_ERRORS) and isinstance(message, str) and message:
        return message
    if isinstance(exc, OSError):
        return _tr("Het bestand kon niet worden gelezen of geschreven ({reason}).").format(
            reason=exc.strerror or type(exc).__name__
        )
    return generic_error_text(exc)


def show_error(parent: QWidget | None, error: BaseException | str) -> None:
    text = error if isinstance(error, str) else error_text(error)
    if not isinstance(error, str):
        log.warning("fout getoond: %s", type(error).__name__)
    QMessageBox.critical(parent, TITLE, text)


def show_info(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, TITLE, text)


def confirm(parent: QWidget | None, text: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, TITLE, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


_last_dir: str = ""  # the folder of the last file chosen in this session (memory only)


def documents_dir() -> str:
    """Where file dialogs start: the folder used last, else Documents, else the home folder;
    never the process working directory (an install folder or a network share)."""
    if _last_dir and os.path.isdir(_last_dir):
        return _last_dir
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and os.path.isdir(documents) else QDir.homePath()


def remember_dir(path: str) -> None:
    global _last_dir
    if path:
        _last_dir = os.path.dirname(path) if not os.path.isdir(path) else path


def ask_save_file(parent: QWidget | None, title: str, default_name: str, filters: str) -> str:
    """A path the officer picked, or "" when cancelled."""
    start = os.path.join(documents_dir(), default_name)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    remember_dir(path)
    return path


def ask_open_file(parent: QWidget | None, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, documents_dir(), filters)
    remember_dir(path)
    return path


class ExceptHook:
    """``sys.excepthook`` that shows a generic Dutch error and logs only the type."""

    def __init__(self) -> None:
        self.previous: Callable[..., object] = sys.excepthook
        self._showing = False

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        log.error("onverwachte fout: %s", kind.__name__)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            QMessageBox.critical(None, TITLE, generic_error_text(exc))
        finally:
            self._showing = False


def install_excepthook() -> Callable[[], None]:
    """Install the hook; returns a function that puts the previous one back."""
    hook = ExceptHook()
    sys.excepthook = hook

    def restore() -> None:
        if sys.excepthook is hook:
            sys.excepthook = hook.previous

    return restore
