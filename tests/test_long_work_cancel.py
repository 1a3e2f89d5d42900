"""Issue 14 point 5, service side: "Annuleren" also stops a long SQLite statement itself
(integrity_check, sqlcipher_export) through SQLite's progress handler; the vault stays as it was,
no file is left and the connection works normally afterwards."""

from __future__ import annotations

import pytest

from desktop.policy import Policy
from desktop.services import maintenance
from desktop.services.demo import fill
from desktop.services.progress import Cancelled, Progress
from desktop.services.session import VaultService
from desktop.vault import kdf


@pytest.fixture
def vault_register(tmp_path, monkeypatch):
    """A register with a real key header (a backup copies it) and 60 fictional cases."""
    fast = kdf.ScryptParams(n=2**10, r=8, p=1)
    monkeypatch.setattr(kdf, "PASSPHRASE_PARAMS", fast)
    monkeypatch.setattr(kdf, "RECOVERY_PARAMS", fast)
    register, _code = VaultService(tmp_path / "data", Policy()).create("fictief wachtwoord", use_keyring=False)
    fill(register, 60, seed=7, with_routes=False)
    yield register
    register.close()


class CancelInside(Progress):
    """Cancels when the phase ``label`` starts but lets it begin: the statement must stop itself."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label_to_cancel = label
        self.labels: list[str] = []

    def step(self, done: int, total: int, label: str = "") -> None:
        self.labels.append(label)
        if self.label_to_cancel in label:
            self.cancel()
            return
        self.check()


def _audit_rows(register) -> int:
    with register.read() as conn:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.mark.parametrize("phase", ["Versleuteling", "Databankstructuur", "Verwijzingen", "Logboekketen"])
def test_check_cancelled_inside_a_statement(demo_register, phase):
    before = _audit_rows(demo_register)
    progress = CancelInside(phase)
    with pytest.raises(Cancelled):
        maintenance.check(demo_register, progress=progress)
    if phase == "Databankstructuur":  # integrity_check is long enough for SQLite's progress handler
        assert progress.labels[-1].startswith(phase)  # stopped inside that phase, not at the next step
    assert _audit_rows(demo_register) == before
    report = maintenance.check(demo_register)  # the handler is gone: a normal check passes
    assert report.ok and _audit_rows(demo_register) == before + 1


def test_backup_cancelled_inside_the_export(vault_register, tmp_path):
    demo_register = vault_register
    before = _audit_rows(demo_register)
    target = tmp_path / "uit" / "kopie.schakelbackup"
    progress = CancelInside("Databank versleuteld")
    with pytest.raises(Cancelled):
        maintenance.backup(demo_register, target, progress=progress)
    assert not target.exists() and list(target.parent.iterdir()) == []
    assert not list(demo_register.data_dir.glob(".backup-*"))
    assert _audit_rows(demo_register) == before
    assert maintenance.backup(demo_register, target).is_file()  # and afterwards it works


def test_backup_in_chunks_restores(vault_register, tmp_path, monkeypatch):
    """The zip written in chunks (a step per chunk) is a normal, restorable backup."""
    import zipfile

    monkeypatch.setattr(maintenance, "_CHUNK", 64 * 1024)
    progress = CancelInside("-")  # never cancels
    path = maintenance.backup(vault_register, tmp_path / "kopie", progress=progress)
    assert progress.labels.count("Back-upbestand schrijven…") > 3
    with zipfile.ZipFile(path) as zf:
        assert len(zf.namelist()) == 2 and zf.testzip() is None
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
    data_dir = vault_register.data_dir
    vault_register.close()
    result = maintenance.restore(data_dir, path, "passphrase", "fictief wachtwoord", force=True)
    assert result.report.ok and result.report.counts["case_file"] == 60
