"""The ADMX/ADML templates cover every policy key and nothing else (issue 19)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import policy
from desktop.policy import load_policy

ROOT = Path(__file__).resolve().parent.parent
WIN = ROOT / "installer" / "windows"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def _admx() -> ET.Element:
    return ET.parse(WIN / "Schakel.admx").getroot()


def value_names() -> set[str]:
    names = set()
    for element in _admx().iter():
        name = element.get("valueName")
        if name:
            names.add(name)
        if element.tag.endswith("}list"):
            names.add(element.get("id"))
    return names


def test_every_policy_key_has_a_group_policy_setting():
    assert value_names() == set(policy._KNOWN)


def test_every_setting_writes_under_the_policies_key():
    keys = {e.get("key") for e in _admx().iter() if e.get("key")}
    assert keys and all(k.startswith("SOFTWARE\\Policies\\Schakel") for k in keys)


@pytest.mark.parametrize("language", ["nl-NL", "en-US"])
def test_every_string_and_presentation_is_translated(language):
    admx_text = (WIN / "Schakel.admx").read_text(encoding="utf-8")
    strings = set(re.findall(r"\$\(string\.([A-Za-z0-9_]+)\)", admx_text))
    presentations = set(re.findall(r"\$\(presentation\.([A-Za-z0-9_]+)\)", admx_text))
    adml = ET.parse(WIN / language / "Schakel.adml").getroot()
    have_strings = {s.get("id") for s in adml.iterfind(".//p:stringTable/p:string", NS)}
    have_pres = {s.get("id") for s in adml.iterfind(".//p:presentationTable/p:presentation", NS)}
    assert strings <= have_strings and presentations <= have_pres
    refs = {e.get("refId") for e in adml.iter() if e.get("refId")}
    element_ids = {e.get("id") for e in _admx().iter() if e.get("id") and e.tag.split("}")[1] in
                   ("decimal", "text", "enum", "list", "boolean")}
    assert refs == element_ids


def test_values_as_the_admx_writes_them_are_accepted():
    values = {"wachtwoordzin_verplicht": 1, "sleutelbos_toegestaan": 0, "windows_hello_verplicht": 1,
              "vergrendelen_na_minuten": 5, "max_vergrendelen_na_minuten": 15, "gemeente": "Gemeente Fictief",
              "pdf_versleutelen": "verplicht", "bijlage_max_mb": 20,
              "bewaartermijnen": {"geen_actie": "6"}}
    loaded = load_policy(None, machine_paths=[], registry=values)
    assert loaded.require_passphrase and not loaded.allow_keyring and loaded.idle_lock_minutes == 5
    assert loaded.retention["geen_actie"] == 6 and loaded.municipality == "Gemeente Fictief"
