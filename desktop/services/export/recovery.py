"""After a crash: settle exports that were interrupted between log row and file. Qt-free.

Light on purpose (no reportlab): it runs after every unlock. A pending export-log row
means the app died while writing: stale temp files beside the target are removed; when
the complete file is there (same SHA-256) the row is marked done and audited, else it is
marked failed. The Dutch notes name the export number, never a path or case content.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services.export import files as export_files
from desktop.store import export_repo

if TYPE_CHECKING:
    from desktop.services.register import Register

AUDIT_ACTION = "export_gemaakt"


def mark_done(register: Register, log_id: int, written: Path, case_ids: Iterable[int],
              profile_id: str) -> None:
    """The file is complete: the log row becomes done, one audit entry per case."""
    case_ids = list(case_ids)
    with register.write() as conn:
        export_repo.set_state(conn, log_id, export_repo.DONE, str(written))
        for case_id in case_ids:
            register.audit(conn, AUDIT_ACTION, case_id, profile_id)
    for case_id in case_ids:
        register.changed("export", case_id)


def recover_pending(register: Register) -> list[str]:
    """Settle every pending export; Dutch notes for the officer (empty when none)."""
    with register.read() as conn:
        rows = export_repo.pending(conn)
    notes = []
    for row in rows:
        target = Path(row.file_path) if row.file_path else None
        found = None
        if target is not None:
            export_files.remove_stale_temps(target.parent)
            found = export_files.find_written(target, row.sha256)
        if found is not None:
            mark_done(register, row.id, found, row.case_ids, row.profile.partition("@")[0])
            notes.append(f"Export nr. {row.id} werd onderbroken, maar het bestand is compleet; "
                         "het exportlogboek is bijgewerkt.")
            continue
        with register.write() as conn:
            export_repo.set_state(conn, row.id, export_repo.FAILED)
        notes.append(f"Export nr. {row.id} werd onderbroken; er is geen bestand gemaakt en "
                     "tijdelijke bestanden zijn verwijderd. Maak de export opnieuw.")
    return notes
