"""Progress and cancellation for long use cases, without Qt.

A long use case (import, purge, backup, check, restore, rendering many pages) takes a
``Progress`` and calls ``progress.step(done, total, label)`` between batches. ``step``
raises ``Cancelled`` once the user has asked to stop, so the use case rolls back its
open transaction and leaves the register exactly as before. The GUI passes a progress
object wired to a progress dialog (``desktop.ui.widgets.worker``); the CLI and tests
pass ``Progress()`` (never cancelled) or a subclass.
"""

from __future__ import annotations

import threading

from desktop.errors import SchakelError


class Cancelled(SchakelError):
    """The user cancelled a long operation; nothing was changed."""

    default_message = "Afgebroken; er is niets veranderd."


class Progress:
    """Thread-safe progress sink; ``cancel()`` may be called from any thread."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.label = ""

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def step(self, done: int, total: int, label: str = "") -> None:
        """Record progress (``done`` of ``total`` units) and stop here if cancelled."""
        self.done, self.total, self.label = done, total, label
        self.report(done, total, label)
        self.check()

    def report(self, done: int, total: int, label: str) -> None:
        """Hook for subclasses (the GUI relays it to a progress dialog by signal)."""


NO_PROGRESS = Progress()
