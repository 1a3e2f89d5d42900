"""Starting the GUI: ``run_gui(args) -> exit code``.

Order: Qt application (high-DPI pass-through), Dutch translators, style, policy (a
broken policy file stops with a Dutch message and exit code 1), data folder and the
single-instance lock, then the setup wizard (first run), the unlock screen, or with
``--demo`` a throwaway register full of fictional cases. No traceback ever reaches
the officer (``messages.install_excepthook``).
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__, paths
from desktop.policy import Policy, PolicyError, load_policy
from desktop.services.session import VaultService, VaultState
from desktop.ui.shell import i18n, theme
from desktop.ui.widgets import geometry, messages

EXIT_OK, EXIT_ERROR = 0, 1
DEMO_CASES = 120  # every case worked like a real one (issue 15): ~16 s to build


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def make_app() -> QApplication:
    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run_gui(args: argparse.Namespace) -> int:
    app = make_app()
    restore_hook = messages.install_excepthook()
    translators = i18n.install_translators(app)
    theme.apply(app)
    geometry.install_screen_keeper(app)
    try:
        return _run(app, args)
    finally:
        i18n.remove_translators(app, translators)
        restore_hook()


def _run(app: QApplication, args: argparse.Namespace) -> int:
    try:
        policy = load_policy(Path(args.policy) if getattr(args, "policy", None) else None)
    except PolicyError as exc:
        messages.show_error(None, exc.message)
        return EXIT_ERROR
    if getattr(args, "demo", False):
        return run_demo(app, policy)
    folder = paths.data_dir(getattr(args, "data_dir", None))
    created_folder = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        messages.show_error(None, _tr("De gegevensmap van Schakel kan niet worden aangemaakt."))
        return EXIT_ERROR
    lock = acquire_instance_lock(folder)
    if not lock.isLocked():
        messages.show_error(None, _lock_failure_text(lock))
        return EXIT_ERROR
    try:
        return run_session(app, VaultService(folder, policy))
    finally:
        lock.unlock()
        if created_folder:
            _remove_if_empty(folder)


def acquire_instance_lock(folder: Path) -> QLockFile:
    """The data folder's lock; ``isLocked()`` is False when it could not be taken."""
    lock = QLockFile(str(folder / paths.LOCK_FILE))
    lock.setStaleLockTime(0)  # only a dead owner makes the lock stale, never its age
    lock.tryLock(200)
    return lock


def _lock_failure_text(lock: QLockFile) -> str:
    if lock.error() == QLockFile.LockError.LockFailedError:
        return _tr("Schakel is al geopend met deze gegevensmap. Gebruik het venster dat al "
                   "open is; een tweede Schakel tegelijk kan het register beschadigen.")
    return _tr("Schakel kan in de gegevensmap niet schrijven. Vraag de functioneel beheerder "
               "om de map te controleren.")


def run_session(app: QApplication, service: VaultService) -> int:
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow(service, settings=QSettings(APP_NAME, APP_NAME))
    if service.state() == VaultState.NONE:
        if not _first_run(window, service):
            return EXIT_OK
    window.show()
    return app.exec()


def _first_run(window, service: VaultService) -> bool:
    """The setup wizard; True when a register was created."""
    from desktop.ui.shell.setup_wizard import SetupWizard

    wizard = SetupWizard(service)
    accepted = wizard.exec() == SetupWizard.DialogCode.Accepted
    if wizard.restored:  # a backup was put in place: unlock it on the unlock screen
        return True
    if not accepted or wizard.register is None:
        return False
    window.open_register(wizard.register)
    return True


def run_demo(app: QApplication, policy: Policy) -> int:
    """A throwaway register with fictional cases in a fresh temp folder, removed on exit."""
    from desktop.services.demo import fill
    from desktop.ui.shell.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="schakel-demo-"))
    try:
        demo_policy = Policy(idle_lock_minutes=policy.idle_lock_minutes,
                             max_idle_lock_minutes=policy.max_idle_lock_minutes,
                             allow_keyring=False)
        service = VaultService(folder, demo_policy)
        passphrase = "demo-" + secrets.token_urlsafe(18)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            register, _code = service.create(passphrase, False, "Demogemeente Schakeldam")
            fill(register, DEMO_CASES, seed=2026)
        finally:
            QApplication.restoreOverrideCursor()
        window = MainWindow(service)
        window.unlock_screen.set_demo_hint(
            _tr("DEMO – fictieve gegevens. Wachtwoordzin: {p}").format(p=passphrase))
        window.open_register(register, demo=True)
        window.show()
        return app.exec()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass
