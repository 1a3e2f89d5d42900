"""Import dialog: reading runs in a worker with progress; refusals are Dutch; cancel changes nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services.imports import mapping as im
from desktop.services.imports.table import read_table
from desktop.services.progress import Cancelled, Progress
from desktop.ui.admin.import_dialog import ImportDialog
from desktop.ui.widgets import messages, worker

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import import_hostile as hostile  # noqa: E402


@pytest.fixture
def seen(monkeypatch):
    got: dict[str, list] = {"info": [], "error": []}
    monkeypatch.setattr(messages, "show_info", lambda _p, text: got["info"].append(text))
    monkeypatch.setattr(messages, "show_error", lambda _p, err: got["error"].append(err))
    yield got
    worker.wait_for_all()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()


def _wait(qtbot) -> None:
    qtbot.waitUntil(lambda: not worker.is_busy(), timeout=20_000)
    worker.wait_for_all()


def _audit_rows(register) -> int:
    with register.read() as conn:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("name", ["nul-cell.csv", "formula-no-value.xlsx", "cell-xfd1048576.xlsx",
                                  "unclosed-quote.csv", "random.xlsx"])
def test_refused_file_shows_a_dutch_reason(qtbot, register, seen, tmp_path, name):
    dialog = ImportDialog(register)
    qtbot.addWidget(dialog)
    dialog.load(hostile.make(tmp_path, name))
    _wait(qtbot)
    assert len(seen["error"]) == 1 and "Het bestand kan niet worden gelezen" in seen["error"][0]
    assert dialog.table is None and not dialog.import_button.isEnabled()


def test_ods_and_utf16_load_into_the_preview(qtbot, register, seen, tmp_path):
    dialog = ImportDialog(register)
    qtbot.addWidget(dialog)
    for name in ("valid.ods", "utf16-tab.txt"):
        dialog.load(hostile.make(tmp_path, name))
        _wait(qtbot)
        assert not seen["error"], seen["error"]
        assert dialog.preview_model.rowCount() == 3 and dialog.import_button.isEnabled()


def test_cancelled_import_leaves_the_register_as_it_was(register, tmp_path):
    path = tmp_path / "groot.csv"
    path.write_text(hostile.csv_text(hostile.rows(1500)), encoding="utf-8")
    table = read_table(path)
    mapping = im.guess_mapping(table.headers)
    before = (register.cases.count(), _audit_rows(register))
    progress = Progress()

    def step(done: int, total: int) -> None:
        if done >= 400:
            progress.cancel()
        progress.step(done, total)

    with pytest.raises(Cancelled):
        im.run(register, table, mapping, progress=step)
    assert (register.cases.count(), _audit_rows(register)) == before
    assert not register.setting(im.SETTING)


def test_cancel_in_the_dialog_stores_nothing(qtbot, register, seen, tmp_path, monkeypatch):
    path = tmp_path / "groot.csv"
    path.write_text(hostile.csv_text(hostile.rows(2000)), encoding="utf-8")
    dialog = ImportDialog(register)
    qtbot.addWidget(dialog)
    dialog.load(path)
    _wait(qtbot)
    started = {}
    original = worker.run_with_progress

    def cancel_at_once(fn, *args, **kwargs):
        progress = original(fn, *args, **kwargs)
        progress.cancel()
        started["progress"] = progress
        return progress

    monkeypatch.setattr(worker, "run_with_progress", cancel_at_once)
    dialog.start_import()
    _wait(qtbot)
    assert started["progress"].cancelled
    assert register.cases.count() == 0 and not register.setting(im.SETTING)
    assert "afgebroken" in dialog.summary.text() and dialog.import_button.isEnabled()
