"""Sensitive clipboard (timeout, only-if-ours, no-history markers) and geometry clamping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from shell_helpers import no_jobs_left  # noqa: F401

from desktop.ui.widgets import clipboard
from desktop.ui.widgets.geometry import clamp_rect

pytestmark = pytest.mark.usefixtures("no_jobs_left")

LAPTOP = QRect(0, 0, 1366, 728)  # available area of a 1366x768 screen with a task bar
OFFICE = QRect(1366, 0, 1920, 1040)  # the docking-station monitor, right of the laptop


def test_cleared_after_timeout(qtbot):
    clipboard.copy_sensitive("Fictieve Ștefan Țurcanu, 06 12345678", clear_after_ms=100)
    board = QGuiApplication.clipboard()
    assert board.text() == "Fictieve Ștefan Țurcanu, 06 12345678"
    qtbot.waitUntil(lambda: board.text() == "", timeout=2000)


def test_not_cleared_when_changed_by_someone_else(qtbot):
    clipboard.copy_sensitive("Fictief adres Verzonnenstraat 1", clear_after_ms=100)
    QGuiApplication.clipboard().setText("notitie van de medewerker")
    qtbot.wait(300)
    assert QGuiApplication.clipboard().text() == "notitie van de medewerker"
    clipboard.clear_sensitive()
    assert QGuiApplication.clipboard().text() == "notitie van de medewerker"


def test_clear_sensitive_clears_our_text_now():
    clipboard.copy_sensitive("Fictief BSN 111222333")
    clipboard.clear_sensitive()
    assert QGuiApplication.clipboard().text() == ""


def test_windows_markers_keep_it_out_of_history_and_cloud():
    mime = clipboard.sensitive_mime("Fictief", b"t0k3n", platform="win32")
    for name in ("CanIncludeInClipboardHistory", "CanUploadToCloudClipboard",
                 "ExcludeClipboardContentFromMonitorProcessing"):
        fmt = f'application/x-qt-windows-mime;value="{name}"'
        assert mime.hasFormat(fmt)
        assert bytes(mime.data(fmt).data()) == b"\x00\x00\x00\x00"
    assert mime.text() == "Fictief"
    linux = clipboard.sensitive_mime("Fictief", b"t0k3n", platform="linux")
    assert bytes(linux.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert not any("windows-mime" in f for f in linux.formats())


def test_clamp_keeps_a_window_that_is_on_a_screen():
    rect = QRect(100, 80, 1000, 600)
    assert clamp_rect(rect, [LAPTOP], LAPTOP) == rect


def test_clamp_moves_a_window_from_a_screen_that_no_longer_exists():
    saved_on_office = QRect(1500, 100, 1600, 900)  # office monitor unplugged
    result = clamp_rect(saved_on_office, [LAPTOP], LAPTOP)
    assert LAPTOP.contains(result)
    assert result.width() == 1366 and result.height() == 728


def test_clamp_centres_a_small_window_from_a_lost_screen():
    result = clamp_rect(QRect(-3000, -2000, 800, 500), [LAPTOP], LAPTOP)
    assert result == QRect(283, 114, 800, 500)


def test_clamp_pulls_a_half_visible_window_back_on_its_screen():
    result = clamp_rect(QRect(1100, 500, 800, 500), [LAPTOP, OFFICE], LAPTOP)
    assert result == QRect(1366, 500, 800, 500)  # mostly on the office screen: stays there
