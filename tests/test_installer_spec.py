"""The PyInstaller spec (installer/schakel.spec) ships everything the app loads at run time.

The spec is executed with stand-ins for PyInstaller's Analysis/PYZ/EXE/COLLECT that record
their arguments, so these checks read the real datas, hidden imports and filters without
building anything (the build itself is tests/test_frozen_build.py, marker ``frozen``).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path, PurePosixPath
from types import SimpleNamespace

import pytest

from desktop import resources
from desktop.pdf import fonts
from desktop.vault.keyring_slot import ALLOWED_BACKEND_CLASSES

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "schakel.spec"


def _run_spec() -> SimpleNamespace:
    calls: dict = {"EXE": []}

    class Analysis:
        def __init__(self, scripts, **kwargs):
            calls["Analysis"] = {"scripts": scripts, **kwargs}
            self.scripts, self.pure, self.binaries = [], [], []
            self.datas = [(f"{dest}/{Path(src).name}", src, "DATA")
                          for src, dest in kwargs["datas"]]

    def record(name):
        def stub(*args, **kwargs):
            calls.setdefault(name, []).append({"args": args, **kwargs})
            return SimpleNamespace(name=name)
        return stub

    namespace = {"SPECPATH": str(SPEC.parent), "Analysis": Analysis, "PYZ": record("PYZ"),
                 "EXE": record("EXE"), "COLLECT": record("COLLECT"), "BUNDLE": record("BUNDLE")}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return SimpleNamespace(ns=namespace, calls=calls)


@pytest.fixture(scope="module")
def spec() -> SimpleNamespace:
    return _run_spec()


@pytest.fixture(scope="module")
def bundled(spec) -> set[str]:
    """Destination paths (below _internal/) of every data file the spec ships."""
    return {f"{dest}/{Path(src).name}" for src, dest in spec.calls["Analysis"]["datas"]}


def _repo_files(folder: str, pattern: str = "**/*") -> set[str]:
    return {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).glob(pattern)
            if p.is_file() and "__pycache__" not in p.parts}


def test_build_is_onedir_without_upx(spec):
    assert spec.calls["EXE"], "no executable defined"
    for exe in spec.calls["EXE"]:
        assert exe["exclude_binaries"] is True  # onefile would pack binaries into the EXE
        assert exe["upx"] is False
        assert exe["contents_directory"] == "_internal"
    (collect,) = spec.calls["COLLECT"]
    assert collect["name"] == "Schakel"


def test_every_bundled_content_and_resource_file_is_shipped(bundled):
    expected = (_repo_files("forms", "**/*.yaml") | _repo_files("exports", "**/*.yaml")
                | {f for f in _repo_files("resources") if not f.endswith(".ts")})  # .ts: compiled to .qm
    assert expected, "no content found"
    assert expected <= bundled, sorted(expected - bundled)
    assert {"resources/translations/qtbase_nl.qm", "resources/translations/qtbase_en.qm"} <= bundled


def test_package_data_inside_desktop_is_shipped(bundled):
    non_python = {f for f in _repo_files("desktop") if not f.endswith((".py", ".pyc", ".pyi"))}
    assert "desktop/store/schema_v1.sql" in non_python
    assert non_python <= bundled, sorted(non_python - bundled)


def test_every_font_the_pdf_layer_registers_is_shipped(bundled):
    for file_name in fonts._FILES.values():
        assert f"resources/fonts/{file_name}" in bundled


def _trees(needle: str) -> list[ast.AST]:
    """Syntax trees of the desktop/ modules whose text contains ``needle``."""
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "desktop").rglob("*.py")]
    return [ast.parse(text) for text in texts if needle in text]


def _resource_path_literals() -> set[tuple[str, ...]]:
    """Constant argument tuples of every resource_path(...) call in desktop/."""
    found = set()
    for tree in _trees("resource_path("):
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "resource_path"
                    and all(isinstance(a, ast.Constant) for a in node.args)):
                found.add(tuple(a.value for a in node.args))
    return found


def test_every_literal_resource_path_is_shipped(bundled):
    literals = _resource_path_literals()
    assert ("styles", "schakel.qss") in literals
    folders = {str(PurePosixPath(p).parent) for p in bundled}
    for parts in literals:
        target = "/".join(("resources", *parts))
        assert target in bundled or target in folders, target


def test_sources_are_found_relative_to_the_spec(spec, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # the spec must not depend on the working directory
    again = _run_spec()
    assert again.calls["Analysis"]["datas"] == spec.calls["Analysis"]["datas"]
    for src, _dest in spec.calls["Analysis"]["datas"]:
        assert Path(src).is_absolute() and Path(src).is_file(), src
    assert [Path(s) for s in spec.calls["Analysis"]["scripts"]] == [
        ROOT / "installer" / "schakel_main.py"]


def test_keyring_backends_and_lazy_imports_are_hidden_imports(spec):
    hidden = set(spec.calls["Analysis"]["hiddenimports"])
    for class_path in ALLOWED_BACKEND_CLASSES:
        if class_path.startswith("keyring.backends."):
            assert class_path.rsplit(".", 1)[0] in hidden, class_path
    assert {"keyring.backends.chainer", "keyring.backends.fail", "zxcvbn"} <= hidden


def _qt_modules_used() -> set[str]:
    """Every ``PySide6.X`` module imported anywhere in desktop/ (also inside functions)."""
    pattern = re.compile(r"^\s*(?:from|import)\s+(PySide6\.\w+)", re.M)
    return {m for p in (ROOT / "desktop").rglob("*.py")
            for m in pattern.findall(p.read_text(encoding="utf-8"))}


def test_excluded_qt_modules_are_not_used_by_the_app(spec):
    used = _qt_modules_used()
    assert {"PySide6.QtCore", "PySide6.QtWidgets"} <= used
    excluded = set(spec.calls["Analysis"]["excludes"])
    assert "PySide6.QtNetwork" in excluded
    assert not used & excluded, sorted(used & excluded)


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtbase_nl.qm", False),  # shipped in resources/translations
    ("PySide6/translations/qt_help_fr.qm", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/plugins/imageformats/qpdf.dll", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/opengl32sw.dll", False),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt6Network.dll", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt6Widgets.dll", True),
    ("sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so", True),
    ("resources/translations/qtbase_nl.qm", True),
])
def test_collected_file_filter(spec, dest, kept):
    assert spec.ns["keep_collected"](dest) is kept


def test_data_root_uses_the_frozen_contents_folder(monkeypatch, tmp_path):
    internal = tmp_path / "Schakel" / "_internal"
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    resources.data_root.cache_clear()
    try:
        assert resources.forms_dir() == internal / "forms"
        assert resources.resource_path("fonts", "DejaVuSans.ttf") == (
            internal / "resources" / "fonts" / "DejaVuSans.ttf")
    finally:
        monkeypatch.delattr(sys, "_MEIPASS")
        resources.data_root.cache_clear()
    assert resources.forms_dir() == ROOT / "forms"
