"""Menu entries for waarneming and overdracht (issue 17).

``install_transfer_actions(window)`` adds a "Zaak" menu (Waarneming…, Overdragen…, Mijn
uitwisselsleutel…) before "Extra", and "Overdracht ontvangen…" to "Bestand". The case is the
one open in the case view, else the one selected in the list. Actions are disabled while
locked; open dialogs close on lock.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from desktop.ui.widgets import messages


class TransferActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs: list[QDialog] = []
        tr = self.tr
        self.lend_action = self._action(tr("&Waarneming…"), "waarneming", self.open_lend)
        self.handover_action = self._action(tr("&Overdragen…"), "overdragen", self.open_handover)
        self.key_action = self._action(tr("Mijn &uitwisselsleutel…"), "uitwisselsleutel", self.open_key)
        self.overview_action = self._action(tr("Overzicht waarnemingen en overdrachten…"), "overdrachten",
                                            self.open_overview)
        self.expire_action = self._action(tr("Verlopen waarnemingen &vernietigen…"), "waarneming_verlopen",
                                          self.expire)
        self.receive_action = self._action(tr("Overdracht &ontvangen…"), "overdracht_ontvangen", self.receive)
        bar = window.menuBar()
        self.case_menu = QMenu(tr("Zaa&k"), window)  # Alt+Z is the list's &Zoeken and the unlock field
        for action in (self.lend_action, self.handover_action):
            self.case_menu.addAction(action)
        self.case_menu.addSeparator()
        self.case_menu.addAction(self.overview_action)
        self.case_menu.addAction(self.expire_action)
        self.case_menu.addAction(self.key_action)
        extra = getattr(window, "extra_menu", None)
        bar.insertMenu(extra.menuAction(), self.case_menu) if extra is not None else bar.addMenu(self.case_menu)
        file_menu = next((a.menu() for a in bar.actions() if a.menu() is not None
                          and a.menu().title() == window.tr("&Bestand")), None)
        if file_menu is not None:
            before = getattr(window, "lock_action", None)
            file_menu.insertAction(before, self.receive_action) if before else file_menu.addAction(
                self.receive_action)
        self.case_menu.aboutToShow.connect(self.update_enabled)
        locked = getattr(window, "locked", None)
        if locked is not None:
            locked.connect(self.close_all)
        unlock_screen = getattr(window, "unlock_screen", None)
        if unlock_screen is not None:  # after the window took the register (connected earlier)
            unlock_screen.unlocked.connect(lambda *_args: self.ensure_identity())
        self.actions = [self.lend_action, self.handover_action, self.overview_action, self.expire_action,
                        self.key_action, self.receive_action]

    def ensure_identity(self) -> None:
        """Make the exchange keys on the first unlock of a register (quick; audit logged)."""
        register = self._register()
        if register is None or getattr(self.window, "demo", False):
            return
        from desktop.services.transfer import TransferService

        try:
            service = TransferService(register)
            service.identity()
            today = date.today().isoformat()
            lapsed = [ls for ls in service.leases() if ls.role == "waarnemer" and ls.until and ls.until < today]
        except Exception:  # noqa: BLE001 - made on first use instead (key export, first bundle)
            return
        if lapsed:
            self.window.statusBar().showMessage(self.tr(
                "{n} waarneming(en) verlopen: vernietig de kopieën via Zaak › Verlopen waarnemingen "
                "vernietigen…").format(n=len(lapsed)), 15000)

    def _action(self, text: str, name: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _register(self) -> Any:
        register = getattr(self.window, "register", None)
        return register if register is not None and register.is_open else None

    def current_case_id(self) -> int | None:
        workspace = getattr(self.window, "workspace", None)
        view = getattr(workspace, "case_view", None)
        if view is not None:
            return view.case_id
        case_list = getattr(workspace, "list", None)
        return case_list.selected_case_id() if case_list is not None else None

    def update_enabled(self) -> None:
        has_register = self._register() is not None
        has_case = has_register and self.current_case_id() is not None
        self.lend_action.setEnabled(has_case)
        self.handover_action.setEnabled(has_case)
        self.key_action.setEnabled(has_register)
        self.expire_action.setEnabled(has_register)
        self.overview_action.setEnabled(has_register)
        self.receive_action.setEnabled(has_register)

    def _show(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        try:
            return dialog.exec()
        finally:
            if dialog in self.dialogs:
                self.dialogs.remove(dialog)
            self._refresh_case_view()

    def _case_dialog(self, cls) -> QDialog | None:
        register, case_id = self._register(), self.current_case_id()
        if register is None:
            return None
        if case_id is None:
            messages.show_error(self.window, self.tr("Open of selecteer eerst een zaak."))
            return None
        try:
            return cls(register, case_id, self.window)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self.window, exc)
            return None

    def open_lend(self) -> None:
        from desktop.ui.transfer.send_dialog import WaarnemingDialog

        dialog = self._case_dialog(WaarnemingDialog)
        if dialog is not None:
            self._show(dialog)

    def open_handover(self) -> None:
        from desktop.ui.transfer.send_dialog import HandoverDialog

        dialog = self._case_dialog(HandoverDialog)
        if dialog is not None:
            self._show(dialog)

    def open_key(self) -> None:
        from desktop.services.transfer import TransferService
        from desktop.ui.transfer.key_dialog import MyKeyDialog

        register = self._register()
        if register is None:
            return
        try:
            dialog = MyKeyDialog(TransferService(register), self.window)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self.window, exc)
            return
        self._show(dialog)

    def open_overview(self) -> None:
        from desktop.ui.transfer.overview_dialog import TransferOverviewDialog

        register = self._register()
        if register is None:
            return
        try:
            dialog = TransferOverviewDialog(register, self.window)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self.window, exc)
            return
        self._show(dialog)

    def receive(self) -> None:
        from desktop.ui.transfer.receive_dialog import receive_flow

        register = self._register()
        if register is not None:
            receive_flow(self.window, register)
            self._refresh_case_view()

    def expire(self) -> None:
        """Destroy the copies of lapsed leases held here as deputy; save one receipt per owner."""
        from desktop.ui.transfer.receive_dialog import save_receipt

        register = self._register()
        if register is None:
            return
        from desktop.services.transfer import TransferService

        service = TransferService(register)
        due = [ls for ls in service.leases() if ls.role == "waarnemer" and ls.until
               and ls.until < date.today().isoformat()]
        if not due:
            messages.show_info(self.window, self.tr("Er zijn geen verlopen waarnemingen."))
            return
        numbers = ", ".join(ls.number for ls in due)
        if not messages.confirm(self.window, self.tr(
                "De waarneming van {n} is verlopen. Uw kopieën worden nu vernietigd en u stuurt de "
                "eigenaar een vernietigingsbewijs. Doorgaan?").format(n=numbers)):
            return
        try:
            done = service.destroy_expired()
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self.window, exc)
            return
        for label, receipt, gone in done:
            messages.show_info(self.window, self.tr("Vernietigd: {n}. Sla het bewijs op voor {who}.").format(
                n=", ".join(gone), who=label))
            save_receipt(self.window, receipt, f"vernietigingsbewijs-{date.today().isoformat()}.schakelbewijs")
        self._refresh_case_view()

    def _refresh_case_view(self) -> None:
        view = getattr(getattr(self.window, "workspace", None), "case_view", None)
        if view is not None and shiboken6.isValid(view):
            view.reload()

    def close_all(self) -> None:
        for dialog in list(self.dialogs):
            if shiboken6.isValid(dialog):
                dialog.reject()
        self.dialogs.clear()


def install_transfer_actions(window: QWidget) -> TransferActions:
    return TransferActions(window)
