"""Version facts for the "Over Schakel" dialog (no Qt, no personal data)."""

from __future__ import annotations

import platform

from desktop import __version__
from desktop.store.library import sqlcipher_version

LICENCE = "EUPL-1.2"


def versions() -> dict[str, str]:
    """Schakel, Python and SQLCipher versions (the GUI adds Qt's)."""
    return {
        "schakel": __version__,
        "python": platform.python_version(),
        "sqlcipher": sqlcipher_version(),
    }
