"""Damaged files, a full disk and a read-only data dir: clear Dutch errors, nothing lost."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop import paths
from desktop.cli import EXIT_CHECK, EXIT_ERROR, EXIT_UNLOCK, main
from desktop.domain import model as m
from desktop.policy import Policy
from desktop.services.session import UnlockMethod, VaultService

PASS = "correct paard batterij nietje"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def vault(data_dir, monkeypatch):
    monkeypatch.setenv("SCHAKEL_PASSPHRASE", PASS)
    service = VaultService(data_dir, Policy())
    reg, _ = service.create(PASS, use_keyring=False)
    for i in range(300):
        reg.cases.create(m.Case(forms={m.Form.LABOUR}, received_on=date(2026, 1, 1),
                                reporter_department="Handhaving", observations=f"signaal {i} " * 40))
    reg.close()
    return service


def _snapshot(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in d.iterdir() if p.is_file()}


def test_flipped_byte_in_a_page_is_detected_and_file_left_as_is(vault, capsys):
    db = vault.db_path
    raw = bytearray(db.read_bytes())
    raw[4096 * 20 + 700] ^= 0x40  # a data page in the middle of the file
    db.write_bytes(bytes(raw))
    before = _snapshot(vault.data_dir)
    code = main(["--data-dir", str(vault.data_dir), "check"])
    out = capsys.readouterr()
    assert code in (EXIT_CHECK, EXIT_ERROR)
    text = out.out + out.err
    assert "PROBLEMEN GEVONDEN" in text or "beschadigd" in text
    assert _snapshot(vault.data_dir) == before


def test_flipped_byte_in_header_is_detected(vault, capsys):
    header = vault.data_dir / paths.HEADER_FILE
    raw = bytearray(header.read_bytes())
    pos = raw.index(b'"data_key"') + 30
    raw[pos] = ord("A") if raw[pos] != ord("A") else ord("B")
    header.write_bytes(bytes(raw))
    before = _snapshot(vault.data_dir)
    code = main(["--data-dir", str(vault.data_dir), "check"])
    err = capsys.readouterr().err
    assert code == EXIT_UNLOCK
    assert "back-up" in err.lower() or "beschadigd" in err.lower() or "gewijzigd" in err.lower()
    assert _snapshot(vault.data_dir) == before


DISK_FULL_CHILD = r"""
import os, resource, signal, sys
from datetime import date
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from desktop.domain import model as m
from desktop.policy import Policy
from desktop.services.session import UnlockMethod, VaultService
from desktop.store.errors import StoreError
service = VaultService(Path(sys.argv[1]), Policy())
reg = service.unlock(UnlockMethod.PASSPHRASE, sys.argv[2])
size = max(p.stat().st_size for p in Path(sys.argv[1]).iterdir())
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 8192, size + 8192))
try:
    for i in range(200):
        reg.cases.create(m.Case(forms={m.Form.LABOUR}, received_on=date(2026, 1, 1),
                                reporter_department="Handhaving", observations="x" * 20000))
    print("GEEN FOUT")
except StoreError as exc:
    print("FOUT:" + exc.message)
"""


def test_disk_full_gives_dutch_error_and_keeps_previous_state(vault):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", DISK_FULL_CHILD, str(vault.data_dir), PASS],
                         capture_output=True, text=True, env=env, timeout=120)
    assert "FOUT:" in out.stdout, out.stdout + out.stderr
    assert "Traceback" not in out.stderr
    message = out.stdout.split("FOUT:", 1)[1]
    assert "schijf" in message.lower()
    reg = vault.unlock(UnlockMethod.PASSPHRASE, PASS)
    from desktop.services.maintenance import check

    report = check(reg)
    assert report.ok
    assert report.counts["case_file"] >= 300
    reg.close()


def _readonly_mount(folder: Path) -> bool:
    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        for p in folder.iterdir():
            os.chmod(p, 0o444)
        return True
    src = folder.with_name(folder.name + "-src")
    os.rename(folder, src)
    folder.mkdir()
    ok = subprocess.run(["mount", "--bind", str(src), str(folder)], capture_output=True).returncode == 0
    ok = ok and subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)],
                               capture_output=True).returncode == 0
    return ok


def test_read_only_data_dir_opens_for_reading_and_refuses_writes_clearly(vault):
    """Issue 13: a read-only (or full) disk still opens the register for reading."""
    from desktop.store.errors import StoreError

    folder = vault.data_dir
    if not _readonly_mount(folder):
        pytest.skip("kan hier geen alleen-lezen map maken (geen mount-rechten)")
    try:
        reg = VaultService(folder, Policy()).unlock(UnlockMethod.PASSPHRASE, PASS)
        try:
            reg.cases.count()
            with pytest.raises(StoreError) as info, reg.write() as conn:
                conn.execute("INSERT INTO setting(key, value) VALUES ('x', 'y')")
        finally:
            reg.close()
        assert "alleen-lezen" in info.value.message or "geschreven" in info.value.message
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(folder)], capture_output=True)
        else:
            os.chmod(folder, 0o755)
