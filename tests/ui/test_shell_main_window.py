"""Main window: locking (idle, Ctrl+L, OS session), title, menus, settings, backup, check."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shell_helpers import (  # noqa: F401
    PASSPHRASE,
    FakeWorkspace,
    fast_kdf,
    make_vault,
    no_jobs_left,
    wait_idle,
)

from desktop.services import maintenance
from desktop.services.session import UnlockMethod
from desktop.ui.shell.about import AboutDialog
from desktop.ui.shell.main_actions import backup_file_name, check_summary
from desktop.ui.shell.main_window import LOCKED_TITLE, TITLE, MainWindow
from desktop.ui.shell.session_lock import SESSION_LOCKED, SessionLockWatcher
from desktop.ui.shell.settings_dialog import SettingsDialog
from desktop.ui.widgets import clipboard, messages

pytestmark = pytest.mark.usefixtures("fast_kdf", "no_jobs_left")


@pytest.fixture
def window_for(qtbot, tmp_path):
    def build(data_dir, idle_ms=None, workspace=None):
        service, _code = make_vault(data_dir)
        settings = QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)
        win = MainWindow(service, workspace=workspace or FakeWorkspace(), settings=settings,
                         idle_ms=idle_ms, session_watcher=SessionLockWatcher(use_dbus=False))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win
    return build


def unlock(qtbot, win: MainWindow) -> None:
    win.unlock_screen.secret.setText(PASSPHRASE)
    win.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not win.is_locked(), timeout=5000)


def test_auto_lock_after_idle_time(qtbot, data_dir, window_for):
    win = window_for(data_dir, idle_ms=900)
    assert win.windowTitle() == LOCKED_TITLE
    unlock(qtbot, win)
    register, workspace = win.register, win.workspace
    assert workspace.register is register and win.windowTitle() == TITLE
    for _ in range(4):  # input postpones the lock (4 x 300 ms > 900 ms in total)
        qtbot.wait(300)
        QTest.keyClick(win, Qt.Key.Key_Shift)
        assert not win.is_locked()
    qtbot.waitUntil(win.is_locked, timeout=3000)
    assert not register.is_open
    assert workspace.register is None and workspace.cleared == 1
    assert win.stack.currentWidget() is win.unlock_screen
    assert win.windowTitle() == LOCKED_TITLE
    assert not win.service.keystore.is_unlocked()


def test_ctrl_l_locks_and_clears_our_clipboard(qtbot, data_dir, window_for):
    win = window_for(data_dir)
    unlock(qtbot, win)
    win.workspace.copy_requested.emit("Fictieve Łukasz Testpersoon")
    assert QGuiApplication.clipboard().text() == "Fictieve Łukasz Testpersoon"
    register = win.register
    win.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    QTest.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.is_locked() and not register.is_open
    assert QGuiApplication.clipboard().text() == ""
    assert not win.lock_action.isEnabled() and not win.settings_action.isEnabled()


def test_os_session_lock_and_open_dialogs(qtbot, data_dir, window_for):
    win = window_for(data_dir)
    unlock(qtbot, win)
    win.settings_action.trigger()
    settings = win.findChild(SettingsDialog)
    assert settings.isVisible()
    win.session_watcher.lock_requested.emit(SESSION_LOCKED)
    assert win.is_locked()
    assert not settings.isVisible()


def test_title_never_shows_case_data(qtbot, data_dir, window_for):
    win = window_for(data_dir)
    unlock(qtbot, win)
    win.workspace.status_message.emit("Zaak 2026-0001 opgeslagen: Łukasz Wiśniewski")
    for action in (win.new_action, win.search_action):
        action.trigger()
    assert win.workspace.new_signals == 1 and win.workspace.searches == 1
    titles = {w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()}
    assert titles <= {TITLE, LOCKED_TITLE}
    win.lock()
    assert win.windowTitle() == LOCKED_TITLE


def test_settings_change_idle_time_within_policy(qtbot, data_dir, window_for):
    win = window_for(data_dir)
    unlock(qtbot, win)
    dialog = SettingsDialog(win.service, win.register, win)
    qtbot.addWidget(dialog)
    assert dialog.idle.value() == 10 and dialog.idle.maximum() == 60
    dialog.idle.setValue(500)
    assert dialog.idle.value() == 60
    dialog.idle.setValue(3)
    dialog.idle_minutes_changed.connect(win.set_idle_minutes)
    dialog.accept()
    assert win.register.setting("idle_minutes") == "3"
    assert win.idle.interval_ms == 3 * 60_000


def test_settings_change_passphrase(qtbot, data_dir, window_for):
    win = window_for(data_dir)
    unlock(qtbot, win)
    dialog = SettingsDialog(win.service, win.register, win)
    qtbot.addWidget(dialog)
    dialog.fields.first.setText("ook zwak")
    dialog.fields.second.setText("ook zwak")
    dialog.change_button.click()
    assert "te zwak" in dialog.status.text()
    new = "zilveren kraanvogel boven het ijs"
    dialog.fields.first.setText(new)
    dialog.fields.second.setText(new)
    dialog.change_button.click()
    wait_idle(qtbot)
    assert dialog.status.text().startswith("De wachtwoordzin is gewijzigd en de sleutelsleutel vernieuwd")
    dialog.reject()
    win.lock()
    win.service.unlock(UnlockMethod.PASSPHRASE, new).lock()


def test_backup_with_default_name_and_check(qtbot, data_dir, tmp_path, window_for, monkeypatch):
    assert backup_file_name(date(2026, 11, 23)) == "schakel-backup-2026-11-23.schakelbackup"
    win = window_for(data_dir)
    unlock(qtbot, win)
    asked, shown = [], []
    target = tmp_path / "kopieen" / "schakel-backup.schakelbackup"
    target.parent.mkdir()
    monkeypatch.setattr(messages, "ask_save_file",
                        lambda _p, _t, name, _f: asked.append(name) or str(target))
    monkeypatch.setattr(messages, "show_info", lambda _p, text: shown.append(text))
    win.backup_action.trigger()
    wait_idle(qtbot)
    assert asked == [backup_file_name()] and target.is_file()
    assert shown[-1] == "De back-up is opgeslagen als schakel-backup.schakelbackup."
    win.check_action.trigger()
    wait_idle(qtbot)
    assert shown[-1].startswith("Het register is in orde.") and "Zaken: 0." in shown[-1]


def test_check_summary_reports_problems():
    report = maintenance.CheckReport(integrity_problems=["page 3"], audit_rows=4,
                                     audit_break_at=2, cipher_version="4.19.0")
    text = check_summary(report)
    assert text.startswith("Bij de controle zijn problemen gevonden.")
    assert "Databank: 1 problemen." in text and "onderbroken bij regel 2" in text


def test_about_shows_data_dir_and_versions(qtbot, data_dir, window_for):
    win = window_for(data_dir)
    about = AboutDialog(win.service, win, lock_detection=win.lock_detection_text())
    qtbot.addWidget(about)
    text = about.text.text()
    for expected in (str(data_dir), "EUPL-1.2", "SQLCipher", "4.", "Sleutelbos", "10 min."):
        assert expected in text


def test_geometry_is_saved_and_restored_inside_a_screen(qtbot, data_dir, window_for, tmp_path):
    win = window_for(data_dir)
    win.setGeometry(QRect(40, 50, 700, 600))
    win.close()
    settings = QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)
    assert [int(v) for v in settings.value("venster/geometrie")] == [40, 50, 700, 600]
    settings.setValue("venster/geometrie", [9000, 9000, 900, 600])  # a screen now gone
    settings.sync()
    again = window_for(data_dir.parent / "tweede")
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.contains(again.geometry())


def test_clipboard_guard_is_cleared_on_lock_only_if_ours(qtbot, data_dir, window_for):
    win = window_for(data_dir)
    unlock(qtbot, win)
    clipboard.copy_sensitive("Fictief kenteken 12-ABC-3")
    QGuiApplication.clipboard().setText("iets anders van de medewerker")
    win.lock()
    assert QGuiApplication.clipboard().text() == "iets anders van de medewerker"


def test_title_with_the_real_workspace_and_an_open_case(qtbot, data_dir, window_for):
    from desktop.services.demo import fill
    from desktop.store.cases import ListQuery
    from desktop.ui.shell.workspace import CaseWorkspace

    win = window_for(data_dir, workspace=CaseWorkspace())
    unlock(qtbot, win)
    fill(win.register, 5, seed=3)
    case = win.register.cases.list(ListQuery(limit=1))[0]
    win.workspace.open_case(case.id)
    win.new_action.trigger()
    titles = {w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()}
    assert titles <= {TITLE, LOCKED_TITLE}
    register = win.register
    win.lock()
    assert win.windowTitle() == LOCKED_TITLE and not register.is_open


def test_unlock_returns_to_the_case_that_was_open(qtbot, data_dir, window_for):
    """Issue 16: after a lock (idle, Ctrl+L) the officer is back in the case and tab."""
    from desktop.services.demo import fill
    from desktop.store.cases import ListQuery
    from desktop.ui.shell.workspace import CaseWorkspace

    win = window_for(data_dir, workspace=CaseWorkspace())
    unlock(qtbot, win)
    fill(win.register, 3, seed=3)
    case = win.register.cases.list(ListQuery(limit=1))[0]
    win.workspace.open_case(case.id)
    win.workspace.case_view.tabs.setCurrentIndex(3)
    win.lock()
    assert win.workspace.case_view is None  # nothing of the case stays on screen
    unlock(qtbot, win)
    view = win.workspace.case_view
    assert view is not None and view.case_id == case.id and view.tabs.currentIndex() == 3
    assert win.workspace.stack.currentWidget() is view


def test_rotating_the_data_key_from_settings_reopens_the_workspace(qtbot, tmp_path, monkeypatch):
    from desktop.policy import Policy
    from desktop.ui.widgets import messages

    told = []
    monkeypatch.setattr(messages, "show_info", lambda parent, text: told.append(text))
    from desktop.services.session import UnlockMethod, VaultService
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.widgets import worker

    service = VaultService(tmp_path / "data", Policy())
    register, _code = service.create("correct paard batterij nietje", use_keyring=False)
    old_key = register.key()
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.open_register(register)
    window.maintenance.rotate_key()
    worker.wait_for_all()
    qtbot.waitUntil(lambda: window.register is not None and window.register is not register,
                    timeout=10_000)
    assert window.register.key() != old_key
    assert window.register.cases.count() == 0
    assert told == ["De gegevenssleutel is vervangen."]
    window.lock()
    again = service.unlock(UnlockMethod.PASSPHRASE, "correct paard batterij nietje")
    assert again.key() != old_key
    again.close()


def test_long_lived_data_is_spared_the_cycle_collector_until_lock(qtbot, data_dir, window_for):
    """After unlock the name index etc. move to the permanent GC generation (a full collection
    over them stalled the GUI thread 185 ms at 100k cases); locking hands them back."""
    import gc

    from desktop import heap

    heap.thaw()
    win = window_for(data_dir)
    unlock(qtbot, win)
    qtbot.waitUntil(lambda: heap.frozen() > 0, timeout=10_000)  # after the background warm-up
    assert not win.register.links.warm_needed
    win.lock()
    assert heap.frozen() == 0 and gc.get_freeze_count() == 0
