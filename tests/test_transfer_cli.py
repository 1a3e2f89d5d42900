"""``schakel keys`` / ``schakel transfer`` end to end, exit codes, and kill -9 during receive."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.policy import Policy
from desktop.services.session import UnlockMethod, VaultService
from desktop.services.transfer import TransferService
from desktop.services.transfer.keys import read_key_file

PASS = "correct paard batterij nietje"


def _vault(folder: Path, cases: int = 0):
    service = VaultService(folder, Policy())
    register, _code = service.create(PASS, use_keyring=False)
    if cases:
        from desktop.services.demo import fill

        fill(register, cases, seed=3)
    register.close()
    return service


def _cli(folder: Path, *argv: str) -> int:
    return main(["--data-dir", str(folder), *argv])


def _fingerprint(capsys, folder: Path, out: Path) -> str:
    assert _cli(folder, "keys", "export", "--out", str(out), "--naam", "Fictieve Ambtenaar") == 0
    text = capsys.readouterr().out
    return text.split("lees voor aan uw collega): ")[1].strip()


@pytest.fixture
def pair(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SCHAKEL_PASSPHRASE", PASS)
    a, b = tmp_path / "A", tmp_path / "B"
    _vault(a, cases=3)
    _vault(b)
    fa = _fingerprint(capsys, a, tmp_path / "a.schakelsleutel")
    fb = _fingerprint(capsys, b, tmp_path / "b.schakelsleutel")
    assert _cli(a, "keys", "trust", str(tmp_path / "b.schakelsleutel"), "--fingerprint", fb) == 0
    assert _cli(b, "keys", "trust", str(tmp_path / "a.schakelsleutel"), "--fingerprint", fa) == 0
    return a, b


def _numbers(folder: Path) -> list[str]:
    register = VaultService(folder, Policy()).unlock(UnlockMethod.PASSPHRASE, PASS, record=False)
    try:
        with register.read() as conn:
            return [r[0] for r in conn.execute("SELECT number FROM case_file ORDER BY number")]
    finally:
        register.close()


def test_cli_lend_receive_receipt_return(pair, tmp_path, capsys):
    a, b = pair
    numbers = _numbers(a)[:2]
    until = (date.today() + timedelta(days=20)).isoformat()
    bundle, receipt = tmp_path / "x.schakelbundel", tmp_path / "r.schakelbewijs"
    assert _cli(a, "transfer", "create", *numbers, "--to", str(tmp_path / "b.schakelsleutel"),
                "--mode", "lend", "--until", until, "--out", str(bundle)) == 0
    assert _cli(b, "transfer", "receive", str(bundle), "--receipt-out", str(receipt)) == 0
    assert _numbers(b) == sorted(numbers)
    assert _cli(a, "transfer", "receipt", str(receipt)) == 0
    assert _cli(b, "transfer", "receive", str(bundle)) == 5  # replay
    assert "al eerder ontvangen" in capsys.readouterr().err
    assert _cli(a, "transfer", "list") == 0
    assert "uitgeleend aan Fictieve Ambtenaar" in capsys.readouterr().out
    back, receipt2, destroyed = tmp_path / "t", tmp_path / "r2", tmp_path / "r3"
    assert _cli(b, "transfer", "return", *numbers, "--out", str(back)) == 0
    assert _cli(a, "transfer", "receive", str(back), "--receipt-out", str(receipt2)) == 0
    assert _cli(b, "transfer", "receipt", str(receipt2), "--receipt-out", str(destroyed)) == 0
    assert _numbers(b) == []
    assert _cli(a, "transfer", "receipt", str(destroyed)) == 0


def test_cli_exit_codes(pair, tmp_path, capsys):
    a, b = pair
    junk = tmp_path / "junk.schakelbundel"
    junk.write_bytes(b"geen bundel")
    assert _cli(b, "transfer", "receive", str(junk)) == 5
    assert "geen leesbare Schakel-bundel" in capsys.readouterr().err
    bad_key = tmp_path / "bad.schakelsleutel"
    bad_key.write_text("{}")
    assert _cli(a, "transfer", "create", _numbers(a)[0], "--to", str(bad_key), "--mode", "handover",
                "--out", str(tmp_path / "o")) == 5
    assert _cli(a, "transfer", "create", "9999-9999", "--to", str(tmp_path / "b.schakelsleutel"),
                "--mode", "handover", "--out", str(tmp_path / "o")) == 1
    assert _cli(a, "keys", "trust", str(tmp_path / "b.schakelsleutel"), "--fingerprint", "1 2 3") == 1
    assert _cli(a, "transfer") == 2
    assert not (tmp_path / "o").exists()


@pytest.mark.slow
def test_kill_9_during_receive_leaves_before_or_after(tmp_path):
    """Kill the receiving process at random moments: the register holds none or all cases."""
    owner, template = tmp_path / "A", tmp_path / "B"
    _vault(owner, cases=50)
    _vault(template)
    ra = VaultService(owner, Policy()).unlock(UnlockMethod.PASSPHRASE, PASS)
    rb = VaultService(template, Policy()).unlock(UnlockMethod.PASSPHRASE, PASS)
    try:
        ta, tb = TransferService(ra), TransferService(rb)
        ta.export_key(tmp_path / "a.key")
        tb.export_key(tmp_path / "b.key")
        ka, kb = read_key_file(tmp_path / "a.key"), read_key_file(tmp_path / "b.key")
        ta.confirm_key(kb, kb.fingerprint)
        tb.confirm_key(ka, ka.fingerprint)
        with ra.read() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM case_file")]
        bundle = tmp_path / "x.schakelbundel"
        ta.create(ids, kb, "lend", bundle, until=date.today() + timedelta(days=9))
    finally:
        ra.close()
        rb.close()
    env = {**os.environ, "SCHAKEL_PASSPHRASE": PASS}
    cmd = [sys.executable, "-m", "desktop", "--data-dir", "{dir}", "transfer", "receive", str(bundle)]

    def start(folder: Path) -> subprocess.Popen:
        argv = [str(folder) if part == "{dir}" else part for part in cmd]
        return subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    probe = tmp_path / "probe"
    shutil.copytree(template, probe)
    t0 = time.perf_counter()
    assert start(probe).wait(60) == 0
    full = time.perf_counter() - t0
    rng = random.Random(17)
    outcomes = []
    for run in range(14):
        folder = tmp_path / f"run{run}"
        shutil.copytree(template, folder)
        proc = start(folder)
        time.sleep(rng.uniform(0.55, 1.0) * full)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        register = VaultService(folder, Policy()).unlock(UnlockMethod.PASSPHRASE, PASS, record=False)
        try:
            with register.read() as conn:
                cases = conn.execute("SELECT count(*) FROM case_file").fetchone()[0]
                seen = conn.execute("SELECT count(*) FROM transfer_seen").fetchone()[0]
                leases = conn.execute("SELECT count(*) FROM transfer_lease").fetchone()[0]
                ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            register.close()
        assert ok == "ok"
        assert (cases, seen, leases) in ((0, 0, 0), (50, 1, 50)), (run, cases, seen, leases)
        outcomes.append(cases)
        shutil.rmtree(folder)
    print(f"kill -9 during receive: {outcomes.count(0)} before, {outcomes.count(50)} after, full run {full:.2f}s")


def test_cli_init_creates_the_exchange_keys(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SCHAKEL_PASSPHRASE", PASS)
    folder = tmp_path / "nieuw"
    assert _cli(folder, "init") == 0
    out = capsys.readouterr().out
    printed = out.split("vingerafdruk: ")[1].splitlines()[0].strip()
    assert out.index("vingerafdruk") < out.index("Herstelcode")  # the recovery code stays last
    register = VaultService(folder, Policy()).unlock(UnlockMethod.PASSPHRASE, PASS, record=False)
    try:
        service = TransferService(register)
        assert service.existing_identity() is not None  # can be addressed without a keys export first
        assert service.fingerprint() == printed
        assert any(e.action == "uitwisselsleutel_aangemaakt" for e in register.audit_entries())
    finally:
        register.close()
