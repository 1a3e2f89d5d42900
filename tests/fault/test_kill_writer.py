"""kill -9 of a writer: every acknowledged commit survives, a half-done import is absent."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import paths
from desktop.policy import Policy
from desktop.services.register import Register
from desktop.store.check import run_check

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _new_vault(tmp_path):
    key = os.urandom(32)
    data = tmp_path / "v"
    data.mkdir()
    Register.open(data, data / paths.VAULT_FILE, key, Policy(), create=True).close()
    return data, key


def _spawn(data, key, mode):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, str(WRITER), str(data), key.hex(), mode],
                            stdout=subprocess.PIPE, text=True, env=env)


def _reopen(data, key):
    reg = Register.open(data, data / paths.VAULT_FILE, key, Policy())
    with reg.read() as conn:
        report = run_check(conn)
        numbers = {r[0] for r in conn.execute("SELECT number FROM case_file")}
        orphans = conn.execute(
            "SELECT count(*) FROM person WHERE case_id NOT IN (SELECT id FROM case_file)").fetchone()[0]
    reg.close()
    return report, numbers, orphans


KILL_RUNS = 50


@pytest.mark.slow
def test_kill_during_commits_loses_no_acknowledged_commit(tmp_path):
    """50 kill -9 runs at random moments on the same vault: every acknowledged commit is
    present afterwards, no orphaned rows, and the integrity check passes each time."""
    data, key = _new_vault(tmp_path)
    rng = random.Random(2026)
    acknowledged: set[str] = set()
    for run in range(KILL_RUNS):
        proc = _spawn(data, key, "commits")
        first = proc.stdout.readline()  # the writer is up and committed once
        assert first
        acknowledged.add(first.strip())
        deadline = time.monotonic() + rng.uniform(0.05, 0.6)
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line:
                acknowledged.add(line.strip())
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        report, numbers, orphans = _reopen(data, key)
        assert report.ok, f"run {run}"
        assert acknowledged <= numbers, f"run {run}"
        assert orphans == 0


@pytest.mark.slow
def test_kill_during_import_leaves_nothing_half_done(tmp_path):
    data, key = _new_vault(tmp_path)
    proc = _spawn(data, key, "import")
    assert proc.stdout.readline().strip() == "start"
    time.sleep(1.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    report, numbers, _ = _reopen(data, key)
    assert report.ok
    assert numbers == set()
