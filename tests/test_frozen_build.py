"""Build the PyInstaller onedir once and run it (marker ``frozen``; CI runs it).

Builds into a temp folder with ``installer/build.py``, then runs the frozen program:
``--self-test``, ``--version`` and an offscreen GUI start. Every run must leave the
install folder exactly as built (nothing is ever written there) and no temp files behind.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.frozen

ROOT = Path(__file__).resolve().parent.parent
MAX_BUNDLE_MB = 260  # Linux onedir is ~215 MB (ICU data alone is 31 MB); catches regressions


def _load_build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("schakel_build", ROOT / "installer" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


build_py = _load_build_module()


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if not p.is_symlink()}


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    out = tmp_path_factory.mktemp("frozen")
    result = build_py.build(out / "dist", out / "work", quiet=True)
    return {"result": result, "snapshot": _snapshot(result.folder)}


def _env(sandbox: Path) -> dict[str, str]:
    """No real home, data dir, D-Bus or display: the frozen app sees only the sandbox."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "SCHAKEL_"))}
    temp = str(sandbox / "tmp")
    env.update(QT_QPA_PLATFORM="offscreen", SCHAKEL_NO_DBUS="1", TMPDIR=temp, TEMP=temp, TMP=temp,
               HOME=str(sandbox / "home"), XDG_CONFIG_HOME=str(sandbox / "config"),
               XDG_DATA_HOME=str(sandbox / "share"), XDG_CACHE_HOME=str(sandbox / "cache"),
               SCHAKEL_DATA_DIR=str(sandbox / "data"))
    for key in ("tmp", "home", "config", "share", "cache"):
        (sandbox / key).mkdir(exist_ok=True)
    return env


def _run(bundle, sandbox: Path, *args: str) -> subprocess.CompletedProcess:
    program = build_py.executable(bundle["result"].folder)
    done = subprocess.run([str(program), *args], env=_env(sandbox), timeout=60,
                          capture_output=True, text=True, encoding="utf-8")
    assert _snapshot(bundle["result"].folder) == bundle["snapshot"], "install folder changed"
    return done


def test_self_test_passes_and_cleans_up(bundle, tmp_path):
    started = time.perf_counter()
    done = _run(bundle, tmp_path, "--self-test")
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Zelftest geslaagd." in done.stdout
    assert list((tmp_path / "tmp").iterdir()) == []  # temp vault removed
    assert not (tmp_path / "data").exists()  # the officer's data dir untouched
    print(f"{bundle['result'].summary()}; self-test {seconds:.1f} s")


def test_version(bundle, tmp_path):
    done = _run(bundle, tmp_path, "--version")
    assert done.returncode == 0
    assert re.fullmatch(r"Schakel \d+\.\d+\.\d+\S*\n", done.stdout)


def test_gui_starts_offscreen(bundle, tmp_path):
    """The GUI (demo register) runs for a few seconds without crashing; then it is stopped."""
    program = build_py.executable(bundle["result"].folder, console=False)
    proc = subprocess.Popen([str(program), "--demo"], env=_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(timeout=4)
    finally:
        proc.kill()
        _out, err = proc.communicate()
    assert b"Traceback" not in err
    assert _snapshot(bundle["result"].folder) == bundle["snapshot"], "install folder changed"


def test_bundle_contents(bundle):
    folder = bundle["result"].folder
    internal = folder / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()}
    assert {"resources/translations/qtbase_nl.qm", "desktop/store/schema_v1.sql",
            "resources/fonts/DejaVuSans.ttf", "exports/riec.yaml"} <= names
    languages = {re.sub(r"^.*_([a-z]{2}(_[A-Z]{2})?)\.qm$", r"\1", n)
                 for n in names if n.endswith(".qm")}
    assert languages <= {"nl", "en"}, languages
    lowered = {n.lower() for n in names}
    for unwanted in ("opengl32sw", "qt6network", "qt6qml", "qt6quick", "qt6pdf", "hypothesis/"):
        assert not any(unwanted in n for n in lowered), unwanted
    assert bundle["result"].size_bytes < MAX_BUNDLE_MB * 1_000_000


def test_keyring_backends_are_frozen_in(bundle):
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(build_py.executable(bundle["result"].folder)))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    for backend in ("Windows", "macOS", "SecretService", "libsecret", "kwallet", "chainer"):
        assert f"keyring.backends.{backend}" in modules
    assert "zxcvbn" in modules


def test_licences_and_sbom_ship_in_the_onedir(bundle):
    """Every distribution PyInstaller copied metadata for is in the SBOM; licence texts ship (issue 19)."""
    import json
    import re

    folder = bundle["result"].folder
    notices = (folder / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices and "PYTHON SOFTWARE FOUNDATION" in notices.upper()
    assert (folder / "LICENSE.txt").read_text(encoding="utf-8").startswith("                      EUROPEAN")
    sbom = json.loads((folder / "sbom.cdx.json").read_text(encoding="utf-8"))
    listed = {re.sub(r"[-_.]+", "-", c["name"]).lower() for c in sbom["components"]}
    shipped = {re.sub(r"[-_.]+", "-", p.name.split("-")[0]).lower()
               for p in folder.rglob("*.dist-info") if p.is_dir()}
    assert shipped and shipped <= listed, sorted(shipped - listed)


def test_frozen_build_environment_matches_the_lock():
    """The environment the frozen test builds from is the locked one (reproducible build)."""
    assert build_py.lock_deviations() == []

