"""The banner after unlock names the municipality's content files that were skipped."""

from __future__ import annotations

import os

import pytest
from shell_helpers import FakeWorkspace, fast_kdf  # noqa: F401 - fixture

from desktop import paths
from desktop.policy import Policy
from desktop.services.register import Register
from desktop.ui.shell.content_banner import ContentBanner
from desktop.ui.widgets import worker


def test_banner_lists_skipped_municipal_files(qtbot, tmp_path):
    content = tmp_path / "inhoud" / "checklists"
    content.mkdir(parents=True)
    (content / "kapot.yaml").write_text("id: !!python/name:os.system\n", encoding="utf-8")
    data = tmp_path / "reg"
    data.mkdir()
    register = Register.open(data, data / paths.VAULT_FILE, os.urandom(32),
                             Policy(content_dir=tmp_path / "inhoud"), create=True)
    banner = ContentBanner()
    qtbot.addWidget(banner)
    try:
        banner.check(register)
        assert worker.wait_for_all()
        assert not banner.isHidden()
        assert "kapot.yaml:1" in banner.text.text() and "forms check" in banner.text.text()
        banner.close_button.click()
        assert banner.isHidden()
    finally:
        register.close()


def test_banner_stays_hidden_without_problems(qtbot, register):
    banner = ContentBanner()
    qtbot.addWidget(banner)
    banner.check(register)
    assert worker.wait_for_all()
    assert banner.isHidden()


@pytest.mark.usefixtures("fast_kdf")
def test_main_window_shows_the_banner_after_unlock_and_hides_it_on_lock(qtbot, tmp_path):
    from desktop.services.session import VaultService
    from desktop.ui.shell.main_window import MainWindow

    content = tmp_path / "inhoud" / "routes"
    content.mkdir(parents=True)
    (content / "eigen.yaml").write_text("a: &a [1, *a]\n", encoding="utf-8")
    service = VaultService(tmp_path / "data", Policy(content_dir=tmp_path / "inhoud"))
    register, _code = service.create("correct paard batterij nietje", use_keyring=False)
    window = MainWindow(service, workspace=FakeWorkspace())
    qtbot.addWidget(window)
    window.show()
    window.open_register(register)
    qtbot.waitUntil(lambda: not window.content_banner.isHidden(), timeout=10_000)
    assert "eigen.yaml:1" in window.content_banner.text.text()
    window.lock()
    assert window.content_banner.isHidden()
    worker.wait_for_all()
