"""Search finds names as an officer types them: folded, prefix, any Latin-script language."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import model as m
from desktop.domain.fold import fold

NAMES = {
    "pl": "Łukasz Wiśniewski", "ro": "Ștefan Țurcanu", "hu": "Őrs Kovács", "tr": "Işıl Yılmaz",
    "cs": "Jiří Dvořák", "pt": "João Gonçalves", "de": "Jürgen Straße", "da": "Søren Ærø",
    "vi": "Nguyễn Thị Hà", "nl": "Ĳsbrand van der Meer", "hr": "Đorđe Petrović",
    "bg": "Bogdana Ŝtereva",
}


@pytest.fixture
def named_register(register):
    for code, name in NAMES.items():
        register.cases.create(m.Case(
            forms={m.Form.UNKNOWN}, received_on=date(2026, 1, 1), reporter_department="Burgerzaken",
            observations=f"Signaal {code}", title=f"taal {code}", persons=[m.Person(name=name)],
            addresses=[m.Address(street="Fictieweg", number="7", postcode="9999 XB")],
            organisations=[m.Organisation(name="Proef BV", kvk="90000042")],
        ))
    return register


@pytest.mark.parametrize(
    "query, code",
    [("lukasz", "pl"), ("wisn", "pl"), ("LUKASZ WISNIEWSKI", "pl"), ("turcanu", "ro"),
     ("stefan", "ro"), ("ors kovacs", "hu"), ("isil yilmaz", "tr"), ("IŞIL", "tr"),
     ("jiri dvorak", "cs"), ("goncalves", "pt"), ("strasse", "de"), ("soren aero", "da"),
     ("nguyen thi ha", "vi"), ("dorde petrovic", "hr"), ("Łukasz", "pl"), ("dvoř", "cs")],
)
def test_folded_prefix_search_finds_name(named_register, query, code):
    titles = [s.title for s in named_register.cases.search(query)]
    assert f"taal {code}" in titles


def test_postcode_and_kvk_search(named_register):
    assert len(named_register.cases.search("9999xb")) == len(NAMES)
    assert len(named_register.cases.search("9999 XB")) == len(NAMES)
    assert len(named_register.cases.search("90000042")) == len(NAMES)


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "*", "(((", "a:b", "NEAR(", "'; DROP"])
def test_fts_syntax_in_user_input_is_harmless(named_register, query):
    named_register.cases.search(query)  # must not raise


def test_fold_maps_special_letters():
    assert fold("Łódź Øre Straße Đakovo Işık Æble Œuvre Þór") == "lodz ore strasse dakovo isik aeble oeuvre thor"
