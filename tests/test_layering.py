"""The core packages never load Qt (architecture.md, style.md practice 1)."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "desktop.domain.model", "desktop.domain.fold", "desktop.domain.validation",
    "desktop.store.cases", "desktop.store.migrations", "desktop.store.audit", "desktop.vault",
    "desktop.content.yamlload", "desktop.pdf.render", "desktop.services.register",
    "desktop.services.session", "desktop.services.maintenance", "desktop.services.imports.importer",
    "desktop.services.demo", "desktop.policy", "desktop.cli", "desktop.commands",
]


def test_core_packages_do_not_import_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
