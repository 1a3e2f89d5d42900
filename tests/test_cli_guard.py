"""The CLI's top-level guard: an unexpected exception is a short Dutch message, a log file
without case data (type and stack only), and exit code 1 — never a traceback."""

from __future__ import annotations

import stat
import sys

from desktop import commands
from desktop.cli import main

SECRET = "Łukasz Fictief, Dorpsstraat 1"


def test_unexpected_error_gives_message_log_and_exit_1(data_dir, monkeypatch, capsys):
    def broken(_args):
        raise RuntimeError(f"kapot bij {SECRET}")

    monkeypatch.setattr(commands, "dispatch", broken)
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    err = capsys.readouterr().err
    assert "onverwacht" in err and "Traceback" not in err and SECRET not in err
    logs = list((data_dir / "logs").glob("schakel-fout-*.log"))
    assert len(logs) == 1
    text = logs[0].read_text(encoding="utf-8")
    assert "RuntimeError" in text and "broken" in text and SECRET not in text
    assert str(logs[0]) in err
    if sys.platform != "win32":
        assert stat.S_IMODE(logs[0].stat().st_mode) == 0o600


def test_known_errors_keep_their_own_exit_code(data_dir, monkeypatch, capsys):
    monkeypatch.delenv("SCHAKEL_PASSPHRASE", raising=False)
    assert main(["--data-dir", str(data_dir), "import", str(data_dir / "bestaat-niet.csv")]) == 5
    assert "bestaat niet" in capsys.readouterr().err
    assert not (data_dir / "logs").exists()
