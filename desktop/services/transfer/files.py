"""Attachments in waarneming/overdracht bundles: pack on sending, verify and merge on receipt.

Only profiles in ``profiles.WITH_ATTACHMENTS`` carry files (``minimaal`` never does; a receiver
ignores files in such a bundle). Every file travels inside the encrypted, signed payload as
base64 chunks with its size and SHA-256; the receiver recomputes both and checks its own
policy limits (per file, files per case, MB per case) and the same content checks as a file
added here (type sniffed, no programs, no image bomb) before anything is written. On return
the merge is append-only by attachment UUID: files the owner lacks are added, none removed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import TYPE_CHECKING

from desktop.domain.attachment_types import pdf_has_script
from desktop.i18n import N_
from desktop.services.attachment_input import AttachmentRefused, check_head, safe_name
from desktop.services.transfer import profiles
from desktop.services.transfer.bundle import AttachmentData, CaseData, Payload
from desktop.services.transfer.errors import AttachmentLimit, BadAttachment, TransferError
from desktop.store import transfer_attachments as store
from desktop.store import transfer_records as records

if TYPE_CHECKING:
    from desktop.policy import Policy
    from desktop.store.connection import Connection

MB = 1024 * 1024
#: Most attachment bytes in one bundle: the bundle is sealed in one piece, so creating and
#: receiving hold it several times in memory (measured ~6.5x the file bytes, docs/overdracht.md).
MAX_BUNDLE_MB = 200
#: Decoded, verified files of one bundle: case UUID -> [(attachment, chunks)].
Verified = dict[str, list[tuple[AttachmentData, list[bytes]]]]


def carries(profile: str) -> bool:
    return profile in profiles.WITH_ATTACHMENTS


def pack(conn: Connection, case_id: int) -> list[AttachmentData]:
    """The case's attachments for a bundle (chunks base64, as stored)."""
    out = []
    for row in store.for_case(conn, case_id):
        chunks = [base64.b64encode(c).decode("ascii") for c in store.iter_chunks(conn, row["id"], row["chunks"])]
        meta = {k: row[k] for k in store.META}
        meta["has_script"] = int(meta["has_script"] or 0)
        out.append(AttachmentData(uuid=row["uuid"], chunks=chunks, **meta))
    return out


def check_room(conn: Connection, case_ids: list[int], profile: str) -> None:
    """Refuse, before reading any file, a bundle whose attachments exceed ``MAX_BUNDLE_MB``."""
    if not carries(profile):
        return
    total = sum(store.totals(conn, cid)[1] for cid in case_ids)
    if total > MAX_BUNDLE_MB * MB:
        raise TransferError(N_("De bijlagen van deze zaken zijn samen {total} MB; één bundel kan ten "
                               "hoogste {limit} MB aan bijlagen dragen. Verstuur minder zaken per "
                               "bundel."), total=_mb(total), limit=MAX_BUNDLE_MB)


def verify(conn: Connection, payload: Payload, policy: Policy) -> Verified:
    """Decode and check every file the profile allows; raises a refusal before anything is written."""
    if not carries(payload.profile):
        return {}
    out: Verified = {}
    if sum(a.size for c in payload.cases for a in c.attachments) > MAX_BUNDLE_MB * MB:
        raise AttachmentLimit(reason=N_("de bundel draagt meer dan {limit} MB aan bijlagen.").format(
            limit=MAX_BUNDLE_MB))
    for case in payload.cases:
        have: set[str] = set()
        count = total = 0
        cid = records.case_id_for_uuid(conn, case.uuid) if payload.kind == "terug" else None
        if cid is not None:
            have = store.uuids(conn, cid)
            count, total = store.totals(conn, cid)
        new = []
        for att in case.attachments:
            if att.uuid in have or (cid is None and store.exists(conn, att.uuid)):
                continue  # append-only: a file already here stays as it is
            chunks = _decoded(att)
            att = _rechecked(att, chunks)
            if att.size > policy.max_attachment_mb * MB:
                raise AttachmentLimit(reason=N_("een bestand is {size} MB, het maximum per bestand is "
                                                "{limit} MB.").format(size=_mb(att.size),
                                                                      limit=policy.max_attachment_mb))
            count, total = count + 1, total + att.size
            new.append((att, chunks))
        if count > policy.max_case_attachments:
            raise AttachmentLimit(reason=N_("zaak {number} zou {count} bijlagen krijgen, het maximum is "
                                            "{limit}.").format(number=case.number, count=count,
                                                               limit=policy.max_case_attachments))
        if total > policy.max_case_attachments_mb * MB:
            raise AttachmentLimit(reason=N_("de bijlagen van zaak {number} zouden samen {total} MB worden, "
                                            "het maximum is {limit} MB.").format(
                number=case.number, total=_mb(total), limit=policy.max_case_attachments_mb))
        out[case.uuid] = new
    return out


def _decoded(att: AttachmentData) -> list[bytes]:
    try:
        chunks = [base64.b64decode(c, validate=True) for c in att.chunks]
    except (binascii.Error, ValueError):
        raise BadAttachment() from None
    digest = hashlib.sha256()
    for c in chunks:
        digest.update(c)
    if digest.hexdigest() != att.sha256 or sum(len(c) for c in chunks) != att.size or not att.size:
        raise BadAttachment()
    return chunks


def _rechecked(att: AttachmentData, chunks: list[bytes]) -> AttachmentData:
    """The receiver's own checks, as for a file added here: type sniffed from the content (not the
    sender's word), no programs, no lying extension, no image bomb; names cleaned."""
    name = safe_name(att.file_name)
    try:
        checked = check_head(chunks[0], name)
    except AttachmentRefused as exc:
        raise AttachmentLimit(reason=N_("een bijlage wordt hier niet aangenomen ({why})").format(
            why=exc.message.rstrip(".")) + ".") from None
    script, tail = False, b""
    if checked.ftype.kind == "pdf":
        for block in chunks:
            script = script or pdf_has_script(tail + block)
            tail = block[-32:]
    return att.model_copy(update={"file_name": name, "mime": checked.ftype.mime, "width": checked.width,
                                  "height": checked.height, "has_script": int(script)})


def apply(conn: Connection, case_id: int, case: CaseData, verified: Verified) -> int:
    """Add the verified new files of one case (inside the receiving transaction); returns how many."""
    added = 0
    for att, chunks in verified.get(case.uuid, []):
        meta = att.model_dump(exclude={"uuid", "chunks"})
        store.insert(conn, case_id, att.uuid, meta, chunks)
        added += 1
    return added


def _mb(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",")
