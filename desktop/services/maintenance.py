"""Backup, restore and integrity check.

A backup is one ``.schakelbackup`` file: a zip (stored, not compressed) holding the
encrypted database copy and the key header. Nothing in it is readable without a key
slot secret (passphrase, keyring entry or recovery code).

Restore never touches the current vault before the backup has been unpacked next to
it, opened with a real key and passed ``cipher_integrity_check``, ``integrity_check``
and the audit-chain check. The current files are then moved to ``backups/`` and the
restored ones renamed into place.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop import paths
from desktop.services.register import Register
from desktop.store import audit
from desktop.store.backup import export_encrypted
from desktop.store.check import CheckReport, check_anchor, run_check
from desktop.store.connection import close_db, open_db
from desktop.store.errors import DatabaseDamaged, StoreError, os_error_nl
from desktop.vault import KeyStore

BACKUP_SUFFIX = ".schakelbackup"


def check(register: Register, record: bool = True) -> CheckReport:
    """Every integrity check, the audit chain against its anchor in the key header included."""
    anchored = register.audit_anchor() if register.audit_anchor else None
    with register.read() as conn:
        report = run_check(conn)
        check_anchor(conn, report, None if anchored is None else
                     (anchored.count, anchored.last_id, anchored.head))
    if report.ok and record:  # a damaged register is not written to: it stays as found, for restore
        with register.write() as conn:  # the commit re-anchors the head (it was verified above)
            register.audit(conn, "controle_uitgevoerd", detail="ok")
    return report


def audit_witness(register: Register) -> str:
    """The audit head as a short witness for exports and check output: "<count>/<12 hex>"."""
    with register.read() as conn:
        count, _, head_hash = audit.head(conn)
    return f"{count}/{head_hash[:12]}"


def backup(register: Register, dest: Path) -> Path:
    """Write an encrypted backup file; refuses to overwrite an existing file."""
    dest = Path(dest)
    if dest.suffix != BACKUP_SUFFIX:
        dest = dest.with_name(dest.name + BACKUP_SUFFIX)
    if dest.exists():
        raise StoreError("Het back-upbestand bestaat al; kies een andere naam.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = register.data_dir / f".backup-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        with register.read() as conn:
            export_encrypted(conn, work / paths.VAULT_FILE, register.key())
        shutil.copy2(register.data_dir / paths.HEADER_FILE, work / paths.HEADER_FILE)
        partial = dest.with_name(dest.name + ".deel")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.write(work / paths.VAULT_FILE, paths.VAULT_FILE)
            zf.write(work / paths.HEADER_FILE, paths.HEADER_FILE)
        os.replace(partial, dest)
    except OSError as exc:
        raise StoreError(f"Back-up maken is mislukt ({os_error_nl(exc)}).") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with register.write() as conn:
        register.audit(conn, "backup_gemaakt")
    return dest


@dataclass
class RestoreResult:
    report: CheckReport
    previous_moved_to: Path | None


def restore(data_dir: Path, source: Path, unlock: str, secret: str) -> RestoreResult:
    """Restore ``source`` into ``data_dir``. ``unlock`` is 'passphrase' | 'recovery' | 'keyring'."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    staging = data_dir / ".terugzetten"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        _unpack(Path(source), staging)
        report = _verify(staging, unlock, secret)
        if not report.ok:
            raise DatabaseDamaged("De back-up is beschadigd; het huidige register is niet aangeraakt.")
        moved = _swap_in(data_dir, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return RestoreResult(report, moved)


def _unpack(source: Path, staging: Path) -> None:
    try:
        with zipfile.ZipFile(source) as zf:
            names = set(zf.namelist())
            if names != {paths.VAULT_FILE, paths.HEADER_FILE}:
                raise DatabaseDamaged("Dit is geen Schakel-back-up.")
            for name in names:
                zf.extract(name, staging)
    except (zipfile.BadZipFile, OSError):
        raise DatabaseDamaged("Het back-upbestand is onleesbaar of geen Schakel-back-up.") from None


def _verify(staging: Path, unlock: str, secret: str) -> CheckReport:
    store = KeyStore(staging)
    if unlock == "recovery":
        key = store.unlock_with_recovery(secret)
    elif unlock == "keyring":
        key = store.unlock_with_keyring()
    else:
        key = store.unlock_with_passphrase(secret)
    conn = open_db(staging / paths.VAULT_FILE, key)
    try:
        return run_check(conn)
    finally:
        close_db(conn)


def _swap_in(data_dir: Path, staging: Path) -> Path | None:
    db, header = data_dir / paths.VAULT_FILE, data_dir / paths.HEADER_FILE
    moved: Path | None = None
    if db.exists() or header.exists():
        moved = data_dir / paths.BACKUP_DIR / f"voor-terugzetten-{datetime.now():%Y%m%d-%H%M%S}"
        moved.mkdir(parents=True)
        for f in (db, header, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            if f.exists():
                os.replace(f, moved / f.name)
    os.replace(staging / paths.VAULT_FILE, db)
    os.replace(staging / paths.HEADER_FILE, header)
    return moved
