"""Restore dialog (issue 13): a foreign backup needs a yes; no leaves the register as it was."""

from __future__ import annotations

import pytest
from shell_helpers import PASSPHRASE, fast_kdf, make_vault, no_jobs_left, wait_idle  # noqa: F401

from desktop import paths
from desktop.services import maintenance
from desktop.services.session import UnlockMethod
from desktop.ui.shell.restore_dialog import RestoreDialog
from desktop.ui.widgets import messages
from desktop.vault import KeyStore

pytestmark = pytest.mark.usefixtures("fast_kdf", "no_jobs_left")


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_foreign_backup_asks_and_no_changes_nothing(qtbot, data_dir, tmp_path, monkeypatch):
    make_vault(data_dir)
    other_service, _ = make_vault(tmp_path / "ander")
    other = other_service.unlock(UnlockMethod.PASSPHRASE, PASSPHRASE)
    foreign = maintenance.backup(other, tmp_path / "ander-register")
    other.lock()
    before = _files(data_dir)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, text: asked.append(text) or False)
    monkeypatch.setattr(messages, "show_info", lambda *a: None)
    dialog = RestoreDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(foreign))
    dialog.secret.setText(PASSPHRASE)
    dialog.ok.click()
    wait_idle(qtbot)
    assert asked and "ander register" in asked[0]
    assert "Niet teruggezet" in dialog.error.text()
    assert _files(data_dir) == before
    monkeypatch.setattr(messages, "confirm", lambda _p, text: True)
    dialog.ok.click()
    wait_idle(qtbot)
    assert KeyStore(data_dir).vault_id() == KeyStore(tmp_path / "ander").vault_id()
    assert any((data_dir / paths.BACKUP_DIR).glob("voor-terugzetten-*"))


def test_check_summary_shows_anchor_tampering_and_the_witness():
    from desktop.ui.shell.main_actions import check_summary

    report = maintenance.CheckReport(audit_rows=9, cipher_version="4.19.0", audit_head="9/ab12cd34ef56",
                                     anchor_problem="auditlog ingekort")
    text = check_summary(report)
    assert text.startswith("Bij de controle zijn problemen gevonden.")
    assert "MANIPULATIE (auditlog ingekort)" in text and "Logboekkop: 9/ab12cd34ef56" in text
