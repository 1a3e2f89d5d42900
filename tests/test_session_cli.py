"""Vault service and admin CLI end to end on real files (in-memory keyring only fake)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.policy import Policy
from desktop.services.session import UnlockMethod, VaultService, VaultState
from desktop.store.errors import DatabaseDamaged, DatabaseMissing, StoreError
from desktop.vault import errors as verr

PASS = "correct paard batterij nietje"


def _files(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in d.iterdir() if p.is_file()}


@pytest.fixture
def vault(data_dir):
    service = VaultService(data_dir, Policy())
    register, code = service.create(PASS, use_keyring=True, municipality="Oefengem")
    register.close()
    return service, code


def test_create_then_unlock_with_every_slot(vault):
    service, code = vault
    assert service.state() == VaultState.READY
    assert service.slots() == {"passphrase", "keyring", "recovery"}
    for method, secret in ((UnlockMethod.PASSPHRASE, PASS), (UnlockMethod.KEYRING, ""),
                           (UnlockMethod.RECOVERY, code.lower().replace("-", " "))):
        reg = service.unlock(method, secret)
        assert reg.setting("municipality") == "Oefengem"
        reg.close()


def test_each_unlock_failure_has_its_own_message_and_files_unchanged(vault, memory_keyring):
    service, _code = vault
    before = _files(service.data_dir)
    messages = set()
    with pytest.raises(verr.WrongPassphrase) as e1:
        service.unlock(UnlockMethod.PASSPHRASE, "verkeerde wachtwoordzin!!")
    messages.add(e1.value.message)
    with pytest.raises(verr.WrongRecoveryCode) as e2:
        service.unlock(UnlockMethod.RECOVERY, "ABCDE-FGHJK-MNPQR-STVWX-YZ234-56789-ABCDE-FGHJK")
    messages.add(e2.value.message)
    memory_keyring.locked = True
    with pytest.raises(verr.KeyringLocked) as e3:
        service.unlock(UnlockMethod.KEYRING)
    messages.add(e3.value.message)
    memory_keyring.locked = False
    memory_keyring.store.clear()
    with pytest.raises(verr.KeyringEntryMissing) as e4:
        service.unlock(UnlockMethod.KEYRING)
    messages.add(e4.value.message)
    assert len(messages) == 4
    assert _files(service.data_dir) == before


def test_missing_database_is_not_created_by_unlock(vault):
    service, _ = vault
    service.db_path.unlink()
    with pytest.raises(DatabaseMissing):
        service.unlock(UnlockMethod.PASSPHRASE, PASS)
    assert not service.db_path.exists()


def test_damaged_database_is_told_apart_from_wrong_key(vault):
    service, _ = vault
    raw = bytearray(service.db_path.read_bytes())
    raw[20:60] = bytes(40)  # first page destroyed
    service.db_path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged, match="past bij het sleutelbestand"):
        service.unlock(UnlockMethod.PASSPHRASE, PASS)


def test_backup_restore_round_trip(vault, tmp_path):
    service, code = vault
    from desktop.domain import model as m
    from desktop.services import maintenance

    reg = service.unlock(UnlockMethod.PASSPHRASE, PASS)
    from datetime import date

    reg.cases.create(m.Case(forms={m.Form.SEXUAL}, received_on=date(2026, 2, 2),
                            reporter_department="Wijkteam", observations="voor de back-up"))
    dest = maintenance.backup(reg, tmp_path / "kopie")
    reg.cases.create(m.Case(forms={m.Form.SEXUAL}, received_on=date(2026, 2, 3),
                            reporter_department="Wijkteam", observations="na de back-up"))
    reg.close()
    assert dest.suffix == ".schakelbackup"
    assert b"voor de back-up" not in dest.read_bytes()
    with pytest.raises(maintenance.RestoreNeedsConfirmation):  # a case was made after the backup
        maintenance.restore(service.data_dir, dest, "recovery", code)
    result = maintenance.restore(service.data_dir, dest, "recovery", code, force=True)
    assert result.previous_moved_to and result.previous_moved_to.exists()
    reg = service.unlock(UnlockMethod.PASSPHRASE, PASS)
    assert reg.cases.count() == 1
    reg.close()


def test_restore_refuses_damaged_backup_and_keeps_current(vault, tmp_path):
    service, _ = vault
    from desktop.services import maintenance

    bad = tmp_path / "kapot.schakelbackup"
    bad.write_bytes(b"PK\x03\x04 dit is geen zip")
    before = _files(service.data_dir)
    with pytest.raises(StoreError):  # RestoreRefused: "onleesbaar of geen Schakel-back-up"
        maintenance.restore(service.data_dir, bad, "passphrase", PASS)
    assert _files(service.data_dir) == before


def test_rotate_key_keeps_data_and_slots(vault):
    service, code = vault
    reg = service.unlock(UnlockMethod.PASSPHRASE, PASS)
    old = reg.key()
    reg2 = service.rotate_key(reg)
    assert reg2.key() != old
    reg2.close()
    reg3 = service.unlock(UnlockMethod.RECOVERY, code)
    assert reg3.setting("municipality") == "Oefengem"
    reg3.close()


# -- CLI ---------------------------------------------------------------------------------


def run_cli(args, env_pass=PASS, monkeypatch=None, capsys=None):
    if env_pass is not None:
        monkeypatch.setenv("SCHAKEL_PASSPHRASE", env_pass)
    else:
        monkeypatch.delenv("SCHAKEL_PASSPHRASE", raising=False)
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_init_demo_search_check(data_dir, monkeypatch, capsys):
    d = ["--data-dir", str(data_dir)]
    code, out, _ = run_cli([*d, "init"], monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0 and "Herstelcode" in out
    code, out, err = run_cli([*d, "init"], monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1 and "bestaat al" in err
    assert run_cli([*d, "demo", "--cases", "30"], monkeypatch=monkeypatch, capsys=capsys)[0] == 0
    code, out, _ = run_cli([*d, "search", "9999"], monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0 and out.count("\n") >= 1
    code, out, _ = run_cli([*d, "check"], monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0 and "Resultaat: in orde" in out and "zaken 30" in out


def test_cli_exit_codes(data_dir, monkeypatch, capsys):
    d = ["--data-dir", str(data_dir)]
    assert run_cli([*d, "check"], monkeypatch=monkeypatch, capsys=capsys)[0] == 1  # no vault
    run_cli([*d, "init"], monkeypatch=monkeypatch, capsys=capsys)
    code, _, err = run_cli([*d, "check"], env_pass="fout fout fout fout", monkeypatch=monkeypatch,
                           capsys=capsys)
    assert code == 3 and err.startswith("schakel: ") and err.count("\n") == 1
    code, _, err = run_cli([*d, "check"], env_pass=None, monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2


def test_cli_import_reports_row_and_column(data_dir, tmp_path, monkeypatch, capsys):
    d = ["--data-dir", str(data_dir)]
    run_cli([*d, "init"], monkeypatch=monkeypatch, capsys=capsys)
    csv = tmp_path / "r.csv"
    csv.write_text("registratienummer;datum_signaal;omschrijving;afdeling_melder;postcode\n"
                   "R1;01-01-2025;iets;Wijkteam;99\n", encoding="utf-8")
    code, _, err = run_cli([*d, "import", str(csv)], monkeypatch=monkeypatch, capsys=capsys)
    assert code == 5 and "rij 2, kolom 'postcode'" in err


def test_python_m_desktop_version():
    out = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True,
                         text=True, check=True)
    assert out.stdout.startswith("Schakel ")


def test_cli_imports_a_messy_xlsx_register(data_dir, tmp_path, monkeypatch, capsys):
    from monitor_helpers import messy_xlsx

    d = ["--data-dir", str(data_dir)]
    run_cli([*d, "init"], monkeypatch=monkeypatch, capsys=capsys)
    path = tmp_path / "register.xlsx"
    messy_xlsx(path)
    code, out, err = run_cli([*d, "import", str(path)], monkeypatch=monkeypatch, capsys=capsys)
    assert code == 5  # the fixture has one bad postcode: all or nothing
    assert "rij 8, kolom 'Adres PC'" in err
    code, out, _ = run_cli([*d, "check"], monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0 and "zaken 0," in out
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active["K8"] = "9997 XC"
    wb.save(path)
    code, out, err = run_cli([*d, "import", str(path)], monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0, err
    assert out.startswith("Geïmporteerd: 3 zaken")
    code, out, _ = run_cli([*d, "search", "lukasz"], monkeypatch=monkeypatch, capsys=capsys)
    assert out.count("\n") == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_vault_files_are_private_to_the_officer(vault):
    service, _ = vault
    for path in (service.db_path, service.data_dir / "schakel.keys.json"):
        assert path.stat().st_mode & 0o077 == 0, path.name
