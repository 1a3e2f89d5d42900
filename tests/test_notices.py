"""Licence texts and SBOM of the frozen build (issue 19), checked without building."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _notices():
    spec = importlib.util.spec_from_file_location("notices", ROOT / "installer" / "notices.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["notices"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_bundled_distribution_has_a_licence_text():
    notices = _notices()
    items = notices.bundled()
    names = {i.key for i in items}
    assert {"pyside6-essentials", "shiboken6", "sqlcipher3", "reportlab", "cryptography"} <= names
    without = [i.name for i in items if not i.texts or not any(len(text) > 200 for _, text in i.texts)]
    assert without == []


def test_windows_only_dependencies_follow_the_build_platform():
    notices = _notices()
    linux = {i.key for i in notices.bundled({"sys_platform": "linux", "platform_system": "Linux"})}
    assert not any(name.startswith("winrt") for name in linux)


def test_notices_and_sbom_are_written(tmp_path):
    notices = _notices()
    text_path, bom_path = notices.write(tmp_path)
    text = text_path.read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text  # PySide6/shiboken6 ship none themselves
    assert "EUPL-1.2" in text
    bom = json.loads(bom_path.read_text(encoding="utf-8"))
    assert bom["bomFormat"] == "CycloneDX" and bom["specVersion"] == "1.5"
    listed = {c["name"].lower() for c in bom["components"]}
    for item in notices.bundled():
        assert item.name.lower() in listed
    assert all(c.get("purl", "pkg:pypi/").startswith("pkg:pypi/") for c in bom["components"])
    assert bom["metadata"]["component"]["licenses"] == [{"expression": "EUPL-1.2"}]


def test_missing_licence_text_stops_the_build(tmp_path, monkeypatch):
    notices = _notices()
    monkeypatch.setattr(notices, "licence_texts", lambda dist: [])
    try:
        notices.write(tmp_path)
    except SystemExit as exc:
        assert "geen licentietekst" in str(exc)
    else:
        raise AssertionError("a distribution without licence text must stop the build")
