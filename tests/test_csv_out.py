"""Every CSV Schakel writes: formula cells neutralised, UTF-8 BOM, ';', 0600, never via a symlink."""

from __future__ import annotations

import csv
import io
import os
import stat
import sys

import pytest

from desktop.cli import main
from desktop.safe_files import SafeFileError
from desktop.services import csv_out
from desktop.services.monitoring import stats, stats_export

HOSTILE = ['=HYPERLINK("http://x.invalid","klik")', "+31 6 1234", "-2+3", "@SUM(A1)",
           "\tTab", "\rCR", "gewoon", "< 5", "'al geciteerd", ""]
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cells(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for Dutch Excel
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))


def test_neutralise_follows_the_owasp_rule():
    assert [csv_out.neutralise(v) for v in HOSTILE] == [
        '\'=HYPERLINK("http://x.invalid","klik")', "'+31 6 1234", "'-2+3", "'@SUM(A1)",
        "'\tTab", "'\rCR", "gewoon", "< 5", "'al geciteerd", ""]
    assert csv_out.neutralise(None) == "" and csv_out.neutralise(-3) == "'-3"


def test_write_csv_is_private_bom_semicolon_and_refuses_symlinks(tmp_path):
    target = tmp_path / "uit.csv"
    csv_out.write_csv(target, [["kop", "waarde"], *[["x", v] for v in HOSTILE]])
    rows = _cells(target.read_bytes())
    assert rows[0] == ["kop", "waarde"]
    assert not any(cell.startswith(FORMULA) for row in rows for cell in row)
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        link = tmp_path / "link.csv"
        os.symlink(tmp_path / "elders.csv", link)
        with pytest.raises(SafeFileError):
            csv_out.write_csv(link, [["a"]], overwrite=True)
        assert not (tmp_path / "elders.csv").exists()
    with pytest.raises(SafeFileError):
        csv_out.write_csv(target, [["a"]])  # no silent overwrite
    csv_out.write_csv(target, [["a"]], overwrite=True)
    assert _cells(target.read_bytes()) == [["a"]]


def test_statistics_csv_neutralises_a_hostile_department(register, tmp_path):
    from import_hostile import HEADER, rows

    from desktop.services.imports.table import read_table

    grid = rows(6)
    for row in grid[1:]:
        row[HEADER.index("afdeling_melder")] = '=HYPERLINK("http://x.invalid","klik")'
        row[HEADER.index("datum_signaal")] = "03-02-2025"
    source = tmp_path / "register.csv"
    source.write_text("\r\n".join(";".join(r) for r in grid), encoding="utf-8")
    table = read_table(source)
    from desktop.services.imports import mapping as im

    assert im.run(register, table, im.guess_mapping(table.headers)).imported == 6
    report = stats.compute(register, 2025)
    target = tmp_path / "stat.csv"
    stats_export.save_csv(report, target)
    rows_out = _cells(target.read_bytes())
    assert len(rows_out) > 3
    assert not any(cell.startswith(FORMULA) for row in rows_out for cell in row)
    text = stats_export.to_csv(report)
    assert not any(cell.startswith(FORMULA) for row in csv.reader(io.StringIO(text), delimiter=";")
                   for cell in row)


def test_stats_cli_csv_goes_through_the_safe_writer(tmp_path, data_dir, monkeypatch, capsys):
    monkeypatch.setenv("SCHAKEL_PASSPHRASE", "correct paard batterij nietje")
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "init"]) == 0
    target = tmp_path / "stats.csv"
    assert main([*base, "stats", "--csv", str(target)]) == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    capsys.readouterr()
    assert main([*base, "stats", "--csv", str(target)]) == 1  # exists: not overwritten silently
    assert "CSV niet geschreven" in capsys.readouterr().err
