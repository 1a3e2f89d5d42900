"""Register import: grouping, validation report with row and column, atomicity."""

from __future__ import annotations

import pytest

from desktop.services.imports.importer import ImportRefused, import_csv, plan_import, read_csv

HEADER = ("registratienummer;datum_signaal;omschrijving;vormen;afdeling_melder;persoon_naam;"
          "persoon_rol;persoon_geboortedatum;straat;huisnummer;postcode;plaats;organisatie_naam;kvk_nummer")


def _write(tmp_path, lines, sep=";"):
    path = tmp_path / "register.csv"
    text = "\n".join([HEADER.replace(";", sep), *[line.replace(";", sep) for line in lines]])
    path.write_text("\ufeff" + text, encoding="utf-8")
    return path


def test_rows_grouped_into_cases(tmp_path, register):
    path = _write(tmp_path, [
        "R-1;03-02-2025;Groep aan balie;arbeidsuitbuiting;Burgerzaken;Ștefan Țurcanu;slachtoffer;"
        "12-04-1990;Fictieweg;3;9999 XA;Schakeldam;Snelwerk BV;90001234",
        "R-1;03-02-2025;Groep aan balie;arbeidsuitbuiting;Burgerzaken;Őrs Kovács;verdachte;;"
        "Fictieweg;3;9999 XA;Schakeldam;Snelwerk BV;90001234",
        "R-2;2025-03-10;Jongere met dure spullen;criminele uitbuiting;Leerplicht;;;;;;;;;",
        ";;;;;;;;;;;;;",
    ])
    assert import_csv(register, path) == 2
    first = register.cases.get_by_number("2025-0001")
    assert {p.name for p in first.persons} == {"Ștefan Țurcanu", "Őrs Kovács"}
    assert len(first.addresses) == 1 and len(first.organisations) == 1
    assert register.cases.search("turcanu")[0].number == "2025-0001"


def test_comma_separated_file(tmp_path, register):
    path = _write(tmp_path, ["R-9,01-01-2025,Omschrijving,seksuele uitbuiting,Wijkteam,,,,,,,,,"], sep=",")
    assert import_csv(register, path) == 1


def test_problems_name_row_and_column_and_nothing_is_stored(tmp_path, register):
    path = _write(tmp_path, [
        "R-1;03-02-2025;Goed;arbeid;Burgerzaken;Jan Test;slachtoffer;;;;;;;",
        "R-2;31-02-2025;Slecht;arbeid;Burgerzaken;;;;;;12345;;;",
        "R-3;03-02-2025;;arbeid;;Piet;baas;;;;;;Bedrijf;123",
    ])
    headers, rows = read_csv(path)
    plan = plan_import(headers, rows)
    got = {(p.row, p.column) for p in plan.problems}
    assert got == {(3, "datum_signaal"), (3, "postcode"), (4, "omschrijving"),
                   (4, "afdeling_melder"), (4, "persoon_rol"), (4, "kvk_nummer")}
    with pytest.raises(ImportRefused):
        import_csv(register, path)
    assert register.cases.count() == 0


def test_missing_required_column(tmp_path, register):
    path = tmp_path / "x.csv"
    path.write_text("registratienummer;omschrijving\nR-1;iets\n", encoding="utf-8")
    plan = plan_import(*read_csv(path))
    assert {p.column for p in plan.problems} == {"datum_signaal", "afdeling_melder"}


def test_not_utf8_gives_dutch_message(tmp_path, register):
    path = tmp_path / "x.csv"
    path.write_bytes("registratienummer;naam\nR-1;J\xf6rg\n".encode("latin-1"))
    with pytest.raises(ImportRefused) as info:
        read_csv(path)
    assert "UTF-8" in str(info.value.problems[0])
