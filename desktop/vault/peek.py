"""Look up a vault's data key without writing anything (no slot upgrade, no settling).

Used by restore to compare the current register with a backup while leaving the current
files byte-identical. Returns None whenever a normal unlock would have to write or fails.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from desktop.paths import HEADER_FILE

from . import errors, header, keyring_slot, secret_slots, slots


def peek_data_key(data_dir: Path, method: str, secret: str) -> bytes | None:
    """``method`` is 'passphrase' | 'recovery' | 'keyring'. None if it does not open cleanly."""
    try:
        h = header.read(Path(data_dir) / HEADER_FILE)
        if h.pending is not None:
            return None
        if method == "recovery":
            kek = secret_slots.open_recovery(h.recovery, secret, h.vault_id)
        elif method == "keyring":
            kek = keyring_slot.load_kek(h.vault_id)
        elif h.passphrase is not None:
            kek = secret_slots.open_passphrase(h.passphrase, secret, h.vault_id)
        else:
            return None
        if not secrets.compare_digest(slots.header_mac(kek, h.body()), h.mac):
            return None
        key = slots.unwrap(kek, h.data_key, h.vault_id, slots.DATA_KEY)
    except (errors.VaultError, slots.UnwrapFailed):
        return None
    return key if slots.matches_key_check(key, h.key_check) else None
