"""Facts about the loaded SQLCipher library (for "Over Schakel"); opens no register."""

from __future__ import annotations


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
