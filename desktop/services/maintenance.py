"""Backup, restore and integrity check.

A backup is one ``.schakelbackup`` file: a zip (stored, not compressed) holding the
encrypted database copy and the key header. Nothing in it is readable without a key
slot secret (passphrase, keyring entry or recovery code).

Restore (``desktop/services/restore.py``, re-exported here) never touches the current vault
before the backup has been unpacked next to it and fully checked, and swaps it in with a
journal that the next start completes or undoes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

from desktop import paths, safe_files
from desktop.services.progress import NO_PROGRESS, Cancelled, Progress
from desktop.services.register import Register
from desktop.store import audit
from desktop.store.backup import export_encrypted
from desktop.store.check import CHECK_PHASES, CheckReport, check_anchor, run_check
from desktop.store.errors import StoreError, os_error_nl

BACKUP_SUFFIX = ".schakelbackup"


@contextlib.contextmanager
def interruptible(conn, progress: Progress) -> Iterator[None]:
    """Let "Annuleren" stop a long SQLite statement (integrity_check, sqlcipher_export) within
    milliseconds: SQLite's progress handler aborts it once ``progress`` is cancelled. Only reads
    and copies to new files run under it; the caller turns the resulting error into ``Cancelled``."""
    if progress is NO_PROGRESS:
        yield
        return
    conn.set_progress_handler(lambda: 1 if progress.cancelled else 0, 20_000)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


def check(register: Register, record: bool = True, progress: Progress | None = None) -> CheckReport:
    """Every integrity check, the audit chain against its anchor in the key header included.

    With ``progress`` each phase is a step; cancelling stops before the next phase and
    nothing is written (the check only reads until its final audit row)."""
    progress = progress or NO_PROGRESS
    anchored = register.audit_anchor() if register.audit_anchor else None
    with register.reader() as conn, interruptible(conn, progress):  # own connection: the window never waits
        report = run_check(conn, progress.step)
        check_anchor(conn, report, None if anchored is None else
                     (anchored.count, anchored.last_id, anchored.head))
    progress.check()  # an interrupted statement was reported as damage above: it was the cancel
    progress.step(CHECK_PHASES, CHECK_PHASES, "Controle afronden…")
    if report.ok and record:  # a damaged register is not written to: it stays as found, for restore
        with register.write() as conn:  # the commit re-anchors the head (it was verified above)
            register.audit(conn, "controle_uitgevoerd", detail="ok")
    return report


def audit_witness(register: Register) -> str:
    """The audit head as a short witness for exports and check output: "<count>/<12 hex>"."""
    with register.read() as conn:
        return audit.witness(conn)




_BACKUP_STEPS = 100  # 0-10 copy of the database, 10-100 the zip, by bytes
_CHUNK = 4 * 1024 * 1024


def _zip_member(zf: zipfile.ZipFile, source: Path, name: str, progress: Progress, start: int, span: int) -> None:
    """Store ``source`` in the zip in chunks, a progress step (and cancel point) per chunk."""
    info = zipfile.ZipInfo.from_file(source, name)
    info.compress_type = zipfile.ZIP_STORED
    size, done = source.stat().st_size, 0
    with open(source, "rb") as src, zf.open(info, "w", force_zip64=size > 2**31 - 1) as out:
        while chunk := src.read(_CHUNK):
            out.write(chunk)
            done += len(chunk)
            progress.step(start + span * done // max(size, 1), _BACKUP_STEPS, "Back-upbestand schrijven…")


def backup(register: Register, dest: Path, overwrite: bool = False, progress: Progress | None = None) -> Path:
    """Write an encrypted backup file (0600, atomic); never over an existing file unless asked.

    Work files live in ``<data dir>/.backup-<pid>``; the zip is written as a temp file
    beside ``dest`` and renamed into place. Every error path removes both; after a kill,
    ``cleanup_leftovers`` (run before every unlock) removes them for any pid.
    With ``progress``: steps between the copy and per chunk of the zip; cancelling removes
    the work folder and the temp file, so no (partial) backup file is left.
    """
    progress = progress or NO_PROGRESS
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
        progress.step(0, _BACKUP_STEPS, "Databank versleuteld kopiëren…")
        with register.read() as conn:  # the header (audit anchor) must match this copy: same lock
            try:
                with interruptible(conn, progress):
                    export_encrypted(conn, work / paths.VAULT_FILE, register.key())
            except StoreError:
                if progress.cancelled:
                    raise Cancelled() from None
                raise
            shutil.copyfile(register.data_dir / paths.HEADER_FILE, work / paths.HEADER_FILE)
        progress.step(10, _BACKUP_STEPS, "Back-upbestand schrijven…")
        with safe_files.atomic_writer(dest, overwrite) as out, \
                zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
            _zip_member(zf, work / paths.VAULT_FILE, paths.VAULT_FILE, progress, 10, 89)
            zf.write(work / paths.HEADER_FILE, paths.HEADER_FILE)
            progress.step(_BACKUP_STEPS - 1, _BACKUP_STEPS, "Back-upbestand afronden…")  # last cancel point
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
