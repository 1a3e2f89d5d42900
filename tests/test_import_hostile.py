"""Hostile and broken import files: each gives a clear Dutch refusal (exit 5) or imports correctly.

Every file runs through the real CLI (``python -m desktop import``) in a subprocess capped at
1 GiB of address space and 30 s of CPU/wall time. After each refusal the vault's logical
content (the ``schakel check`` report, counts included) is unchanged. The corpus figures are
printed (run with ``-s``) for the closing note.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from pathlib import Path

import import_hostile as hostile
import pytest

from desktop.services.imports.importer import ImportRefused
from desktop.services.imports.mapping import check, guess_mapping
from desktop.services.imports.table import read_table

PASS = "correct paard batterij nietje"
CAP_BYTES = 1024 * 1024 * 1024
CAP_SECONDS = 30


def _cap() -> None:  # runs in the child before exec
    resource.setrlimit(resource.RLIMIT_AS, (CAP_BYTES, CAP_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (CAP_SECONDS, CAP_SECONDS))


def schakel(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SCHAKEL_DATA_DIR": str(data_dir), "SCHAKEL_PASSPHRASE": PASS,
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=env, preexec_fn=_cap, timeout=CAP_SECONDS, check=False)


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("hostile-vault")
    assert schakel(data_dir, "init").returncode == 0
    return data_dir


def _state(data_dir: Path) -> str:
    result = schakel(data_dir, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    # Unlocking and checking add audit rows; everything else must stay exactly the same.
    lines = [line for line in result.stdout.splitlines() if not line.startswith("Logboek")]
    return re.sub(r"logboekregels \d+", "", "\n".join(lines))


def _run_one(vault: Path, path: Path, expected: str, before: str | None = None) -> str:
    result = schakel(vault, "import", str(path))
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr
    if expected == "refused":
        assert result.returncode == 5, (path.name, result.returncode, result.stderr)
        assert "geweigerd" in result.stderr
        if before is not None:
            assert _state(vault) == before, path.name
        return "refused"
    assert result.returncode == 0, (path.name, result.stderr)
    assert result.stdout.startswith("Geïmporteerd: ")
    assert "zaken 0," not in _state(vault)
    return "imported"


def _in_process(path: Path) -> str:
    """The same input layer and checks as the CLI, without a subprocess (fast suite)."""
    try:
        table = read_table(path)
    except ImportRefused as exc:
        assert exc.problems[0].message
        return "refused"
    result = check(table, guess_mapping(table.headers))
    return "refused" if result.problems or result.missing else "imported"


def test_hostile_corpus_in_process(tmp_path):
    for name, (_writer, expected) in hostile.CORPUS.items():
        assert _in_process(hostile.make(tmp_path, name)) == expected, name


@pytest.mark.slow
def test_hostile_corpus(vault, tmp_path):
    """Every file through the real CLI under the caps; refusals leave the vault unchanged."""
    outcomes: dict[str, int] = {"refused": 0, "imported": 0}
    before = _state(vault)
    for name, (_writer, expected) in hostile.CORPUS.items():
        if expected == "refused":
            outcomes[_run_one(vault, hostile.make(tmp_path, name), expected, before)] += 1
    for kind, path in hostile.special_paths(tmp_path).items():
        result = schakel(vault, "import", str(path))
        assert result.returncode == 5 and "Traceback" not in result.stderr, kind
        outcomes["refused"] += 1
    assert _state(vault) == before
    for name, (_writer, expected) in hostile.CORPUS.items():
        if expected == "imported":
            outcomes[_run_one(vault, hostile.make(tmp_path, name), expected)] += 1
    print(f"\ncorpus: {sum(outcomes.values())} inputs, {outcomes}, tracebacks 0")


def test_wrong_path_folder_each_have_their_own_words(tmp_path):
    vault = tmp_path / "geen-register"  # a refused file never gets as far as unlocking
    paths = hostile.special_paths(tmp_path)
    missing = schakel(vault, "import", str(paths["missing"])).stderr
    folder = schakel(vault, "import", str(paths["folder"])).stderr
    assert "bestaat niet" in missing and "map" in folder and missing != folder


def test_refusals_name_row_and_column(tmp_path):
    vault = tmp_path / "geen-register"
    result = schakel(vault, "import", str(hostile.make(tmp_path, "nul-cell.csv")))
    assert "rij 3, kolom 'C'" in result.stderr and "NUL" in result.stderr
    result = schakel(vault, "import", str(hostile.make(tmp_path, "formula-no-value.xlsx")))
    assert "formule zonder opgeslagen uitkomst in cel A4" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("name", list(hostile.HEAVY))
def test_heavy_hostile_files(vault, tmp_path, name):
    before = _state(vault)
    _run_one(vault, hostile.make(tmp_path, name, heavy=True), hostile.HEAVY[name][1], before)


def test_unreadable_file_has_its_own_words(tmp_path, monkeypatch):
    """As root every file is readable, so the permission answer is simulated here."""
    import desktop.services.imports.table as table_module

    path = hostile.make(tmp_path, "valid.xlsx")
    monkeypatch.setattr(table_module.os, "access", lambda _p, _mode: False)
    with pytest.raises(ImportRefused) as exc:
        read_table(path)
    assert "geen leesrechten" in exc.value.problems[0].message


def test_ods_two_level_header_from_a_merged_group_cell(tmp_path):
    group = ('<table:table-row><table:table-cell table:number-columns-spanned="2" '
             'office:value-type="string"><text:p>Adres</text:p></table:table-cell>'
             '<table:covered-table-cell/><table:table-cell office:value-type="string">'
             '<text:p>Melding</text:p></table:table-cell></table:table-row>')
    body = group + hostile.ods_rows([["Straat", "Plaats", "Nummer"], ["Fictieweg 1", "Schakeldam", "R-1"]])
    path = tmp_path / "groep.ods"
    hostile.write_ods(path, body)
    table = read_table(path)
    assert table.headers == ["Adres Straat", "Adres Plaats", "Melding Nummer"]
    assert table.rows == [["Fictieweg 1", "Schakeldam", "R-1"]] and table.row_numbers == [3]
