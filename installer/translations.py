"""Extract and compile Schakel's texts with Qt Linguist's tools (from PySide6).

``python installer/translations.py extract`` runs ``pyside6-lupdate`` over every module of
``desktop/`` (GUI ``tr``/``translate`` calls and the core's ``N_`` markers, an alias of
``QT_TR_NOOP``) and updates ``resources/translations/schakel_<lang>.ts``.
``python installer/translations.py compile`` turns every ``.ts`` into a ``.qm`` next to it
(``installer/build.py`` runs this before freezing). Translators edit the ``.ts`` in Qt Linguist.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        bindir = Path(sys.executable).parent
        candidate = bindir / f"pyside6-{name}"
        if candidate.exists():
            return str(candidate)
        raise SystemExit(f"pyside6-{name} niet gevonden (installeer PySide6)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def extract() -> list[Path]:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        target = TRANSLATIONS / f"schakel_{lang}.ts"
        subprocess.run([_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                        "-source-language", "nl_NL", "-target-language", lang,
                        "-tr-function-alias", "QT_TR_NOOP+=N_", *sources(), "-ts", str(target)],
                       cwd=ROOT, check=True)
        written.append(target)
    return written


def compile_all() -> list[Path]:
    written = []
    for ts in sorted(TRANSLATIONS.glob("schakel_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "extract":
        for path in extract():
            print(path.relative_to(ROOT))
        return 0
    if command == "compile":
        for path in compile_all():
            print(path.relative_to(ROOT))
        return 0
    print("gebruik: translations.py extract|compile", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
