"""Where the officer's data lives. One module, overridable for portable and test use.

Order: explicit ``--data-dir`` > ``SCHAKEL_DATA_DIR`` > platformdirs user data dir
(``%LOCALAPPDATA%\\Schakel`` on Windows, ``~/.local/share/Schakel`` on Linux).
"""

from __future__ import annotations

import os
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
    """Machine-wide policy files, read-only for the officer (never found through an environment
    variable: on Windows ProgramData comes from the known-folder API; see policy_sources)."""
    from desktop.policy_sources import machine_policy_files

    return machine_policy_files()
