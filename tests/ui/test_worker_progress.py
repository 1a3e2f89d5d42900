"""run_with_progress: steps reach the dialog, "Annuleren" cancels quietly, errors are reported."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from desktop.services.progress import Progress
from desktop.ui.widgets import messages, worker


def _dialog(owner: QWidget) -> QProgressDialog:
    found = owner.findChildren(QProgressDialog)
    assert found, "no progress dialog"
    return found[-1]


def test_progress_reaches_dialog_and_result_arrives(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    gate = threading.Event()
    results = []

    def job(progress: Progress) -> int:
        progress.step(3, 10, "Bezig: 3 van 10")
        gate.wait(5)
        progress.step(10, 10, "Klaar")
        return 42

    worker.run_with_progress(job, results.append, owner=owner, title="Test", label="Bezig…", min_duration_ms=0)
    dialog = _dialog(owner)
    qtbot.waitUntil(lambda: dialog.value() == 3 and dialog.maximum() == 10)
    assert dialog.labelText() == "Bezig: 3 van 10"
    gate.set()
    qtbot.waitUntil(lambda: results == [42])
    assert not worker.is_busy()


def test_cancel_stops_the_job_quietly(qtbot, monkeypatch):
    owner = QWidget()
    qtbot.addWidget(owner)
    infos, failures, results = [], [], []
    monkeypatch.setattr(messages, "show_info", lambda parent, text: infos.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: failures.append(a))
    started = threading.Event()

    def job(progress: Progress) -> str:
        for i in range(10_000):
            started.set()
            progress.step(i, 10_000, "")
            threading.Event().wait(0.001)
        return "klaar"

    handle = worker.run_with_progress(job, results.append, failures.append, owner=owner, title="T", label="L",
                                      min_duration_ms=0)
    assert started.wait(5)
    button = _dialog(owner).findChild(QPushButton)
    assert button.text() == "Annuleren"
    button.click()
    assert handle.cancelled
    qtbot.waitUntil(lambda: infos == ["Afgebroken; er is niets veranderd."])
    assert results == [] and failures == []
    assert worker.wait_for_all()


def test_failure_goes_to_on_failure_and_dialog_closes(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    errors = []
    worker.run_with_progress(lambda p: 1 / 0, errors.append, errors.append, owner=owner, title="T", label="L")
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ZeroDivisionError)
    assert not worker.is_busy()
