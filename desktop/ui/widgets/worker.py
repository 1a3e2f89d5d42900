"""The one worker infrastructure for slow work: run it off the GUI thread.

Two entry points, both on one shared thread pool:

``run_in_background(fn, on_success, on_failure, owner=..., busy=...)`` runs ``fn()``
on a worker thread (short jobs without a progress bar: scrypt, loading counts).

``run_with_progress(fn, on_success, on_failure, owner=..., title=..., label=...)``
runs ``fn(progress)`` where ``progress`` is a ``desktop.services.progress.Progress``.
The use case calls ``progress.step(done, total, label)`` between batches; each step
is relayed by signal to a ``QProgressDialog`` (Dutch "Annuleren") on the GUI thread.
"Annuleren" calls ``progress.cancel()``; the next ``step`` raises ``Cancelled``, the
use case rolls back, and the officer sees the quiet note "Afgebroken; er is niets
veranderd." (``on_failure`` is NOT called for ``Cancelled`` unless ``on_cancel`` is
given, which then runs instead of the note). The call returns the ``Progress`` so a
caller may also cancel programmatically.

For both: exactly one of the callbacks then runs on the GUI thread. While a job
runs, the ``busy`` widgets are disabled (and for ``run_in_background`` the cursor
shows "busy"; the progress dialog is modal to ``owner``). If ``owner``
(a widget) has been deleted meanwhile, no callback runs. Exceptions never escape
unhandled: without ``on_failure`` the Dutch error is shown (``messages.show_error``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop.services.progress import Cancelled, Progress
from desktop.ui.widgets import messages

_ACTIVE: set[_Relay] = set()
_PROGRESS_RELAYS: set[_ProgressRelay] = set()
_RUNNING: set[Progress] = set()  # jobs with a progress dialog that have not ended yet
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
        # Threads live as long as the app: each keeps its own read connection
        # (``Register.reader``), so at most two are ever opened per unlock.
        _POOL.setExpiryTimeout(-1)
    return _POOL


def _alive(obj: QObject | None) -> bool:
    return obj is None or shiboken6.isValid(obj)


class _Busy:
    """Disables widgets and shows the wait cursor for the duration of one job."""

    def __init__(self, widgets: Sequence[QWidget], cursor: bool = True) -> None:
        self._widgets = [(w, w.isEnabled()) for w in widgets]
        self._cursor = cursor
        for widget, _ in self._widgets:
            widget.setEnabled(False)
        if cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def end(self) -> None:
        if self._cursor:
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
    cursor: bool = True,
) -> None:
    relay = _Relay()
    _ACTIVE.add(relay)
    state = _Busy(busy, cursor)

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


def cancel_running() -> int:
    """Ask every job with a progress dialog to stop (the register is about to be locked).

    Each job ends as if "Annuleren" was pressed: what it wrote is rolled back or removed.
    Returns how many were asked."""
    jobs = list(_RUNNING)
    for progress in jobs:
        progress.cancel()
    return len(jobs)


def is_busy() -> bool:
    return bool(_ACTIVE)


def wait_for_all(timeout_ms: int = 10_000) -> bool:
    """Wait for running jobs and deliver their callbacks (for tests and shutdown)."""
    done = pool().waitForDone(timeout_ms)
    for _ in range(5):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
    return done and not _ACTIVE


class _ProgressRelay(QObject):
    stepped = Signal(int, int, str)


class _GuiProgress(Progress):
    """A Progress whose steps are relayed by (queued) signal to the GUI thread, throttled."""

    def __init__(self, relay: _ProgressRelay) -> None:
        super().__init__()
        self._relay = relay
        self._last = 0.0

    def report(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if now - self._last >= 0.05 or done >= total:
            self._last = now
            self._relay.stepped.emit(int(done), int(total), str(label))


def run_with_progress(
    fn: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    owner: QWidget | None,
    title: str,
    label: str,
    busy: Sequence[QWidget] = (),
    on_cancel: Callable[[], None] | None = None,
    min_duration_ms: int = 400,
) -> Progress:
    """Run ``fn(progress)`` in the worker pool with a progress dialog and "Annuleren".

    Returns the ``Progress`` handed to ``fn`` (``progress.cancel()`` stops it too).
    """
    relay = _ProgressRelay()
    progress = _GuiProgress(relay)
    dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Annuleren"), 0, 0, owner)
    dialog.setWindowTitle(title)
    # wide enough for the whole title (window managers cut it: "Regist… orteren") and a label
    dialog.setMinimumWidth(max(380, dialog.fontMetrics().horizontalAdvance(title) + 180))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(min_duration_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    def stepped(done: int, total: int, text: str) -> None:
        if not shiboken6.isValid(dialog) or progress.cancelled:
            return
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if text:
            dialog.setLabelText(text)

    def cancel_requested() -> None:
        progress.cancel()
        if shiboken6.isValid(dialog):
            dialog.setLabelText(QCoreApplication.translate("Worker", "Bezig met afbreken…"))

    relay.stepped.connect(stepped, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(cancel_requested)
    _PROGRESS_RELAYS.add(relay)
    _RUNNING.add(progress)

    def close_dialog() -> None:
        _PROGRESS_RELAYS.discard(relay)
        _RUNNING.discard(progress)
        relay.deleteLater()
        if shiboken6.isValid(dialog):
            dialog.canceled.disconnect(cancel_requested)
            dialog.close()
            dialog.deleteLater()

    def succeeded(result: Any) -> None:
        close_dialog()
        on_success(result)

    def failed(exc: BaseException) -> None:
        close_dialog()
        if isinstance(exc, Cancelled):
            if on_cancel is not None:
                on_cancel()
            else:
                messages.show_info(owner, exc.message)
        elif on_failure is None:
            messages.show_error(owner, exc)
        else:
            on_failure(exc)

    run_in_background(lambda: fn(progress), succeeded, failed, owner=owner, busy=busy, cursor=False)
    return progress
