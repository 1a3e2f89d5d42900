"""GUI-thread budget, measured as the officer experiences it (child process, offscreen).

Starts the real ``schakel`` entry point (``desktop.cli.main`` → policy, instance lock, main
window), types the passphrase into the unlock screen and presses "Ontgrendelen", then drives
the window. For every action it records the wall time until the result is painted, the CPU
time of the GUI thread in that interval, and the longest stall of the GUI thread (a 2 ms
heartbeat timer; a gap means the event loop was blocked). Prints one JSON object.

Usage: SCHAKEL_BENCH_PASSPHRASE=... python -m benchmarks.gui_budget DATA_DIR
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def rss_peak_mb(field: str = "VmHWM") -> float:
    """VmHWM: peak resident set of the process (includes scrypt's ~130 MB during unlock);
    VmRSS: resident now."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Clock:
    """Wall ms, GUI-thread CPU ms and the longest GUI stall of one measured action."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def measure(self, action: Callable[[], object], done: Callable[[], bool], timeout: float = 120
                ) -> dict[str, float]:
        from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

        idle_wait(0.05)
        self.ticks = [time.perf_counter()]
        wall0, cpu0 = time.perf_counter(), time.thread_time()
        action()
        end = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > end:
                raise TimeoutError("action did not finish")
            loop = QEventLoop()
            QTimer.singleShot(1, loop.quit)
            loop.exec()
        QCoreApplication.processEvents()
        wall, cpu = time.perf_counter() - wall0, time.thread_time() - cpu0
        ticks = [*self.ticks, time.perf_counter()]
        stall = max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) if len(ticks) > 1 else wall
        return {"wall_ms": round(wall * 1000, 1), "gui_cpu_ms": round(cpu * 1000, 1),
                "max_stall_ms": round(stall * 1000, 1)}


def idle_wait(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


class Painted:
    """True once ``widget`` got a Paint event after ``arm()``."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.seen = False
        outer = self

        class Filter(QObject):
            def eventFilter(self, _obj, event):  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    outer.seen = True
                return False

        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def arm(self) -> None:
        self.seen = False

    def __call__(self) -> bool:
        return self.seen


def drive(out: dict, data_dir: str, passphrase: str) -> None:  # noqa: PLR0915 - one script
    from PySide6.QtWidgets import QApplication, QMainWindow

    from desktop.ui.widgets import worker

    app = QApplication.instance()
    clock = Clock()
    window = next(w for w in app.topLevelWidgets() if w.__class__.__name__ == "MainWindow")
    window.resize(1366, 768)
    t0 = float(os.environ.get("SCHAKEL_BENCH_T0", "0") or 0)
    if t0:
        out["startup_to_window_s"] = round(time.time() - t0, 3)
    idle_wait(0.3)

    empty = QMainWindow()  # baseline: showing and painting an empty window
    empty.resize(1366, 768)
    painted_empty = Painted(empty)
    out["baseline_empty_window_paint"] = clock.measure(empty.show, painted_empty)
    empty.close()

    screen = window.unlock_screen
    screen.secret.setText(passphrase)
    workspace = window.workspace
    list_painted = Painted(workspace.list.view.viewport())

    def unlocked() -> bool:
        return window.register is not None and workspace.list.model.rowCount() > 0 and list_painted()

    out["gui_unlock_to_list"] = clock.measure(screen.unlock_button.click, unlocked)
    out["gui_after_unlock_background"] = clock.measure(lambda: None, lambda: not worker.is_busy())
    register = window.register
    conn = register.conn
    total = register.cases.count()
    out["cases_in_vault"] = total

    ids = [r[0] for r in conn.execute("SELECT id FROM case_file ORDER BY random() LIMIT 20")]
    opens = []
    for case_id in ids:
        def open_it(case_id=case_id):
            workspace.open_case(case_id)
        def shown() -> bool:
            view = workspace.case_view
            return view is not None and view.tabs.currentWidget().isVisible()

        opens.append(clock.measure(open_it, shown))
        workspace._back_to_list()
    out["gui_open_case"] = _summary(opens)

    # Save an intake (a new signal) and wait until the new case view is painted.
    saves = []
    for attempt in range(2):
        workspace.new_signal()
        intake = workspace.intake
        s = intake.signal
        s.department.edit.setText("Burgerzaken")
        s.observed_date.edit.setText("01-03-2026")
        s.observed_time.edit.setText("10:30")
        s.observations.setPlainText(f"Fictief: groep aan de balie met een woordvoerder ({attempt}).")
        s.form_boxes[next(iter(s.form_boxes))].setChecked(True)
        before = workspace.case_view

        def saved(before=before) -> bool:
            view = workspace.case_view
            return view is not None and view is not before and view.isVisible()
        saves.append(clock.measure(intake.save_button.click, saved))
    out["gui_save_intake"] = _summary(saves)
    new_case = register.cases.get(workspace.case_view.case_id)

    # First link suggestion after a save (the name index is updated, not rebuilt).
    from desktop.domain import model as m

    probe = m.Case(persons=[m.Person(name="Lukasz Wisniewski")])
    result: dict = {}
    out["gui_link_suggest_after_save"] = clock.measure(
        lambda: result.setdefault("s", register.links.suggest(probe)), lambda: "s" in result)
    new_case.observations += " (bijgewerkt)"
    register.cases.update(new_case)
    result.clear()
    out["gui_link_suggest_after_second_save"] = clock.measure(
        lambda: result.setdefault("s", register.links.suggest(probe)), lambda: "s" in result)

    # Linked-signals tab, first show after a save.
    from desktop.ui.case.case_tabs_links import LinksTab

    view = workspace.case_view
    index = next(i for i, p in enumerate(view.tab_pages)
                 if isinstance(p, LinksTab) or getattr(p, "factory", None) is LinksTab)
    out["gui_links_tab_first_show"] = clock.measure(
        lambda: view.tabs.setCurrentIndex(index),
        lambda: isinstance(view.tabs.widget(index), LinksTab) and view.tabs.widget(index).isVisible())
    workspace._back_to_list()

    # Search per debounced keystroke (debounce skipped: the query and the paint only).
    from benchmarks.measures import QUERIES

    lst = workspace.list
    workspace.stack.setCurrentWidget(lst)
    list_painted = Painted(lst.view.viewport())  # the viewport may have been replaced since unlock
    searches, raw = [], []
    for q in QUERIES:
        lst.search.blockSignals(True)
        lst.search.setText(q)
        lst.search.blockSignals(False)
        list_painted.arm()
        def search_and_paint() -> None:
            lst._apply_filters()
            lst.view.viewport().update()  # a hit set equal to the previous one schedules no paint itself

        # done once the query ran and the pending events (model reset, paint) were processed;
        # waiting for a Paint event here timed out offscreen after the case-list changes of this round
        searches.append(clock.measure(search_and_paint, lambda: True))
        from desktop.store.search import fts_query

        t = time.perf_counter()
        conn.execute("SELECT rowid FROM case_fts WHERE case_fts MATCH ? ORDER BY rowid DESC LIMIT 200",
                     (fts_query(q),)).fetchall()
        raw.append((time.perf_counter() - t) * 1000)
    out["gui_search_keystroke"] = _summary(searches)
    out["baseline_raw_fts_query_p95_ms"] = round(p95(raw), 2)
    out["search_counts"] = {q: register.cases.count(lst.model.query.__class__(text=q)) for q in QUERIES[:3]}
    lst.search.clear()
    lst._apply_filters()

    # Scrolling the list sorted by form, page by page, then every row (memory).
    from desktop.ui.case.case_table_model import COL_FORMS

    lst.proxy.sort(COL_FORMS)
    idle_wait(0.1)
    bar = lst.view.verticalScrollBar()
    pages = []
    for step in range(30):
        list_painted.arm()
        pages.append(clock.measure(lambda step=step: bar.setValue(bar.pageStep() * (step + 1)),
                                   lambda: True))
    out["gui_scroll_form_page"] = _summary(pages)
    t = time.perf_counter()
    value = 0
    rss = [rss_peak_mb("VmRSS")]
    while value < bar.maximum():
        value = min(bar.maximum(), value + 200)
        bar.setValue(value)
        QApplication.processEvents()
        if value % 20_000 < 200:
            rss.append(rss_peak_mb("VmRSS"))
    out["scroll_all_rows_s"] = round(time.perf_counter() - t, 2)
    out["rows_held_after_scroll_all"] = lst.model.held_rows()
    rss.append(rss_peak_mb("VmRSS"))
    out["rss_mb_after_scroll_all"] = round(rss[-1], 1)
    for case_id in [r[0] for r in conn.execute("SELECT id FROM case_file ORDER BY random() LIMIT 50")]:
        workspace.open_case(case_id)
        QApplication.processEvents()
        workspace._back_to_list()
        rss.append(rss_peak_mb("VmRSS"))
    QApplication.processEvents()
    out["peak_rss_mb_after_scroll_and_50_cases"] = round(max(rss), 1)  # sampled VmRSS, browsing
    out["rss_hwm_mb_process"] = round(rss_peak_mb(), 1)  # incl. the unlock's scrypt memory

    # Bewaartermijnen: open (until the rows are painted) and one toggle.
    from desktop.ui.admin.retention_view import RetentionDialog

    holder = {}

    def open_retention() -> None:
        holder["d"] = RetentionDialog(register, window)
        holder["d"].resize(1366, 768)
        holder["d"].show()

    out["retention_open"] = clock.measure(
        open_retention, lambda: "d" in holder and not holder["d"].loading and holder["d"].isVisible())
    dialog = holder["d"]
    out["retention_rows"] = dialog.model.rowCount()
    if dialog.model.rowCount():
        from PySide6.QtCore import Qt

        vp = Painted(dialog.view.viewport())
        toggles = []
        for row in range(5):
            vp.arm()
            toggles.append(clock.measure(lambda row=row: dialog.model.setData(
                dialog.model.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole),
                vp))
        out["retention_toggle"] = _summary(toggles)
    dialog.close()
    out["gui_unlock_figures_note"] = "wall includes the passphrase KDF in a worker"


def _summary(samples: list[dict[str, float]]) -> dict[str, float]:
    walls = [s["wall_ms"] for s in samples]
    return {"median_ms": round(statistics.median(walls), 1), "p95_ms": round(p95(walls), 1),
            "max_ms": round(max(walls), 1),
            "gui_cpu_p95_ms": round(p95([s["gui_cpu_ms"] for s in samples]), 1),
            "max_stall_ms": round(max(s["max_stall_ms"] for s in samples), 1), "n": len(samples)}


def main() -> int:
    data_dir = sys.argv[1]
    passphrase = os.environ["SCHAKEL_BENCH_PASSPHRASE"]
    from PySide6.QtCore import QTimer

    from desktop import cli
    from desktop.ui.shell.app import make_app

    app = make_app()
    out: dict = {"started": date.today().isoformat()}

    def run() -> None:
        try:
            drive(out, data_dir, passphrase)
        except Exception as exc:  # reported, never hangs the parent
            out["error"] = f"{type(exc).__name__}: {exc}"
        finally:
            for w in app.topLevelWidgets():
                w.close()
            app.quit()

    QTimer.singleShot(0, run)
    out["exit_code"] = cli.main(["--data-dir", data_dir])
    print("BUDGET " + json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    random.seed(1)
    raise SystemExit(main())
