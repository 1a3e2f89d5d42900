"""Attachments of a case: add (file, clipboard bytes), list, preview from memory, save as, remove.

Storage choice (measured, see docs/prestaties.md "Bijlagen"): inside the SQLCipher database in
1 MiB chunks, one transaction per file — so a file is stored whole or not at all, a purge
removes it with the case (ON DELETE CASCADE, secure_delete, WAL truncate), and backups carry it
without a second key scheme. A file is streamed in: chunk, hash and store; it is never whole in
memory while being added, saved or exported. Only a preview (images, PDFs) holds one copy in
memory, and never writes anything to disk.

The audit log gets id, type and size, never the file name (it may hold a person's name).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from desktop.domain import attachment_types as t
from desktop.i18n import N_
from desktop.services.attachment_input import (
    MB,
    AttachmentRefused,
    check_head,
    check_size,
    chunks_of,
    mb,
    open_source,
    safe_name,
)
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.store import attachment_repo as repo
from desktop.store import transfer_attachments
from desktop.store.attachment_repo import CHUNK_BYTES, AttachmentRow
from desktop.store.audit import current_actor

if TYPE_CHECKING:
    from desktop.services.register import Register

__all__ = ["AttachmentRefused", "AttachmentRow", "AttachmentService", "MOVE_CAVEAT", "PREVIEW_KINDS"]

#: Types shown inside the app (from memory); every other type only through "Opslaan als…".
PREVIEW_KINDS = ("image", "pdf")
#: Largest file previewed in memory.
MAX_PREVIEW_BYTES = 64 * MB
_READONLY = N_("Deze zaak is uitgeleend of overgedragen en daarom alleen-lezen; er is niets "
               "gewijzigd.")
MOVE_CAVEAT = N_("Het origineel wordt uit de map verwijderd. Veilig wissen is op SSD's niet "
                 "mogelijk: resten kunnen op de schijf achterblijven tot ze worden overschreven. "
                 "Versleutel de schijf (BitLocker) en leeg de prullenbak.")


class AttachmentService:
    def __init__(self, register: Register):
        self._register = register

    @property
    def _policy(self):
        return self._register.policy

    # -- reading --------------------------------------------------------------
    def list(self, case_id: int) -> list[AttachmentRow]:
        with self._register.read() as conn:
            return repo.for_case(conn, case_id)

    def for_cases(self, case_ids: list[int]) -> list[AttachmentRow]:
        with self._register.read() as conn:
            return repo.for_cases(conn, case_ids)

    def get(self, attachment_id: int) -> AttachmentRow:
        with self._register.read() as conn:
            return repo.get(conn, attachment_id)

    def iter_chunks(self, attachment_id: int) -> Iterator[bytes]:
        """The file in chunks (each read under the register lock, one at a time)."""
        row = self.get(attachment_id)
        for seq in range(row.chunks):
            with self._register.read() as conn:
                yield repo.chunk(conn, attachment_id, seq)

    def preview_bytes(self, attachment_id: int) -> tuple[AttachmentRow, bytes]:
        """The whole file in memory, for an image or PDF preview (logged, never on disk)."""
        row = self.get(attachment_id)
        if row.mime not in _PREVIEW_MIMES:
            raise AttachmentRefused(N_("Dit type wordt niet in Schakel getoond; gebruik "
                                       "'Opslaan als…'."))
        if row.size > MAX_PREVIEW_BYTES:
            raise AttachmentRefused(N_("Dit bestand is te groot om in Schakel te tonen; gebruik "
                                       "'Opslaan als…'."))
        data = b"".join(self.iter_chunks(attachment_id))
        self._verify(row, data)
        self._audit("bijlage_bekeken", row)
        return row, data

    def export_bytes(self, attachment_id: int) -> tuple[AttachmentRow, bytes]:
        """The whole file in memory for embedding in an export (hash checked, logged)."""
        row = self.get(attachment_id)
        data = b"".join(self.iter_chunks(attachment_id))
        self._verify(row, data)
        self._audit("bijlage_geexporteerd", row)
        return row, data

    # -- adding ---------------------------------------------------------------
    def add_file(self, case_id: int, path: Path, *, source: str = "bestand",
                 progress: Progress = NO_PROGRESS) -> AttachmentRow:
        """Store a file from disk; refuses (AttachmentRefused) with nothing stored."""
        handle, size = open_source(Path(path), self._policy.max_attachment_mb * MB)
        with handle:
            return self._add(case_id, safe_name(Path(path).name), handle, size, source, progress)

    def add_bytes(self, case_id: int, data: bytes, file_name: str, *, source: str = "plakken"
                  ) -> AttachmentRow:
        """Store bytes already in memory (a pasted screenshot)."""
        import io

        check_size(len(data), self._policy.max_attachment_mb * MB)
        return self._add(case_id, safe_name(file_name), io.BytesIO(data), len(data), source, NO_PROGRESS)

    def _add(self, case_id: int, name: str, handle: BinaryIO, size: int, source: str,
             progress: Progress) -> AttachmentRow:
        with self._register.write() as conn:
            if transfer_attachments.case_readonly(conn, case_id):
                raise AttachmentRefused(_READONLY)
            self._check_case_room(conn, case_id, size)
            att_id = repo.begin(conn, case_id, name, source, current_actor())
            digest, seq, checked, script, tail = hashlib.sha256(), 0, None, False, b""
            total_chunks = max(1, -(-size // CHUNK_BYTES))
            for block in chunks_of(handle, size, CHUNK_BYTES):
                if checked is None:
                    checked = check_head(block, name)
                if checked.ftype.kind == "pdf" and not script:
                    script = t.pdf_has_script(tail + block)
                    tail = block[-32:]
                digest.update(block)
                repo.put_chunk(conn, att_id, seq, block)
                seq += 1
                progress.step(seq, total_chunks, N_("Bijlage opslaan"))
            assert checked is not None  # size > 0 was checked before reading
            repo.finish(conn, att_id, mime=checked.ftype.mime, size=size, sha256=digest.hexdigest(),
                        chunks=seq, width=checked.width, height=checked.height, has_script=script)
            row = repo.get(conn, att_id)
            self._register.audit(conn, "bijlage_toegevoegd", case_id, _detail(row))
        self._register.changed("bijlage", case_id)
        return row

    def _check_case_room(self, conn, case_id: int, size: int) -> None:
        count, total = repo.case_total(conn, case_id)
        if count >= self._policy.max_case_attachments:
            raise AttachmentRefused(
                N_("Deze zaak heeft al {count} bijlagen, het maximum volgens het beleid."), count=count)
        limit = self._policy.max_case_attachments_mb * MB
        if total + size > limit:
            raise AttachmentRefused(
                N_("De bijlagen van deze zaak zouden samen {total} MB worden; het beleid staat per zaak "
                   "ten hoogste {limit} MB toe."), total=mb(total + size), limit=mb(limit))

    @staticmethod
    def remove_original(path: Path) -> None:
        """'Verplaatsen naar Schakel': delete the source after a successful add (see MOVE_CAVEAT)."""
        try:
            os.unlink(path)
        except OSError:
            raise AttachmentRefused(N_("De bijlage is opgeslagen, maar het origineel kon niet worden "
                                       "verwijderd; verwijder het zelf.")) from None

    # -- leaving the vault ------------------------------------------------------
    def save_as(self, attachment_id: int, target: Path) -> AttachmentRow:
        """Write the file to ``target`` (streamed, hash checked, logged)."""
        row = self.get(attachment_id)
        target = Path(target)
        part = target.with_name(target.name + ".deel")
        digest = hashlib.sha256()
        try:
            with open(part, "wb") as out:
                for block in self.iter_chunks(attachment_id):
                    digest.update(block)
                    out.write(block)
            if digest.hexdigest() != row.sha256:
                raise AttachmentRefused(N_("De bijlage is beschadigd (controlegetal klopt niet); er is "
                                           "niets opgeslagen."))
            os.replace(part, target)
        except OSError:
            part.unlink(missing_ok=True)
            raise AttachmentRefused(N_("Opslaan is mislukt (schijf vol of geen toegang); er is niets "
                                       "opgeslagen.")) from None
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        self._audit("bijlage_opgeslagen_als", row)
        return row

    def remove(self, attachment_id: int) -> None:
        with self._register.write() as conn:
            row = repo.get(conn, attachment_id)
            if transfer_attachments.case_readonly(conn, row.case_id):
                raise AttachmentRefused(_READONLY)
            repo.delete(conn, attachment_id)
            self._register.audit(conn, "bijlage_verwijderd", row.case_id, _detail(row))
        self._register.changed("bijlage", row.case_id)

    # -- helpers -----------------------------------------------------------------
    def _audit(self, action: str, row: AttachmentRow) -> None:
        with self._register.write() as conn:
            self._register.audit(conn, action, row.case_id, _detail(row))

    @staticmethod
    def _verify(row: AttachmentRow, data: bytes) -> None:
        if hashlib.sha256(data).hexdigest() != row.sha256:
            raise AttachmentRefused(N_("De bijlage is beschadigd (controlegetal klopt niet)."))


_PREVIEW_MIMES = {t.PNG.mime, t.JPEG.mime, t.GIF.mime, t.BMP.mime, t.WEBP.mime, t.PDF.mime}


def kind_of(row: AttachmentRow) -> str:
    """"image", "pdf", "email", … for a stored row (from its sniffed MIME type)."""
    for ftype in (t.PNG, t.JPEG, t.GIF, t.BMP, t.WEBP, t.PDF, t.EML, t.MSG, t.ZIP, t.TEXT, t.TIFF, t.HEIC):
        if ftype.mime == row.mime:
            return ftype.kind
    return "other"


def label_of(row: AttachmentRow) -> str:
    for ftype in (t.PNG, t.JPEG, t.GIF, t.BMP, t.WEBP, t.PDF, t.EML, t.MSG, t.ZIP, t.TEXT, t.TIFF, t.HEIC):
        if ftype.mime == row.mime:
            return ftype.label
    return t.OTHER.label


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < MB:
        return f"{size / 1024:.0f} kB"
    return f"{mb(size)} MB"


def _detail(row: AttachmentRow) -> str:
    return f"bijlage {row.id}, {row.mime}, {row.size} bytes"
