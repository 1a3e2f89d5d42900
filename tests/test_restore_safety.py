"""Issue 13 point 4: restore refuses every bad case with its own Dutch message and leaves the
current vault byte-identical; the swap is journalled and recovered on the next start."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from datetime import date

import pytest
import sqlcipher3

from desktop import paths
from desktop.domain import model as m
from desktop.policy import Policy
from desktop.services import maintenance
from desktop.services import restore as restore_mod
from desktop.services.restore import RestoreNeedsConfirmation, RestoreRefused
from desktop.services.session import UnlockMethod, VaultService
from desktop.vault import KeyStore, kdf
from desktop.vault.probe import key_literal

PASS = "correct paard batterij nietje"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    fast = kdf.ScryptParams(n=2**10, r=8, p=1)
    monkeypatch.setattr(kdf, "PASSPHRASE_PARAMS", fast)
    monkeypatch.setattr(kdf, "RECOVERY_PARAMS", fast)


def _files(d):
    return {p.name: p.read_bytes() for p in d.iterdir() if p.is_file()}


def _make(folder, cases=1, note="fictief"):
    service = VaultService(folder, Policy())
    reg, code = service.create(PASS, use_keyring=False)
    for i in range(cases):
        reg.cases.create(m.Case(forms={m.Form.SEXUAL}, received_on=date(2026, 2, 2),
                                reporter_department="Wijkteam", observations=f"{note} {i}"))
    return service, reg, code


@pytest.fixture
def current(tmp_path):
    service, reg, code = _make(tmp_path / "data", cases=2)
    backup = maintenance.backup(reg, tmp_path / "kopie")
    reg.close()
    return service, backup, code


def _rezip(backup, tmp_path, edit_sql=None, version=None):
    """Open the backup's database with its key, change it, zip it again (as an attacker could)."""
    work = tmp_path / "bewerk"
    work.mkdir()
    with zipfile.ZipFile(backup) as zf:
        zf.extractall(work)
    key = KeyStore(work).unlock_with_passphrase(PASS)
    conn = sqlcipher3.connect(str(work / paths.VAULT_FILE), isolation_level=None)
    conn.execute(f"PRAGMA key = {key_literal(key)}")
    if edit_sql:
        conn.execute(edit_sql)
    if version is not None:
        conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    out = tmp_path / "bewerkt.schakelbackup"
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.write(work / paths.VAULT_FILE, paths.VAULT_FILE)
        zf.write(work / paths.HEADER_FILE, paths.HEADER_FILE)
    return out


def _refused(service, source, fragment, **kw):
    before = _files(service.data_dir)
    with pytest.raises(RestoreRefused) as info:
        maintenance.restore(service.data_dir, source, "passphrase", PASS, **kw)
    assert fragment in info.value.message
    assert _files(service.data_dir) == before
    assert not (service.data_dir / restore_mod.STAGING).exists()
    return info.value


def test_round_trip_files_private(current):
    service, backup, _ = current
    result = maintenance.restore(service.data_dir, backup, "passphrase", PASS)
    assert result.report.ok
    for name in (paths.VAULT_FILE, paths.HEADER_FILE):
        assert (service.data_dir / name).stat().st_mode & 0o077 == 0
    assert (backup.stat().st_mode & 0o077) == 0


LOCKER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)
print(lock.tryLock(200), flush=True)
time.sleep(30)
"""


def test_refused_while_the_gui_holds_the_lock(current):
    service, backup, _ = current
    proc = subprocess.Popen([sys.executable, "-c", LOCKER, str(service.data_dir / paths.LOCK_FILE)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "True"
        err = _refused(service, backup, "Schakel is geopend")
        assert not err.input_fault
    finally:
        proc.kill()
        proc.wait()
    maintenance.restore(service.data_dir, backup, "passphrase", PASS)  # stale lock: owner is gone


def test_newer_schema_refused(current, tmp_path):
    service, backup, _ = current
    _refused(service, _rezip(backup, tmp_path, version=99), "nieuwere Schakel")


def test_extra_trigger_refused(current, tmp_path):
    service, backup, _ = current
    evil = _rezip(backup, tmp_path, "CREATE TRIGGER stil AFTER INSERT ON case_file BEGIN "
                                    "DELETE FROM audit_log; END")
    _refused(service, evil, "verwachte schema (trigger stil)")


def test_foreign_register_needs_force(current, tmp_path):
    service, _, _ = current
    _, other, _ = _make(tmp_path / "ander", cases=1)
    foreign = maintenance.backup(other, tmp_path / "ander-register")
    other.close()
    before = _files(service.data_dir)
    with pytest.raises(RestoreNeedsConfirmation) as info:
        maintenance.restore(service.data_dir, foreign, "passphrase", PASS)
    assert "ander register" in info.value.message
    assert _files(service.data_dir) == before
    result = maintenance.restore(service.data_dir, foreign, "passphrase", PASS, force=True)
    assert result.previous_moved_to and (result.previous_moved_to / paths.VAULT_FILE).exists()


def test_newer_cases_in_the_current_register_need_force(current):
    service, backup, _ = current
    reg = service.unlock(UnlockMethod.PASSPHRASE, PASS)
    reg.cases.create(m.Case(forms={m.Form.SEXUAL}, received_on=date(2026, 2, 3),
                            reporter_department="Wijkteam", observations="na de back-up"))
    reg.close()
    before = _files(service.data_dir)
    with pytest.raises(RestoreNeedsConfirmation) as info:
        maintenance.restore(service.data_dir, backup, "passphrase", PASS)
    assert "1 zaak/zaken die na deze back-up" in info.value.message
    assert _files(service.data_dir) == before  # looked at without writing anything
    assert maintenance.restore(service.data_dir, backup, "passphrase", PASS, force=True).report.ok


def test_changed_after_backup_by_file_time_when_current_does_not_open(current):
    """Passphrase changed since the backup: the current register can't be read with the
    backup's passphrase, so the file time decides."""
    service, backup, _ = current
    reg = service.unlock(UnlockMethod.PASSPHRASE, PASS)
    service.change_passphrase(reg, "zeven zwanen zwemmen zuidwaarts")
    reg.close()
    later = os.stat(service.data_dir / paths.VAULT_FILE).st_mtime + 3600
    os.utime(service.data_dir / paths.VAULT_FILE, (later, later))
    with pytest.raises(RestoreNeedsConfirmation) as info:
        maintenance.restore(service.data_dir, backup, "passphrase", PASS)
    assert "gewijzigd na deze back-up" in info.value.message


