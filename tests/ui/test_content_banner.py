"""The banner after unlock names the municipality's content files that were skipped."""

from __future__ import annotations

import os

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
