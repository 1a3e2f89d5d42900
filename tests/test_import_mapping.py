"""Register import with column mapping: a messy .xlsx and a messy CSV map and import correctly."""

from __future__ import annotations

from datetime import date

import pytest
from monitor_helpers import messy_xlsx, serial  # noqa: F401

from desktop.services.imports import mapping as im
from desktop.services.imports.importer import ImportRefused
from desktop.services.imports.table import read_table, sniff_delimiter


def test_messy_xlsx_maps_and_imports(register, tmp_path):
    path = tmp_path / "register.xlsx"
    messy_xlsx(path)
    table = read_table(path)
    assert table.headers == ["Nr.", "Datum", "Omschrijving", "Afdeling", "Vorm", "Persoon Naam",
                             "Persoon Rol", "Persoon Geb. datum", "Adres Straat", "Adres Huisnr",
                             "Adres PC", "KvK", "Bedrijf"]
    assert table.row_numbers == [4, 6, 7, 8]
    assert table.rows[0][1] == "2024-02-03" and table.rows[0][9] == "3"
    mapping = im.guess_mapping(table.headers)
    assert [mapping.get(i) for i in range(13)] == [
        "registratienummer", "datum_signaal", "omschrijving", "afdeling_melder", "vormen",
        "persoon_naam", "persoon_rol", "persoon_geboortedatum", "straat", "huisnummer",
        "postcode", "kvk_nummer", "organisatie_naam"]
    checked = im.check(table, mapping)
    assert set(checked.refused) == {"R-3"}
    assert checked.cells == {(8, 10): [checked.refused["R-3"][0].message]}
    assert checked.refused["R-3"][0].column == "Adres PC"
    assert checked.importable_cases == 2 and checked.clean_rows == [4, 6, 7]

    progress = []
    report = im.run(register, table, mapping, progress=lambda i, n: progress.append((i, n)))
    assert report.imported == 2 and report.rows == 3 and set(report.refused) == {"R-3"}
    assert progress
    first, second = (register.cases.get_by_number(n) for n in ("2024-0001", "2024-0002"))
    assert {p.name for p in first.persons} == {"Łukasz Wiśniewski", "Őrs Kovács"}
    born = next(p for p in first.persons if p.name.startswith("Ł")).birth_date
    assert born == date(1990, 4, 12) and first.received_on == date(2024, 2, 3)
    assert (first.addresses[0].number, first.organisations[0].kvk) == ("3", "90001234")
    assert second.received_on == date(2024, 3, 1)
    assert second.organisations[0].kvk == "01234567"  # leading zero restored
    assert register.cases.count() == 2


CSV = (
    "Registratienr;Datum melding;Wat is er gezien;Afdeling van de melder;Soort uitbuiting;"
    "Naam betrokkene;BSN;Postcode;Woonplaats\n"
    "A-7;03-02-2024;Groep aan de balie, met één woordvoerder;Burgerzaken;arbeid, seksueel;"
    "Ștefan Țurcanu;111222333;9999 xa;Schakeldam\n"
    ";;;;;;;;\n"
    "A-8;2024-02-30;Slecht, want datum bestaat niet;Wijkteam;arbeid;;;;\n"
)


def test_messy_csv_semicolons_with_commas(register, tmp_path):
    path = tmp_path / "register.csv"
    path.write_text("\ufeff" + CSV, encoding="utf-8")
    assert sniff_delimiter(CSV) == ";"
    table = read_table(path)
    assert table.row_numbers == [2, 4]
    mapping = im.guess_mapping(table.headers)
    assert mapping == {0: "registratienummer", 1: "datum_signaal", 2: "omschrijving",
                       3: "afdeling_melder", 4: "vormen", 5: "persoon_naam", 6: "persoon_bsn",
                       7: "postcode", 8: "plaats"}
    report = im.run(register, table, mapping)
    assert report.imported == 1 and set(report.refused) == {"A-8"}
    case = register.cases.get_by_number("2024-0001")
    assert case.observations == "Groep aan de balie, met één woordvoerder"
    assert {f.value for f in case.forms} == {"arbeid", "seksueel"}
    assert case.addresses[0].postcode == "9999 XA"


def test_windows_1252_csv_is_read(tmp_path):
    path = tmp_path / "ansi.csv"
    path.write_bytes("nr;datum;omschrijving;afdeling\n"
                     "B-1;01-02-2024;Caf\xe9 met kamers;Handhaving\n"
                     .encode("latin-1"))
    table = read_table(path)
    assert table.rows[0][2] == "Café met kamers"


def test_saved_mapping_wins_next_time(register):
    headers = ["Nr", "Datum", "Omschrijving", "Afdeling", "Opmerking"]
    mapping = im.guess_mapping(headers)
    assert 4 not in mapping
    mapping[4] = "persoon_naam"
    del mapping[3]
    im.save_mapping(register, headers, mapping)
    again = im.guess_mapping(["nr", "DATUM", "Opmerking", "Afdeling", "Omschrijving"],
                             im.saved_mapping(register))
    assert again == {0: "registratienummer", 1: "datum_signaal", 2: "persoon_naam",
                     4: "omschrijving"}  # "Afdeling" stays unmapped, as saved
    assert im.missing_required(again) == ["afdeling_melder"]


def test_unmapped_required_field_refuses_and_stores_nothing(register, tmp_path):
    path = tmp_path / "kort.csv"
    path.write_text("nr,datum\nC-1,01-01-2024\n", encoding="utf-8")
    table = read_table(path)
    mapping = im.guess_mapping(table.headers)
    assert im.check(table, mapping).missing == ["omschrijving", "afdeling_melder"]
    with pytest.raises(ImportRefused):
        im.run(register, table, mapping)
    assert register.cases.count() == 0


def test_unreadable_files_are_refused_in_dutch(tmp_path):
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"geen zip")
    with pytest.raises(ImportRefused) as exc:
        read_table(bad)
    assert "beschadigd" in exc.value.problems[0].message
    with pytest.raises(ImportRefused):
        read_table(tmp_path / "oud.xls")
