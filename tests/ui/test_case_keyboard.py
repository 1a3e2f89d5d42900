"""Accessibility and keyboard: accessible names everywhere, tab order, unique mnemonics."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

import re
from collections import Counter

from case_helpers import stored_case, workspace  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from desktop.domain import model as m
from desktop.ui.case.case_tabs_enrichment import EnrichmentTab
from desktop.ui.case.case_tabs_history import HistoryTab
from desktop.ui.case.case_tabs_links import LinksTab
from desktop.ui.case.case_tabs_persons import PersonsTab
from desktop.ui.case.case_tabs_signal import SignalTab

INPUTS = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs and buttons visible on the page without an accessible name (Qt internals skipped)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or widget.window() is not root.window():
            continue
        if isinstance(widget, QHeaderView) or _inside(widget, (QComboBox, QTabBar)):
            continue
        if not widget.isVisibleTo(root):
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


def _inside(widget: QWidget, kinds) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def mnemonics(root: QWidget) -> list[str]:
    letters = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel) and widget.isVisibleTo(root):
            found = re.search(r"&(\w)", widget.text().replace("&&", ""))
            if found:
                letters.append(found.group(1).lower())
    return letters


def test_every_input_and_button_is_named_on_every_page(workspace, register):
    stored = stored_case(register, persons=[m.Person(name="Dorota Wójcik")])
    workspace.set_register(register)
    assert unnamed_inputs(workspace.list) == []
    workspace.new_signal()
    intake = workspace.intake
    intake.acute.acute.click()
    for record_list in intake.lists.values():
        record_list.add_button.click()
    assert unnamed_inputs(intake) == []
    assert [k for k, n in Counter(mnemonics(intake)).items() if n > 1] == []
    intake.close_page()
    workspace.open_case(stored.id)
    view = workspace.case_view
    view.build_all_tabs()  # tabs are built on first show
    view.tab(EnrichmentTab).add_button.click()
    mine = (SignalTab, PersonsTab, EnrichmentTab, LinksTab, HistoryTab)
    for i in range(view.tabs.count()):
        if not isinstance(view.tabs.widget(i), mine):
            continue  # tabs of later issues are checked by their own tests
        view.tabs.setCurrentIndex(i)
        assert unnamed_inputs(view) == [], view.tabs.tabText(i)
        assert [k for k, n in Counter(mnemonics(view)).items() if n > 1] == []


def test_tab_order_follows_the_form(workspace, register):
    workspace.set_register(register)
    workspace.new_signal()
    workspace.activateWindow()
    s = workspace.intake.signal
    expected = [workspace.intake.acute.acute, s.observed_date.edit, s.observed_time.edit, s.how,
                s.received.edit, s.signal_type.buttons[m.SignalType.PERSON], s.department.combo,
                s.function.edit, s.reporter_name.edit, s.title_field.edit, s.observations]
    expected[0].setFocus()
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected


def test_mnemonic_reaches_field(workspace, register, qtbot):
    workspace.set_register(register)
    workspace.new_signal()
    workspace.activateWindow()
    qtbot.waitActive(workspace)
    workspace.intake.acute.acute.setFocus()
    QTest.keyClick(workspace.windowHandle(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is workspace.intake.signal.department.combo