def test_zip_bomb_refused_before_anything_is_written(current, tmp_path):
    service, backup, _ = current
    bomb = tmp_path / "bom.schakelbackup"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(paths.HEADER_FILE, b"{}")
        with zf.open(paths.VAULT_FILE, "w", force_zip64=True) as big:
            block = bytes(1024 * 1024)
            for _ in range(256):  # 256 MiB of zeros, ~250 KiB on disk
                big.write(block)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    _refused(service, bomb, "zip-bom")


def test_extra_member_refused(current, tmp_path):
    service, backup, _ = current
    extra = tmp_path / "extra.schakelbackup"
    shutil.copy(backup, extra)
    with zipfile.ZipFile(extra, "a") as zf:
        zf.writestr("leesmij.txt", "x")
    _refused(service, extra, "geen Schakel-back-up")


def _mount_small(folder, size):
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("a small filesystem needs mount rights (root)")


def test_full_disk_has_its_own_message(tmp_path):
    small = tmp_path / "klein"
    if os.geteuid() != 0:
        pytest.skip("a small filesystem needs mount rights (root)")
    _mount_small(small, "4m")
    try:
        service, reg, _ = _make(small / "data", cases=1)
        reg.close()
        _, big, _ = _make(tmp_path / "groot", cases=3)
        backup = maintenance.backup(big, tmp_path / "groot-kopie")
        big.close()
        err = _refused(service, backup, "vrije schijfruimte")
        assert not err.input_fault
    finally:
        subprocess.run(["umount", str(small)], check=False)


def test_interrupted_swap_is_completed_on_next_start(current):
    """The state right after 'linked': new header in place, database not yet."""
    service, backup, _ = current
    data = service.data_dir
    staging = data / restore_mod.STAGING
    restore_mod._unpack(backup, data, staging)
    moved = data / paths.BACKUP_DIR / "voor-terugzetten-test"
    restore_mod._write_journal(data, "linked", moved)
    os.replace(staging / paths.HEADER_FILE, data / paths.HEADER_FILE)
    assert VaultService(data, Policy()).state().value == "ready"
    assert not (data / restore_mod.JOURNAL).exists() and not staging.exists()
    reg = VaultService(data, Policy()).unlock(UnlockMethod.PASSPHRASE, PASS)
    assert reg.cases.count() == 2
    reg.close()


def test_failed_backup_on_a_full_disk_leaves_nothing(current, tmp_path):
    service, _, _ = current
    if os.geteuid() != 0:
        pytest.skip("a small filesystem needs mount rights (root)")
    small = tmp_path / "stick"
    _mount_small(small, "64k")
    try:
        reg = service.unlock(UnlockMethod.PASSPHRASE, PASS)
        with pytest.raises(maintenance.StoreError) as info:
            maintenance.backup(reg, small / "kopie")
        reg.close()
        assert "mislukt" in info.value.message
        assert list(small.iterdir()) == []
        assert not list(service.data_dir.glob(".backup-*"))
    finally:
        subprocess.run(["umount", str(small)], check=False)


def test_leftovers_of_a_killed_backup_are_removed_on_next_start(current, tmp_path):
    service, _, _ = current
    work = service.data_dir / ".backup-999999"
    work.mkdir()
    (work / "doelmap").write_text(str(tmp_path))
    (work / paths.VAULT_FILE).write_bytes(b"oude kopie")
    (tmp_path / ".schakel-tmp-abc").write_bytes(b"half")
    VaultService(service.data_dir, Policy()).state()
    assert not work.exists() and not (tmp_path / ".schakel-tmp-abc").exists()


def test_full_disk_still_opens_for_reading(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("a small filesystem needs mount rights (root)")
    small = tmp_path / "vol"
    _mount_small(small, "4m")
    try:
        service, reg, _ = _make(small / "data", cases=2)
        reg.close()
        with open(small / "vulling", "wb") as filler:
            with pytest.raises(OSError):
                while True:
                    filler.write(bytes(65536))
                    filler.flush()
        reg = VaultService(small / "data", Policy()).unlock(UnlockMethod.PASSPHRASE, PASS)
        try:
            assert reg.cases.count() == 2
            with pytest.raises(maintenance.StoreError):
                reg.cases.create(m.Case(forms={m.Form.SEXUAL}, received_on=date(2026, 2, 2),
                                        reporter_department="Wijkteam", observations="past niet"))
        finally:
            reg.close()
    finally:
        subprocess.run(["umount", str(small)], check=False)
