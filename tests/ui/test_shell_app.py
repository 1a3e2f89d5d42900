"""Start-up (single instance, broken policy), the excepthook, worker, session-lock
detection, recovery sheet output, route list and theme."""

from __future__ import annotations

import argparse
import subprocess
import sys
import threading
from datetime import date

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shell_helpers import no_jobs_left  # noqa: F401

from desktop import paths
from desktop.services.route import choices as routes_module
from desktop.ui.shell import app as app_module
from desktop.ui.shell import session_lock, theme
from desktop.ui.shell.recovery_sheet import RecoveryCodePanel, SheetData, print_sheet
from desktop.ui.widgets import messages, worker
from desktop.vault.errors import WrongPassphrase

pytestmark = pytest.mark.usefixtures("no_jobs_left")

SHEET = SheetData("PJCRZ-PB9PW-DHN26-RRAE2-SCTS6-D8NBQ-32WZY-FF3D9", "0" * 32,
                  "Gemeente Oefenwoude", date(2026, 11, 23))


@pytest.fixture
def boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(app_module.theme, "apply", lambda _app: None)  # keep the test style
    return shown


def args(**kw) -> argparse.Namespace:
    return argparse.Namespace(**{"data_dir": None, "policy": None, "demo": False, **kw})


def test_second_instance_is_refused(data_dir, boxes):
    held = QLockFile(str(data_dir / paths.LOCK_FILE))
    assert held.tryLock(0)
    try:
        assert app_module.run_gui(args(data_dir=str(data_dir))) == 1
    finally:
        held.unlock()
    assert "al geopend" in boxes[0]
    assert not isinstance(sys.excepthook, messages.ExceptHook)  # run_gui put it back


def test_broken_policy_stops_with_a_dutch_message(tmp_path, boxes):
    policy = tmp_path / "beleid.toml"
    policy.write_text("vergrendelen_na_minuten = 'tien'\n", encoding="utf-8")
    assert app_module.run_gui(args(policy=str(policy), data_dir=str(tmp_path / "d"))) == 1
    assert "vergrendelen_na_minuten" in boxes[0] and "geheel getal" in boxes[0]
    assert not (tmp_path / "d").exists()


def test_excepthook_shows_only_the_type(boxes, caplog):
    restore = messages.install_excepthook()
    try:
        try:
            raise ValueError("Łukasz Wiśniewski, Fictieweg 12")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        restore()
    assert "ValueError" in boxes[0] and "Łukasz" not in boxes[0]
    assert "Łukasz" not in caplog.text and "ValueError" in caplog.text
    assert not isinstance(sys.excepthook, messages.ExceptHook)


def test_error_text_uses_our_message_but_not_foreign_ones():
    assert messages.error_text(WrongPassphrase()) == "De wachtwoordzin klopt niet."
    foreign = messages.error_text(KeyError("Fictieve Ionescu"))
    assert "KeyError" in foreign and "Ionescu" not in foreign


def test_worker_delivers_result_and_errors_on_the_gui_thread(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    results: list = []
    gui = threading.get_ident()

    def slow() -> int:
        assert threading.get_ident() != gui
        return 42

    worker.run_in_background(slow, lambda r: results.append((r, threading.get_ident())),
                             owner=owner, busy=[owner])
    assert not owner.isEnabled()
    qtbot.waitUntil(lambda: bool(results), timeout=3000)
    assert results == [(42, gui)] and owner.isEnabled()
    worker.run_in_background(lambda: 1 / 0, results.append, results.append, owner=owner)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=3000)
    assert isinstance(results[1], ZeroDivisionError)


def test_worker_skips_callbacks_for_a_deleted_owner(qtbot):
    owner = QWidget()
    called: list = []
    gate = threading.Event()
    worker.run_in_background(gate.wait, called.append, called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=2000)
    gate.set()
    worker.wait_for_all()
    assert called == []


def test_windows_session_messages_map_to_a_lock():
    reason = session_lock.windows_lock_reason
    assert reason(session_lock.WM_WTSSESSION_CHANGE, session_lock.WTS_SESSION_LOCK)
    assert reason(session_lock.WM_WTSSESSION_CHANGE, session_lock.WTS_REMOTE_DISCONNECT)
    assert reason(session_lock.WM_POWERBROADCAST, session_lock.PBT_APMSUSPEND)
    assert reason(session_lock.WM_WTSSESSION_CHANGE, 0x8) is None  # unlock: nothing to do
    assert reason(0x0200, 0) is None  # WM_MOUSEMOVE


def test_app_suspended_locks_and_tests_never_touch_dbus(qtbot):
    assert not session_lock.dbus_allowed()  # offscreen
    watcher = session_lock.SessionLockWatcher()
    assert not any(d.startswith("dbus") for d in watcher.detected)
    with qtbot.waitSignal(watcher.lock_requested) as signal:
        watcher._on_app_state(Qt.ApplicationState.ApplicationSuspended)
    assert signal.args == [session_lock.APP_SUSPENDED]
    watcher.on_prepare_for_sleep(False)  # waking up is not a reason to lock
    with qtbot.waitSignal(watcher.lock_requested):
        watcher.on_screensaver(True)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_recovery_pdf_and_print_carry_the_code(qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    target = tmp_path / "herstel.pdf"
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: str(target))
    monkeypatch.setattr(messages, "show_info", lambda *a: None)
    panel = RecoveryCodePanel(SHEET)
    qtbot.addWidget(panel)
    panel.save_pdf.click()
    assert "PJCRZ" in pdf_text(target) and "Oefenwoude" in pdf_text(target)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    print_sheet(printer, SHEET)
    printed = pdf_text(tmp_path / "afdruk.pdf")
    assert "PJCRZ-PB9PW" in printed and "0" * 32 in printed


def test_route_list_falls_back_to_tolerant_yaml(tmp_path, monkeypatch):
    folder = tmp_path / "routes"
    folder.mkdir()
    (folder / "a.yaml").write_text("id: oefen-regio\ntitle: Oefenroute\n", encoding="utf-8")
    (folder / "b.yaml").write_text("id: [kapot\n", encoding="utf-8")
    (folder / "c.yaml").write_text("- geen mapping\n", encoding="utf-8")

    def broken(_dir):
        raise RuntimeError("catalog broken")

    monkeypatch.setattr(routes_module, "_from_catalog", broken)
    monkeypatch.setattr(routes_module, "forms_dir", lambda: tmp_path / "leeg")
    assert routes_module.route_choices(tmp_path) == [("oefen-regio", "Oefenroute")]


def test_route_list_from_the_bundled_routes():
    ids = [rid for rid, _title in routes_module.route_choices()]
    assert ids and all(rid for rid in ids)


def test_theme_palettes_and_icon(qapp):
    assert theme.palette(True).color(theme.Role.Window).lightness() < 80
    assert theme.palette(False).color(theme.Role.Window).lightness() > 200
    qss = theme.stylesheet(dark=True)
    assert "@" not in qss and "#ff8a80" in qss
    assert not theme.app_icon().isNull()
    assert isinstance(QApplication.instance(), QApplication)
