"""Open every main view and dialog on the current (offscreen) screen and report layout faults.

Run by ``test_layout_fit.py`` in a subprocess per screen set-up (1366×768 at 100 %, 1920×1080
at 150 %): ``python layout_probe.py OUT.json``. A fault is a window larger than the
screen, a visible widget outside its parent (clipped), or a widget smaller than its minimum
size hint (or, for wrapped text, than the height its width needs). Fictional data only.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QScrollBar,
    QSizePolicy,
    QTabBar,
    QToolBar,
    QWidget,
)

SKIP_INSIDE = (QComboBox, QAbstractSpinBox, QTabBar, QHeaderView, QScrollBar, QToolBar)
TOLERANCE = 1


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    text = widget.text() if isinstance(widget, QLabel) else ""
    return f"{type(widget).__name__}({(name or text)[:40]!r})"


def _skipped(widget: QWidget, window: QWidget) -> bool:
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, SKIP_INSIDE):
            return True
        parent = parent.parentWidget()
    return False


def _in_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return parent is not None and parent.objectName() == "qt_scrollarea_viewport"


def faults(window: QWidget) -> list[str]:
    """Layout faults of a shown top-level ``window``."""
    out: list[str] = []
    screen = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > screen.width() + TOLERANCE or frame.height() > screen.height() + TOLERANCE:
        out.append(f"window {frame.width()}×{frame.height()} larger than the screen "
                   f"{screen.width()}×{screen.height()}")
    elif not screen.contains(frame.adjusted(1, 1, -1, -1)):
        out.append(f"window at {frame.x()},{frame.y()} reaches outside the screen")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _skipped(widget, window):
            continue
        if isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if _is_form_scroller(widget) and bar.isVisible() and bar.maximum() > 0:
                out.append(f"{describe(widget)} scrolls sideways ({bar.maximum()} px)")
            continue
        if _in_viewport(widget):
            continue  # scrolled content may lie outside its viewport
        parent = widget.parentWidget()
        if parent is not None and not _in_viewport(parent) and not isinstance(
                parent, QAbstractScrollArea):
            inner = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
            if not inner.contains(widget.geometry()):
                out.append(f"{describe(widget)} clipped by {describe(parent)}")
                continue
        out += _size_faults(widget)
    return out


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letter used twice among the visible buttons, labels and menu-bar titles of one window
    (a page's Alt+K opened the "Zaak" menu instead of adding a row)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QMenuBar

    seen: dict[str, list[str]] = {}
    for bar in window.findChildren(QMenuBar):
        if bar.isVisible() and bar.window() is window:
            for action in bar.actions():
                hit = re.search(r"&(\w)", action.text().replace("&&", ""))
                if hit and action.isVisible():
                    seen.setdefault(hit.group(1).lower(), []).append("menu " + action.text())
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel) and widget.isVisible() \
                and widget.window() is window and not _skipped(widget, window):
            hit = re.search(r"&(\w)", widget.text().replace("&&", ""))
            if hit:
                seen.setdefault(hit.group(1).lower(), []).append(widget.text())
    return [f"Alt+{key.upper()} twice: {', '.join(texts)}" for key, texts in seen.items()
            if len(texts) > 1]


def _is_form_scroller(widget: QWidget) -> bool:
    """A scroll area holding a form (not a table or text view, which may scroll sideways)."""
    from PySide6.QtWidgets import QScrollArea

    return isinstance(widget, QScrollArea)


def _size_faults(widget: QWidget) -> list[str]:
    policy = widget.sizePolicy()
    hint = widget.minimumSizeHint()
    out = []
    ignored = QSizePolicy.Policy.Ignored
    if hint.isValid() and policy.horizontalPolicy() != ignored and \
            widget.width() + TOLERANCE < min(hint.width(), widget.maximumWidth()):
        out.append(f"{describe(widget)} {widget.width()} px wide, needs {hint.width()}")
    if isinstance(widget, QLabel) and widget.wordWrap():  # containers' hfw is not reliable
        needed = widget.heightForWidth(widget.width())
    else:
        needed = hint.height() if hint.isValid() else -1
    if needed > 0 and policy.verticalPolicy() != ignored and \
            widget.height() + TOLERANCE < min(needed, widget.maximumHeight()):
        out.append(f"{describe(widget)} {widget.height()} px high, needs {needed}")
    return out


# -- the windows --------------------------------------------------------------------------------
def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def check(app: QApplication, name: str, build, report: dict[str, list[str]]) -> None:
    """``build()`` returns a widget (shown here if it is not yet) or None."""
    try:
        widget = build()
        if widget is None:
            return
        if not widget.isVisible():
            widget.show()
        widget.window().activateWindow()
        settle(app)
        report[name] = faults(widget.window()) + mnemonic_clashes(widget.window())
        if isinstance(widget, QDialog):
            widget.reject()
        settle(app, 2)
    except Exception:  # noqa: BLE001 - an error opening a window is itself a finding
        report[name] = ["raised: " + traceback.format_exc(limit=3).strip().splitlines()[-1]]


def run(out_path: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from desktop.ui.shell import i18n, theme

    i18n.install_translators(app)
    theme.apply(app)
    from desktop.ui.widgets import geometry

    geometry.install_screen_keeper(app)
    tmp = Path(tempfile.mkdtemp(prefix="schakel-probe-"))
    from desktop.policy import Policy
    from desktop.services.demo import fill
    from desktop.services.session import VaultService
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.session_lock import SessionLockWatcher
    from desktop.vault import kdf

    light = kdf.ScryptParams(n=2**10, r=8, p=1)
    kdf.PASSPHRASE_PARAMS = kdf.RECOVERY_PARAMS = light
    service = VaultService(tmp / "data", Policy())
    register, _code = service.create("paardenbloem zeilboot trompet knikker", False,
                                     "Gemeente Oefenwoude", "")
    fill(register, 12, seed=3)
    settings = QSettings(str(tmp / "venster.ini"), QSettings.Format.IniFormat)
    window = MainWindow(service, settings=settings,
                        session_watcher=SessionLockWatcher(use_dbus=False))
    report: dict[str, list[str]] = {}
    check(app, "hoofdvenster (vergrendeld)", lambda: window, report)
    window.open_register(register)
    check(app, "hoofdvenster (zakenlijst)", lambda: window, report)
    for name, build in windows(window, register):
        check(app, name, build, report)
    out_path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    window.lock()
    os._exit(0)  # skip teardown of half-closed dialogs


def windows(window, register):
    """(name, build) for every main view and dialog (the case view once per tab)."""
    from desktop.ui.admin.admin_actions import _dialogs
    from desktop.ui.case.consent_dialog import ConsentDialog
    from desktop.ui.export.export_dialog import ExportDialog
    from desktop.ui.meetings.meetings_view import MeetingsDialog
    from desktop.ui.route.intervention_dialog import InterventionDialog
    from desktop.ui.route.route_handover_dialogs import StartHandoverDialog
    from desktop.ui.route.route_step_dialog import RouteStepDialog
    from desktop.ui.shell.about import AboutDialog
    from desktop.ui.shell.settings_dialog import SettingsDialog

    ws = window.workspace
    case_id = 1  # the first demo case
    state = register.routes.state(case_id)
    step = (state.current_steps or [s.id for s in state.route.steps])[0]
    def intake():
        ws.new_signal()
        ws.intake.acute.acute.setChecked(True)  # the call form shows: its Alt letters count too
        for record_list in ws.intake.lists.values():
            record_list.add_row()
        return window

    out = [("nieuw signaal", intake)]

    def case_tab(index):
        def build():
            ws.open_case(case_id)
            view = ws.stack.currentWidget()
            view.tabs.setCurrentIndex(index)
            return window
        return build

    out += [(f"zaak, tabblad {i + 1}", case_tab(i)) for i in range(9)]

    def new_enrichment():  # the inline form brings its own Alt letters
        from desktop.ui.case.case_tabs_enrichment import EnrichmentTab

        ws.open_case(case_id)
        view = ws.stack.currentWidget()
        view.tabs.setCurrentWidget(view.tab(EnrichmentTab))
        view.tab(EnrichmentTab).add_button.click()
        return window

    out.append(("zaak, nieuwe verrijking", new_enrichment))
    out += [
        ("instellingen", lambda: SettingsDialog(window.service, register, window)),
        ("over schakel", lambda: AboutDialog(window.service, window)),
        ("stap afronden", lambda: RouteStepDialog(register, case_id, step, parent=window)),
        ("overdracht starten", lambda: StartHandoverDialog(register, case_id, parent=window)),
        ("toestemming", lambda: ConsentDialog(register, case_id, parent=window)),
        ("interventie", lambda: InterventionDialog(register, case_id, parent=window)),
        ("export", lambda: ExportDialog(register, [case_id], window)),
        ("overleggen", lambda: MeetingsDialog(register, window)),
    ]
    for name, factory in _dialogs().items():
        out.append((name, lambda f=factory: f(register, window)))
    out.append(("werkwijze", window.open_help))
    return out


if __name__ == "__main__":
    run(Path(sys.argv[1]))
