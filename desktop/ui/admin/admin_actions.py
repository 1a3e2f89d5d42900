"""The administration entries of the "Extra" menu: Monitor, Bewaartermijnen, Logboek,
Inzageverzoek, Importeren.

``install_admin_actions(main_window, menu, get_register)`` adds them to ``menu``. Each
opens its dialog modal and parented to the main window; the actions are disabled while
no register is open, and every open dialog is cleared and closed on lock (the window's
``locked`` signal, and the register's own ``on_lock`` callbacks as a second line).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.ui.admin.admin_dialog import AdminDialog


def _dialogs() -> dict[str, Callable[[Any, QWidget], AdminDialog]]:
    from desktop.ui.admin.access_request_dialog import AccessRequestDialog
    from desktop.ui.admin.audit_view import AuditDialog
    from desktop.ui.admin.import_dialog import ImportDialog
    from desktop.ui.admin.monitor_view import MonitorDialog
    from desktop.ui.admin.retention_view import RetentionDialog

    return {"monitor": MonitorDialog, "bewaartermijnen": RetentionDialog, "logboek": AuditDialog,
            "inzageverzoek": AccessRequestDialog, "importeren": ImportDialog}


class AdminActions(QObject):
    def __init__(self, window: QWidget, menu: QMenu, get_register: Callable[[], Any]) -> None:
        super().__init__(window)
        self.window, self.get_register = window, get_register
        self.open_dialogs: list[AdminDialog] = []
        tr = self.tr
        entries = (("monitor", tr("&Monitor…")), ("bewaartermijnen", tr("&Bewaartermijnen…")),
                   ("logboek", tr("&Logboek…")), ("inzageverzoek", tr("I&nzageverzoek…")),
                   ("importeren", tr("Im&porteren…")))
        menu.addSeparator()
        self.actions: dict[str, QAction] = {}
        for name, text in entries:
            action = QAction(text, window)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, n=name: self.open(n))
            menu.addAction(action)
            self.actions[name] = action
        menu.aboutToShow.connect(self.update_enabled)
        locked = getattr(window, "locked", None)
        if locked is not None:
            locked.connect(self.close_all)
        self.update_enabled()

    def _register(self) -> Any:
        register = self.get_register()
        return register if register is not None and getattr(register, "is_open", True) else None

    def update_enabled(self) -> None:
        enabled = self._register() is not None
        for action in self.actions.values():
            action.setEnabled(enabled)

    def open(self, name: str) -> AdminDialog | None:
        register = self._register()
        if register is None:
            return None
        dialog = _dialogs()[name](register, self.window)
        self.open_dialogs.append(dialog)
        dialog.destroyed.connect(lambda _o=None, d=dialog: self._forget(d))
        if getattr(self, "_lock_register", None) is not register:
            self._lock_register = register  # one subscription per register; the list empties on lock
            register.subscribe("lock", self.close_all)
        dialog.open()
        return dialog

    def _forget(self, dialog: AdminDialog) -> None:
        if dialog in self.open_dialogs:
            self.open_dialogs.remove(dialog)

    def close_all(self) -> None:
        """Lock: every admin dialog drops its data and closes."""
        for dialog in list(self.open_dialogs):
            if shiboken6.isValid(dialog):
                dialog.close_for_lock()
        self.open_dialogs.clear()
        self.update_enabled()


def install_admin_actions(main_window: QWidget, menu: QMenu,
                          get_register: Callable[[], Any]) -> AdminActions:
    """Add Monitor…, Bewaartermijnen…, Logboek…, Inzageverzoek…, Importeren… to ``menu``."""
    return AdminActions(main_window, menu, get_register)
