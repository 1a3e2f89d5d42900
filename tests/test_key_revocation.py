"""Issue 13: revocation (new KEK on every secret change) and the audit anchor.

Attacker model: someone holding an old key file (from a backup, a ``voor-terugzetten``
folder) and the secret that was valid then. Real SQLCipher files, real scrypt (light).
"""

from __future__ import annotations

import json
import shutil

import pytest
import sqlcipher3

from desktop import paths
from desktop.policy import Policy
from desktop.services.maintenance import audit_witness, check
from desktop.services.session import UnlockMethod, VaultService
from desktop.store.errors import DatabaseDamaged
from desktop.vault import KeyStore, WrongPassphrase, WrongRecoveryCode
from desktop.vault import kdf as kdf_mod
from desktop.vault.errors import HeaderTampered, StaleHeader, VaultError
from desktop.vault.probe import key_literal
from tests.vault_helpers import OTHER_PASSPHRASE, PASSPHRASE

pytestmark = pytest.mark.usefixtures("fast_kdf")
THIRD = "zeven zwanen zwemmen zuidwaarts"


@pytest.fixture
def fast_kdf(monkeypatch):
    fast = kdf_mod.ScryptParams(n=2**10, r=8, p=1)
    monkeypatch.setattr(kdf_mod, "PASSPHRASE_PARAMS", fast)
    monkeypatch.setattr(kdf_mod, "RECOVERY_PARAMS", fast)


@pytest.fixture
def vault(data_dir):
    service = VaultService(data_dir, Policy())
    register, code = service.create(PASSPHRASE, use_keyring=False)
    with register.write() as conn:
        register.audit(conn, "test_regel")
    register.close()
    return service, code


def _old_header(data_dir):
    return (data_dir / paths.HEADER_FILE).read_bytes()


def _put_back(data_dir, raw):
    (data_dir / paths.HEADER_FILE).write_bytes(raw)


def _data_key_from(raw_header, data_dir, passphrase):
    """What an attacker gets from a header file and a passphrase (no app checks)."""
    scratch = data_dir.parent / "aanvaller"
    scratch.mkdir(exist_ok=True)
    (scratch / paths.HEADER_FILE).write_bytes(raw_header)
    shutil.copy(data_dir / paths.VAULT_FILE, scratch / paths.VAULT_FILE)
    return KeyStore(scratch).unlock_with_passphrase(passphrase)


def _db_opens(db, key):
    conn = sqlcipher3.connect(str(db))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key_literal(key)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def _unlock(service, method=UnlockMethod.PASSPHRASE, secret=PASSPHRASE):
    return service.unlock(method, secret)


def test_passphrase_change_makes_a_new_kek_and_old_header_is_refused(vault, data_dir):
    service, code = vault
    old = _old_header(data_dir)
    old_kek_slot = json.loads(old)["data_key"]
    register = _unlock(service)
    service.change_passphrase(register, OTHER_PASSPHRASE)
    register.close()
    assert json.loads(_old_header(data_dir))["data_key"] != old_kek_slot
    with pytest.raises(WrongPassphrase):
        _unlock(VaultService(data_dir, Policy()))
    _unlock(VaultService(data_dir, Policy()), secret=OTHER_PASSPHRASE).close()
    _unlock(VaultService(data_dir, Policy()), UnlockMethod.RECOVERY, code).close()  # not revoked
    _put_back(data_dir, old)
    with pytest.raises(StaleHeader):
        _unlock(VaultService(data_dir, Policy()))


def test_recovery_code_change_revokes_the_old_code(vault, data_dir):
    service, old_code = vault
    old = _old_header(data_dir)
    register = _unlock(service)
    new_code = service.new_recovery_code(register)
    register.close()
    with pytest.raises(WrongRecoveryCode):
        _unlock(VaultService(data_dir, Policy()), UnlockMethod.RECOVERY, old_code)
    _unlock(VaultService(data_dir, Policy()), UnlockMethod.RECOVERY, new_code).close()
    _unlock(VaultService(data_dir, Policy())).close()  # passphrase slot followed the new KEK
    _put_back(data_dir, old)
    with pytest.raises(StaleHeader):
        _unlock(VaultService(data_dir, Policy()), UnlockMethod.RECOVERY, old_code)


