"""``schakel export`` / ``export-agenda`` with the minimisation guard: exit 5, --check,
--redact, never the matched text on the terminal; the agenda carries the meeting."""

from __future__ import annotations

import shutil
import stat
from datetime import date

import pytest
from export_cases import PERPETRATORS, pdftotext, squash, store_rich_case
from vault_helpers import fast_kdf  # noqa: F401

from desktop.cli import main
from desktop.domain import model as m
from desktop.policy import Policy
from desktop.services.session import UnlockMethod, VaultService

PASS = "correct paard batterij nietje"
SECRET_BSN = "1234.56.782"
pytestmark = [pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing"),
              pytest.mark.usefixtures("fast_kdf")]


def _open(data_dir):
    return VaultService(data_dir, Policy()).unlock(UnlockMethod.PASSPHRASE, PASS)


@pytest.fixture
def vault(data_dir, monkeypatch, capsys):
    monkeypatch.setenv("SCHAKEL_PASSPHRASE", PASS)
    d = ["--data-dir", str(data_dir)]
    assert main([*d, "init"]) == 0
    register = _open(data_dir)
    case = store_rich_case(register)
    case.observations = f"Ioana Dumitrescu-Verzonnen (BSN {SECRET_BSN}) sliep in de kantine."
    case.title = "Wiśniewski, Fictieweg 12"
    register.cases.update(case)
    register.close()
    capsys.readouterr()
    return d, case.number


def test_open_findings_refuse_with_exit_5_and_no_file(vault, tmp_path, capsys):
    d, number = vault
    folder = tmp_path / "uit"
    folder.mkdir()
    out = folder / "riec.pdf"
    assert main([*d, "export", number, "--profile", "riec", "--out", str(out)]) == 5
    err = capsys.readouterr().err
    assert "veld 'Waarneming'" in err and "BSN-achtig nummer" in err and "naam van" in err
    assert "Dumitrescu" not in err and SECRET_BSN not in err
    assert not out.exists() and not list(folder.iterdir())


def test_check_prints_findings_and_writes_nothing(vault, tmp_path, capsys):
    d, number = vault
    assert main([*d, "export", number, "--profile", "riec", "--check"]) == 5
    captured = capsys.readouterr()
    assert "2 bevinding(en)" in captured.out and "Dumitrescu" not in captured.out
    assert not list(tmp_path.glob("*.pdf"))
    assert main([*d, "export", number, "--profile", "terugkoppeling-melder", "--check"]) == 0
    assert "Geen bevindingen" in capsys.readouterr().out


def test_redact_writes_a_private_pdf_without_the_leak(vault, tmp_path, capsys):
    d, number = vault
    folder = tmp_path / "uit"
    folder.mkdir()
    out = folder / "riec.pdf"
    assert main([*d, "export", number, "--profile", "riec", "--out", str(out), "--redact"]) == 0
    text = squash(pdftotext(out))
    assert "Dumitrescu" not in text and SECRET_BSN not in text
    assert "[naam weggelaten]" in text and "[nummer weggelaten]" in text
    assert all(name in text for name in PERPETRATORS)  # the RIEC does get the perpetrators
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["riec.pdf"]  # no temp copy beside it


def test_agenda_shows_the_meeting_and_catches_the_title(vault, data_dir, tmp_path, capsys):
    d, number = vault
    register = _open(data_dir)
    meetings = register.meetings
    kind = meetings.kinds()[0]
    meeting = meetings.plan(kind.id, date(2026, 4, 2), place="Stadhuis, kamer 2.14")
    case_id = register.cases.id_for_number(number)
    other = store_rich_case(register)
    meetings.add_case(meeting.id, case_id, "Wie neemt regie op huisvesting?")
    meetings.add_case(meeting.id, other.id, "Is een integrale controle zinvol?")
    register.close()
    out = tmp_path / "agenda.pdf"
    args = [*d, "export-agenda", number, other.number, "--meeting", str(meeting.id)]
    assert main([*args, "--out", str(out)]) == 5  # the title names a person and an address
    err = capsys.readouterr().err
    assert "Korte omschrijving" in err and "Wiśniewski" not in err and "Fictieweg" not in err
    assert main([*args, "--out", str(out), "--redact"]) == 0
    text = squash(pdftotext(out))
    for expected in (kind.title, "2 april 2026", "Stadhuis, kamer 2.14",
                     "Wie neemt regie op huisvesting?", "Is een integrale controle zinvol?",
                     "Uitkomst / afspraak", number, other.number):
        assert expected in text
    assert "Wiśniewski" not in text and "Fictieweg" not in text


def test_policy_can_require_encryption(vault, data_dir, tmp_path, capsys, monkeypatch):
    d, number = vault
    policy = tmp_path / "beleid.toml"
    policy.write_text('pdf_versleutelen = "verplicht"\n', encoding="utf-8")
    out = tmp_path / "melder.pdf"
    code = main([*d, "--policy", str(policy), "export", number, "--profile",
                 "terugkoppeling-melder", "--out", str(out)])
    assert code == 2 and "versleutelde PDF" in capsys.readouterr().err
    assert not out.exists()


def test_consent_refused_is_exit_5(vault, data_dir, tmp_path, capsys):
    d, number = vault
    register = _open(data_dir)
    case = register.cases.get(register.cases.id_for_number(number))
    for consent in case.consents:
        consent.status = m.ConsentStatus.REFUSED
    register.cases.update(case)
    register.close()
    out = tmp_path / "zorg.pdf"
    assert main([*d, "export", number, "--profile", "zorgcoordinator", "--out", str(out),
                 "--redact"]) == 5
    assert "toestemming" in capsys.readouterr().err and not out.exists()


def test_check_lists_what_would_leave_without_values(vault, capsys):
    d, number = vault
    assert main([*d, "export", number, "--profile", "zorgcoordinator", "--check"]) == 0
    out = capsys.readouterr().out
    assert f"Zaak {number} → Zorgcoördinator mensenhandel:" in out
    assert "Mogelijke slachtoffers: " in out and "Naam" in out
    assert "Ioana" not in out and "Dumitrescu" not in out
