"""desktop.safe_files: 0600, no symlinks followed, no silent overwrite, atomic."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from desktop import safe_files
from desktop.safe_files import SymlinkRefused, TargetExists


def _mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_new_file_is_private_and_complete(tmp_path):
    target = tmp_path / "uit.csv"
    safe_files.write_bytes(target, b"a;b\n")
    assert target.read_bytes() == b"a;b\n"
    if sys.platform != "win32":
        assert _mode(target) == 0o600
    assert not list(tmp_path.glob(f"{safe_files.TEMP_PREFIX}*"))


def test_existing_file_not_overwritten_without_flag(tmp_path):
    target = tmp_path / "uit.pdf"
    target.write_bytes(b"oud")
    with pytest.raises(TargetExists):
        safe_files.write_bytes(target, b"nieuw")
    assert target.read_bytes() == b"oud"
    safe_files.write_bytes(target, b"nieuw", overwrite=True)
    assert target.read_bytes() == b"nieuw"


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_symlink_target_refused_even_with_overwrite(tmp_path):
    victim = tmp_path / "slachtoffer.txt"
    victim.write_bytes(b"blijft")
    link = tmp_path / "stats.csv"
    link.symlink_to(victim)
    for overwrite in (False, True):
        with pytest.raises(SymlinkRefused):
            safe_files.write_bytes(link, b"x", overwrite=overwrite)
    with pytest.raises(SymlinkRefused), safe_files.open_new(link):
        pass
    assert victim.read_bytes() == b"blijft"


def test_failed_write_leaves_nothing(tmp_path):
    target = tmp_path / "half.bin"
    with pytest.raises(RuntimeError), safe_files.atomic_writer(target) as handle:
        handle.write(b"begin")
        raise RuntimeError("onderbroken")
    assert list(tmp_path.iterdir()) == []


def test_stale_temps_removed(tmp_path):
    (tmp_path / f"{safe_files.TEMP_PREFIX}abc").write_bytes(b"x")
    assert safe_files.remove_stale_temps(tmp_path) == 1
    assert list(tmp_path.iterdir()) == []


def test_open_new_exclusive(tmp_path):
    target = tmp_path / "n.bin"
    with safe_files.open_new(target) as handle:
        handle.write(b"1")
    with pytest.raises(TargetExists), safe_files.open_new(target):
        pass
