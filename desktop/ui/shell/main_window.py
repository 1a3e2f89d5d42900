"""The main window: a stack of the unlock screen and the case workspace, menus,
toolbar, locking (Ctrl+L, idle, OS session lock/suspend) and the geometry.

The title is only ever "Schakel" or "Schakel – vergrendeld".
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import heap
from desktop.services.register import Register
from desktop.services.session import VaultService
from desktop.ui.shell.idle import MINUTE_MS, IdleWatcher
from desktop.ui.shell.main_actions import MaintenanceActions
from desktop.ui.shell.session_lock import SessionLockWatcher
from desktop.ui.shell.settings_dialog import idle_minutes
from desktop.ui.shell.unlock import UnlockScreen
from desktop.ui.widgets import clipboard, geometry, worker

TITLE = "Schakel"
LOCKED_TITLE = "Schakel – vergrendeld"
BACKGROUND_DELAY_MS = 600  # background work after unlock starts once the list is painted


def _default_workspace() -> QWidget:
    from desktop.ui.shell.workspace import CaseWorkspace

    return CaseWorkspace()


class MainWindow(QMainWindow):
    locked = Signal()

    def __init__(self, service: VaultService, *, workspace: QWidget | None = None,
                 settings: QSettings | None = None, idle_ms: int | None = None,
                 session_watcher: SessionLockWatcher | None = None) -> None:
        super().__init__()
        self.service, self.settings = service, settings
        self.register: Register | None = None
        self.demo = False
        self._idle_override_ms = idle_ms
        self.unlock_screen = UnlockScreen(service, self)
        self.unlock_screen.unlocked.connect(self.open_register)
        self.workspace = workspace if workspace is not None else _default_workspace()
        self._connect_workspace()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.unlock_screen)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self._with_banner(self.stack))
        self.idle = IdleWatcher(idle_ms or MINUTE_MS * service.policy.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.session_watcher = session_watcher or SessionLockWatcher(self)
        self.session_watcher.lock_requested.connect(lambda _reason: self.lock())
        self.maintenance = MaintenanceActions(self)
        self._build_actions()
        self._build_status_bar()
        self._registered_session = False
        self._restore_geometry()
        self._show_locked()

    # -- construction -----------------------------------------------------------------------
    def _with_banner(self, body: QWidget) -> QWidget:
        from desktop.ui.shell.content_banner import ContentBanner

        self.content_banner = ContentBanner(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.content_banner)
        column.addWidget(body, 1)
        return central

    def _connect_workspace(self) -> None:
        status = getattr(self.workspace, "status_message", None)
        if status is not None:
            status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        copy = getattr(self.workspace, "copy_requested", None)
        if copy is not None:
            copy.connect(clipboard.copy_sensitive)
        wants_import = getattr(self.workspace, "import_requested", None)
        if wants_import is not None:
            wants_import.connect(lambda: self.admin.open("importeren"))

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str = "",
                name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work whatever has focus
        return action

    def _build_actions(self) -> None:
        t = self.tr
        self.new_action = self._action(t("&Nieuw signaal"), self._new_signal,
                                       QKeySequence.StandardKey.New, "nieuw")
        self.backup_action = self._action(t("&Back-up maken…"), self.maintenance.backup,
                                          name="backup")
        self.lock_action = self._action(t("&Vergrendelen"), self.lock, "Ctrl+L", "vergrendelen")
        self.quit_action = self._action(t("&Afsluiten"), self.close, "Ctrl+Q", "afsluiten")
        self.search_action = self._action(t("&Zoeken"), self._focus_search,
                                          QKeySequence.StandardKey.Find, "zoeken")
        self.settings_action = self._action(t("&Instellingen…"), self.maintenance.settings,
                                            name="instellingen")
        self.check_action = self._action(t("Register &controleren"), self.maintenance.check,
                                         name="controleren")
        self.about_action = self._action(t("&Over Schakel"), self.maintenance.about, name="over")
        self.help_action = self._action(t("&Werkwijze"), self.open_help,
                                        QKeySequence.StandardKey.HelpContents, "werkwijze")
        self.meetings_action = self._action(t("&Overleggen…"), self._open_meetings,
                                            name="overleggen")
        menus = (
            (t("&Bestand"), [self.new_action, self.backup_action, None, self.lock_action, None,
                             self.quit_action]),
            (t("Be&werken"), [self.search_action]),
            (t("E&xtra"), [self.meetings_action, None, self.settings_action, self.check_action]),
            (t("&Help"), [self.help_action, None, self.about_action]),
        )
        for title, actions in menus:
            menu = self.menuBar().addMenu(title)
            for action in actions:
                menu.addSeparator() if action is None else menu.addAction(action)
            if title == t("E&xtra"):
                self.extra_menu = menu
        from desktop.ui.admin.admin_actions import install_admin_actions

        self.admin = install_admin_actions(self, self.extra_menu, lambda: self.register)
        from desktop.ui.transfer.transfer_actions import install_transfer_actions

        self.transfer = install_transfer_actions(self)  # Zaak menu, Bestand › Overdracht ontvangen…
        self.toolbar = QToolBar(t("Werkbalk"), self)
        self.toolbar.setObjectName("werkbalk")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.search_action, self.lock_action):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)
        self.case_actions = [self.new_action, self.backup_action, self.lock_action,
                             self.search_action, self.settings_action, self.check_action,
                             self.meetings_action]

    def _build_status_bar(self) -> None:
        self.demo_label = QLabel()
        self.demo_label.setProperty("role", "demo")
        self.demo_label.setVisible(False)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setVisible(False)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.demo_label)

    # -- unlocked / locked --------------------------------------------------------------------
    def open_register(self, register: Register, demo: bool = False) -> None:
        self.register, self.demo = register, demo
        self.workspace.set_register(register)  # type: ignore[attr-defined]
        self.stack.setCurrentWidget(self.workspace)
        self.setWindowTitle(TITLE)
        self.toolbar.setVisible(True)
        for action in self.case_actions:
            action.setEnabled(True)
        self.idle.set_interval_ms(self._idle_override_ms or MINUTE_MS * idle_minutes(register))
        self.idle.start()
        if demo:
            self.demo_label.setText(self.tr("DEMO – fictieve gegevens"))
            self.demo_label.setVisible(True)
        self._announce_after_unlock(register)

    def _announce_after_unlock(self, register: Register) -> None:
        """Once per unlock: cases past their retention date, content files skipped.

        The list paints first: the retention count and the link-suggestion name index are
        computed in workers on their own read connection, results arrive by signal."""
        from desktop.ui.admin.retention_view import overdue_count, reminder_text

        notes = self._interrupted_exports(register)
        QTimer.singleShot(BACKGROUND_DELAY_MS, self, lambda: self.register is register
                          and self.content_banner.check(register))  # skipped content files
        if notes:
            self.statusBar().showMessage("  ·  ".join(notes), 30_000)

        def reminded(count: int) -> None:
            text = reminder_text(register, count) if self.register is register else None
            if text:
                shown = self.statusBar().currentMessage()
                self.statusBar().showMessage("  ·  ".join(t for t in (text, shown) if t), 30_000)

        def settle(_result: object = None) -> None:  # long-lived data built: spare it the GC
            if self.register is register:
                heap.freeze()

        def start_background() -> None:  # after the list's first paint: no GIL contention then
            if self.register is not register:
                return
            worker.run_in_background(lambda: overdue_count(register, background=True), reminded,
                                     lambda _exc: None, owner=self, cursor=False)
            if register.links.warm_needed:
                worker.run_in_background(register.links.warm, settle, lambda _exc: None,
                                         owner=self, cursor=False)
            else:
                settle()

        QTimer.singleShot(BACKGROUND_DELAY_MS, self, start_background)

    def _interrupted_exports(self, register: Register) -> list[str]:
        """Exports a crash interrupted: stale temp files removed, the log row settled."""
        from desktop.services.export.recovery import recover_pending
        from desktop.services.ui_types import StoreError

        try:
            return recover_pending(register)
        except (StoreError, OSError):
            return []

    def _open_meetings(self) -> None:
        if self.register is not None:
            from desktop.ui.meetings.meetings_view import open_meetings

            open_meetings(self, self.register)

    def open_help(self):
        """Help › Werkwijze (F1); with the route of the open register when unlocked."""
        from desktop.ui.shell.help_dialog import HelpDialog

        register = self.register if self.register is not None and self.register.is_open else None
        dialog = HelpDialog(register, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def set_idle_minutes(self, minutes: int) -> None:
        if self._idle_override_ms is None:
            self.idle.set_interval_ms(MINUTE_MS * minutes)

    def is_locked(self) -> bool:
        return self.register is None

    def lock(self) -> None:
        """Stop long jobs, close dialogs, drop all case data, close the register, clear our
        clipboard."""
        self.idle.stop()
        worker.cancel_running()  # a backup, import or purge under way ends as if cancelled
        self._close_dialogs()
        register, self.register = self.register, None
        clear = getattr(self.workspace, "clear", None)
        if clear is not None:
            clear()
        if register is not None:
            register.lock()
        self.service.keystore.lock()
        if register is not None:
            heap.thaw()  # the register's objects may be collected (and are) from now on
        clipboard.clear_sensitive()
        self._show_locked()
        if register is not None:
            self.locked.emit()

    def _show_locked(self) -> None:
        self.content_banner.setVisible(False)
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.reset()
        self.setWindowTitle(LOCKED_TITLE)
        self.toolbar.setVisible(False)
        self.statusBar().clearMessage()
        for action in self.case_actions:
            action.setEnabled(False)

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                closer = getattr(widget, "close_for_lock", None)
                closer() if closer else widget.reject()

    def _new_signal(self) -> None:
        if self.register is not None:
            self.workspace.new_signal()  # type: ignore[attr-defined]

    def _focus_search(self) -> None:
        if self.register is not None:
            self.workspace.focus_search()  # type: ignore[attr-defined]

    def lock_detection_text(self) -> str:
        """When Schakel locks itself, in Dutch (for "Over Schakel")."""
        minutes = max(1, round(self.idle.interval_ms / MINUTE_MS))
        parts = [self.tr("{n} min. zonder gebruik").format(n=minutes), self.tr("Ctrl+L")]
        detected = self.session_watcher.detected
        if sys.platform == "win32":
            parts.append(self.tr("slaapstand"))
            if "wts" in detected:
                parts.append(self.tr("vergrendelen van Windows"))
        if "dbus:PrepareForSleep" in detected:
            parts.append(self.tr("slaapstand"))
        if {"dbus:Lock", "dbus:ActiveChanged"} & set(detected):
            parts.append(self.tr("schermvergrendeling"))
        return ", ".join(parts)

    def set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        for action in (self.backup_action, self.check_action):
            action.setEnabled(not busy and self.register is not None)

    # -- window ----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        screens, primary = geometry.available_screens()
        # room for the title bar and window frame, which setGeometry does not count
        default = QRect(0, 0, min(1200, primary.width() - 16), min(760, primary.height() - 40))
        default.moveCenter(primary.center())
        if self.settings is None:
            self.setGeometry(geometry.clamp_rect(default, screens, primary))
            return
        if geometry.restore_window(self, self.settings, default):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._registered_session:
            self._registered_session = True
            self.session_watcher.register_window(self)
            # the frame (title bar) is known once the window manager has framed the window
            for delay in (0, 400):
                QTimer.singleShot(delay, self, lambda: geometry.keep_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        worker.wait_for_all()
        if self.settings is not None:
            geometry.save_window(self, self.settings)
        self.lock()
        self.session_watcher.unregister_window()
        event.accept()

    if sys.platform == "win32":  # pragma: no cover - Windows only

        def nativeEvent(self, event_type, message):  # noqa: N802 (Qt API)
            self.session_watcher.native_event(event_type, message)
            return super().nativeEvent(event_type, message)
