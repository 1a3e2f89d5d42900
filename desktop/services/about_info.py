"""Version facts for the "Over Schakel" dialog (no Qt, no personal data)."""

from __future__ import annotations

import platform

from desktop import __version__

LICENCE = "EUPL-1.2"


def sqlcipher_version() -> str:
    """The SQLCipher version of the loaded library, or "onbekend"."""
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        try:
            row = conn.execute("PRAGMA cipher_version").fetchone()
        finally:
            conn.close()
    except Exception:  # a broken library must not break the about box
        return "onbekend"
    return str(row[0]) if row and row[0] else "onbekend"


def versions() -> dict[str, str]:
    """Schakel, Python and SQLCipher versions (the GUI adds Qt's)."""
    return {
        "schakel": __version__,
        "python": platform.python_version(),
        "sqlcipher": sqlcipher_version(),
    }
