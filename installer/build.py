"""Build the PyInstaller onedir for the current platform: ``python installer/build.py``.

Result: ``dist/Schakel/`` (``schakel`` on Linux, ``Schakel.exe`` + ``schakel-cli.exe``
on Windows, ``Schakel.app`` next to it on macOS), with ``THIRD-PARTY-NOTICES.txt``, the
CycloneDX SBOM ``sbom.cdx.json`` and ``LICENSE.txt``. Prints build time, size and file count.

Reproducible: ``installer/requirements-build.lock`` pins every package of the build
environment with its hashes (``uv pip compile pyproject.toml --extra test --universal
--python-version 3.12 --generate-hashes``). The build refuses to run in an environment that
deviates from the lock (``--unlocked`` overrides, for experiments only). ``--make-venv DIR``
creates that environment first with ``pip install --require-hashes`` from the lock, using
Python 3.12 (``--python``), and builds inside it: what release builds (``build-msi.ps1``) do.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "schakel.spec"
LOCK = ROOT / "installer" / "requirements-build.lock"
VENV_TOOLS = {"pip", "setuptools", "wheel"}  # belong to the venv itself, not to the build
APP_DIR_NAME = "Schakel"


@dataclass(frozen=True)
class BuildResult:
    folder: Path
    seconds: float
    size_bytes: int
    file_count: int

    def summary(self) -> str:
        return (f"{self.folder}: {self.size_bytes / 1_000_000:.1f} MB, {self.file_count} files, "
                f"built in {self.seconds:.1f} s")


def executable(folder: Path, console: bool = True) -> Path:
    """The program to run in a built onedir (the console one on Windows)."""
    if sys.platform == "win32":
        return folder / ("schakel-cli.exe" if console else "Schakel.exe")
    return folder / "schakel"


def measure(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def build(dist: Path, work: Path, clean: bool = False, quiet: bool = False) -> BuildResult:
    """Run PyInstaller on the spec; raises CalledProcessError when it fails."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    if quiet:
        command[3:3] = ["--log-level", "WARN"]
    started = time.perf_counter()
    _compile_translations()
    subprocess.run(command, check=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    folder = dist / APP_DIR_NAME
    _write_notices(folder, dist)
    size, count = measure(folder)
    return BuildResult(folder, seconds, size, count)


def locked_versions(lock: Path = LOCK) -> dict[str, str]:
    """``name -> version`` of the lock entries whose marker holds on this platform."""
    import re

    from packaging.markers import Marker

    versions = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+))?", line)
        if not match:
            continue
        name, version, marker = match.groups()
        if marker and not Marker(marker.strip()).evaluate():
            continue
        versions[re.sub(r"[-_.]+", "-", name).lower()] = version
    return versions


def lock_deviations(lock: Path = LOCK) -> list[str]:
    """Packages of the running environment that differ from the lock (empty: reproducible)."""
    import importlib.metadata as md

    problems = []
    for name, version in sorted(locked_versions(lock).items()):
        if name in VENV_TOOLS:
            continue
        try:
            have = md.version(name)
        except md.PackageNotFoundError:
            problems.append(f"{name}: niet geïnstalleerd (lock: {version})")
            continue
        if have != version:
            problems.append(f"{name}: {have} geïnstalleerd, lock: {version}")
    return problems


def make_venv(folder: Path, python: str) -> Path:
    """A build environment installed from the lock with hashes; returns its Python."""
    subprocess.run([python, "-m", "venv", str(folder)], check=True)
    exe = folder / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run([str(exe), "-m", "pip", "install", "-q", "--require-hashes", "-r", str(LOCK)], check=True)
    subprocess.run([str(exe), "-m", "pip", "install", "-q", "--no-deps", str(ROOT)], check=True)
    return exe


def _compile_translations() -> None:
    """``resources/translations/*.ts`` -> ``.qm`` (Qt Linguist's lrelease, from PySide6)."""
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    translations.compile_all()


def _write_notices(folder: Path, dist: Path) -> None:
    """THIRD-PARTY-NOTICES.txt and the CycloneDX SBOM inside the onedir and next to it (for the MSI)."""
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import notices
    finally:
        sys.path.pop(0)
    notices.write(folder)
    notices.write(dist)
    (folder / "LICENSE.txt").write_text((ROOT / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller work folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--quiet", action="store_true", help="only PyInstaller warnings")
    parser.add_argument("--unlocked", action="store_true",
                        help="build even when the environment deviates from the lock (not for releases)")
    parser.add_argument("--make-venv", type=Path, metavar="DIR",
                        help="create a build environment from the lock in DIR and build inside it")
    parser.add_argument("--python", default="python3.12" if sys.platform != "win32" else "py",
                        help="Python for --make-venv (release builds use 3.12)")
    args = parser.parse_args(argv)
    if args.make_venv:
        exe = make_venv(args.make_venv.resolve(), args.python)
        rest = [a for a in (argv if argv is not None else sys.argv[1:])
                if a not in ("--make-venv", str(args.make_venv), "--python", args.python)]
        return subprocess.run([str(exe), str(Path(__file__).resolve()), *rest], check=False).returncode
    deviations = lock_deviations()
    if deviations and not args.unlocked:
        print("De bouwomgeving wijkt af van installer/requirements-build.lock:", file=sys.stderr)
        for line in deviations:
            print(f"  {line}", file=sys.stderr)
        print("Gebruik --make-venv DIR (of --unlocked voor een proefbouw).", file=sys.stderr)
        return 1
    try:
        result = build(args.dist.resolve(), args.work.resolve(), args.clean, args.quiet)
    except subprocess.CalledProcessError as exc:
        print(f"PyInstaller failed with exit code {exc.returncode}", file=sys.stderr)
        return 1
    print(result.summary())
    print(f"run: {executable(result.folder)} --self-test")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
