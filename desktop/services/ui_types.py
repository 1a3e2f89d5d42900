"""Lower-layer types the GUI needs, re-exported so the GUI never imports store or vault.

Only exception types, plain value types and pure functions pass through here: no SQL, no
connections, no key material. The layering test (tests/test_layering.py) forbids
``desktop.ui`` → ``desktop.store``/``desktop.vault`` imports; add a name here instead.
"""

from __future__ import annotations

from desktop.store import errors as store_errors
from desktop.store.cases import ListQuery
from desktop.store.check import CheckReport
from desktop.store.errors import StoreError
from desktop.store.meeting_repo import MeetingCaseRow, MeetingRow
from desktop.vault import KeyringState
from desktop.vault import errors as vault_errors
from desktop.vault.errors import VaultError
from desktop.vault.strength import MIN_SCORE, strength

__all__ = [
    "CheckReport", "KeyringState", "ListQuery", "MIN_SCORE", "MeetingCaseRow", "MeetingRow",
    "StoreError", "VaultError", "store_errors", "strength", "vault_errors",
]
