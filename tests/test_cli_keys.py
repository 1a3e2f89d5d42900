"""``schakel passphrase``, ``recovery-code``, ``rotate-key`` (issue 13): secrets via stdin only."""

from __future__ import annotations

import io
import shutil

import pytest
import sqlcipher3

from desktop import paths
from desktop.cli import main
from desktop.vault import kdf
from desktop.vault.probe import key_literal

OLD = "correct paard batterij nietje"
NEW = "zeven zwanen zwemmen zuidwaarts"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    fast = kdf.ScryptParams(n=2**10, r=8, p=1)
    monkeypatch.setattr(kdf, "PASSPHRASE_PARAMS", fast)
    monkeypatch.setattr(kdf, "RECOVERY_PARAMS", fast)


def cli(args, monkeypatch, capsys, stdin="", env=None):
    monkeypatch.delenv("SCHAKEL_PASSPHRASE", raising=False)
    if env is not None:
        monkeypatch.setenv("SCHAKEL_PASSPHRASE", env)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def reg(data_dir, monkeypatch, capsys):
    d = ["--data-dir", str(data_dir)]
    code, out, _ = cli([*d, "init"], monkeypatch, capsys, env=OLD)
    assert code == 0
    recovery = out.strip().splitlines()[-1].strip()
    return d, recovery


def test_passphrase_via_stdin_and_old_header_refused(reg, data_dir, monkeypatch, capsys):
    d, _ = reg
    old_header = (data_dir / paths.HEADER_FILE).read_bytes()
    code, out, _ = cli([*d, "--passphrase-stdin", "passphrase"], monkeypatch, capsys, stdin=f"{OLD}\n{NEW}\n")
    assert code == 0 and "gewijzigd" in out and NEW not in out
    assert cli([*d, "check"], monkeypatch, capsys, env=OLD)[0] == 3
    assert cli([*d, "check"], monkeypatch, capsys, env=NEW)[0] == 0
    (data_dir / paths.HEADER_FILE).write_bytes(old_header)
    code, _, err = cli([*d, "check"], monkeypatch, capsys, env=OLD)
    assert code == 3 and "verouderd" in err


def test_weak_new_passphrase_is_input_refused(reg, monkeypatch, capsys):
    d, _ = reg
    code, _, err = cli([*d, "--passphrase-stdin", "passphrase"], monkeypatch, capsys, stdin=f"{OLD}\nkort\n")
    assert code == 5 and "niets gewijzigd" in err
    assert cli([*d, "check"], monkeypatch, capsys, env=OLD)[0] == 0


def test_forgotten_passphrase_reset_with_recovery_code(reg, monkeypatch, capsys):
    d, code_text = reg
    code, _, _ = cli([*d, "passphrase", "--recovery-code-stdin"], monkeypatch, capsys,
                     stdin=f"{code_text}\n{NEW}\n")
    assert code == 0
    assert cli([*d, "check"], monkeypatch, capsys, env=NEW)[0] == 0


def test_missing_new_passphrase_is_usage_error(reg, monkeypatch, capsys):
    d, _ = reg
    assert cli([*d, "--passphrase-stdin", "passphrase"], monkeypatch, capsys, stdin=f"{OLD}\n")[0] == 2


def test_recovery_code_prints_new_code_once_and_revokes_old(reg, monkeypatch, capsys):
    d, old_code = reg
    code, out, _ = cli([*d, "recovery-code"], monkeypatch, capsys, env=OLD)
    assert code == 0
    new_code = out.strip().splitlines()[-1].strip()
    assert new_code != old_code
    assert cli([*d, "passphrase", "--recovery-code-stdin"], monkeypatch, capsys,
               stdin=f"{old_code}\n{NEW}\n")[0] == 3
    assert cli([*d, "passphrase", "--recovery-code-stdin"], monkeypatch, capsys,
               stdin=f"{new_code}\n{NEW}\n")[0] == 0


def test_rotate_key_old_header_cannot_decrypt(reg, data_dir, monkeypatch, capsys, tmp_path):
    from desktop.vault import KeyStore

    d, _ = reg
    old = tmp_path / "oud"
    old.mkdir()
    shutil.copy(data_dir / paths.HEADER_FILE, old / paths.HEADER_FILE)
    shutil.copy(data_dir / paths.VAULT_FILE, old / paths.VAULT_FILE)
    code, out, _ = cli([*d, "rotate-key"], monkeypatch, capsys, env=OLD)
    assert code == 0 and "vernieuwd" in out
    old_key = KeyStore(old).unlock_with_passphrase(OLD)
    conn = sqlcipher3.connect(str(data_dir / paths.VAULT_FILE))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key_literal(old_key)}")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    assert cli([*d, "check"], monkeypatch, capsys, env=OLD)[0] == 0


def test_check_exit_4_after_truncating_audit_with_the_key(reg, data_dir, monkeypatch, capsys):
    from desktop.vault import KeyStore

    d, _ = reg
    for _ in range(2):
        cli([*d, "demo", "--cases", "2"], monkeypatch, capsys, env=OLD)
    key = KeyStore(data_dir).unlock_with_passphrase(OLD)
    conn = sqlcipher3.connect(str(data_dir / paths.VAULT_FILE), isolation_level=None)
    conn.execute(f"PRAGMA key = {key_literal(key)}")
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger' "
                            "AND tbl_name='audit_log'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)")
    for _, ddl in triggers:
        conn.execute(ddl)
    conn.close()
    code, out, _ = cli([*d, "check"], monkeypatch, capsys, env=OLD)
    assert code == 4 and "keten intact" in out and "MANIPULATIE" in out and "Logboekkop" in out


LOCKER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)
print(lock.tryLock(200), flush=True)
time.sleep(30)
"""


def test_key_commands_refused_while_the_gui_is_open(reg, data_dir, monkeypatch, capsys):
    import subprocess
    import sys

    d, _ = reg
    header_before = (data_dir / paths.HEADER_FILE).read_bytes()
    proc = subprocess.Popen([sys.executable, "-c", LOCKER, str(data_dir / paths.LOCK_FILE)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "True"
        for command in ("recovery-code", "rotate-key"):
            code, _, err = cli([*d, command], monkeypatch, capsys, env=OLD)
            assert code == 1 and "Schakel is geopend" in err
    finally:
        proc.kill()
        proc.wait()
    assert (data_dir / paths.HEADER_FILE).read_bytes() == header_before
    assert cli([*d, "recovery-code"], monkeypatch, capsys, env=OLD)[0] == 0
    assert not (data_dir / paths.LOCK_FILE).exists()
