"""SQL for waarneming/overdracht: identity keys, trusted keys, leases, versions, replay log.

Callers wrap writes in one transaction. The identity's private keys are rows in the
encrypted database (SQLCipher), never a file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.store.codec import now_s
from desktop.store.connection import Connection


def case_number(conn: Connection, case_id: int) -> str:
    row = conn.execute("SELECT number FROM case_file WHERE id = ?", (case_id,)).fetchone()
    return row[0] if row else str(case_id)


# -- identity ---------------------------------------------------------------------------------
def identity(conn: Connection) -> tuple[str, bytes, bytes] | None:
    row = conn.execute("SELECT register_id, enc_private, sign_private FROM transfer_identity"
                       " WHERE id = 1").fetchone()
    return (row[0], bytes(row[1]), bytes(row[2])) if row else None


def put_identity(conn: Connection, register_id: str, enc_private: bytes, sign_private: bytes) -> None:
    conn.execute("INSERT INTO transfer_identity(id, register_id, enc_private, sign_private, created_at)"
                 " VALUES (1, ?, ?, ?, ?)", (register_id, enc_private, sign_private, now_s()))


# -- trusted keys confirmed by fingerprint -----------------------------------------------------
def trusted_keys(conn: Connection) -> list[tuple[str, bytes, bytes, str]]:
    rows = conn.execute("SELECT key_id, enc_public, sign_public, label FROM transfer_trusted_key")
    return [(r[0], bytes(r[1]), bytes(r[2]), r[3]) for r in rows]


def trust_key(conn: Connection, kid: str, enc_public: bytes, sign_public: bytes, label: str) -> None:
    conn.execute("INSERT INTO transfer_trusted_key(key_id, enc_public, sign_public, label, confirmed_at)"
                 " VALUES (?,?,?,?,?) ON CONFLICT(key_id) DO UPDATE SET label = excluded.label",
                 (kid, enc_public, sign_public, label, now_s()))


# -- leases -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Lease:
    case_id: int
    number: str
    case_uuid: str
    role: str  # uitgeleend | waarnemer | overgedragen
    peer_key_id: str
    peer_label: str
    until: str | None
    readonly: bool
    snapshot: dict[str, Any]
    bundle_id: str


_LEASE_SQL = ("SELECT l.case_id, c.number, c.uuid, l.role, l.peer_key_id, l.peer_label, l.until,"
              " l.readonly, l.snapshot, l.bundle_id FROM transfer_lease l JOIN case_file c ON c.id = l.case_id")


def _lease(r: Any) -> Lease:
    return Lease(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), json.loads(r[8] or "{}"), r[9])


def lease(conn: Connection, case_id: int) -> Lease | None:
    row = conn.execute(_LEASE_SQL + " WHERE l.case_id = ?", (case_id,)).fetchone()
    return _lease(row) if row else None


def leases(conn: Connection, role: str | None = None) -> list[Lease]:
    if role is None:
        return [_lease(r) for r in conn.execute(_LEASE_SQL + " ORDER BY c.number")]
    return [_lease(r) for r in conn.execute(_LEASE_SQL + " WHERE l.role = ? ORDER BY c.number", (role,))]


def put_lease(conn: Connection, case_id: int, role: str, peer_key_id: str, peer_label: str,
              until: str | None, readonly: bool, bundle: tuple[str, str], snapshot: dict[str, Any]) -> None:
    conn.execute("DELETE FROM transfer_lease WHERE case_id = ?", (case_id,))
    conn.execute("INSERT INTO transfer_lease(case_id, role, peer_key_id, peer_label, until, readonly,"
                 " bundle_id, bundle_sha, snapshot, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                 (case_id, role, peer_key_id, peer_label, until, int(readonly), *bundle,
                  json.dumps(snapshot, ensure_ascii=False), now_s()))


def set_readonly(conn: Connection, case_id: int, readonly: bool) -> None:
    conn.execute("UPDATE transfer_lease SET readonly = ? WHERE case_id = ?", (int(readonly), case_id))


def drop_lease(conn: Connection, case_id: int) -> None:
    conn.execute("DELETE FROM transfer_lease WHERE case_id = ?", (case_id,))


# -- version counters and the replay log ---------------------------------------------------------
def version(conn: Connection, case_uuid: str) -> int:
    row = conn.execute("SELECT version FROM transfer_version WHERE case_uuid = ?", (case_uuid,)).fetchone()
    return int(row[0]) if row else 0


def set_version(conn: Connection, case_uuid: str, value: int) -> None:
    conn.execute("INSERT INTO transfer_version(case_uuid, version) VALUES (?, ?) ON CONFLICT(case_uuid)"
                 " DO UPDATE SET version = excluded.version", (case_uuid, value))


def seen(conn: Connection, bundle_id: str) -> bool:
    return conn.execute("SELECT 1 FROM transfer_seen WHERE bundle_id = ?", (bundle_id,)).fetchone() is not None


def seen_from(conn: Connection, bundle_id: str, sender: str) -> bool:
    return conn.execute("SELECT 1 FROM transfer_seen WHERE bundle_id = ? AND sender = ?",
                        (bundle_id, sender)).fetchone() is not None


def mark_seen(conn: Connection, bundle_id: str, sha: str, sender: str, kind: str) -> None:
    conn.execute("INSERT INTO transfer_seen(bundle_id, sha256, sender, kind, received_at)"
                 " VALUES (?,?,?,?,?)", (bundle_id, sha, sender, kind, now_s()))


# -- bundles sent (matched by receipts) ------------------------------------------------------------
@dataclass(frozen=True)
class Sent:
    bundle_id: str
    sha256: str
    kind: str
    peer_key_id: str
    case_uuids: list[str]
    receipt_at: str | None


def add_sent(conn: Connection, bundle_id: str, sha: str, kind: str, peer: str, case_uuids: list[str],
             legal_ground: str = "") -> None:
    conn.execute("INSERT INTO transfer_sent(bundle_id, sha256, kind, peer_key_id, case_uuids, legal_ground,"
                 " sent_at) VALUES (?,?,?,?,?,?,?)",
                 (bundle_id, sha, kind, peer, ",".join(case_uuids), legal_ground, now_s()))


def sent(conn: Connection, bundle_id: str) -> Sent | None:
    row = conn.execute("SELECT bundle_id, sha256, kind, peer_key_id, case_uuids, receipt_at"
                       " FROM transfer_sent WHERE bundle_id = ?", (bundle_id,)).fetchone()
    if row is None:
        return None
    return Sent(row[0], row[1], row[2], row[3], [u for u in row[4].split(",") if u], row[5])


def mark_receipt(conn: Connection, bundle_id: str) -> None:
    conn.execute("UPDATE transfer_sent SET receipt_at = ? WHERE bundle_id = ?", (now_s(), bundle_id))


# -- audit excerpts and stubs -------------------------------------------------------------------------
def add_excerpt(conn: Connection, case_id: int, origin: str, rows: list[dict[str, str]]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO transfer_audit_excerpt(case_id, origin, at, actor, action, detail, hash)"
        " VALUES (?,?,?,?,?,?,?)",
        [(case_id, origin, r["at"], r.get("actor", ""), r["action"], r.get("detail", ""), r["hash"])
         for r in rows])


def excerpt(conn: Connection, case_id: int) -> list[dict[str, str]]:
    rows = conn.execute("SELECT at, actor, action, detail, hash FROM transfer_audit_excerpt"
                        " WHERE case_id = ? ORDER BY at, id", (case_id,))
    return [{"at": r[0], "actor": r[1], "action": r[2], "detail": r[3], "hash": r[4]} for r in rows]


def case_audit(conn: Connection, case_id: int) -> list[dict[str, str]]:
    rows = conn.execute("SELECT at, actor, action, detail, hash FROM audit_log WHERE case_id = ?"
                        " ORDER BY id", (case_id,))
    return [{"at": r[0], "actor": r[1], "action": r[2], "detail": r[3], "hash": r[4]} for r in rows]


def add_stub(conn: Connection, number: str, case_uuid: str, peer_label: str, receipt_sha: str) -> None:
    conn.execute("INSERT OR REPLACE INTO transfer_stub(number, case_uuid, peer_label, receipt_sha, at)"
                 " VALUES (?,?,?,?,?)", (number, case_uuid, peer_label, receipt_sha, now_s()))


def stubs(conn: Connection) -> list[tuple[str, str, str, str]]:
    return [tuple(r) for r in conn.execute(
        "SELECT number, peer_label, receipt_sha, at FROM transfer_stub ORDER BY number")]


def truncate_wal(conn: Connection) -> None:
    """Checkpoint and empty the -wal file (after destroying copies, like the retention purge)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
