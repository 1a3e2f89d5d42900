"""The one helper for slow work (scrypt, backup, check): run off the GUI thread.

``run_in_background(fn, on_success, on_failure, owner=..., busy=...)`` runs ``fn``
on a worker thread; exactly one of the callbacks then runs on the GUI thread. While
it runs, the ``busy`` widgets are disabled and the cursor shows "busy". If ``owner``
(a widget) has been deleted meanwhile, no callback runs. Exceptions never escape
unhandled: without ``on_failure`` the Dutch error is shown (``messages.show_error``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.widgets import messages

_ACTIVE: set[_Relay] = set()
_POOL: QThreadPool | None = None


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn, self._relay = fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # reported on the GUI thread, never lost
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
    return _POOL


def _alive(obj: QObject | None) -> bool:
    return obj is None or shiboken6.isValid(obj)


class _Busy:
    """Disables widgets and shows the wait cursor for the duration of one job."""

    def __init__(self, widgets: Sequence[QWidget]) -> None:
        self._widgets = [(w, w.isEnabled()) for w in widgets]
        for widget, _ in self._widgets:
            widget.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def end(self) -> None:
        QApplication.restoreOverrideCursor()
        for widget, was_enabled in self._widgets:
            if shiboken6.isValid(widget):
                widget.setEnabled(was_enabled)


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
    busy: Sequence[QWidget] = (),
) -> None:
    relay = _Relay()
    _ACTIVE.add(relay)
    state = _Busy(busy)

    def finish() -> bool:
        state.end()
        _ACTIVE.discard(relay)
        relay.deleteLater()
        return _alive(owner)

    def succeeded(result: Any) -> None:
        if finish():
            on_success(result)

    def failed(exc: BaseException) -> None:
        if not finish():
            return
        if on_failure is None:
            messages.show_error(owner if isinstance(owner, QWidget) else None, exc)
        else:
            on_failure(exc)

    relay.succeeded.connect(succeeded, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    pool().start(_Job(fn, relay))


def is_busy() -> bool:
    return bool(_ACTIVE)


def wait_for_all(timeout_ms: int = 10_000) -> bool:
    """Wait for running jobs and deliver their callbacks (for tests and shutdown)."""
    done = pool().waitForDone(timeout_ms)
    for _ in range(5):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
    return done and not _ACTIVE