def test_rotation_old_header_and_old_secret_cannot_decrypt_current_db(vault, data_dir):
    service, code = vault
    old = _old_header(data_dir)
    register = _unlock(service)
    register = service.rotate_key(register)
    register.close()
    db = data_dir / paths.VAULT_FILE
    leaked_key = _data_key_from(old, data_dir, PASSPHRASE)  # old header + old passphrase
    assert not _db_opens(db, leaked_key)
    # the current header gives nothing to the old KEK either: splice the old passphrase
    # slot into the current header -> the MAC (under the new KEK) refuses it
    current = json.loads(_old_header(data_dir))
    current["slots"]["passphrase"] = json.loads(old)["slots"]["passphrase"]
    (data_dir / paths.HEADER_FILE).write_text(json.dumps(current))
    with pytest.raises(HeaderTampered):
        KeyStore(data_dir).unlock_with_passphrase(PASSPHRASE)
    _put_back(data_dir, old)
    with pytest.raises(DatabaseDamaged):  # the old data key no longer decrypts the file
        _unlock(VaultService(data_dir, Policy()))


def test_old_recovery_code_and_old_header_after_rotation(vault, data_dir):
    service, code = vault
    old = _old_header(data_dir)
    register = _unlock(service)
    service.rotate_key(register).close()
    scratch = data_dir.parent / "oud"
    scratch.mkdir()
    (scratch / paths.HEADER_FILE).write_bytes(old)
    shutil.copy(data_dir / paths.VAULT_FILE, scratch / paths.VAULT_FILE)
    leaked = KeyStore(scratch).unlock_with_recovery(code)
    assert not _db_opens(data_dir / paths.VAULT_FILE, leaked)
    _unlock(VaultService(data_dir, Policy()), UnlockMethod.RECOVERY, code).close()


def test_crash_between_header_and_database_is_reconciled(vault, data_dir):
    service, _ = vault
    register = _unlock(service)
    service.keystore.change_passphrase(register.key(), OTHER_PASSPHRASE)  # header only: "crash"
    register.close()
    reg = _unlock(VaultService(data_dir, Policy()), secret=OTHER_PASSPHRASE)
    assert reg.setting("kek_id") == reg.audit_anchor.__self__.kek_id()
    reg.close()


def test_old_v1_slot_is_upgraded_to_r8_on_unlock(vault, data_dir, monkeypatch):
    service, _ = vault
    stronger = kdf_mod.ScryptParams(n=2**11, r=8, p=1)
    monkeypatch.setattr(kdf_mod, "PASSPHRASE_PARAMS", stronger)
    _unlock(service).close()
    slot = json.loads(_old_header(data_dir))["slots"]["passphrase"]["kdf"]
    assert (slot["n"], slot["r"]) == (2**11, 8)
    _unlock(VaultService(data_dir, Policy())).close()


# -- audit anchor -------------------------------------------------------------------


def _tamper(data_dir, key, sql):
    conn = sqlcipher3.connect(str(data_dir / paths.VAULT_FILE), isolation_level=None)
    conn.execute(f"PRAGMA key = {key_literal(key)}")
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger' "
                            "AND tbl_name='audit_log'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.executescript(sql)
    for _, ddl in triggers:
        conn.execute(ddl)
    conn.close()


def _rechain_sql():
    return ("CREATE TEMP TABLE k AS SELECT * FROM audit_log ORDER BY id;"
            "DELETE FROM audit_log;")


def _key(service):
    reg = _unlock(service)
    key = reg.key()
    for _ in range(3):
        with reg.write() as conn:
            reg.audit(conn, "test_regel")
    reg.close()
    return key


def _check_report(data_dir):
    reg = VaultService(data_dir, Policy()).unlock(UnlockMethod.PASSPHRASE, PASSPHRASE, record=False)
    try:
        return check(reg, record=False)
    finally:
        reg.close()


def test_untouched_register_checks_ok_and_has_a_witness(vault, data_dir):
    service, _ = vault
    _key(service)
    report = _check_report(data_dir)
    assert report.ok and report.anchor_problem is None
    reg = _unlock(VaultService(data_dir, Policy()))
    assert audit_witness(reg).split("/")[0].isdigit()
    reg.close()


def test_truncation_is_reported(vault, data_dir):
    service, _ = vault
    key = _key(service)
    _tamper(data_dir, key, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log);")
    report = _check_report(data_dir)
    assert not report.ok and "ingekort" in report.anchor_problem


def test_rechaining_is_reported(vault, data_dir):
    from desktop.store import audit

    service, _ = vault
    key = _key(service)
    conn = sqlcipher3.connect(str(data_dir / paths.VAULT_FILE), isolation_level=None)
    conn.execute(f"PRAGMA key = {key_literal(key)}")
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger' "
                            "AND tbl_name='audit_log'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    rows = conn.execute("SELECT at, actor, action, case_id, detail FROM audit_log ORDER BY id").fetchall()
    conn.execute("DELETE FROM audit_log")
    prev = audit.GENESIS
    for at, actor, action, case_id, detail in rows[:2] + rows[3:]:  # drop one row, re-chain
        h = audit._row_hash(prev, at, actor, action, case_id, detail)
        conn.execute("INSERT INTO audit_log(at, actor, action, case_id, detail, prev_hash, hash)"
                     " VALUES (?,?,?,?,?,?,?)", (at, actor, action, case_id, detail, prev, h))
        prev = h
    for _, ddl in triggers:
        conn.execute(ddl)
    conn.close()
    report = _check_report(data_dir)
    assert report.audit_break_at is None  # the chain itself is consistent again
    assert not report.ok and report.anchor_problem


