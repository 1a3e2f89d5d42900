"""Where the officer's data lives. One module, overridable for portable and test use.

Order: explicit ``--data-dir`` > ``SCHAKEL_DATA_DIR`` > platformdirs user data dir
(``%LOCALAPPDATA%\\Schakel`` on Windows, ``~/.local/share/Schakel`` on Linux).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Schakel"
VAULT_FILE = "schakel.db"
HEADER_FILE = "schakel.keys.json"
LOCK_FILE = "schakel.lock"
BACKUP_DIR = "backups"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get("SCHAKEL_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def machine_policy_paths() -> list[Path]:
    """Machine-wide policy locations, read-only for the officer."""
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return [Path(base) / APP_DIR_NAME / "beleid.toml"]
    if sys.platform == "darwin":
        return [Path("/Library/Application Support") / APP_DIR_NAME / "beleid.toml"]
    return [Path("/etc/schakel/beleid.toml")]
