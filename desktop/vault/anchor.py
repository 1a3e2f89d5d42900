"""The audit anchor: the audit chain's head (row count, last row id, head hash) in the header.

The anchor carries an HMAC under a key derived from the KEK, and the header's own MAC
covers it too. Someone holding the database key but not the KEK can delete, truncate or
re-chain audit rows, but cannot move the anchor along: ``schakel check`` then finds the
anchored row missing or changed. The register writes the anchor after each commit that
appended audit rows; a crash between the commit and the header write leaves the anchor
*behind* an intact chain, which is told apart from tampering and re-anchored.

What it does not defend: someone with the passphrase (or recovery code) *and* the header
file can recompute the anchor. The head printed in ``check``, every export-log entry and
every exported PDF footer is the witness outside the register that catches that later.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from .header import Anchor

LABEL = b"schakel/v2/audit-anchor"


@dataclass(frozen=True)
class Head:
    count: int
    last_id: int
    head: str

    @property
    def short(self) -> str:
        """The witness: "<count>/<first 12 hex of the head hash>"."""
        return f"{self.count}/{self.head[:12]}"


def _mac(kek: bytes, head: Head) -> bytes:
    key = hmac.new(kek, LABEL, hashlib.sha256).digest()
    msg = f"{head.count}\x1f{head.last_id}\x1f{head.head}".encode()
    return hmac.new(key, msg, hashlib.sha256).digest()


def make(kek: bytes, head: Head) -> Anchor:
    return Anchor(head.count, head.last_id, head.head, _mac(kek, head))


def verify(kek: bytes, anchor: Anchor) -> bool:
    return hmac.compare_digest(_mac(kek, Head(anchor.count, anchor.last_id, anchor.head)), anchor.mac)


def head_of(anchor: Anchor) -> Head:
    return Head(anchor.count, anchor.last_id, anchor.head)
