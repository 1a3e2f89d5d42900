"""Window geometry saved in QSettings and restored *inside a visible screen*.

Only geometry and toolbar state are stored (organisation "Schakel"), never personal
data. A geometry saved on a screen that no longer exists (a docking station at the
office, a projector) is moved onto a screen that does (anki#4181).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QObject, QRect, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea, QWidget

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


def fit_dialog_height(dialog: QWidget, scroll: QScrollArea | None = None) -> None:
    """Give ``dialog`` the height its wrapped texts need at its width, at most the screen.

    Qt gives a window only its layout's minimum height, so word-wrapped labels squashed
    their neighbours. With ``scroll`` (the dialog's body in a scroll area) the body may
    scroll on a small screen; without it the dialog may not get smaller than needed.
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    if scroll is not None and scroll.widget() is not None:
        body = scroll.widget()
        inner = scroll.viewport().width()
        wanted = body.heightForWidth(inner) if body.hasHeightForWidth() else -1
        wanted = max(wanted, body.minimumSizeHint().height())
        needed = wanted + dialog.height() - scroll.viewport().height()
    else:
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
            else layout.totalMinimumSize().height()
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        frame = dialog.frameGeometry().height() - dialog.height()
        needed = min(needed, screen.availableGeometry().height() - frame)
    if scroll is None:
        dialog.setMinimumHeight(max(needed, 0))
    if dialog.height() < needed:
        dialog.resize(width, needed)
    if screen is not None:
        keep_on_screen(dialog)


def keep_on_screen(window: QWidget) -> None:
    """Move (and if needed shrink) ``window`` so its frame, title bar included, is on its screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    avail = screen.availableGeometry()
    frame = window.frameGeometry()
    if avail.contains(frame):
        return
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), avail.width() - extra_w)
    height = min(window.height(), avail.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
        frame = window.frameGeometry()
    left = min(max(frame.left(), avail.left()), avail.right() + 1 - frame.width())
    top = min(max(frame.top(), avail.top()), avail.bottom() + 1 - frame.height())
    window.move(max(left, avail.left()), max(top, avail.top()))


class ScreenKeeper(QObject):
    """Application-wide: a window is kept on its screen, title bar included, the first time
    it becomes active (dialogs sized to the screen without their frame reached past its
    edge). Listens to the cheap focus-window signal, not to every event."""

    def window_activated(self, _window) -> None:
        window = QApplication.activeWindow()
        if window is None or window.property("schakel_on_screen"):
            return
        window.setProperty("schakel_on_screen", True)
        QTimer.singleShot(0, window, lambda: _keep_if_alive(window))


def _keep_if_alive(window: QWidget) -> None:
    try:
        if window.isVisible():
            keep_on_screen(window)
    except RuntimeError:  # closed and deleted meanwhile
        pass


def install_screen_keeper(app: QApplication) -> ScreenKeeper:
    keeper = ScreenKeeper(app)
    app.focusWindowChanged.connect(keeper.window_activated)
    return keeper
