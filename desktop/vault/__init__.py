"""The vault: key slots for the SQLCipher data key (no Qt). See ``vault.py`` for the design."""

from .errors import (
    DatabaseMissing,
    HeaderDamaged,
    HeaderTampered,
    KeyringEntryInvalid,
    KeyringEntryMissing,
    KeyringForbidden,
    KeyringLocked,
    KeyringUnavailable,
    PassphraseRequired,
    PolicyViolation,
    RecoveryCodeMalformed,
    RotationFailed,
    SlotMissing,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WeakPassphrase,
    WrongKey,
    WrongPassphrase,
    WrongRecoveryCode,
)
from .keyring_slot import STATE_MESSAGES, KeyringState, keyring_state
from .probe import opens_with
from .recovery import parse as parse_recovery_code
from .strength import check_passphrase, strength
from .vault import Created, KeyStore

__all__ = [
    "STATE_MESSAGES",
    "Created",
    "DatabaseMissing",
    "HeaderDamaged",
    "HeaderTampered",
    "KeyStore",
    "KeyringEntryInvalid",
    "KeyringEntryMissing",
    "KeyringForbidden",
    "KeyringLocked",
    "KeyringState",
    "KeyringUnavailable",
    "PassphraseRequired",
    "PolicyViolation",
    "RecoveryCodeMalformed",
    "RotationFailed",
    "SlotMissing",
    "VaultError",
    "VaultExists",
    "VaultLocked",
    "VaultMissing",
    "WeakPassphrase",
    "WrongKey",
    "WrongPassphrase",
    "WrongRecoveryCode",
    "check_passphrase",
    "keyring_state",
    "opens_with",
    "parse_recovery_code",
    "strength",
]
