"""The receiving side: open a bundle or receipt, check it, apply it in one transaction.

Checks in order (each with its own Dutch message, see ``errors.py``): a Schakel bundle at
all, not a newer format, addressed to this register, decryptable (any changed byte fails
AES-GCM), a valid signature, a trusted signer, not seen before and not older than the case
versions here, and fitting the step (a return only for cases lent to that sender). Only
then one transaction writes everything, including the audit rows and the replay log; a
refusal or a crash (kill -9) leaves the register as it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from pydantic import ValidationError

from desktop.i18n import N_
from desktop.services.transfer import crypto, merge, profiles
from desktop.services.transfer import files as transfer_files
from desktop.services.transfer.bundle import PAYLOAD_FORMAT, RECEIPT_KINDS, Payload, Receipt
from desktop.services.transfer.errors import (
    AlreadyReceived,
    ConflictsPending,
    Damaged,
    NewerFormat,
    NotAddressed,
    Replayed,
    Tampered,
    Untrusted,
    WrongKind,
)
from desktop.services.transfer.keys import PublicKey
from desktop.services.transfer.service import KEEP_SETTING, TransferService, now_iso
from desktop.store import purge as purge_repo
from desktop.store import search
from desktop.store import transfer_records as records
from desktop.store import transfer_repo as repo
from desktop.store.cases import load as load_case
from desktop.store.cases import save as save_case
from desktop.store.connection import Connection


@dataclass
class Received:
    kind: str
    sha256: str
    numbers: list[str] = field(default_factory=list)
    sender: str = ""
    receipt: bytes | None = None  # signed receipt for the sender (write it to a file)
    receipt_kind: str = ""
    stubs: int = 0


class Receiver:
    """Open and apply bundles and receipts for one register."""

    def __init__(self, service: TransferService) -> None:
        self._s = service
        self._r = service._r
        self._files: transfer_files.Verified = {}

    def open(self, data: bytes) -> tuple[Payload, PublicKey, str]:
        """Decrypt, verify and check a file without changing anything."""
        me = self._s.existing_identity()
        if me is None:  # no key yet: nothing can be addressed to this register
            crypto.header_of(data)
            raise NotAddressed()
        opened = crypto.open_sealed(data, me)
        signer = next((k for k in self._s.trusted() if k.sign == opened.signer), None)
        if signer is None:
            raise Untrusted()
        try:
            raw = json.loads(opened.payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Damaged() from None
        if isinstance(raw, dict) and isinstance(raw.get("format"), int) and raw["format"] > PAYLOAD_FORMAT:
            raise NewerFormat(version=raw["format"])
        try:
            payload = Payload.model_validate(raw)
        except ValidationError:
            raise Damaged() from None
        if payload.recipients != opened.recipients or me.key_id not in payload.recipients \
                or payload.sender.key_id != signer.key_id:
            raise Tampered()
        sha = crypto.sha256(data)
        with self._r.read() as conn:
            if repo.seen(conn, payload.bundle_id):
                raise AlreadyReceived()
            for case in payload.cases:
                known = repo.version(conn, case.uuid)
                if case.version <= known:
                    raise Replayed(version=case.version, known=known)
        return payload, signer, sha

    # -- bundles ---------------------------------------------------------------------------------
    def receive(self, data: bytes, decisions: dict[str, str] | None = None) -> Received:
        payload, signer, sha = self.open(data)
        if payload.kind in RECEIPT_KINDS:
            return self.register_receipt(data)
        with self._r.read() as conn:
            self._check_fits(conn, payload, signer)
            plans = self._plans(conn, payload, decisions) if payload.kind == "terug" else {}
            self._files = transfer_files.verify(conn, payload, self._r.policy)
        conflicts = [c for p in plans.values() for c in p.conflicts]
        if conflicts:
            raise ConflictsPending(conflicts)
        result = Received(payload.kind, sha, [c.number for c in payload.cases] or [], signer.label())
        receipt_kind = "vernietigingsbewijs" if payload.kind == "einde" else "ontvangstbewijs"
        uuids = [c.uuid for c in payload.cases] or payload.case_uuids
        receipt_payload = self._receipt(signer, payload.bundle_id, sha, uuids, receipt_kind,
                                        {"terug": "teruggenomen", "einde": "vernietigd"}.get(payload.kind,
                                                                                            "ontvangen"))
        with self._r.write() as conn:
            repo.mark_seen(conn, payload.bundle_id, sha, signer.key_id, payload.kind)
            if payload.kind == "einde":
                result.numbers = self._destroy(conn, payload.case_uuids, sha)
            else:
                for case in payload.cases:
                    repo.set_version(conn, case.uuid, case.version)
                    self._apply_case(conn, payload, case, signer, sha, plans.get(case.uuid))
        result.receipt, result.receipt_kind = self._seal_receipt(receipt_payload, signer), receipt_kind
        if payload.kind == "einde":
            self._truncate_wal()
        self._r.links.invalidate()
        self._r.changed("case", None)
        return result

    def _check_fits(self, conn: Connection, payload: Payload, signer: PublicKey) -> None:
        if payload.kind in ("uitlenen", "overdracht", "delen"):
            for case in payload.cases:
                if records.case_id_for_uuid(conn, case.uuid) is not None:
                    raise WrongKind(reason=N_("zaak {number} staat al in dit register.").format(
                        number=case.number))
            return
        uuids = [c.uuid for c in payload.cases] if payload.kind == "terug" else payload.case_uuids
        role = "uitgeleend" if payload.kind == "terug" else "waarnemer"
        for u in uuids:
            cid = records.case_id_for_uuid(conn, u)
            lease = repo.lease(conn, cid) if cid is not None else None
            if lease is None or lease.role != role or lease.peer_key_id != signer.key_id:
                raise WrongKind(reason=N_("deze zaken zijn niet tussen u en deze afzender in waarneming."))

    def _plans(self, conn: Connection, payload: Payload, decisions: dict[str, str] | None
               ) -> dict[str, merge.Plan]:
        out = {}
        allow = lambda t, c: profiles.allowed("waarneming", t, c)  # noqa: E731
        for case in payload.cases:
            cid = records.case_id_for_uuid(conn, case.uuid)
            lease = repo.lease(conn, cid)  # type: ignore[arg-type]
            mine = records.dump_case(conn, cid, profiles.tables("waarneming"), profiles.REFS, allow)  # type: ignore
            theirs = case.model_dump(include={"uuid", "number", "fields", "records"})
            out[case.uuid] = merge.plan(lease.snapshot, mine, theirs, decisions)  # type: ignore[union-attr]
        return out

    def _apply_case(self, conn: Connection, payload: Payload, case, signer: PublicKey, sha: str,
                    plan: merge.Plan | None) -> None:
        profile = payload.profile if payload.profile in profiles.PROFILES else "minimaal"
        allow = lambda t, c: profiles.allowed(profile, t, c)  # noqa: E731
        data = case.model_dump()
        if plan is None:
            number = records.free_number(conn, case.number, payload.origin_register)
            cid = records.insert_case(conn, data, number, profiles.tables(profile), profiles.REFS, allow)
            if payload.kind == "uitlenen":
                repo.put_lease(conn, cid, "waarnemer", signer.key_id, signer.label(),
                               payload.until.isoformat() if payload.until else None, False,
                               (payload.bundle_id, sha), {})
        else:
            found = records.case_id_for_uuid(conn, case.uuid)
            assert found is not None
            cid = found
            repo.drop_lease(conn, cid)
            self._apply_plan(conn, cid, plan, allow)
        repo.add_excerpt(conn, cid, payload.origin_register, [a.model_dump() for a in case.audit])
        added = transfer_files.apply(conn, cid, case, self._files)
        case_obj = load_case(conn, cid)
        save_case(conn, case_obj) if plan is not None else search.reindex(conn, case_obj)
        action = {"terug": "bundel_teruggenomen"}.get(payload.kind, "bundel_ontvangen")
        detail = f"sha256={sha} sleutel={signer.key_id} soort={payload.kind}"
        if payload.legal_ground:
            detail += " grondslag=vastgelegd"
        if added:
            detail += f" bijlagen={added}"
        self._r.audit(conn, action, cid, detail)

    @staticmethod
    def _apply_plan(conn: Connection, cid: int, plan: merge.Plan, allow) -> None:
        order = {t: i for i, t in enumerate(profiles.TABLES)}
        for table, uuid, fields in plan.updates:
            if table in order or table == "case_file":
                records.update_record(conn, table, uuid, fields, allow, profiles.REFS)
        for table, uuid, fields in sorted(plan.inserts, key=lambda x: order.get(x[0], 99)):
            if table in order:
                records.insert_record(conn, table, cid, uuid, fields, allow, profiles.REFS)
        for table, uuid in plan.deletes:
            if table in order:
                records.delete_record(conn, table, uuid)

    def _destroy(self, conn: Connection, uuids: list[str], sha: str) -> list[str]:
        """Destroy the deputy's copies (retention's destroy: records, search row, drafts)."""
        numbers = []
        for u in uuids:
            cid = records.case_id_for_uuid(conn, u)
            if cid is None:
                continue
            numbers.append(repo.case_number(conn, cid))
            repo.drop_lease(conn, cid)
            purge_repo.destroy(conn, cid)
            self._r.audit(conn, "bundel_vernietigd", cid, f"sha256={sha}")
        return numbers

    def _truncate_wal(self) -> None:
        """After destroying copies: no old page (attachments included) stays in the -wal file."""
        with self._r.read() as conn:
            repo.truncate_wal(conn)

    # -- receipts ----------------------------------------------------------------------------------
    def _receipt(self, to: PublicKey, bundle_id: str, sha: str, uuids: list[str], kind: str,
                 result: str) -> Payload:
        return self._s._payload(kind, to, [], receipt=Receipt(bundle_id=bundle_id, sha256=sha,
                                                               case_uuids=uuids, result=result))

    def _seal_receipt(self, payload: Payload, to: PublicKey) -> bytes:
        return crypto.seal(payload.to_bytes(), self._s.identity(), [(to.key_id, to.enc)])

    def register_receipt(self, data: bytes) -> Received:
        """The sender registers a receipt: handed-over cases go (or leave a stub), returns end."""
        payload, signer, sha = self.open(data)
        receipt = payload.receipt
        if payload.kind not in RECEIPT_KINDS or receipt is None:
            raise WrongKind(reason=N_("dit is een bundel, geen ontvangstbewijs."))
        with self._r.read() as conn:
            sent = repo.sent(conn, receipt.bundle_id)
            lent = [ls for ls in repo.leases(conn) if ls.bundle_id == receipt.bundle_id]
            ours = repo.seen_from(conn, receipt.bundle_id, signer.key_id)
        matches_sent = sent is not None and sent.sha256 == receipt.sha256 and sent.peer_key_id == signer.key_id
        if not matches_sent and not (payload.kind == "vernietigingsbewijs" and (lent or ours)):
            raise WrongKind(reason=N_("dit bewijs hoort niet bij een bundel die dit register verstuurde."))
        result = Received(payload.kind, sha, sender=signer.label())
        both = f"{sha} bundel={receipt.sha256 or '-'}"  # the receipt's and the bundle's SHA-256
        follow_up = None
        with self._r.write() as conn:
            repo.mark_seen(conn, payload.bundle_id, sha, signer.key_id, payload.kind)
            if sent is not None:
                repo.mark_receipt(conn, receipt.bundle_id)
            kind = sent.kind if sent else "uitlenen"
            if payload.kind == "vernietigingsbewijs" or kind in ("uitlenen", "delen"):
                self._confirm(conn, receipt.case_uuids, payload.kind, both)
            elif kind == "overdracht":
                result.numbers, result.stubs = self._hand_over_done(conn, receipt.case_uuids, signer, sha,
                                                                    both)
            elif kind == "terug":
                result.numbers = self._destroy(conn, receipt.case_uuids, both)
                follow_up = self._receipt(signer, receipt.bundle_id, receipt.sha256, receipt.case_uuids,
                                          "vernietigingsbewijs", "vernietigd")
        if follow_up is not None:
            result.receipt, result.receipt_kind = self._seal_receipt(follow_up, signer), "vernietigingsbewijs"
        if result.numbers:
            self._truncate_wal()
        self._r.changed("case", None)
        return result

    def _confirm(self, conn: Connection, uuids: list[str], kind: str, sha: str) -> None:
        for u in uuids:
            cid = records.case_id_for_uuid(conn, u)
            if kind == "vernietigingsbewijs" and cid is not None:
                lease = repo.lease(conn, cid)
                if lease is not None and lease.role == "uitgeleend":
                    repo.drop_lease(conn, cid)  # the deputy's copy is gone: the case is the owner's again
            self._r.audit(conn, f"bundel_{kind}", cid, f"sha256={sha}")

    def _hand_over_done(self, conn: Connection, uuids: list[str], signer: PublicKey, sha: str,
                        detail: str) -> tuple[list[str], int]:
        keep_stub = self._r.setting(KEEP_SETTING, "stub") != "niets"
        numbers, stubs = [], 0
        for u in uuids:
            cid = records.case_id_for_uuid(conn, u)
            if cid is None:
                continue
            number = repo.case_number(conn, cid)
            if keep_stub:
                repo.add_stub(conn, number, u, signer.label(), sha)
                stubs += 1
            repo.drop_lease(conn, cid)
            purge_repo.destroy(conn, cid)
            self._r.audit(conn, "bundel_overdracht_afgerond", cid, f"sha256={detail} stub={int(keep_stub)}")
            numbers.append(number)
        return numbers, stubs

    # -- lease end by date -------------------------------------------------------------------------
    def destroy_expired(self, today: date | None = None) -> list[tuple[str, bytes, list[str]]]:
        """Destroy deputy copies whose lease ended; one signed destruction receipt per owner."""
        day = (today or date.today()).isoformat()
        with self._r.read() as conn:
            due = [ls for ls in repo.leases(conn, "waarnemer") if ls.until and ls.until < day]
        out = []
        by_owner: dict[str, list[repo.Lease]] = {}
        for ls in due:
            by_owner.setdefault(ls.peer_key_id, []).append(ls)
        for kid, group in by_owner.items():
            owner = self._s.trusted_key(kid)
            if owner is None:
                continue
            with self._r.write() as conn:
                numbers = self._destroy(conn, [ls.case_uuid for ls in group], "termijn")
            self._truncate_wal()
            receipt = self._receipt(owner, group[0].bundle_id, "", [ls.case_uuid for ls in group],
                                    "vernietigingsbewijs", "vernietigd")
            out.append((owner.label(), self._seal_receipt(receipt, owner), numbers))
        return out


def received_at() -> str:
    return now_iso()
