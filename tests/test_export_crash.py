"""kill -9 during an export: the log row comes first, the temp copy is removed at the next
start, and a pending export without a file is reported (never a silent hidden PDF)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop import paths
from desktop.policy import Policy
from desktop.services.export.recovery import recover_pending
from desktop.services.register import Register
from desktop.store import export_repo

TESTS = Path(__file__).parent
SCRIPT = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from export_cases import store_rich_case
    from desktop import paths, safe_files
    from desktop.policy import Policy
    from desktop.services.register import Register
    from desktop.services.export import service as es
    data = Path({data!r})
    reg = Register.open(data, data / paths.VAULT_FILE, bytes.fromhex({key!r}), Policy(),
                        create=True)
    case = store_rich_case(reg)
    svc = es.ExportService(reg)
    preview = svc.preview([case.id], "terugkoppeling-melder")
    rendered = svc.render(preview)
    die = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
    if {where!r} == "before_place":
        safe_files._place = die
    else:
        es.mark_done = die
    svc.save_as(rendered, Path({out!r}))
""")


def _crash(tmp_path: Path, where: str) -> tuple[Register, Path]:
    data, out = tmp_path / "reg", tmp_path / "uit" / "melder.pdf"
    data.mkdir()
    out.parent.mkdir()
    key = os.urandom(32)
    script = SCRIPT.format(tests=str(TESTS), data=str(data), key=key.hex(), where=where,
                           out=str(out))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=str(TESTS.parent))
    assert result.returncode == -signal.SIGKILL, result.stderr
    reg = Register.open(data, data / paths.VAULT_FILE, key, Policy())
    return reg, out


@pytest.mark.slow
def test_kill_before_the_file_is_placed(tmp_path):
    reg, out = _crash(tmp_path, "before_place")
    try:
        assert [p.name.startswith(".schakel-tmp-") for p in out.parent.iterdir()] == [True]
        with reg.read() as conn:
            [row] = export_repo.pending(conn)
        [note] = recover_pending(reg)
        assert f"Export nr. {row.id} werd onderbroken" in note and "geen bestand" in note
        assert list(out.parent.iterdir()) == []  # the hidden full copy is gone
        with reg.read() as conn:
            assert export_repo.get(conn, row.id).state == export_repo.FAILED
        assert recover_pending(reg) == []
    finally:
        reg.close()


@pytest.mark.slow
def test_kill_after_the_file_is_written(tmp_path):
    reg, out = _crash(tmp_path, "after_file")
    try:
        assert out.is_file() and oct(out.stat().st_mode & 0o777) == "0o600"
        [note] = recover_pending(reg)
        assert "bestand is compleet" in note
        with reg.read() as conn:
            [row] = conn.execute("SELECT id, state, file_path FROM export_log").fetchall()
        assert row["state"] == export_repo.DONE and row["file_path"] == str(out)
        actions = [e.action for e in reg.audit_entries()]
        assert "export_gemaakt" in actions
    finally:
        reg.close()
