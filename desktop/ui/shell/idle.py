"""Auto-lock after a period without keyboard, mouse, wheel, touch or tablet input.

An application-wide event filter only notes the time of the last input event (cheap:
one comparison per event); a single-shot timer checks at the deadline and re-arms
for the remainder, so the timer is not restarted on every mouse move.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

MINUTE_MS = 60_000

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
    QEvent.Type.InputMethod,
    QEvent.Type.Shortcut,
})


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``interval_ms`` without user input; ``start()`` re-arms."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval = max(1, interval_ms)
        self._since_input = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._installed = False

    @property
    def interval_ms(self) -> int:
        return self._interval

    def is_active(self) -> bool:
        return self._installed

    def start(self) -> None:
        self._since_input.start()
        if not self._installed:
            QApplication.instance().installEventFilter(self)
            self._installed = True
        self._timer.start(self._interval)

    def stop(self) -> None:
        self._timer.stop()
        if self._installed:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._installed = False

    def set_interval_ms(self, interval_ms: int) -> None:
        self._interval = max(1, interval_ms)
        if self._installed:
            self._check()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in INPUT_EVENTS:
            self._since_input.restart()
        return False

    def _check(self) -> None:
        remaining = self._interval - self._since_input.elapsed()
        if remaining > 0:
            self._timer.start(remaining)
            return
        self.stop()
        self.idle.emit()
