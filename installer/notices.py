"""Licence texts and SBOM for the frozen build: ``THIRD-PARTY-NOTICES.txt`` and ``sbom.cdx.json``.

What is bundled is the runtime closure of ``pyproject.toml``'s ``dependencies`` (markers
evaluated for the build platform) plus Python itself and the PyInstaller bootloader. For each
distribution the licence files it ships in its ``.dist-info`` (PEP 639 ``License-File`` and the
usual LICENSE/COPYING/NOTICE names) are copied in full; distributions whose wheels carry no
licence text (PySide6-Essentials, shiboken6) get the text from ``installer/licenses/``.
``tests/test_notices.py`` fails when a bundled distribution ends up without any licence text.

The SBOM is CycloneDX 1.5 JSON (the format ``cyclonedx-py`` writes): one ``library`` component
per distribution with name, version, a ``pkg:pypi`` purl and the licence expression.

``python installer/notices.py OUTDIR`` writes both files into OUTDIR.
"""

from __future__ import annotations

import importlib.metadata as md
import json
import re
import sys
import tomllib
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ROOT / "installer" / "licenses"
NOTICE_NAMES = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)
# Wheels that ship no licence text of their own: the texts their metadata names.
EXTRA_TEXTS: dict[str, tuple[str, ...]] = {
    "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "sqlcipher3": ("SQLCipher.txt",),
    "cryptography": ("Apache-2.0.txt",),  # its wheel bundles OpenSSL 3 (Apache-2.0)
}
BUILD_ONLY = {"schakel"}


@dataclass
class Bundled:
    name: str
    version: str
    licence: str
    texts: list[tuple[str, str]] = field(default_factory=list)  # (title, text)

    @property
    def key(self) -> str:
        return normalise(self.name)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return [Requirement(r) for r in data["project"]["dependencies"]]


def closure(requirements: list[Requirement], environment: dict[str, str] | None = None) -> dict[str, md.Distribution]:
    """Installed distributions needed at run time (raises when one is missing from the build env)."""
    env = {**default_environment(), **(environment or {}), "extra": ""}
    found: dict[str, md.Distribution] = {}
    todo = [r for r in requirements if not r.marker or r.marker.evaluate(env)]
    while todo:
        req = todo.pop()
        key = normalise(req.name)
        if key in found:
            continue
        dist = md.distribution(req.name)
        found[key] = dist
        for text in dist.requires or []:
            sub = Requirement(text)
            if sub.marker and not sub.marker.evaluate(env):
                continue
            todo.append(sub)
    return found


def licence_of(dist: md.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    short = (meta.get("License") or "").strip().splitlines()
    if short and len(short[0]) < 80:
        return short[0]
    return "; ".join(classifiers) or "zie tekst"


def licence_texts(dist: md.Distribution) -> list[tuple[str, str]]:
    texts = []
    for entry in dist.files or []:
        path = str(entry)
        in_licenses = ".dist-info/licenses/" in path  # PEP 639: everything there is licence text
        wanted = in_licenses or NOTICE_NAMES.search(path)
        if not wanted or path.endswith((".py", ".pyc")) or ".dist-info/" not in path:
            continue
        try:
            text = entry.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if text and text.strip():
            texts.append((path.rsplit("/", 1)[-1], text))
    for name in EXTRA_TEXTS.get(normalise(dist.metadata["Name"]), ()):
        texts.append((name, (LICENSES / name).read_text(encoding="utf-8")))
    return texts


def bundled(environment: dict[str, str] | None = None) -> list[Bundled]:
    items = []
    for key, dist in sorted(closure(runtime_requirements(), environment).items()):
        if key in BUILD_ONLY:
            continue
        items.append(Bundled(dist.metadata["Name"], dist.version, licence_of(dist), licence_texts(dist)))
    python = Bundled("Python", ".".join(map(str, sys.version_info[:3])), "PSF-2.0",
                     [("LICENSE.txt", (LICENSES / "Python-PSF.txt").read_text(encoding="utf-8"))])
    items.append(python)
    try:
        pyinstaller = md.distribution("pyinstaller")
        items.append(Bundled("PyInstaller bootloader", pyinstaller.version,
                             "GPL-2.0-or-later WITH Bootloader-exception", licence_texts(pyinstaller)))
    except md.PackageNotFoundError:
        pass
    return items


def notices_text(items: list[Bundled]) -> str:
    lines = ["Schakel — licenties van meegeleverde onderdelen (THIRD-PARTY NOTICES)",
             "Schakel zelf valt onder de EUPL-1.2 (LICENSE).", ""]
    lines += [f"- {b.name} {b.version}: {b.licence}" for b in items]
    for b in items:
        for title, text in b.texts:
            lines += ["", "=" * 78, f"{b.name} {b.version} — {title}", "=" * 78, text.rstrip()]
    return "\n".join(lines) + "\n"


def sbom(items: list[Bundled], version: str) -> dict:
    components = []
    for b in items:
        component: dict = {"type": "library" if b.name != "Python" else "platform", "name": b.name,
                           "version": b.version, "bom-ref": f"{b.key}@{b.version}"}
        if b.name not in ("Python", "PyInstaller bootloader"):
            component["purl"] = f"pkg:pypi/{b.key}@{b.version}"
        if b.licence:
            component["licenses"] = [{"expression": b.licence}] if _spdx_like(b.licence) else [
                {"license": {"name": b.licence}}]
        components.append(component)
    return {
        "bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
        "serialNumber": f"urn:uuid:{uuid.uuid4()}",
        "metadata": {"timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                     "component": {"type": "application", "name": "Schakel", "version": version,
                                   "bom-ref": f"schakel@{version}", "licenses": [{"expression": "EUPL-1.2"}]}},
        "components": components,
        "dependencies": [{"ref": f"schakel@{version}", "dependsOn": [c["bom-ref"] for c in components]}],
    }


def _spdx_like(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9.+\- ()]+", text)) and " " not in text.replace(" OR ", "").replace(
        " AND ", "").replace(" WITH ", "")


def app_version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    return match[1] if match else "0"


def write(outdir: Path, environment: dict[str, str] | None = None) -> tuple[Path, Path]:
    items = bundled(environment)
    missing = [b.name for b in items if not b.texts]
    if missing:
        raise SystemExit("geen licentietekst voor: " + ", ".join(missing))
    outdir.mkdir(parents=True, exist_ok=True)
    notices = outdir / "THIRD-PARTY-NOTICES.txt"
    notices.write_text(notices_text(items), encoding="utf-8")
    bom = outdir / "sbom.cdx.json"
    bom.write_text(json.dumps(sbom(items, app_version()), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return notices, bom


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("gebruik: notices.py UITVOERMAP", file=sys.stderr)
        raise SystemExit(2)
    for path in write(Path(sys.argv[1])):
        print(path)
