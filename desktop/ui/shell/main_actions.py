"""Menu actions of the main window that are not case work: backup, check, settings, about."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services import maintenance
from desktop.services.ui_types import CheckReport
from desktop.ui.shell.about import AboutDialog
from desktop.ui.shell.settings_dialog import SettingsDialog
from desktop.ui.widgets import messages, worker

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MaintenanceActions", text)


def backup_file_name(today: date | None = None) -> str:
    """Default backup name: a date, no personal data."""
    return f"schakel-backup-{(today or date.today()):%Y-%m-%d}{maintenance.BACKUP_SUFFIX}"


def check_summary(report: CheckReport) -> str:
    """Dutch summary of ``maintenance.check`` (counts only, no case data)."""
    lines = [_tr("Het register is in orde.") if report.ok
             else _tr("Bij de controle zijn problemen gevonden.")]
    if report.cipher_problems:
        lines.append(_tr("Versleuteling: {n} problemen.").format(n=len(report.cipher_problems)))
    else:
        lines.append(_tr("Versleuteling: in orde (SQLCipher {v}).").format(v=report.cipher_version))
    lines.append(_tr("Databank: {n} problemen.").format(n=len(report.integrity_problems))
                 if report.integrity_problems else _tr("Databank: in orde."))
    if report.foreign_key_problems:
        lines.append(_tr("Verwijzingen: {n} problemen.").format(n=report.foreign_key_problems))
    if report.audit_break_at is None:
        lines.append(_tr("Logboek: {n} regels, onafgebroken.").format(n=report.audit_rows))
    else:
        lines.append(_tr("Logboek: onderbroken bij regel {n}.").format(n=report.audit_break_at))
    if report.anchor_problem:
        lines.append(_tr("Logboekanker: MANIPULATIE ({problem}).").format(problem=report.anchor_problem))
    if report.audit_head:
        lines.append(_tr("Logboekkop: {head} (vergelijk met de voettekst van verstuurde PDF's).")
                     .format(head=report.audit_head))
    lines.append(_tr("Zaken: {n}.").format(n=report.counts.get("case_file", 0)))
    if not report.ok:
        lines.append(_tr("Maak geen nieuwe back-up over een oude heen en neem contact op met de "
                         "functioneel beheerder."))
    return "\n".join(lines)


class MaintenanceActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _register(self):
        register = self.window.register
        return register if register is not None and register.is_open else None

    def backup(self) -> None:
        window = self.window
        if self._register() is None:
            return
        path = messages.ask_save_file(window, _tr("Back-up maken"), backup_file_name(),
                                      _tr("Schakel-back-ups (*.schakelbackup)"))
        register = self._register()  # the window may have locked meanwhile
        if not path or register is None:
            return
        window.set_busy(True)
        window.statusBar().showMessage(_tr("Back-up wordt gemaakt…"))
        worker.run_with_progress(lambda progress: maintenance.backup(register, Path(path), progress=progress),
                                 self._backup_done, self._failed, owner=window, title=_tr("Back-up maken"),
                                 label=_tr("Back-up wordt gemaakt…"), on_cancel=self._cancelled)

    def _backup_done(self, dest: Path) -> None:
        self.window.set_busy(False)
        self.window.statusBar().clearMessage()
        messages.show_info(self.window, _tr("De back-up is opgeslagen als {name}.").format(
            name=Path(dest).name))

    def check(self) -> None:
        register = self._register()
        if register is None:
            return
        self.window.set_busy(True)
        self.window.statusBar().showMessage(_tr("Register wordt gecontroleerd…"))
        worker.run_with_progress(lambda progress: maintenance.check(register, progress=progress), self._checked,
                                 self._failed, owner=self.window, title=_tr("Register controleren"),
                                 label=_tr("Register wordt gecontroleerd…"), on_cancel=self._cancelled)

    def _checked(self, report: CheckReport) -> None:
        self.window.set_busy(False)
        self.window.statusBar().clearMessage()
        if report.ok:
            messages.show_info(self.window, check_summary(report))
        else:
            messages.show_error(self.window, check_summary(report))

    def _cancelled(self) -> None:
        """Annuleren: backup leaves no file, check wrote nothing; the vault is as before."""
        self.window.set_busy(False)
        self.window.statusBar().clearMessage()
        messages.show_info(self.window, _tr("Afgebroken; er is niets veranderd."))

    def _failed(self, exc: BaseException) -> None:
        self.window.set_busy(False)
        self.window.statusBar().clearMessage()
        messages.show_error(self.window, exc)

    def settings(self) -> None:
        register = self._register()
        if register is None:
            return
        dialog = SettingsDialog(self.window.service, register, self.window)
        dialog.idle_minutes_changed.connect(self.window.set_idle_minutes)
        dialog.rotate_requested.connect(self.rotate_key)
        dialog.open()

    def rotate_key(self) -> None:
        """Rotate the data key off the GUI thread; the workspace reopens with the new key."""
        window = self.window
        register = self._register()
        if register is None:
            return
        window.workspace.clear()  # type: ignore[attr-defined]
        window.register = None

        def done(new_register) -> None:
            window.open_register(new_register)
            messages.show_info(window, _tr("De gegevenssleutel is vervangen."))

        def failed(exc: BaseException) -> None:
            window.lock()
            messages.show_error(window, exc)

        worker.run_in_background(lambda: window.service.rotate_key(register), done, failed,
                                 owner=window)

    def about(self) -> None:
        AboutDialog(self.window.service, self.window,
                    lock_detection=self.window.lock_detection_text()).open()
