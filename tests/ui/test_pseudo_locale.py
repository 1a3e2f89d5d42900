"""Pseudo-locale: every text a screen shows comes from the translation catalogue (issue 18).

A translator wraps every translated text in ⟦…⟧ and lengthens it by 40 % (as a real
translation to a longer language would). The test opens the main screens and dialogs and fails
on any visible label, button, group, tab, column header or window title that is not wrapped:
such a text bypassed ``tr()``/``N_`` and could never be translated. Data (case numbers, names,
dates, counts) is recognised and skipped.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QWidget,
)
from shell_helpers import PASSPHRASE, fast_kdf, make_vault, no_jobs_left  # noqa: F401

from desktop import i18n

pytestmark = pytest.mark.usefixtures("fast_kdf", "no_jobs_left")

OPEN, CLOSE = "⟦", "⟧"


def pseudo(text: str) -> str:
    if not text:
        return text
    return OPEN + text + "~" * max(1, len(text) * 2 // 5) + CLOSE


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return pseudo(source) if source else source


@pytest.fixture
def pseudo_locale(qapp):
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    i18n.set_translator(pseudo)
    yield
    qapp.removeTranslator(translator)
    i18n.set_translator(None)


_DATA = re.compile(r"^[\W\d_]*$|^\d{4}-\d{4}$|^\d{1,2}-\d{1,2}-\d{4}")
PROPER_NAMES = {"Schakel"}


def _content_strings() -> set[str]:
    """Texts of the content files (checklists, routes, profiles): Dutch data, not catalogue texts."""
    import yaml

    from desktop.resources import resource_path  # noqa: F401 - content lives beside the package

    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    found: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, str):
            for part in re.split(r"[\n]+", node):
                if len(part.strip()) >= 6:
                    found.add(part.strip())
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for folder in ("forms", "exports"):
        for path in (root / folder).rglob("*.yaml"):
            try:
                walk(yaml.safe_load(path.read_text(encoding="utf-8")))
            except yaml.YAMLError:
                continue
    return found


CONTENT = _content_strings()


def _is_data(text: str, data: set[str]) -> bool:
    plain = re.sub(r"<[^>]+>", " ", text).replace("&", "").strip()
    if not plain or _DATA.match(plain) or plain in PROPER_NAMES:
        return True
    if plain in data or any(d and len(d) > 3 and d in plain for d in data):
        return True
    return any(piece.strip() in CONTENT or any(c in piece for c in CONTENT if len(c) > 15)
               for piece in re.split(r"\s{2,}|\n", plain) if piece.strip())


def untranslated(root: QWidget, data: set[str]) -> list[str]:
    found = []

    def check(kind: str, text: str) -> None:
        if text and OPEN not in text and not _is_data(text, data):
            found.append(f"{kind}: {text[:70]!r}")

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            check(type(w).__name__, w.text())
        if isinstance(w, QGroupBox):
            check("QGroupBox", w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                check("tab", w.tabText(i))
        if isinstance(w, QHeaderView) and w.model() is not None and not w.isHidden():
            for section in range(w.count()):
                if w.isSectionHidden(section):
                    continue
                header = w.model().headerData(section, w.orientation())
                if isinstance(header, str) and w.orientation() == Qt.Orientation.Horizontal:
                    check("column", header)
        if isinstance(w, QDialog):
            check("title", w.windowTitle())
    for action in root.findChildren(QAction):
        if action.isVisible() and not action.isSeparator():
            check("action", action.text())
    return sorted(set(found))


def _window(qtbot, data_dir, tmp_path):
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.session_lock import SessionLockWatcher

    service, _ = make_vault(data_dir)
    settings = QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)
    win = MainWindow(service, settings=settings, session_watcher=SessionLockWatcher(use_dbus=False))
    qtbot.addWidget(win)
    win.show()
    return win


def _unlock(qtbot, win) -> None:
    win.unlock_screen.secret.setText(PASSPHRASE)
    win.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not win.is_locked(), timeout=10000)
    qtbot.wait(200)


def test_unlock_screen_and_empty_register(qtbot, data_dir, tmp_path, pseudo_locale):
    win = _window(qtbot, data_dir, tmp_path)
    assert untranslated(win, set()) == []
    _unlock(qtbot, win)
    assert untranslated(win, set()) == []


def test_case_view_tabs_and_intake(qtbot, data_dir, tmp_path, pseudo_locale):
    import random
    from datetime import date

    from desktop.services.demo import make_case

    win = _window(qtbot, data_dir, tmp_path)
    _unlock(qtbot, win)
    register = win.register
    case = register.cases.create(make_case(random.Random(3), date.today()))
    data = {case.number, case.title or "", case.reporter_department or "", case.observations or "",
            *(p.name for p in case.persons), "Gemeente Oefenwoude",
            *(a.street for a in getattr(case, "addresses", []) or [])}
    workspace = win.workspace
    workspace.open_case(case.id)
    qtbot.wait(300)
    tabs = [t for t in workspace.findChildren(QTabWidget) if t.isVisibleTo(win)]
    assert tabs, "the case view shows its tabs"
    problems = []
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            qtbot.wait(50)
            problems += untranslated(tab_widget.currentWidget(), data)
    assert sorted(set(problems)) == []
    workspace.new_signal()
    qtbot.wait(100)
    assert untranslated(win, data) == []


@pytest.mark.parametrize("name", ["monitor", "bewaartermijnen", "logboek", "inzageverzoek", "importeren"])
def test_admin_dialogs(qtbot, data_dir, tmp_path, pseudo_locale, name):
    from desktop.ui.admin.admin_actions import _dialogs

    win = _window(qtbot, data_dir, tmp_path)
    _unlock(qtbot, win)
    dialog = _dialogs()[name](win.register, win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(300)
    assert untranslated(dialog, {"Gemeente Oefenwoude"}) == []
    dialog.close()


def test_settings_and_about(qtbot, data_dir, tmp_path, pseudo_locale):
    from desktop.ui.shell.about import AboutDialog
    from desktop.ui.shell.settings_dialog import SettingsDialog

    win = _window(qtbot, data_dir, tmp_path)
    _unlock(qtbot, win)
    for dialog in (SettingsDialog(win.service, win.register, win) if "register" in
                   SettingsDialog.__init__.__code__.co_varnames else SettingsDialog(win.service, win),
                   AboutDialog(win.service, win)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(100)
        assert untranslated(dialog, {"Gemeente Oefenwoude", str(data_dir)}) == []
        dialog.close()


def test_the_checker_catches_an_untranslated_label(qtbot, pseudo_locale):
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("Niet vertaald", widget)
    QLabel(QCoreApplication.translate("Test", "Wel vertaald"), widget)
    widget.show()
    assert untranslated(widget, set()) == ["QLabel: 'Niet vertaald'"]


def _demo_strings() -> set[str]:
    """Every fictional value the demo data draws from (names, streets, texts): data, not catalogue."""
    from desktop.services import demo

    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            if len(value) >= 4:
                found.add(value)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)

    from desktop.services import demo_walk

    for module in (demo, demo_walk):
        for name, value in vars(module).items():
            if name.isupper():
                walk(value)
    return found


def test_every_window_of_the_layout_probe(qtbot, data_dir, tmp_path, pseudo_locale):
    """The same windows the layout test opens (every main view, case tab and dialog)."""
    import layout_probe

    from desktop.services.demo import fill
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.session_lock import SessionLockWatcher

    service, _ = make_vault(data_dir)
    from desktop.services.session import UnlockMethod

    register = service.unlock(UnlockMethod.PASSPHRASE, PASSPHRASE)
    fill(register, 6, seed=3)
    settings = QSettings(str(tmp_path / "venster.ini"), QSettings.Format.IniFormat)
    window = MainWindow(service, settings=settings, session_watcher=SessionLockWatcher(use_dbus=False))
    qtbot.addWidget(window)
    window.show()
    window.open_register(register)
    qtbot.wait(200)
    data = _demo_strings() | {"Gemeente Oefenwoude", str(data_dir)}
    with register.read() as conn:
        for row in conn.execute("SELECT number, title, reporter_department FROM case_file"):
            data |= {v for v in row if v}
        for row in conn.execute("SELECT name, alias FROM person"):
            data |= {v for v in row if v}
    problems: dict[str, list[str]] = {}
    for name, build in layout_probe.windows(window, register):
        widget = build()
        if widget is None:
            continue
        if not widget.isVisible():
            widget.show()
        qtbot.wait(60)
        found = untranslated(widget.window(), data)
        if found:
            problems[name] = found
        if isinstance(widget, QDialog):
            widget.reject()
    window.lock()
    assert problems == {}
