"""Waarneming and overdracht: the sending side (identity, trusted keys, lend, hand over, return).

The receiving side (bundles, receipts, destruction) is in ``receive.py``. Every step writes
one audit row per case with the bundle's SHA-256; no case content goes into the audit log.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import safe_files
from desktop.i18n import N_
from desktop.services.transfer import crypto, profiles
from desktop.services.transfer import files as transfer_files
from desktop.services.transfer.bundle import PAYLOAD_FORMAT, AuditRow, CaseData, Payload, PublicIdentity
from desktop.services.transfer.errors import TransferError
from desktop.services.transfer.keys import PublicKey, folder_keys, key_file_bytes, normalise_fingerprint
from desktop.store import transfer_records as records
from desktop.store import transfer_repo as repo

if TYPE_CHECKING:
    from desktop.services.register import Register
    from desktop.store.connection import Connection

MODES = {"lend": "uitlenen", "handover": "overdracht", "share": "delen"}
KEEP_SETTING = "transfer_keep_after_handover"  # "niets" | "stub"
NAME_SETTING, FUNCTION_SETTING = "transfer_officer_name", "transfer_officer_function"


@dataclass(frozen=True)
class Created:
    bundle_id: str
    sha256: str
    numbers: list[str]


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class TransferService:
    """Exchange identity, trusted keys and the sending steps for one open register."""

    def __init__(self, register: Register) -> None:
        self._r = register

    # -- identity ----------------------------------------------------------------------------
    def identity(self) -> crypto.Identity:
        """This register's key pairs; made (and audit logged) on first use."""
        with self._r.read() as conn:
            row = repo.identity(conn)
        if row is None:
            made = crypto.Identity.generate()
            with self._r.write() as conn:
                if repo.identity(conn) is None:
                    repo.put_identity(conn, uuidlib.uuid4().hex, made.enc_private, made.sign_private)
                    self._r.audit(conn, "uitwisselsleutel_aangemaakt", detail=f"sleutel={made.key_id}")
                row = repo.identity(conn)
        assert row is not None
        return crypto.Identity(row[1], row[2])

    def existing_identity(self) -> crypto.Identity | None:
        """The identity if it exists (receiving never creates one: a refusal writes nothing)."""
        with self._r.read() as conn:
            row = repo.identity(conn)
        return crypto.Identity(row[1], row[2]) if row else None

    def register_id(self) -> str:
        self.identity()
        with self._r.read() as conn:
            row = repo.identity(conn)
        assert row is not None
        return row[0]

    def public_identity(self) -> PublicIdentity:
        me = self.identity()
        return PublicIdentity(
            key_id=me.key_id, enc=crypto.b64(me.enc_public), sign=crypto.b64(me.sign_public),
            register_id=self.register_id(),
            municipality=self._r.setting("municipality") or self._r.policy.municipality or "",
            name=self._r.setting(NAME_SETTING), function=self._r.setting(FUNCTION_SETTING))

    def fingerprint(self) -> str:
        me = self.identity()
        return crypto.fingerprint(me.enc_public, me.sign_public)

    def set_officer(self, name: str, function: str) -> None:
        self._r.set_setting(NAME_SETTING, name.strip())
        self._r.set_setting(FUNCTION_SETTING, function.strip())

    def export_key(self, path: Path | str, overwrite: bool = False) -> str:
        """Write the public key file; returns the fingerprint to read aloud."""
        safe_files.write_bytes(Path(path), key_file_bytes(self.public_identity()), overwrite=overwrite)
        with self._r.write() as conn:
            self._r.audit(conn, "uitwisselsleutel_geexporteerd", detail=f"sleutel={self.identity().key_id}")
        return self.fingerprint()

    # -- trusted keys --------------------------------------------------------------------------
    def trusted(self) -> list[PublicKey]:
        """Keys from the admin folder ``sleutels/`` plus keys confirmed by fingerprint."""
        out = {k.key_id: k for k in folder_keys(self._r.policy.content_dir)}
        with self._r.read() as conn:
            for kid, enc, sign, label in repo.trusted_keys(conn):
                if kid not in out:
                    out[kid] = _confirmed_key(kid, enc, sign, label)
        me = self.existing_identity()
        if me is not None:
            out.pop(me.key_id, None)
        return sorted(out.values(), key=lambda k: k.label().lower())

    def trusted_key(self, kid: str) -> PublicKey | None:
        return next((k for k in self.trusted() if k.key_id == kid), None)

    def is_trusted(self, key: PublicKey) -> bool:
        known = self.trusted_key(key.key_id)
        return known is not None and known.enc == key.enc and known.sign == key.sign

    def confirm_key(self, key: PublicKey, typed_fingerprint: str) -> None:
        """Trust ``key`` because the officer typed the fingerprint read aloud (audit logged)."""
        if normalise_fingerprint(typed_fingerprint) != key.fingerprint:
            raise TransferError(N_("De getypte vingerafdruk komt niet overeen met de sleutel. "
                                   "De sleutel is niet vertrouwd."))
        with self._r.write() as conn:
            repo.trust_key(conn, key.key_id, key.enc, key.sign, key.label())
            self._r.audit(conn, "sleutel_bevestigd", detail=f"sleutel={key.key_id}")

    # -- leases --------------------------------------------------------------------------------
    def lease(self, case_id: int) -> repo.Lease | None:
        with self._r.read() as conn:
            return repo.lease(conn, case_id)

    def excerpt(self, case_id: int) -> list[dict[str, str]]:
        """Audit rows of this case that came from another register (when, action code)."""
        with self._r.read() as conn:
            return repo.excerpt(conn, case_id)

    def stubs(self) -> list[tuple[str, str, str, str]]:
        """Handed-over cases kept as a stub: (number, successor, receipt SHA-256, when)."""
        with self._r.read() as conn:
            return repo.stubs(conn)

    def leases(self) -> list[repo.Lease]:
        with self._r.read() as conn:
            return repo.leases(conn)

    # -- sending -------------------------------------------------------------------------------
    def create(self, case_ids: list[int], recipient: PublicKey, mode: str, out: Path, *,
               until: date | None = None, legal_ground: str = "", overwrite: bool = False) -> Created:
        """Lend (``lend``), hand over (``handover``) or share minimised (``share``) cases."""
        kind = MODES.get(mode)
        if kind is None:
            raise TransferError(N_("Onbekende soort overdracht."))
        if not self.is_trusted(recipient):
            raise TransferError(N_("De sleutel van de ontvanger is niet vertrouwd. Laat hem in de map "
                                   "'sleutels' zetten of bevestig de vingerafdruk."))
        if kind == "uitlenen" and (until is None or until <= date.today()):
            raise TransferError(N_("Geef een einddatum van de waarneming in de toekomst."))
        if kind == "delen" and not legal_ground.strip():
            raise TransferError(N_("Leg de grondslag vast voor delen met een andere gemeente."))
        profile = {"uitlenen": "waarneming", "overdracht": "overdracht", "delen": "minimaal"}[kind]
        with self._r.read() as conn:
            own = self._own_cases(conn, case_ids)
            transfer_files.check_room(conn, own, profile)
            cases = [self._case_data(conn, cid, profile) for cid in own]
        payload = self._payload(kind, recipient, cases, profile=profile, until=until,
                                legal_ground=legal_ground.strip())
        return self._send(payload, recipient, out, overwrite, self._lend_rows(kind, recipient, cases, until))

    def give_back(self, case_ids: list[int], out: Path, overwrite: bool = False) -> Created:
        """The deputy returns lent cases to their owner (the copies become read-only)."""
        case_ids = list(dict.fromkeys(case_ids))
        with self._r.read() as conn:
            found = [repo.lease(conn, cid) for cid in case_ids]
            if not case_ids or any(ls is None or ls.role != "waarnemer" or ls.readonly for ls in found):
                raise TransferError(N_("Alleen zaken die u in waarneming heeft, kunt u teruggeven."))
            peers = {ls.peer_key_id for ls in found if ls}
            transfer_files.check_room(conn, case_ids, "waarneming")
            cases = [self._case_data(conn, cid, "waarneming") for cid in case_ids]
        owner = self.trusted_key(next(iter(peers))) if len(peers) == 1 else None
        if owner is None:
            raise TransferError(N_("Geef per keer zaken van één eigenaar terug, met een vertrouwde sleutel."))
        payload = self._payload("terug", owner, cases, profile="waarneming")

        def rows(conn: Connection, bundle: tuple[str, str]) -> None:
            for cid in case_ids:
                repo.set_readonly(conn, cid, True)
        return self._send(payload, owner, out, overwrite, rows)

    def end_lease(self, case_ids: list[int], out: Path, overwrite: bool = False) -> Created:
        """The owner ends a lease early: the case is writable again; the deputy destroys its copy."""
        case_ids = list(dict.fromkeys(case_ids))
        with self._r.read() as conn:
            found = [repo.lease(conn, cid) for cid in case_ids]
        if not case_ids or any(ls is None or ls.role != "uitgeleend" for ls in found):
            raise TransferError(N_("Alleen uitgeleende zaken kunt u terugroepen."))
        peers = {ls.peer_key_id for ls in found if ls}
        deputy = self.trusted_key(next(iter(peers))) if len(peers) == 1 else None
        if deputy is None:
            raise TransferError(N_("Roep per keer zaken van één waarnemer terug, met een vertrouwde sleutel."))
        payload = self._payload("einde", deputy, [], case_uuids=[ls.case_uuid for ls in found if ls])

        def rows(conn: Connection, bundle: tuple[str, str]) -> None:
            for cid in case_ids:
                repo.set_readonly(conn, cid, False)  # writable again; snapshot kept for a late return
        return self._send(payload, deputy, out, overwrite, rows)

    # -- receiving (see receive.py) -------------------------------------------------------------
    def receive(self, data: bytes, decisions: dict[str, str] | None = None):
        """Apply a bundle (or a receipt); raises ``TransferRefused`` or ``ConflictsPending``."""
        from desktop.services.transfer.receive import Receiver

        return Receiver(self).receive(data, decisions)

    def register_receipt(self, data: bytes):
        from desktop.services.transfer.receive import Receiver

        return Receiver(self).register_receipt(data)

    def destroy_expired(self, today: date | None = None):
        from desktop.services.transfer.receive import Receiver

        return Receiver(self).destroy_expired(today)

    # -- helpers ---------------------------------------------------------------------------------
    def _own_cases(self, conn: Connection, case_ids: list[int]) -> list[int]:
        case_ids = list(dict.fromkeys(case_ids))  # a case named twice travels once
        if not case_ids:
            raise TransferError(N_("Kies ten minste één zaak."))
        for cid in case_ids:
            if repo.lease(conn, cid) is not None:
                raise TransferError(N_("Zaak {number} is al uitgeleend, overgedragen of in waarneming "
                                       "hier; die kunt u niet opnieuw versturen."),
                                    number=self._number(conn, cid))
        return case_ids

    @staticmethod
    def _number(conn: Connection, case_id: int) -> str:
        return repo.case_number(conn, case_id)

    def _case_data(self, conn: Connection, case_id: int, profile: str) -> CaseData:
        data = records.dump_case(conn, case_id, profiles.tables(profile), profiles.REFS,
                                 lambda t, c: profiles.allowed(profile, t, c))
        rows = repo.excerpt(conn, case_id) + repo.case_audit(conn, case_id)
        files = transfer_files.pack(conn, case_id) if transfer_files.carries(profile) else []
        return CaseData(**data, version=repo.version(conn, data["uuid"]) + 1,
                        audit=[AuditRow(**row) for row in rows], attachments=files)

    def _payload(self, kind: str, recipient: PublicKey, cases: list[CaseData], **extra: Any) -> Payload:
        return Payload(format=PAYLOAD_FORMAT, bundle_id=uuidlib.uuid4().hex, kind=kind,  # type: ignore[arg-type]
                       created_at=now_iso(), origin_register=self.register_id(),
                       sender=self.public_identity(), recipients=[recipient.key_id], cases=cases, **extra)

    def _lend_rows(self, kind: str, recipient: PublicKey, cases: list[CaseData], until: date | None):
        def rows(conn: Connection, bundle: tuple[str, str]) -> None:
            if kind == "delen":
                return
            role = "uitgeleend" if kind == "uitlenen" else "overgedragen"
            for case in cases:
                cid = records.case_id_for_uuid(conn, case.uuid)
                assert cid is not None
                repo.put_lease(conn, cid, role, recipient.key_id, recipient.label(),
                               until.isoformat() if until else None, True, bundle,
                               case.model_dump(include={"uuid", "number", "fields", "records"}))
        return rows

    def _send(self, payload: Payload, recipient: PublicKey, out: Path, overwrite: bool, rows) -> Created:
        """Seal, write the file, then record everything in one transaction (file removed on failure)."""
        data = crypto.seal(payload.to_bytes(), self.identity(), [(recipient.key_id, recipient.enc)])
        sha = crypto.sha256(data)
        safe_files.write_bytes(Path(out), data, overwrite=overwrite)
        uuids = [c.uuid for c in payload.cases] or payload.case_uuids
        try:
            with self._r.write() as conn:
                for case in payload.cases:
                    repo.set_version(conn, case.uuid, case.version)
                repo.add_sent(conn, payload.bundle_id, sha, payload.kind, recipient.key_id, uuids,
                              payload.legal_ground)
                rows(conn, (payload.bundle_id, sha))
                for u in uuids:
                    self._r.audit(conn, f"bundel_{payload.kind}", records.case_id_for_uuid(conn, u),
                                  f"sha256={sha} sleutel={recipient.key_id}")
        except BaseException:
            Path(out).unlink(missing_ok=True)
            raise
        self._r.changed("case", None)
        return Created(payload.bundle_id, sha, [c.number for c in payload.cases])


def _confirmed_key(kid: str, enc: bytes, sign: bytes, label: str) -> PublicKey:
    identity = PublicIdentity(key_id=kid, enc=crypto.b64(enc), sign=crypto.b64(sign), register_id="",
                              name=label)
    return PublicKey(identity, "bevestigd")
