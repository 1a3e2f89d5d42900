"""Shared pieces for the shell GUI tests (engineer A). Fictional data only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.policy import Policy
from desktop.services.register import Register
from desktop.services.session import VaultService
from desktop.ui.shell import i18n
from desktop.ui.widgets import worker
from desktop.vault import kdf

PASSPHRASE = "paardenbloem zeilboot trompet knikker"
NEW_PASSPHRASE = "blauwe reiger boven de sloot"
FAST = kdf.ScryptParams(n=2**10, r=8, p=1)


@pytest.fixture
def fast_kdf(monkeypatch):
    """Light scrypt so GUI tests stay fast (params are stored per slot, as in real use)."""
    monkeypatch.setattr(kdf, "PASSPHRASE_PARAMS", FAST)
    monkeypatch.setattr(kdf, "RECOVERY_PARAMS", FAST)


@pytest.fixture
def dutch(qapp):
    translators = i18n.install_translators(qapp)
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture(autouse=True)
def no_jobs_left(qapp):
    """Every background job finishes and every window closes before the next test."""
    yield
    worker.wait_for_all()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            closer = getattr(widget, "close_for_lock", None)
            closer() if closer else widget.close()
    worker.wait_for_all()


class FakeWorkspace(QWidget):
    """Stands in for B's CaseWorkspace where a test is only about the shell."""

    status_message = Signal(str)
    copy_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Register | None = None
        self.cleared = 0
        self.searches = 0
        self.new_signals = 0

    def set_register(self, register: Register) -> None:
        self.register = register

    def clear(self) -> None:
        self.register = None
        self.cleared += 1

    def new_signal(self) -> None:
        self.new_signals += 1

    def focus_search(self) -> None:
        self.searches += 1


def make_vault(data_dir, *, keyring: bool = False, policy: Policy | None = None
               ) -> tuple[VaultService, str]:
    """A created, locked vault; returns a fresh service and the recovery code."""
    service = VaultService(data_dir, policy or Policy())
    register, code = service.create(PASSPHRASE, keyring, "Gemeente Oefenwoude", "")
    register.lock()
    return VaultService(data_dir, policy or Policy()), code


def type_text(widget: QWidget, text: str) -> None:
    """Type any text (also non-ASCII) one key event per character."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: not worker.is_busy(), timeout=10_000)
    worker.wait_for_all()
