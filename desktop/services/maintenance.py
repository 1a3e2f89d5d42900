"""Backup, restore and integrity check.

A backup is one ``.schakelbackup`` file: a zip (stored, not compressed) holding the
encrypted database copy and the key header. Nothing in it is readable without a key
slot secret (passphrase, keyring entry or recovery code).

Restore (``desktop/services/restore.py``, re-exported here) never touches the current vault
before the backup has been unpacked next to it and fully checked, and swaps it in with a
journal that the next start completes or undoes.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

from desktop import paths, safe_files
from desktop.services.register import Register
from desktop.store import audit
from desktop.store.backup import export_encrypted
from desktop.store.check import CheckReport, check_anchor, run_check
from desktop.store.errors import StoreError, os_error_nl

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
        return audit.witness(conn)




def backup(register: Register, dest: Path, overwrite: bool = False) -> Path:
    """Write an encrypted backup file (0600, atomic); never over an existing file unless asked.

    Work files live in ``<data dir>/.backup-<pid>``; the zip is written as a temp file
    beside ``dest`` and renamed into place. Every error path removes both; after a kill,
    ``cleanup_leftovers`` (run before every unlock) removes them for any pid.
    """
    dest = Path(dest)
    if dest.suffix != BACKUP_SUFFIX:
        dest = dest.with_name(dest.name + BACKUP_SUFFIX)
    try:
        safe_files.check_target(dest, overwrite)
    except safe_files.TargetExists:
        raise StoreError("Het back-upbestand bestaat al; kies een andere naam.") from None
    except safe_files.SafeFileError as exc:
        raise StoreError(exc.message) from None
    work = register.data_dir / f"{WORK_PREFIX}{os.getpid()}"
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(work, ignore_errors=True)
        safe_files.private_dir(work)
        (work / _TARGET_NOTE).write_text(str(dest.parent.resolve()), encoding="utf-8")
        with register.read() as conn:  # the header (audit anchor) must match this copy: same lock
            export_encrypted(conn, work / paths.VAULT_FILE, register.key())
            shutil.copyfile(register.data_dir / paths.HEADER_FILE, work / paths.HEADER_FILE)
        with safe_files.atomic_writer(dest, overwrite) as out, \
                zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.write(work / paths.VAULT_FILE, paths.VAULT_FILE)
            zf.write(work / paths.HEADER_FILE, paths.HEADER_FILE)
    except safe_files.SafeFileError as exc:
        raise StoreError(exc.message) from None
    except OSError as exc:
        raise StoreError(f"Back-up maken is mislukt ({os_error_nl(exc)}).") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with register.write() as conn:
        register.audit(conn, "backup_gemaakt")
    return dest


# Restore lives in its own module (instance lock, limits, schema check, journalled swap).
from desktop.services.restore import (  # noqa: E402 - re-exported for callers of this module
    BACKUP_TARGET_NOTE as _TARGET_NOTE,
)
from desktop.services.restore import (  # noqa: E402
    BACKUP_WORK_PREFIX as WORK_PREFIX,
)
from desktop.services.restore import (  # noqa: E402
    RestoreNeedsConfirmation,
    RestoreRefused,
    RestoreResult,
    recover_if_free,
    restore,
)

__all__ = ["BACKUP_SUFFIX", "RestoreNeedsConfirmation", "RestoreRefused", "RestoreResult", "audit_witness",
           "backup", "check", "recover_if_free", "restore"]
