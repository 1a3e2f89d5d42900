"""Keeps the intake's draft inside the encrypted vault, ~2 s after the last change.

``flush()`` writes at once (on close, on lock, after a failed save), so a crash or an
auto-lock loses at most the last couple of seconds of typing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.ui_types import StoreError

if TYPE_CHECKING:
    from desktop.services.register import Register

DRAFT_DELAY_MS = 2000
NEW_CASE_KEY = "intake:new"


def case_key(case_id: int) -> str:
    return f"intake:case:{case_id}"


class DraftKeeper(QObject):
    failed = Signal(str)  # Dutch message

    def __init__(self, register: Register, key: str, snapshot: Callable[[], dict[str, Any]],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._register, self.key, self._snapshot = register, key, snapshot
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def load(self) -> dict[str, Any] | None:
        return self._register.load_draft(self.key) if self._register is not None else None

    def touch(self) -> None:
        """Something changed: write the draft after a short pause."""
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty or self._register is None or not self._register.is_open:
            return
        payload = dict(self._snapshot())
        payload["saved_at"] = datetime.now().isoformat(timespec="seconds")
        try:
            self._register.save_draft(self.key, payload)
        except StoreError as exc:
            self.failed.emit(exc.message)
            return
        self._dirty = False

    def drop(self) -> None:
        self._timer.stop()
        self._dirty = False
        if self._register is not None and self._register.is_open:
            self._register.drop_draft(self.key)

    def stop(self) -> None:
        """Forget pending writes (after the case was saved with the draft removed)."""
        self._timer.stop()
        self._dirty = False

    def detach(self) -> None:
        self.stop()
        self._register = None


def saved_at_text(payload: dict[str, Any]) -> str:
    try:
        return datetime.fromisoformat(payload["saved_at"]).strftime("%d-%m-%Y %H:%M")
    except (KeyError, ValueError, TypeError):
        return ""
