"""``schakel export`` and ``schakel export-agenda`` end to end on a real vault."""

from __future__ import annotations

import hashlib
import io
import shutil
import sys

import pytest
from export_cases import PERPETRATORS, REPORTER, VICTIM, pdftotext, store_rich_case
from vault_helpers import fast_kdf  # noqa: F401

from desktop.cli import main
from desktop.policy import Policy
from desktop.services.export.service import ExportService
from desktop.services.session import UnlockMethod, VaultService

PASS = "correct paard batterij nietje"
pytestmark = [pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing"),
              pytest.mark.usefixtures("fast_kdf")]


@pytest.fixture
def vault(data_dir, monkeypatch, capsys):
    """A vault made with ``schakel init``, two rich fictional cases and 5 demo cases."""
    monkeypatch.setenv("SCHAKEL_PASSPHRASE", PASS)
    d = ["--data-dir", str(data_dir)]
    assert main([*d, "init"]) == 0
    assert main([*d, "demo", "--cases", "5"]) == 0
    register = VaultService(data_dir, Policy()).unlock(UnlockMethod.PASSPHRASE, PASS)
    numbers = [store_rich_case(register).number for _ in range(2)]
    register.close()
    capsys.readouterr()
    return d, numbers


def log_entries(data_dir, number):
    register = VaultService(data_dir, Policy()).unlock(UnlockMethod.PASSPHRASE, PASS)
    try:
        return ExportService(register).log_for_case(register.cases.id_for_number(number))
    finally:
        register.close()


def test_export_riec_and_agenda(vault, data_dir, tmp_path, capsys):
    d, (first, second) = vault
    out = tmp_path / "riec.pdf"
    assert main([*d, "export", first, "--profile", "riec", "--out", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert f"Export opgeslagen: {out}" in stdout and "niet opgenomen" in stdout
    text = pdftotext(out)
    assert all(name in text for name in PERPETRATORS) and REPORTER not in text
    [entry] = log_entries(data_dir, first)
    assert entry.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert entry.profile_id == "riec" and not entry.encrypted

    agenda = tmp_path / "agenda.pdf"
    assert main([*d, "export-agenda", first, second, "--out", str(agenda)]) == 0
    text = pdftotext(agenda)
    assert first in text and second in text
    assert not any(name in text for name in [*PERPETRATORS, VICTIM, REPORTER])
    assert [e.profile_id for e in log_entries(data_dir, second)] == ["overleg-agenda"]


def test_existing_out_file_is_never_overwritten(vault, tmp_path, capsys):
    d, (first, _) = vault
    out = tmp_path / "x.pdf"
    out.write_bytes(b"bestaand")
    assert main([*d, "export", first, "--profile", "terugkoppeling-melder", "--out",
                 str(out)]) == 0
    assert out.read_bytes() == b"bestaand"
    assert (tmp_path / "x-2.pdf").read_bytes().startswith(b"%PDF")
    assert str(tmp_path / "x-2.pdf") in capsys.readouterr().out


def test_unknown_case_and_unknown_profile(vault, tmp_path, capsys):
    d, (first, _) = vault
    out = str(tmp_path / "x.pdf")
    assert main([*d, "export", "2099-9999", "--profile", "riec", "--out", out]) == 1
    assert "2099-9999 bestaat niet" in capsys.readouterr().err
    assert main([*d, "export", first, "--profile", "politie", "--out", out]) == 2
    assert "Onbekend exportprofiel 'politie'" in capsys.readouterr().err
    assert main([*d, "export-agenda", first, "--profile", "riec", "--out", out]) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_passphrase_line_then_password_line(vault, tmp_path, monkeypatch, capsys):
    d, (first, _) = vault
    monkeypatch.delenv("SCHAKEL_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASS}\npdf-wachtwoord-7\n"))
    out = tmp_path / "z.pdf"
    code = main([*d, "--passphrase-stdin", "export", first, "--profile", "zorgcoordinator",
                 "--out", str(out), "--password-stdin"])
    assert code == 0 and "versleuteld" in capsys.readouterr().out
    assert VICTIM in pdftotext(out, password="pdf-wachtwoord-7")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASS}\n"))
    code = main([*d, "--passphrase-stdin", "export", first, "--profile", "riec", "--out",
                 str(out), "--password-stdin"])
    assert code == 2 and "geen wachtwoord" in capsys.readouterr().err
