"""The organisation policy file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.policy import DEFAULT_RETENTION, Policy, PolicyError, load_policy

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "beleid.voorbeeld.toml"


def _write(tmp_path: Path, text: str, name: str = "beleid.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_no_files_gives_the_defaults(tmp_path):
    policy = load_policy(None, machine_paths=[tmp_path / "ontbreekt.toml"])
    assert policy == Policy()
    assert policy.require_passphrase and policy.allow_keyring
    assert policy.idle_lock_minutes == 10
    assert dict(policy.retention) == dict(DEFAULT_RETENTION)


def test_the_shipped_example_is_valid():
    policy = load_policy(EXAMPLE, machine_paths=[])
    assert policy.require_passphrase and policy.allow_keyring
    assert (policy.idle_lock_minutes, policy.max_idle_lock_minutes) == (10, 30)
    assert policy.municipality == "Gemeente Voorbeeld"
    assert policy.retention["overgedragen"] == 60


def test_all_settings_are_read(tmp_path, monkeypatch):
    monkeypatch.setenv("SCHAKEL_TEST_BASE", str(tmp_path / "basis"))
    path = _write(
        tmp_path,
        """
wachtwoordzin_verplicht = false
sleutelbos_toegestaan = false
vergrendelen_na_minuten = 5
max_vergrendelen_na_minuten = 15
standaard_route = "route-west-friesland"
gemeente = "Gemeente Fictief"
inhoud_map = "formulieren"
export_map = "$SCHAKEL_TEST_BASE/exports"

[bewaartermijnen]
geen_actie = 6
eigen_uitkomst = 24
""",
    )
    policy = load_policy(path, machine_paths=[])
    assert not policy.require_passphrase and not policy.allow_keyring
    assert (policy.idle_lock_minutes, policy.max_idle_lock_minutes) == (5, 15)
    assert policy.default_route == "route-west-friesland"
    assert policy.municipality == "Gemeente Fictief"
    assert policy.content_dir == tmp_path / "formulieren"
    assert policy.export_dir == tmp_path / "basis" / "exports"
    assert dict(policy.retention) == {**DEFAULT_RETENTION, "geen_actie": 6, "eigen_uitkomst": 24}


def test_machine_policy_wins_over_explicit_file(tmp_path):
    explicit = _write(tmp_path, "sleutelbos_toegestaan = true\ngemeente = 'A'\n", "eigen.toml")
    machine = _write(tmp_path, "sleutelbos_toegestaan = false\n", "machine.toml")
    policy = load_policy(explicit, machine_paths=[machine])
    assert policy.allow_keyring is False
    assert policy.municipality == "A"


def test_lower_maximum_pulls_unset_idle_time_down(tmp_path):
    path = _write(tmp_path, "max_vergrendelen_na_minuten = 5\n")
    assert load_policy(path, machine_paths=[]).idle_lock_minutes == 5


def test_idle_minutes_respects_the_maximum():
    policy = Policy(idle_lock_minutes=10, max_idle_lock_minutes=30)
    assert policy.idle_minutes() == 10
    assert policy.idle_minutes(120) == 30
    assert policy.idle_minutes(0) == 1


@pytest.mark.parametrize(
    ("text", "key", "fragment"),
    [
        ("sleutelbos_toegestan = false\n", "sleutelbos_toegestan", "onbekende instelling"),
        ("wachtwoordzin_verplicht = 'ja'\n", "wachtwoordzin_verplicht", "true of false"),
        ("vergrendelen_na_minuten = 500\n", "vergrendelen_na_minuten", "1 tot en met 240"),
        ("vergrendelen_na_minuten = 0\n", "vergrendelen_na_minuten", "1 tot en met 240"),
        ("vergrendelen_na_minuten = true\n", "vergrendelen_na_minuten", "geheel getal"),
        (
            "vergrendelen_na_minuten = 90\nmax_vergrendelen_na_minuten = 30\n",
            "vergrendelen_na_minuten",
            "groter dan",
        ),
        ("gemeente = 5\n", "gemeente", "tekst"),
        ("inhoud_map = ''\n", "inhoud_map", "leeg"),
        ("bewaartermijnen = 12\n", "bewaartermijnen", "tabel"),
        ("[bewaartermijnen]\ngeen_actie = 'lang'\n", "bewaartermijnen.geen_actie", "maanden"),
        ("[bewaartermijnen]\ngeen_actie = 0\n", "bewaartermijnen.geen_actie", "tussen 1"),
        ('[bewaartermijnen]\n"Geen Actie" = 12\n', "bewaartermijnen.Geen Actie", "a-z"),
    ],
)
def test_broken_setting_names_file_and_key(tmp_path, text, key, fragment):
    path = _write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_policy(path, machine_paths=[])
    assert info.value.key == key
    assert info.value.message.startswith(f"Beleidsbestand {path}: ")
    assert f"'{key}'" in info.value.message
    assert fragment in info.value.message


def test_invalid_toml_names_file_and_line(tmp_path):
    path = _write(tmp_path, "gemeente = 'Fictief'\nvergrendelen_na_minuten = = 5\n")
    with pytest.raises(PolicyError) as info:
        load_policy(path, machine_paths=[])
    assert str(path) in info.value.message
    assert "geen geldige TOML (regel 2" in info.value.message


def test_missing_explicit_file_is_an_error(tmp_path):
    with pytest.raises(PolicyError) as info:
        load_policy(tmp_path / "weg.toml", machine_paths=[])
    assert "bestaat niet" in info.value.message
    assert not (tmp_path / "weg.toml").exists()


def test_broken_machine_file_is_an_error_too(tmp_path):
    machine = _write(tmp_path, "sleutelbos_toegestaan = nee\n", "machine.toml")
    with pytest.raises(PolicyError) as info:
        load_policy(None, machine_paths=[machine])
    assert str(machine) in info.value.message


def test_policy_is_read_only():
    policy = Policy()
    with pytest.raises(AttributeError):
        policy.allow_keyring = False  # type: ignore[misc]
    with pytest.raises(TypeError):
        policy.retention["geen_actie"] = 1  # type: ignore[index]
