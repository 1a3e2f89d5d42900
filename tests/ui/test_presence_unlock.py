"""User presence before keyring unlock (issue 19): Windows Hello mocked, Linux once per session, CLI never."""

from __future__ import annotations

import pytest
from shell_helpers import PASSPHRASE, fast_kdf, make_vault, no_jobs_left, wait_idle  # noqa: F401

from desktop.cli import main
from desktop.policy import Policy
from desktop.services import presence
from desktop.services.presence import Platform, PresenceGate
from desktop.ui.shell.unlock import UnlockScreen

pytestmark = pytest.mark.usefixtures("fast_kdf", "no_jobs_left")


def _platform(can_verify: bool, answer: bool, calls: list[str]) -> Platform:
    def verify(reason: str) -> bool:
        calls.append(reason)
        return answer
    return Platform("test", lambda: can_verify, verify, lambda: "sessie-1")


def _screen(qtbot, service, platform):
    screen = UnlockScreen(service)
    screen.presence = PresenceGate(service.policy, service.data_dir, platform)
    qtbot.addWidget(screen)
    opened: list = []
    screen.unlocked.connect(opened.append)
    screen.show()
    screen.reset()
    return screen, opened


@pytest.fixture(autouse=True)
def _fresh_sessions():
    PresenceGate._used_sessions.clear()
    yield
    PresenceGate._used_sessions.clear()


def test_without_presence_check_keyring_opens_once_per_session(qtbot, data_dir):
    service, _ = make_vault(data_dir, keyring=True)
    calls: list[str] = []
    screen, opened = _screen(qtbot, service, _platform(False, False, calls))
    assert screen.keyring_button.isVisibleTo(screen)
    screen.keyring_button.click()
    wait_idle(qtbot)
    assert len(opened) == 1
    opened[0].lock()
    # after the (idle) lock: the same login session may not use the keyring again
    screen.reset()
    assert not screen.keyring_button.isVisibleTo(screen)
    again = UnlockScreen(service)  # a restart of Schakel in the same session remembers it too
    qtbot.addWidget(again)
    again.presence = PresenceGate(service.policy, service.data_dir, _platform(False, False, calls))
    again.reset()
    assert not again.keyring_button.isVisibleTo(again)
    assert (data_dir / presence.MARKER_FILE).exists()
    assert b"sessie-1" in (data_dir / presence.MARKER_FILE).read_bytes() and calls == []


def test_windows_hello_refusal_keeps_the_register_closed(qtbot, data_dir):
    service, _ = make_vault(data_dir, keyring=True)
    calls: list[str] = []
    screen, opened = _screen(qtbot, service, _platform(True, False, calls))
    screen.keyring_button.click()
    wait_idle(qtbot)
    assert opened == [] and len(calls) == 1
    assert "wachtwoordzin" in screen.error.text()


def test_windows_hello_confirmation_opens_every_time(qtbot, data_dir):
    service, _ = make_vault(data_dir, keyring=True)
    calls: list[str] = []
    screen, opened = _screen(qtbot, service, _platform(True, True, calls))
    for _ in range(2):
        screen.reset()
        assert screen.keyring_button.isVisibleTo(screen)
        screen.keyring_button.click()
        wait_idle(qtbot)
        opened[-1].lock()
    assert len(opened) == 2 and len(calls) == 2


def test_policy_without_presence_does_not_ask(qtbot, data_dir):
    policy = Policy(require_presence=False)
    service, _ = make_vault(data_dir, keyring=True, policy=policy)
    calls: list[str] = []
    screen, opened = _screen(qtbot, service, _platform(False, False, calls))
    for _ in range(2):
        screen.reset()
        screen.keyring_button.click()
        wait_idle(qtbot)
        opened[-1].lock()
    assert len(opened) == 2 and calls == []


def test_cli_never_unlocks_through_the_keyring_when_presence_is_demanded(data_dir, capsys, monkeypatch):
    make_vault(data_dir, keyring=True)[1]
    monkeypatch.delenv("SCHAKEL_PASSPHRASE", raising=False)
    assert main(["--data-dir", str(data_dir), "search", "x"]) == 3
    assert "aanwezigheidscontrole" in capsys.readouterr().err
    monkeypatch.setenv("SCHAKEL_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(data_dir), "search", "x"]) == 0
