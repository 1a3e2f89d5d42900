"""Settings declared once as data (issue 18): undeclared keys and out-of-bounds values are refused."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.services import settings_catalog
from desktop.services.settings_catalog import SettingRefused

ROOT = Path(__file__).resolve().parent.parent


def _keys_used_in_code() -> set[str]:
    """String keys passed to ``.setting(...)``/``.set_setting(...)`` or bound to *_SETTING(S) names."""
    keys: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("setting", "set_setting") and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                keys.add(node.args[0].value)
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id.endswith(("_SETTING", "SETTING"))
                    for t in node.targets) and isinstance(node.value, ast.Constant):
                keys.add(node.value.value)
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "CONTACT_SETTINGS" for t in node.targets):
                keys |= {pair.elts[1].value for pair in node.value.elts}
    return keys


def test_every_setting_the_code_uses_is_declared():
    assert _keys_used_in_code() - set(settings_catalog.BY_KEY) == set()


def test_declared_settings_have_a_label_and_a_valid_default():
    for var in settings_catalog.SETTINGS:
        assert var.label
        if var.default:
            var.check(var.default)


@pytest.mark.parametrize("key, value", [
    ("onbekend", "x"), ("idle_minutes", "0"), ("idle_minutes", "241"), ("idle_minutes", "tien"),
    ("transfer_keep_after_handover", "alles"), ("municipality", "x" * 201), ("officer_name", "a\x00b"),
])
def test_bad_settings_are_refused_in_dutch(key, value):
    with pytest.raises(SettingRefused) as info:
        settings_catalog.check(key, value)
    assert key in info.value.message and "niet opgeslagen" in info.value.message


def test_register_refuses_and_keeps_the_old_value(register):
    register.set_setting("idle_minutes", "15")
    with pytest.raises(SettingRefused):
        register.set_setting("idle_minutes", "999")
    assert register.setting("idle_minutes") == "15"
    assert register.setting("officer_phone") == ""
    assert register.setting("transfer_keep_after_handover") == "stub"  # the declared default
