"""Build the PyInstaller onedir for the current platform: ``python installer/build.py``.

Result: ``dist/Schakel/`` (``schakel`` on Linux, ``Schakel.exe`` + ``schakel-cli.exe``
on Windows, ``Schakel.app`` next to it on macOS). Prints build time, size and file
count. Needs the ``test`` extra (``pyinstaller``) in the running Python.
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
    args = parser.parse_args(argv)
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
