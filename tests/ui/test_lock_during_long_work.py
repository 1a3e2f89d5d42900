"""Locking (idle time, Ctrl+L, session lock) while a backup runs in a worker: the window locks,
the half-made backup is removed, nothing is reported as a crash and the register opens again."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QProgressDialog
from shell_helpers import PASSPHRASE, fast_kdf, no_jobs_left, wait_idle  # noqa: F401
from test_long_work import Gate, _vault_bytes, window  # noqa: F401

from desktop.services import maintenance
from desktop.ui.widgets import messages

pytestmark = pytest.mark.usefixtures("fast_kdf", "no_jobs_left")


@pytest.mark.parametrize("when", ["copy", "zip"])
def test_lock_while_a_backup_runs(qtbot, window, data_dir, tmp_path, monkeypatch, when):  # noqa: F811
    target_dir = tmp_path / "kopieen"
    target_dir.mkdir()
    shown: list[str] = []
    errors: list[object] = []
    monkeypatch.setattr(messages, "ask_save_file", lambda *_a: str(target_dir / "b.schakelbackup"))
    monkeypatch.setattr(messages, "show_info", lambda _p, text: shown.append(text))
    monkeypatch.setattr(messages, "show_error", lambda _p, err: errors.append(err))
    monkeypatch.setattr(maintenance, "_CHUNK", 16 * 1024)
    phase = {"copy": lambda done, label: "Databank versleuteld" in label,
             "zip": lambda done, label: 10 < done < 99}[when]
    gate = Gate(monkeypatch, lambda done, total, label: phase(done, label))
    window.backup_action.trigger()
    qtbot.waitUntil(gate.reached.is_set, timeout=10_000)
    releaser = threading.Timer(0.3, gate.release.set)  # the worker goes on while lock() waits
    releaser.start()
    window.lock()
    releaser.join()
    wait_idle(qtbot)
    assert window.is_locked()
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert list(target_dir.iterdir()) == []  # no half-made backup, no temp file
    assert not list(data_dir.glob(".backup-*"))
    assert not any("Traceback" in str(e) for e in errors), errors
    window.unlock_screen.secret.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    assert window.register.cases.count() == 5
