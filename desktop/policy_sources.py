"""Where the machine policy comes from: only places an administrator can write. Qt-free.

Never through an environment variable (a user can set ``PROGRAMDATA`` or any other variable
for their own processes):

- Windows: the registry key ``HKLM\\SOFTWARE\\Policies\\Schakel`` (Group Policy / Intune via
  ``installer/windows/Schakel.admx``) first, then ``beleid.toml`` in the ProgramData folder as
  resolved by the known-folder API (``SHGetKnownFolderPath(FOLDERID_ProgramData)``).
- Linux: ``/etc/schakel/beleid.toml``; macOS: ``/Library/Application Support/Schakel/beleid.toml``.

Registry values use the same names as the TOML keys (``vergrendelen_na_minuten`` …): REG_DWORD
for numbers and true/false (0/1), REG_SZ for text and folders; the subkey ``bewaartermijnen``
holds REG_DWORD months per outcome code. Both sources are validated by the same rules in
``desktop.policy``; a registry value wins over the file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

APP_DIR_NAME = "Schakel"
REGISTRY_KEY = r"SOFTWARE\Policies\Schakel"
REGISTRY_LABEL = r"HKLM\SOFTWARE\Policies\Schakel"
RETENTION_SUBKEY = "bewaartermijnen"
# FOLDERID_ProgramData {62AB5D82-FDC1-4DC3-A9DD-070D1D495D97}
_FOLDERID_PROGRAMDATA = (0x62AB5D82, 0xFDC1, 0x4DC3, (0xA9, 0xDD, 0x07, 0x0D, 0x1D, 0x49, 0x5D, 0x97))
_BOOL_KEYS = {"wachtwoordzin_verplicht", "sleutelbos_toegestaan", "windows_hello_verplicht"}


def program_data_dir() -> Path:
    """ProgramData through the known-folder API (Windows only); never an environment variable."""
    import ctypes
    from ctypes import wintypes

    class GUID(ctypes.Structure):
        _fields_ = [("Data1", wintypes.DWORD), ("Data2", wintypes.WORD), ("Data3", wintypes.WORD),
                    ("Data4", ctypes.c_ubyte * 8)]

    d1, d2, d3, d4 = _FOLDERID_PROGRAMDATA
    guid = GUID(d1, d2, d3, (ctypes.c_ubyte * 8)(*d4))
    out = ctypes.c_wchar_p()
    shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
    result = shell32.SHGetKnownFolderPath(ctypes.byref(guid), 0, None, ctypes.byref(out))
    try:
        if result != 0 or not out.value:
            raise OSError("SHGetKnownFolderPath mislukt")
        return Path(out.value)
    finally:
        ctypes.windll.ole32.CoTaskMemFree(out)  # type: ignore[attr-defined]


def machine_policy_files() -> list[Path]:
    """Machine-wide policy files, read-only for the officer."""
    if sys.platform == "win32":
        try:
            return [program_data_dir() / APP_DIR_NAME / "beleid.toml"]
        except OSError:
            return []
    if sys.platform == "darwin":
        return [Path("/Library/Application Support") / APP_DIR_NAME / "beleid.toml"]
    return [Path("/etc/schakel/beleid.toml")]


def read_registry_policy(winreg: Any | None = None) -> dict[str, Any] | None:
    """The policy values under HKLM (None when the key does not exist or not on Windows).

    ``winreg`` is injectable so the conversion is tested on every platform.
    """
    if winreg is None:
        if sys.platform != "win32":
            return None
        import winreg as winreg_module

        winreg = winreg_module
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY, 0, winreg.KEY_READ)
    except OSError:
        return None
    with key:
        values = _values(winreg, key)
        try:
            sub = winreg.OpenKey(key, RETENTION_SUBKEY, 0, winreg.KEY_READ)
        except OSError:
            sub = None
        if sub is not None:
            with sub:
                values[RETENTION_SUBKEY] = _values(winreg, sub)
    return values


def _values(winreg: Any, key: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    index = 0
    while True:
        try:
            name, data, kind = winreg.EnumValue(key, index)
        except OSError:
            return values
        index += 1
        if kind == winreg.REG_DWORD and name in _BOOL_KEYS:
            values[name] = bool(data) if data in (0, 1) else data
        elif kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ, winreg.REG_DWORD):
            values[name] = data
        else:
            values[name] = _Unsupported(kind)


class _Unsupported:
    """A registry value of a type the policy does not use (refused with a Dutch message)."""

    def __init__(self, kind: int) -> None:
        self.kind = kind


def is_admin() -> bool:
    """Whether this process runs with administrator rights (root on POSIX)."""
    if sys.platform == "win32":
        import ctypes

        try:
            return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined]
        except OSError:
            return False
    return hasattr(os, "geteuid") and os.geteuid() == 0
