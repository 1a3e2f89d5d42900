"""Issue 14 point 5: backup, check, restore, the agenda/export save and the monitor PDF run in a
worker with a progress dialog and "Annuleren"; the window keeps processing events meanwhile and
cancelling leaves the vault byte-identical and writes no file.

The worker is held inside one of its real progress steps (a gate on the relay hook) so the test
can see the GUI thread tick while the job is half-way, then presses "Annuleren".
"""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from export_cases import store_rich_case
from monitor_helpers import add_case
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton, QWidget
from shell_helpers import PASSPHRASE, FakeWorkspace, fast_kdf, make_vault, no_jobs_left, wait_idle  # noqa: F401

from desktop import paths
from desktop.domain import model as m
from desktop.services import maintenance
from desktop.services.export.service import ExportService
from desktop.services.session import UnlockMethod
from desktop.ui.admin.monitor_view import MonitorDialog
from desktop.ui.export.export_dialog import open_agenda_export
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.restore_dialog import RestoreDialog
from desktop.ui.shell.session_lock import SessionLockWatcher
from desktop.ui.widgets import messages, worker

pytestmark = pytest.mark.usefixtures("fast_kdf", "no_jobs_left")


class Gate:
    """Holds the worker inside the first progress step that matches ``when``."""

    def __init__(self, monkeypatch, when) -> None:
        self.reached, self.release = threading.Event(), threading.Event()
        original = worker._GuiProgress.report

        def report(progress, done: int, total: int, label: str) -> None:
            original(progress, done, total, label)
            if not self.reached.is_set() and when(done, total, label):
                self.reached.set()
                self.release.wait(10)

        monkeypatch.setattr(worker._GuiProgress, "report", report)


class Ticker:
    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(5)

    def _tick(self) -> None:
        self.ticks += 1


def _pause_then_cancel(qtbot, gate: Gate, owner: QWidget) -> None:
    """While the worker waits mid-operation the GUI thread keeps ticking; then "Annuleren"."""
    ticker = Ticker()
    qtbot.waitUntil(gate.reached.is_set, timeout=10_000)
    before = ticker.ticks
    qtbot.wait(150)
    assert ticker.ticks > before + 5, "the GUI thread was blocked during the operation"
    dialog = owner.findChildren(QProgressDialog)[-1]
    button = dialog.findChild(QPushButton)
    assert button.text() == "Annuleren"
    button.click()
    gate.release.set()
    wait_idle(qtbot)
    ticker.timer.stop()


def _vault_bytes(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.endswith("-shm")}


@pytest.fixture
def window(qtbot, data_dir, tmp_path):
    service, _code = make_vault(data_dir)
    settings = QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)
    win = MainWindow(service, workspace=FakeWorkspace(), settings=settings,
                     session_watcher=SessionLockWatcher(use_dbus=False))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.unlock_screen.secret.setText(PASSPHRASE)
    win.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not win.is_locked(), timeout=5000)
    for i in range(5):
        win.register.cases.create(m.Case(forms={m.Form.SEXUAL}, received_on=date(2026, 2, 2),
                                         reporter_department="Wijkteam", observations=f"fictief {i}"))
    return win


BACKUP_PHASES = {"copy": lambda done, label: "Databank versleuteld" in label,
                 "zip-start": lambda done, label: done == 10,
                 "zip-chunk": lambda done, label: 10 < done < 99,
                 "zip-end": lambda done, label: "afronden" in label}


@pytest.mark.parametrize("phase", sorted(BACKUP_PHASES))
def test_backup_keeps_the_window_live_and_cancel_leaves_no_file(qtbot, window, data_dir, tmp_path,
                                                                monkeypatch, phase):
    target_dir = tmp_path / "kopieen"
    target_dir.mkdir()
    target = target_dir / "schakel-backup.schakelbackup"
    shown: list[str] = []
    monkeypatch.setattr(messages, "ask_save_file", lambda *_a: str(target))
    monkeypatch.setattr(messages, "show_info", lambda _p, text: shown.append(text))
    monkeypatch.setattr(maintenance, "_CHUNK", 16 * 1024)  # several chunks even for a small vault
    before = _vault_bytes(data_dir)
    gate = Gate(monkeypatch, lambda done, total, label: BACKUP_PHASES[phase](done, label))
    window.backup_action.trigger()
    _pause_then_cancel(qtbot, gate, window)
    assert shown[-1] == "Afgebroken; er is niets veranderd."
    assert list(target_dir.iterdir()) == []  # neither the backup nor its temp file
    assert not list(data_dir.glob(".backup-*"))
    assert _vault_bytes(data_dir) == before
    assert window.backup_action.isEnabled()


