"""folder_warning: synced, shared and removable folders, with fake mount tables and drives."""

from __future__ import annotations

import pytest

from desktop.services.export.folder import (
    DRIVE_REMOTE,
    DRIVE_REMOVABLE,
    NETWORK,
    REMOVABLE,
    folder_warning,
)

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export/home /home/af/Netwerk nfs4 rw,vers=4.2 0 0
//fs01/afdeling /mnt/gedeeld cifs rw,vers=3.0 0 0
/dev/sdb1 /media/af/USB\\040STICK vfat rw 0 0
/dev/sdc1 /srv/usb-stick exfat rw 0 0
af@host:/data /home/af/sshfs fuse.sshfs rw 0 0
"""


def posix(path: str, env: dict | None = None) -> str | None:
    return folder_warning(path, env=env or {}, mounts=MOUNTS, windows=False)


def win(path: str, env: dict | None = None, drives: dict | None = None) -> str | None:
    kinds = drives or {}
    return folder_warning(path, env=env or {}, windows=True,
                          drive_type=lambda d: kinds.get(d, 3))


@pytest.mark.parametrize("path,service", [
    ("/home/af/OneDrive/Exports", "OneDrive"),
    ("/home/af/OneDrive - Gemeente Schakeldam/Mensenhandel", "OneDrive"),
    ("/home/af/Dropbox (Gemeente)/x", "Dropbox"),
    ("/home/af/Google Drive/My Drive", "Google Drive"),
    ("/Users/af/Library/Mobile Documents/com~apple~CloudDocs/x", "iCloud"),
    ("/home/af/SharePoint/Team", "SharePoint"),
])
def test_sync_folders_by_name(path, service):
    warning = posix(path)
    assert warning is not None and service in warning


def test_onedrive_by_environment_variable_on_windows():
    env = {"OneDriveCommercial": r"C:\Users\af\Gemeente Schakeldam"}
    assert "OneDrive" in win(r"c:\users\AF\gemeente schakeldam\Exports", env)
    assert win(r"C:\Users\af\Documents", env) is None


@pytest.mark.parametrize("path", [
    "/home/af/Netwerk/exports", "/mnt/gedeeld", "/mnt/gedeeld/sub/dir", "/home/af/sshfs/x",
    "//fs01/afdeling/x",
])
def test_network_mounts_on_linux(path):
    assert posix(path) == NETWORK


@pytest.mark.parametrize("path", ["/media/af/USB STICK/exports", "/run/media/af/x"])
def test_removable_media_on_linux(path):
    assert posix(path) == REMOVABLE


@pytest.mark.parametrize("path", ["/home/af/Documenten", "/home/af/Netwerkmap", "/srv", "/"])
def test_local_folders_give_no_warning(path):
    assert posix(path) is None


def test_windows_unc_mapped_and_removable_drives():
    drives = {"Z:": DRIVE_REMOTE, "E:": DRIVE_REMOVABLE}
    assert win(r"\\fs01\afdeling\exports") == NETWORK
    assert win(r"Z:\Mensenhandel", drives=drives) == NETWORK
    assert win(r"e:\backup", drives=drives) == REMOVABLE
    assert win(r"C:\Users\af\Documents", drives=drives) is None
