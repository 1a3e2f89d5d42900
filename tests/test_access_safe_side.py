"""Inzage (AVG art. 15) on the safe side: free text about the case and handovers to the
RIEC/police start removed with the reason prefilled; the report says what it holds."""

from __future__ import annotations

import shutil
import stat

import pytest
from export_cases import OBSERVATION, VICTIM, pdftotext, squash, store_rich_case

from desktop.services.access import report
from desktop.services.access.request import (
    RESTRICTED,
    THIRD_PARTY,
    AccessQuery,
    build_overview,
    find_cases,
)

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def _overview(register):
    store_rich_case(register)
    query = AccessQuery(VICTIM)
    return build_overview(register, query, find_cases(register, query))


def test_free_text_and_security_handovers_start_removed(register):
    overview = _overview(register)
    removals = report.default_removals(overview)
    by_key = {overview.item(k).key.split("/")[1]: r for k, r in removals.items()}
    assert by_key["signaal"].reason == THIRD_PARTY and by_key["signaal"].note
    assert by_key["ontvangers"].reason == RESTRICTED and by_key["ontvangers"].note
    report.check_removals(overview, removals)


def test_report_wording_follows_its_content(register, tmp_path):
    overview = _overview(register)
    removals = report.default_removals(overview)
    dest = tmp_path / "inzage.pdf"
    report.deliver(register, overview, removals, dest, municipality="Oefenwoude")
    text = squash(pdftotext(dest))
    assert OBSERVATION not in text and "RIEC" not in text.split("Over deze verwerking")[1]
    assert "Gegevens over andere personen zijn weggelaten" in text
    assert "wettelijke beperking" in text and "Vrije tekst is opgenomen" not in text
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    kept = {k: r for k, r in removals.items() if "/signaal/" not in k}
    dest2 = tmp_path / "inzage2.pdf"
    report.deliver(register, overview, kept, dest2, municipality="Oefenwoude")
    text = squash(pdftotext(dest2))
    assert OBSERVATION in text and "Vrije tekst is opgenomen" in text


@pytest.mark.parametrize("written", ["Łukasz Wiśniewski", "Wisniewski, Lukasz", "Ł. Wiśniewski",
                                     "ORS KOVACS", "Nguyen Thi Ha", "Henk Meldersma"])
def test_subject_free_text_naming_another_person_starts_removed(register, tmp_path, written):
    case = store_rich_case(register)
    victim = next(p for p in case.persons if p.role.value == "slachtoffer")
    victim.notes = f"Woont samen met {written}"
    register.cases.update(case)
    query = AccessQuery(VICTIM)
    overview = build_overview(register, query, find_cases(register, query))
    removals = report.default_removals(overview, register)
    [notes] = [i for i in overview.items if i.key.endswith("/notes")]
    assert removals[notes.key].reason == THIRD_PARTY
    assert "andere persoon" in removals[notes.key].note
    dest = tmp_path / "inzage.pdf"
    report.deliver(register, overview, removals, dest, municipality="Oefenwoude")
    text = squash(pdftotext(dest))
    assert "Woont samen met" not in text and VICTIM in text
