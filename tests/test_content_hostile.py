"""Hostile and broken content files: clear Dutch problems with file and line, bounded time and
memory, and a broken municipal file is skipped (the shipped content keeps working)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.content.checklist_file import parse_checklist_file
from desktop.content.profile_catalog import parse_profile_file
from desktop.content.route_catalog import parse_route_file
from desktop.content.yamlload import ContentFileError, load_with_lines

PASS = "correct paard batterij nietje"
LEVELS = "abcdefgh"
LAUGHS = "a: &a [" + ",".join(['"xxxxxxxxxx"'] * 10) + "]\n" + "".join(
    f"{b}: &{b} [" + ",".join([f"*{a}"] * 10) + "]\n" for a, b in zip(LEVELS, LEVELS[1:], strict=False))
HOSTILE = {
    "laughs.yaml": (LAUGHS, "te veel onderdelen"),
    "recursive.yaml": ("a: &a [1, *a]\n", "verwijst naar zichzelf"),
    "python-name.yaml": ("id: !!python/name:os.system\n", "niet toegestaan"),
    "python-apply.yaml": ("id: !!python/object/apply:os.system [\"echo x\"]\n", "niet toegestaan"),
    "custom-tag.yaml": ("id: !geheim x\n", "niet toegestaan"),
    "deep.yaml": ("a:\n" + "".join("  " * i + "- \n" for i in range(1, 60)), "te diep"),
    "flow-deep.yaml": ("a: " + "[" * 2000 + "]" * 2000 + "\n", "genest"),
    "list-key.yaml": ("? [a, b]\n: c\n", "gewone tekst"),
    "bad-date.yaml": ("id: x\nop: 2025-02-30\n", "ongeldige datum"),
    "two-docs.yaml": ("id: x\n---\nid: y\n", "meer dan één document"),
    "not-utf8.yaml": ("id: \udcff\n", "UTF-8"),
    "empty.yaml": ("", "leeg"),
}


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    return path


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_yaml_gives_a_dutch_problem_with_file_and_line(tmp_path, name):
    text, words = HOSTILE[name]
    path = _write(tmp_path, name, text)
    with pytest.raises(ContentFileError) as exc:
        load_with_lines(path)
    assert words in exc.value.problem.message
    assert exc.value.problem.file == path
    for parse in (parse_checklist_file, parse_route_file, parse_profile_file):
        assert parse(path).problems  # skipped with a problem, never an exception


def test_big_file_is_refused_before_parsing(tmp_path):
    items = "".join(f"  - id: item-{i}\n    tekst: Vraag {i}\n" for i in range(60_000))
    path = _write(tmp_path, "groot.yaml", "id: groot\nitems:\n" + items)
    with pytest.raises(ContentFileError) as exc:
        load_with_lines(path)
    assert "te groot" in exc.value.problem.message


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=15), st.sampled_from(["id", "version", "items", "ja", "2025-01-01"]))
KEYS = st.sampled_from(["id", "version", "title", "items", "steps", "sections", "fields", "label",
                        "type", "next", "forms", "optional_fields", "layout", "recipient", "options"])
DATA = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.one_of(KEYS, st.integers()), inner, max_size=6)),
    max_leaves=25)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=DATA)
def test_fuzz_structured_content_never_crashes(tmp_path, data):
    path = _write(tmp_path, "fuzz.yaml", yaml.safe_dump(data, allow_unicode=True))
    for parse in (parse_checklist_file, parse_route_file, parse_profile_file):
        parse(path)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"#\n ,?%@`\t1")), max_size=120))
def test_fuzz_yaml_text_gives_data_or_a_dutch_problem(tmp_path, text):
    path = _write(tmp_path, "fuzz.yaml", text)
    try:
        load_with_lines(path)
    except ContentFileError as exc:
        assert exc.problem.message and exc.problem.file == path


# -- a broken municipal content folder -----------------------------------------------------------
def _municipal(tmp_path: Path) -> Path:
    content = tmp_path / "inhoud"
    for sub, name, text in (("checklists", "laughs.yaml", LAUGHS),
                            ("routes", "recursive.yaml", "id: &a [*a]\n"),
                            ("exports", "tag.yaml", "id: !!python/name:os.system\n")):
        (content / sub).mkdir(parents=True, exist_ok=True)
        _write(content / sub, name, text)
    return content


def test_broken_municipal_files_are_skipped_and_reported(tmp_path):
    from desktop import paths
    from desktop.policy import Policy
    from desktop.services.content_warnings import skipped_content, warning_lines
    from desktop.services.register import Register

    data = tmp_path / "reg"
    data.mkdir()
    register = Register.open(data, data / paths.VAULT_FILE, os.urandom(32),
                             Policy(content_dir=_municipal(tmp_path)), create=True)
    try:
        problems = skipped_content(register)
        assert {p.file.name for p in problems} == {"laughs.yaml", "recursive.yaml", "tag.yaml"}
        assert register.routes.selectable()  # the shipped routes still load
        lines = warning_lines(problems)
        assert lines[0].startswith("3 inhoudsbestand(en)") and "forms check" in lines[0]
    finally:
        register.close()


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    resource.setrlimit(resource.RLIMIT_CPU, (30, 30))


def _schakel(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SCHAKEL_DATA_DIR": str(data_dir), "SCHAKEL_PASSPHRASE": PASS}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=env, preexec_fn=_cap, timeout=60, check=False)


def test_forms_check_reports_hostile_folder_with_exit_5(tmp_path):
    folder = tmp_path / "inhoud" / "checklists"
    folder.mkdir(parents=True)
    for name, (text, _words) in HOSTILE.items():
        _write(folder, name, text)
    result = _schakel(tmp_path / "data", "forms", "check", str(tmp_path / "inhoud"))
    assert result.returncode == 5, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "laughs.yaml:1" in result.stdout and "python-name.yaml:1" in result.stdout


def test_export_works_with_a_broken_municipal_folder_and_warns(tmp_path):
    data = tmp_path / "data"
    policy = tmp_path / "beleid.toml"
    policy.write_text(f'inhoud_map = "{_municipal(tmp_path).as_posix()}"\n', encoding="utf-8")
    assert _schakel(data, "init").returncode == 0
    assert _schakel(data, "demo", "--cases", "3").returncode == 0
    number = _schakel(data, "search", "a").stdout.split()[0]
    out = tmp_path / "riec.pdf"
    result = _schakel(data, "--policy", str(policy), "export", number, "--profile", "riec",
                      "--out", str(out))
    assert "Traceback" not in result.stderr
    assert "inhoudsbestand(en) van de gemeente overgeslagen" in result.stderr
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
