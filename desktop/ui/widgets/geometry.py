"""Window geometry saved in QSettings and restored *inside a visible screen*.

Only geometry and toolbar state are stored (organisation "Schakel"), never personal
data. A geometry saved on a screen that no longer exists (a docking station at the
office, a projector) is moved onto a screen that does (anki#4181).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

GEOMETRY_KEY = "venster/geometrie"
MAXIMIZED_KEY = "venster/gemaximaliseerd"
STATE_KEY = "venster/indeling"
MIN_VISIBLE = 0.5  # at least this share of the window must be on one screen


def _area(rect: QRect) -> int:
    return max(rect.width(), 0) * max(rect.height(), 0)


def best_screen(rect: QRect, screens: Sequence[QRect]) -> QRect | None:
    """The screen holding most of ``rect``, if it holds at least ``MIN_VISIBLE`` of it."""
    best = max(screens, key=lambda s: _area(s.intersected(rect)), default=None)
    if best is None or _area(rect) == 0:
        return None
    if _area(best.intersected(rect)) < MIN_VISIBLE * _area(rect):
        return None
    return best


def clamp_rect(rect: QRect, screens: Sequence[QRect], primary: QRect) -> QRect:
    """``rect`` moved and shrunk so it lies wholly on a screen.

    The screen is the one already holding most of it; when the window is mostly
    off-screen it is centred on ``primary`` instead. ``screens`` are available
    geometries (without task bars).
    """
    screen = best_screen(rect, screens) or primary
    width = min(max(rect.width(), 1), screen.width())
    height = min(max(rect.height(), 1), screen.height())
    if best_screen(rect, screens) is None:
        left = screen.left() + (screen.width() - width) // 2
        top = screen.top() + (screen.height() - height) // 2
    else:
        left = min(max(rect.left(), screen.left()), screen.right() + 1 - width)
        top = min(max(rect.top(), screen.top()), screen.bottom() + 1 - height)
    return QRect(left, top, width, height)


def available_screens() -> tuple[list[QRect], QRect]:
    screens = [s.availableGeometry() for s in QGuiApplication.screens()]
    primary = QGuiApplication.primaryScreen()
    return screens, primary.availableGeometry() if primary else QRect(0, 0, 1024, 768)


def save_window(window: QMainWindow, settings: QSettings) -> None:
    maximized = window.isMaximized()
    rect = window.normalGeometry() if maximized else window.geometry()
    settings.setValue(GEOMETRY_KEY, [rect.x(), rect.y(), rect.width(), rect.height()])
    settings.setValue(MAXIMIZED_KEY, maximized)
    settings.setValue(STATE_KEY, window.saveState())
    settings.sync()


def _saved_rect(settings: QSettings) -> QRect | None:
    value = settings.value(GEOMETRY_KEY)
    try:
        x, y, w, h = (int(v) for v in value)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return None
    return QRect(x, y, w, h) if w > 0 and h > 0 else None


def restore_window(window: QMainWindow, settings: QSettings, default: QRect) -> bool:
    """Apply the saved geometry (clamped) or ``default``; True when maximised."""
    screens, primary = available_screens()
    window.setGeometry(clamp_rect(_saved_rect(settings) or default, screens, primary))
    state = settings.value(STATE_KEY)
    if isinstance(state, QByteArray | bytes):
        window.restoreState(QByteArray(state))
    return str(settings.value(MAXIMIZED_KEY, "false")).lower() == "true"
