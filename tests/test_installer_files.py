"""The installer sources and the admin documentation agree with the code (fast checks)."""

from __future__ import annotations

import configparser
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from desktop import policy

ROOT = Path(__file__).resolve().parent.parent
WXS_NS = {"w": "http://wixtoolset.org/schemas/v4/wxs"}
UPGRADE_CODE = "{11EF3DC6-0D39-43A0-BAFC-6B195CC9D5D5}"  # fixed for the life of the product


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"installer_{name}", ROOT / "installer" / name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


make_ico = _load("make_ico.py")
build_py = _load("build.py")


def test_app_icon_has_every_size_windows_uses():
    sizes = make_ico.read_ico_sizes((ROOT / "resources" / "icons" / "schakel.ico").read_bytes())
    assert {16, 24, 32, 48, 256} <= set(sizes), "run: python installer/make_ico.py"


def test_ico_writer_round_trip_and_refusals():
    pngs = [(ROOT / "resources" / "icons" / f"schakel-{s}.png").read_bytes() for s in (256, 16)]
    ico = make_ico.build_ico(pngs)
    assert make_ico.read_ico_sizes(ico) == [16, 256]
    assert ico[-len(pngs[0]):] == pngs[0]  # the PNG is stored as is, largest last
    with pytest.raises(ValueError):
        make_ico.build_ico([b"GIF89a" + bytes(40)])


def _wxs() -> ET.Element:
    return ET.parse(ROOT / "installer" / "windows" / "Schakel.wxs").getroot()


def test_msi_is_per_machine_into_program_files_with_fixed_upgrade_code():
    package = _wxs().find("w:Package", WXS_NS)
    assert package.get("Scope") == "perMachine"
    assert package.get("UpgradeCode") == UPGRADE_CODE
    assert package.get("Version") == "$(var.Version)"
    assert package.find("w:MajorUpgrade", WXS_NS) is not None
    folder = package.find("w:StandardDirectory[@Id='ProgramFiles64Folder']/w:Directory", WXS_NS)
    assert (folder.get("Id"), folder.get("Name")) == ("INSTALLFOLDER", "Schakel")
    files = package.find("w:ComponentGroup[@Directory='INSTALLFOLDER']/w:Files", WXS_NS)
    assert files.get("Include") == r"!(bindpath.App)\**"


def test_msi_has_no_custom_actions_and_a_start_menu_shortcut_to_the_gui():
    root = _wxs()
    for forbidden in ("CustomAction", "Custom", "Binary", "ServiceInstall"):
        assert root.find(f".//w:{forbidden}", WXS_NS) is None, forbidden
    shortcut = root.find(".//w:StandardDirectory[@Id='ProgramMenuFolder']//w:Shortcut", WXS_NS)
    assert shortcut.get("Target") == "[INSTALLFOLDER]Schakel.exe"


def test_build_script_names_the_executables_the_spec_builds(monkeypatch, tmp_path):
    spec_text = (ROOT / "installer" / "schakel.spec").read_text(encoding="utf-8")
    gui, cli = re.search(r'GUI_NAME = "(\w+)" if IS_WIN', spec_text)[1], re.search(
        r'CLI_NAME = "([\w-]+)"', spec_text)[1]
    monkeypatch.setattr(sys, "platform", "win32")
    assert build_py.executable(tmp_path).name == f"{cli}.exe"
    assert build_py.executable(tmp_path, console=False).name == f"{gui}.exe"
    monkeypatch.setattr(sys, "platform", "linux")
    assert build_py.executable(tmp_path).name == "schakel"


def test_linux_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "installer" / "linux" / "schakel.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert (section["Type"], section["Exec"], section["Icon"]) == ("Application", "schakel",
                                                                   "schakel")
    install = (ROOT / "installer" / "linux" / "install.sh").read_text(encoding="utf-8")
    assert "apps/schakel.svg" in install and "bin/schakel" in install


def test_admin_guide_documents_every_policy_key_and_readme_links_it():
    guide = (ROOT / "docs" / "beheer.md").read_text(encoding="utf-8")
    example = (ROOT / "docs" / "beleid.voorbeeld.toml").read_text(encoding="utf-8")
    for key in policy._KNOWN:
        assert f"`{key}`" in guide or f"`[{key}]`" in guide, key
        assert key in example, key
    for topic in ("msiexec /i", "%LOCALAPPDATA%\\Schakel", "--self-test", ".schakelbackup",
                  "Referentiebeheer", "%PROGRAMDATA%\\Schakel\\beleid.toml"):
        assert topic in guide, topic
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Installatie en beheer" in readme and "(docs/beheer.md)" in readme