def test_backup_with_progress_completes(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "kopie.schakelbackup"
    shown: list[str] = []
    monkeypatch.setattr(messages, "ask_save_file", lambda *_a: str(target))
    monkeypatch.setattr(messages, "show_info", lambda _p, text: shown.append(text))
    window.backup_action.trigger()
    wait_idle(qtbot)
    assert target.is_file() and shown[-1] == "De back-up is opgeslagen als kopie.schakelbackup."


@pytest.mark.parametrize("phase", ["Versleuteling", "Verwijzingen", "afronden"])
def test_check_keeps_the_window_live_and_cancel_writes_nothing(qtbot, window, data_dir, monkeypatch, phase):
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, text: shown.append(text))
    before = _vault_bytes(data_dir)
    gate = Gate(monkeypatch, lambda done, total, label: phase in label)
    window.check_action.trigger()
    qtbot.waitUntil(gate.reached.is_set, timeout=10_000)
    started = time.perf_counter()
    assert window.register.cases.count() == 5  # the check reads on its own connection: no wait
    assert time.perf_counter() - started < 1.0
    _pause_then_cancel(qtbot, gate, window)
    assert shown[-1] == "Afgebroken; er is niets veranderd."
    assert _vault_bytes(data_dir) == before  # no "controle_uitgevoerd" audit row either


@pytest.mark.parametrize("phase", ["uitpakken", "Databankstructuur", "Vergelijken", "Terugzetten"])
def test_restore_cancel_leaves_the_current_register(qtbot, data_dir, tmp_path, monkeypatch, phase):
    service, _ = make_vault(data_dir)
    reg = service.unlock(UnlockMethod.PASSPHRASE, PASSPHRASE)
    backup = maintenance.backup(reg, tmp_path / "kopie")
    reg.cases.create(m.Case(forms={m.Form.SEXUAL}, received_on=date(2026, 2, 2),
                            reporter_department="Wijkteam", observations="na de back-up"))
    reg.lock()
    before = _vault_bytes(data_dir)
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    dialog = RestoreDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(backup))
    dialog.secret.setText(PASSPHRASE)
    gate = Gate(monkeypatch, lambda done, total, label: phase in label)
    dialog._restore(force=True)
    _pause_then_cancel(qtbot, gate, dialog)
    assert "Afgebroken" in dialog.error.text()
    assert _vault_bytes(data_dir) == before
    assert not (data_dir / ".terugzetten").exists()
    assert not any((data_dir / paths.BACKUP_DIR).glob("voor-terugzetten-*"))


@pytest.mark.parametrize("phase", ["opmaken", "opslaan"])
def test_monitor_pdf_cancel_writes_no_file(qtbot, register, tmp_path, monkeypatch, phase):
    add_case(register, received=date(2025, 1, 10))
    dialog = MonitorDialog(register)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None and not worker.is_busy(), timeout=10_000)
    target = tmp_path / "jaaroverzicht.pdf"
    shown: list[str] = []
    monkeypatch.setattr(messages, "ask_save_file", lambda *_a: str(target))
    monkeypatch.setattr(messages, "show_info", lambda _p, text: shown.append(text))
    gate = Gate(monkeypatch, lambda done, total, label: phase in label)
    dialog.save_pdf()
    _pause_then_cancel(qtbot, gate, dialog)
    assert not target.exists() and shown[-1] == "Afgebroken; er is niets veranderd."
    dialog.save_pdf()  # without cancel the file is written
    wait_idle(qtbot)
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("phase", ["opgemaakt", "opgeslagen"])
def test_agenda_save_cancel_writes_no_file_and_no_log(qtbot, register, tmp_path, monkeypatch, phase):
    register.set_setting("municipality", "Gemeente Schakeldam")
    cases = [store_rich_case(register), store_rich_case(register, victim_and_suspect=False)]
    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    dialog = open_agenda_export(None, register, [c.id for c in cases])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None and not worker.is_busy(), timeout=10_000)
    dialog.save_panel.folder_edit.setText(str(folder))
    dialog.save_panel.confirm.setChecked(True)
    assert dialog.save_button.isEnabled()
    gate = Gate(monkeypatch, lambda done, total, label: phase in label)
    dialog.save_button.click()
    _pause_then_cancel(qtbot, gate, dialog)
    assert list(folder.iterdir()) == []
    assert ExportService(register).log_for_case(cases[0].id) == []
    assert "Afgebroken" in dialog.error.text() and dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=15_000) as saved:
        dialog.save_button.click()
    assert saved.args[0].path.parent == folder and saved.args[0].path.is_file()
