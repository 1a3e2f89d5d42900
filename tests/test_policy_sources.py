"""Machine policy only from places an administrator writes (issue 19): registry > file, no env."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop import policy_sources
from desktop.policy import PolicyError, load_policy


class FakeWinreg:
    """Just enough of ``winreg`` for the conversion: keys are dicts of name -> (data, kind)."""

    HKEY_LOCAL_MACHINE = "HKLM"
    KEY_READ = 1
    REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_BINARY = 1, 2, 4, 3

    def __init__(self, tree: dict[str, dict]):
        self.tree = tree

    class _Key:
        def __init__(self, values):
            self.values = values

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def OpenKey(self, parent, name, reserved=0, access=0):  # noqa: N802 - winreg's name
        base = parent.values if isinstance(parent, self._Key) else self.tree
        if name not in base or not isinstance(base[name], dict):
            raise FileNotFoundError(name)
        return self._Key(base[name])

    def EnumValue(self, key, index):  # noqa: N802
        items = [(n, v) for n, v in key.values.items() if isinstance(v, tuple)]
        if index >= len(items):
            raise OSError("no more data")
        name, (data, kind) = items[index]
        return name, data, kind


def _registry(values: dict) -> dict:
    return {policy_sources.REGISTRY_KEY: values}


def test_registry_values_are_read_and_typed():
    w = FakeWinreg
    fake = FakeWinreg(_registry({
        "vergrendelen_na_minuten": (5, w.REG_DWORD), "sleutelbos_toegestaan": (0, w.REG_DWORD),
        "gemeente": ("Gemeente Fictief", w.REG_SZ),
        "bewaartermijnen": {"geen_actie": (12, w.REG_DWORD)},
    }))
    values = policy_sources.read_registry_policy(fake)
    assert values == {"vergrendelen_na_minuten": 5, "sleutelbos_toegestaan": False,
                      "gemeente": "Gemeente Fictief", "bewaartermijnen": {"geen_actie": 12}}


def test_missing_registry_key_is_none():
    assert policy_sources.read_registry_policy(FakeWinreg({})) is None


def test_registry_wins_over_the_machine_file(tmp_path):
    machine = tmp_path / "beleid.toml"
    machine.write_text("vergrendelen_na_minuten = 20\nmax_vergrendelen_na_minuten = 60\ngemeente = 'Bestand'\n")
    policy = load_policy(None, machine_paths=[machine],
                         registry={"vergrendelen_na_minuten": 3, "sleutelbos_toegestaan": False})
    assert policy.idle_lock_minutes == 3 and not policy.allow_keyring
    assert policy.municipality == "Bestand"  # not set in the registry: the file's value stays
    assert policy.sources == (f"bestand {machine}", r"register HKLM\SOFTWARE\Policies\Schakel")


@pytest.mark.parametrize("values, key", [
    ({"vergrendelen_na_minuten": 999}, "vergrendelen_na_minuten"),
    ({"sleutelbos_toegestaan": 7}, "sleutelbos_toegestaan"),
    ({"onbekend": 1}, "onbekend"),
    ({"gemeente": 5}, "gemeente"),
])
def test_invalid_registry_values_are_named_in_dutch(values, key):
    with pytest.raises(PolicyError) as info:
        load_policy(None, machine_paths=[], registry=values)
    assert key in info.value.message and "HKLM" in info.value.message


def test_unsupported_registry_type_is_refused():
    fake = FakeWinreg(_registry({"gemeente": (b"\x00", FakeWinreg.REG_BINARY)}))
    with pytest.raises(PolicyError, match="registertype"):
        load_policy(None, machine_paths=[], registry=policy_sources.read_registry_policy(fake))


def test_environment_variables_cannot_move_the_machine_policy(monkeypatch, tmp_path):
    lax = tmp_path / "Schakel" / "beleid.toml"
    lax.parent.mkdir()
    lax.write_text("wachtwoordzin_verplicht = false\nvergrendelen_na_minuten = 240\n"
                   "max_vergrendelen_na_minuten = 240\n")
    for name in ("PROGRAMDATA", "ALLUSERSPROFILE", "XDG_CONFIG_DIRS", "XDG_CONFIG_HOME", "HOME",
                 "SCHAKEL_POLICY", "APPDATA"):
        monkeypatch.setenv(name, str(tmp_path))
    files = policy_sources.machine_policy_files()
    assert lax not in files
    assert all(not str(p).startswith(str(tmp_path)) for p in files)
    if sys.platform.startswith("linux"):
        assert files == [Path("/etc/schakel/beleid.toml")]


def test_content_folder_refuses_environment_variables(tmp_path, monkeypatch):
    monkeypatch.setenv("INHOUD", str(tmp_path / "lax"))
    machine = tmp_path / "beleid.toml"
    machine.write_text('inhoud_map = "$INHOUD/formulieren"\n')
    with pytest.raises(PolicyError, match="omgevingsvariabelen"):
        load_policy(None, machine_paths=[machine], registry=None)


def test_explicit_policy_refused_for_non_admin_when_machine_policy_exists(tmp_path, monkeypatch):
    machine = tmp_path / "machine.toml"
    machine.write_text("vergrendelen_na_minuten = 5\n")
    lax = tmp_path / "lax.toml"
    lax.write_text("wachtwoordzin_verplicht = false\n")
    monkeypatch.setattr(policy_sources, "is_admin", lambda: False)
    with pytest.raises(PolicyError, match="niet toegestaan"):
        load_policy(lax, machine_paths=[machine], registry=None)
    with pytest.raises(PolicyError, match="niet toegestaan"):
        load_policy(lax, machine_paths=[], registry={"vergrendelen_na_minuten": 5})
    # without a machine policy, --policy stays usable (tests, a stand-alone laptop)
    assert not load_policy(lax, machine_paths=[], registry=None).require_passphrase
    monkeypatch.setattr(policy_sources, "is_admin", lambda: True)
    assert load_policy(lax, machine_paths=[machine], registry=None).idle_lock_minutes == 5


def test_presence_default_follows_keyring():
    assert load_policy(None, machine_paths=[], registry=None).presence_required
    assert not load_policy(None, machine_paths=[], registry={"sleutelbos_toegestaan": 0}).presence_required
    assert not load_policy(None, machine_paths=[], registry={"windows_hello_verplicht": 0}).presence_required
