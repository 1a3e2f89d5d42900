"""Lock Schakel when the computer's session is locked or the machine goes to sleep.

What is detected, per platform:

* **Windows** (``MainWindow.nativeEvent`` passes messages here):
  ``WM_WTSSESSION_CHANGE`` after ``WTSRegisterSessionNotification`` for the main
  window, with ``WTS_SESSION_LOCK`` (Win+L, screen lock), ``WTS_CONSOLE_DISCONNECT``
  (user switching) and ``WTS_REMOTE_DISCONNECT`` (remote desktop closed); and
  ``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND`` (sleep/hibernate).
* **Linux** (best effort, only with a real display and a D-Bus bus): logind's
  ``PrepareForSleep(true)`` and ``Session.Lock`` on the system bus, and
  ``ActiveChanged(true)`` of ``org.freedesktop.ScreenSaver`` /
  ``org.gnome.ScreenSaver`` on the session bus. Never in tests (offscreen platform)
  or with ``SCHAKEL_NO_DBUS`` set.
* **All platforms**: ``QGuiApplication.applicationStateChanged`` to
  ``ApplicationSuspended``.

Not detected: macOS screen lock, and Linux desktops without these D-Bus signals.
The idle timer (``desktop.ui.shell.idle``) still locks there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
NOTIFY_FOR_THIS_SESSION = 0

SESSION_LOCKED = "sessie_vergrendeld"
SUSPENDED = "slaapstand"
APP_SUSPENDED = "app_gepauzeerd"

_WTS_LOCKING = {WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT}
_SYSTEM_BUS_SOCKET = Path("/run/dbus/system_bus_socket")


def windows_lock_reason(message: int, wparam: int) -> str | None:
    """The lock reason for a Windows message, or None."""
    if message == WM_WTSSESSION_CHANGE and wparam in _WTS_LOCKING:
        return SESSION_LOCKED
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return SUSPENDED
    return None


def _wtsapi():  # pragma: no cover - Windows only
    """wtsapi32 with explicit argument types (an HWND is pointer-sized)."""
    import ctypes
    from ctypes import wintypes

    dll = ctypes.WinDLL("wtsapi32")
    dll.WTSRegisterSessionNotification.argtypes = [wintypes.HWND, wintypes.DWORD]
    dll.WTSRegisterSessionNotification.restype = wintypes.BOOL
    dll.WTSUnRegisterSessionNotification.argtypes = [wintypes.HWND]
    dll.WTSUnRegisterSessionNotification.restype = wintypes.BOOL
    return dll


def dbus_allowed() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("SCHAKEL_NO_DBUS"):
        return False
    return QGuiApplication.platformName() not in {"offscreen", "minimal", ""}


class SessionLockWatcher(QObject):
    """Emits ``lock_requested(reason)`` when the OS session locks or the machine sleeps."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None, *, use_dbus: bool | None = None) -> None:
        super().__init__(parent)
        self._hwnd: int | None = None
        self.detected: list[str] = []  # what this watcher listens to (for "Over Schakel")
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)
            self.detected.append("app")
        if dbus_allowed() if use_dbus is None else use_dbus:
            self._connect_dbus()

    # -- all platforms --------------------------------------------------------
    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit(APP_SUSPENDED)

    # -- Windows ----------------------------------------------------------------
    def register_window(self, window: QWidget) -> bool:
        """Ask Windows for session-change messages for ``window`` (no-op elsewhere)."""
        if sys.platform != "win32" or self._hwnd is not None:
            return False
        hwnd = int(window.winId())
        ok = bool(_wtsapi().WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION))
        if ok:
            self._hwnd = hwnd
            self.detected.append("wts")
        return ok

    def unregister_window(self) -> None:
        if sys.platform == "win32" and self._hwnd is not None:
            _wtsapi().WTSUnRegisterSessionNotification(self._hwnd)
            self._hwnd = None

    def native_event(self, event_type: bytes, message: int) -> None:
        """Inspect one native message (called from ``MainWindow.nativeEvent``)."""
        if sys.platform != "win32" or bytes(event_type) != b"windows_generic_MSG":
            return
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(int(message))
        reason = windows_lock_reason(msg.message, msg.wParam or 0)
        if reason:
            self.lock_requested.emit(reason)

    # -- Linux (D-Bus, best effort) ------------------------------------------------
    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        if _SYSTEM_BUS_SOCKET.exists():
            system = QDBusConnection.systemBus()
            if system.isConnected():
                self._listen(system, "org.freedesktop.login1.Manager", "PrepareForSleep",
                             "on_prepare_for_sleep(bool)")
                self._listen(system, "org.freedesktop.login1.Session", "Lock", "on_lock()")
        if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            session = QDBusConnection.sessionBus()
            if session.isConnected():
                for interface in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"):
                    self._listen(session, interface, "ActiveChanged", "on_screensaver(bool)")

    def _listen(self, bus: object, interface: str, name: str, slot: str) -> None:
        if bus.connect("", "", interface, name, self, SLOT(slot)):  # type: ignore[attr-defined]
            self.detected.append(f"dbus:{name}")

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.lock_requested.emit(SUSPENDED)

    @Slot()
    def on_lock(self) -> None:
        self.lock_requested.emit(SESSION_LOCKED)

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit(SESSION_LOCKED)
