"""Recovery codes: 8 groups of 5 symbols from an unambiguous 31-symbol alphabet.

The alphabet is the digits 2-9 and the letters A-Z without I, L and O (no 0/O or
1/I/L confusion when read from paper). 40 symbols x log2(31) = ~198 bits.
Parsing accepts lower case, spaces or nothing instead of dashes, and other dashes.
"""

from __future__ import annotations

import secrets

from .errors import RecoveryCodeMalformed

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
GROUPS = 8
GROUP_SIZE = 5
LENGTH = GROUPS * GROUP_SIZE
_SEPARATORS = frozenset("-\u2010\u2011\u2012\u2013\u2014_.")
_CONFUSABLE = frozenset("01ILO")


def generate() -> str:
    """A new random recovery code in display form (``XXXXX-XXXXX-...``)."""
    return format_code("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))


def format_code(compact: str) -> str:
    groups = (compact[i : i + GROUP_SIZE] for i in range(0, LENGTH, GROUP_SIZE))
    return "-".join(groups)


def parse(text: str) -> str:
    """The canonical display form of a typed code; raises ``RecoveryCodeMalformed``."""
    compact = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in _SEPARATORS)
    for ch in compact:
        if ch in _CONFUSABLE:
            raise RecoveryCodeMalformed(
                f"Het teken '{ch}' komt niet voor in een herstelcode. Een herstelcode "
                "bevat geen 0, O, 1, I of L; controleer de code op het papier."
            )
        if ch not in ALPHABET:
            raise RecoveryCodeMalformed(
                "Een herstelcode bevat alleen de cijfers 2 tot en met 9 en letters."
            )
    if len(compact) != LENGTH:
        raise RecoveryCodeMalformed(
            f"Een herstelcode heeft {LENGTH} tekens ({GROUPS} groepen van {GROUP_SIZE}); "
            f"u typte er {len(compact)}."
        )
    return format_code(compact)


def secret_bytes(code: str) -> bytes:
    """The bytes fed to the KDF: the canonical form, whatever way it was typed."""
    return parse(code).encode("ascii")