def test_tampering_survives_later_commits(vault, data_dir):
    service, _ = vault
    key = _key(service)
    _tamper(data_dir, key, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log);")
    _key(VaultService(data_dir, Policy()))  # the officer keeps working
    assert _check_report(data_dir).anchor_problem


def test_lock_zeroes_the_key_buffers(vault):
    service, _ = vault
    reg = _unlock(service)
    key_buf, kek_buf = reg._key, service.keystore._kek_buf
    assert any(key_buf) and any(kek_buf)
    reg.lock()
    assert not any(key_buf) and not any(kek_buf)
    assert not service.keystore.is_unlocked()


# -- keyring slot under a new KEK ----------------------------------------------------------


@pytest.fixture
def keyring_vault(data_dir):
    service = VaultService(data_dir, Policy())
    register, code = service.create(PASSPHRASE, use_keyring=True)
    register.close()
    return service, code


def test_keyring_follows_the_new_kek(keyring_vault, data_dir, memory_keyring):
    service, _ = keyring_vault
    before = dict(memory_keyring.store)
    reg = _unlock(service)
    service.change_passphrase(reg, OTHER_PASSPHRASE)
    reg.close()
    assert memory_keyring.store != before  # the entry now holds the new KEK
    assert json.loads(_old_header(data_dir))["keyring_rollover"] is None
    VaultService(data_dir, Policy()).unlock(UnlockMethod.KEYRING).close()


def test_crash_before_the_keyring_update_is_finished_at_keyring_unlock(keyring_vault, data_dir,
                                                                       memory_keyring):
    from desktop.vault import header as header_mod
    from desktop.vault import keyring_slot, rekek

    service, _ = keyring_vault
    old_entry = dict(memory_keyring.store)
    old_kek = keyring_slot.load_kek(KeyStore(data_dir).vault_id())
    reg = _unlock(service)
    service.change_passphrase(reg, OTHER_PASSPHRASE)
    reg.close()
    # the state after a kill between the header write (with rollover) and the keyring update
    store = KeyStore(data_dir)
    store.unlock_with_passphrase(OTHER_PASSPHRASE)
    current = header_mod.read(data_dir / paths.HEADER_FILE)
    store._write(rekek.with_rollover(current, old_kek, store._kek), store._kek)
    store.lock()
    memory_keyring.store.clear()
    memory_keyring.store.update(old_entry)
    VaultService(data_dir, Policy()).unlock(UnlockMethod.KEYRING).close()  # old entry + rollover
    assert memory_keyring.store != old_entry
    assert json.loads(_old_header(data_dir))["keyring_rollover"] is None
    VaultService(data_dir, Policy()).unlock(UnlockMethod.KEYRING).close()


def test_disabling_the_keyring_makes_the_old_entry_useless(keyring_vault, data_dir, memory_keyring):
    service, _ = keyring_vault
    old_entry = dict(memory_keyring.store)
    reg = _unlock(service)
    service.disable_keyring(reg)
    reg.close()
    assert memory_keyring.store == {}
    memory_keyring.store.update(old_entry)  # an entry that survived (e.g. roamed elsewhere)
    h = json.loads(_old_header(data_dir))
    h["slots"]["keyring"] = {"service": "Schakel"}  # and someone re-adds the slot by hand
    (data_dir / paths.HEADER_FILE).write_text(json.dumps(h))
    with pytest.raises(VaultError):
        KeyStore(data_dir).unlock_with_keyring()


def test_crash_between_commit_and_anchor_is_not_a_false_alarm(vault, data_dir):
    service, _ = vault
    reg = _unlock(service)
    reg.on_commit.clear()  # the header write after these commits "never happens" (kill)
    for _ in range(3):
        with reg.write() as conn:
            reg.audit(conn, "test_regel")
    reg.close()
    report = _check_report(data_dir)
    assert report.ok and report.anchor_problem is None and "achter" in report.anchor_note
    reg = _unlock(VaultService(data_dir, Policy()))  # the next commit catches the anchor up
    anchored = reg.audit_anchor()
    with reg.read() as conn:
        from desktop.store import audit as audit_mod

        assert (anchored.count, anchored.last_id, anchored.head) == audit_mod.head(conn)
    reg.close()
