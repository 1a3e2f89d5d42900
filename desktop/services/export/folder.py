"""``folder_warning(path)``: a Dutch warning when an export folder is synced or shared.

Heuristics, no guarantees: cloud-sync folders (OneDrive, SharePoint, Dropbox, Google
Drive, iCloud) by path and by the OneDrive environment variables; network shares (UNC
paths, Windows drives of type DRIVE_REMOTE, nfs/cifs/smb/sshfs mounts on Linux);
removable media (Windows DRIVE_REMOVABLE, /media, /run/media, /Volumes). The system
probes (environment, mount table, drive type) can be passed in for tests.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import PurePath, PurePosixPath, PureWindowsPath

SYNCED = ("Deze map wordt gesynchroniseerd met {service}. Een export kan zo buiten de "
          "gemeente of op andere apparaten terechtkomen. Kies bij voorkeur een lokale map.")
NETWORK = ("Deze map staat op een netwerkschijf of gedeelde map; anderen kunnen de export "
           "mogelijk openen. Kies bij voorkeur een lokale map, of beveilig met een wachtwoord.")
REMOVABLE = ("Deze map staat op een verwisselbare schijf (USB-stick of externe schijf), die "
             "makkelijk zoekraakt. Beveilig de export met een wachtwoord.")

SYNC_MARKERS = (  # folded path part -> service name
    ("onedrive", "OneDrive"), ("sharepoint", "SharePoint"), ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"), ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"), ("mijn drive", "Google Drive"),
    ("icloud drive", "iCloud"), ("iclouddrive", "iCloud"), ("mobile documents", "iCloud"),
    ("com~apple~clouddocs", "iCloud"),
)
ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "9p", "afs", "davfs",
              "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.s3fs", "ceph", "glusterfs"}
REMOVABLE_PREFIXES = ("/media/", "/run/media/", "/Volumes/")
DRIVE_REMOVABLE, DRIVE_REMOTE = 2, 4

DriveType = Callable[[str], int]  # "Z:" -> GetDriveTypeW result


def folder_warning(
    path: str | os.PathLike[str],
    *,
    env: Mapping[str, str] | None = None,
    mounts: str | None = None,
    windows: bool | None = None,
    drive_type: DriveType | None = None,
) -> str | None:
    """The warning for an export folder, or None when nothing suspicious was found."""
    windows = (os.name == "nt") if windows is None else windows
    text = os.fspath(path)
    pure: PurePath = PureWindowsPath(text) if windows else PurePosixPath(text)
    env = os.environ if env is None else env
    service = synced_service(pure, env, windows)
    if service:
        return SYNCED.format(service=service)
    if windows:
        return _windows_warning(pure, drive_type or _get_drive_type)
    return _posix_warning(text, mounts)


def synced_service(path: PurePath, env: Mapping[str, str], windows: bool) -> str | None:
    for part in path.parts:
        folded = part.casefold()
        for marker, service in SYNC_MARKERS:
            if folded == marker or folded.startswith((marker + " ", marker + "-")):
                return service
    for name in ONEDRIVE_ENV:
        root = env.get(name)
        if root and _inside(path, root, windows):
            return "OneDrive"
    return None


def _inside(path: PurePath, root: str, windows: bool) -> bool:
    base = PureWindowsPath(root) if windows else PurePosixPath(root)
    folded = [p.casefold() for p in path.parts] if windows else list(path.parts)
    base_parts = [p.casefold() for p in base.parts] if windows else list(base.parts)
    return bool(base_parts) and folded[: len(base_parts)] == base_parts


def _windows_warning(path: PurePath, drive_type: DriveType) -> str | None:
    drive = path.drive
    if drive.startswith("\\\\") or drive.startswith("//"):
        return NETWORK
    if len(drive) == 2 and drive[1] == ":":
        kind = drive_type(drive.upper())
        if kind == DRIVE_REMOTE:
            return NETWORK
        if kind == DRIVE_REMOVABLE:
            return REMOVABLE
    return None


def _get_drive_type(drive: str) -> int:  # pragma: no cover - Windows only
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\"))  # type: ignore[attr-defined]
    except Exception:
        return 0


def _posix_warning(text: str, mounts: str | None) -> str | None:
    if text.startswith("//"):
        return NETWORK
    real = os.path.realpath(text) if mounts is None else os.path.normpath(text)
    if mounts is None:
        mounts = _read_mounts()
    fstype, point = _mount_of(real, mounts)
    if fstype in NETWORK_FS or fstype.startswith(("nfs", "cifs", "smb")):
        return NETWORK
    probe = real.rstrip("/") + "/"
    if probe.startswith(REMOVABLE_PREFIXES) or point.startswith(REMOVABLE_PREFIXES):
        return REMOVABLE
    return None


def _read_mounts() -> str:
    if not sys.platform.startswith("linux"):
        return ""
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return ""


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _mount_of(path: str, mounts: str) -> tuple[str, str]:
    """(filesystem type, mount point) of the longest mount point containing ``path``."""
    best = ("", "")
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape(parts[1]), parts[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best[1]):
            best = (fstype, point)
    return best
