"""The signed payload inside a bundle (pydantic, versioned; see docs/overdracht.md).

A payload is one of: cases lent to a deputy (``uitlenen``), handed to a successor
(``overdracht``), shared minimised with a recorded legal ground (``delen``), returned by the
deputy (``terug``), an early end of a lease (``einde``), or a receipt (``ontvangstbewijs``,
``vernietigingsbewijs``). Every record carries a stable UUID; every case its version counter.
Format 2 added the case's attachments (``waarneming`` and ``overdracht`` only): metadata plus
the file in base64 chunks, checked against its SHA-256 and size on receipt.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from desktop.services.transfer.profiles import TABLES

PAYLOAD_FORMAT = 2  # 1: without attachments (still read)

Kind = Literal["uitlenen", "overdracht", "delen", "terug", "einde", "ontvangstbewijs",
               "vernietigingsbewijs"]
CASE_KINDS = ("uitlenen", "overdracht", "delen", "terug")
RECEIPT_KINDS = ("ontvangstbewijs", "vernietigingsbewijs")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class PublicIdentity(_Strict):
    """The public half of a register's exchange identity (also the key file's content)."""

    key_id: str
    enc: str  # X25519 public key, base64
    sign: str  # Ed25519 public key, base64
    register_id: str
    municipality: str = ""
    name: str = ""
    function: str = ""

    def label(self) -> str:
        parts = [p for p in (self.name, self.function, self.municipality) if p]
        return ", ".join(parts) or self.key_id


class RecordData(_Strict):
    table: str
    uuid: str = Field(pattern=r"^[0-9a-f]{32}$")
    fields: dict[str, Any]

    @field_validator("table")
    @classmethod
    def _known_table(cls, value: str) -> str:
        if value not in TABLES:
            raise ValueError("unknown table")
        return value


class AuditRow(_Strict):
    at: str
    actor: str = ""
    action: str
    detail: str = ""
    hash: str


class AttachmentData(_Strict):
    """One attached file: metadata and the bytes in base64 chunks (verified on receipt)."""

    uuid: str = Field(pattern=r"^[0-9a-f]{32}$")
    file_name: str
    mime: str
    size: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    width: int | None = None
    height: int | None = None
    has_script: int = 0
    source: str = "bestand"
    added_at: str
    added_by: str = ""
    chunks: list[str] = []


class CaseData(_Strict):
    uuid: str = Field(pattern=r"^[0-9a-f]{32}$")
    number: str
    version: int = Field(ge=1)
    fields: dict[str, Any]
    records: list[RecordData] = []
    audit: list[AuditRow] = []
    attachments: list[AttachmentData] = []


class Receipt(_Strict):
    bundle_id: str
    sha256: str
    case_uuids: list[str]
    result: str  # ontvangen | teruggenomen | vernietigd


class Payload(_Strict):
    format: int
    bundle_id: str
    kind: Kind
    created_at: str
    origin_register: str
    sender: PublicIdentity
    recipients: list[str]
    profile: str = ""
    legal_ground: str = ""
    until: date | None = None
    cases: list[CaseData] = []
    case_uuids: list[str] = []  # for 'einde': the cases whose lease ends
    receipt: Receipt | None = None

    def to_bytes(self) -> bytes:
        return self.model_dump_json().encode("utf-8")
