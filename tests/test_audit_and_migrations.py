"""Hash-chained audit log and forward-only migrations with a backup first."""

from __future__ import annotations

import os
from datetime import date

import pytest

from desktop.domain import model as m
from desktop.store import audit, migrations
from desktop.store.check import run_check
from desktop.store.connection import close_db, open_db
from desktop.store.errors import StoreError


def _fill(register, n=3):
    for i in range(n):
        register.cases.create(m.Case(forms={m.Form.UNKNOWN}, received_on=date(2026, 1, 1),
                                     reporter_department="Wijkteam", observations=f"signaal {i}"))


def test_audit_chain_intact_and_never_holds_content(register):
    _fill(register)
    assert register.verify_audit().ok
    with register.read() as conn:
        rows = [tuple(r) for r in conn.execute("SELECT * FROM audit_log")]
    assert rows and not any("signaal" in str(v) for row in rows for v in row)


def test_audit_log_rejects_update_and_delete(register):
    _fill(register, 1)
    with pytest.raises(StoreError):
        with register.write() as conn:
            conn.execute("UPDATE audit_log SET actor = 'x'")
    with pytest.raises(StoreError):
        with register.write() as conn:
            conn.execute("DELETE FROM audit_log")


def test_tampered_audit_row_is_detected_by_check(register):
    _fill(register, 4)
    with register.write() as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit_log SET actor = 'iemand-anders' WHERE id = 3")
    with register.read() as conn:
        report = run_check(conn)
    assert not report.ok
    assert report.audit_break_at == 3


def test_deleted_audit_row_is_detected(register):
    _fill(register, 4)
    with register.write() as conn:
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("DELETE FROM audit_log WHERE id = 2")
    assert register.verify_audit().first_break == 3


def _v2(conn):
    conn.execute("ALTER TABLE case_file ADD COLUMN test_v2 TEXT NOT NULL DEFAULT 'v2'")


def test_migration_v1_to_v2_takes_backup_first(tmp_path):
    key = os.urandom(32)
    db = tmp_path / "schakel.db"
    conn = open_db(db, key, create=True)
    migrations.migrate(conn, db)
    conn.execute("INSERT INTO setting(key, value) VALUES ('x', 'voor')")
    base = migrations.latest_version()
    backup = migrations.migrate(conn, db, [*migrations.MIGRATIONS, (base + 1, _v2)])
    assert migrations.schema_version(conn) == base + 1
    assert backup is not None and backup.exists()
    close_db(conn)
    old = open_db(backup, key)  # the backup is encrypted with the same key and still the old version
    assert migrations.schema_version(old) == base
    assert old.execute("SELECT value FROM setting WHERE key='x'").fetchone()[0] == "voor"
    close_db(old)
    assert b"voor" not in backup.read_bytes()


def test_failing_migration_rolls_back(tmp_path):
    key = os.urandom(32)
    db = tmp_path / "schakel.db"
    conn = open_db(db, key, create=True)
    migrations.migrate(conn, db)

    def broken(c):
        c.execute("CREATE TABLE half_done(x)")
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        migrations.migrate(conn, db, [*migrations.MIGRATIONS, (migrations.latest_version() + 1, broken)])
    assert migrations.schema_version(conn) == migrations.latest_version()
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone()[0] == 0
    close_db(conn)


def test_newer_schema_is_refused(tmp_path):
    key = os.urandom(32)
    db = tmp_path / "schakel.db"
    conn = open_db(db, key, create=True)
    migrations.migrate(conn, db)
    conn.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="nieuwere versie"):
        migrations.migrate(conn, db)
    close_db(conn)


def test_audit_entries_filter(register):
    _fill(register, 2)
    entries = register.audit_entries(case_id=1)
    assert {e.action for e in entries} == {"zaak_aangemaakt", "route_gestart"}
    assert all(e.case_id == 1 for e in entries)
    assert audit.current_actor()
