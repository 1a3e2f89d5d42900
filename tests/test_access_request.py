"""Inzageverzoek: folded/fuzzy search, review with reasons, PDF without removed items, logging."""

from __future__ import annotations

import io
import json
from datetime import date

import pypdf
import pytest
from monitor_helpers import add_case

from desktop.domain import model as m
from desktop.domain.validation import ValidationFailed
from desktop.services.access import report
from desktop.services.access.request import (
    OTHER,
    THIRD_PARTY,
    AccessQuery,
    build_overview,
    find_cases,
)

SUBJECT = "Łukasz Wiśniewski"
THIRD = "Ștefan Țurcanu"
REPORTER = "Janfictief Melderman"


@pytest.fixture
def cases(register):
    both = add_case(
        register, received=date(2025, 3, 2), reporter_name=REPORTER,
        observations=f"{THIRD} bracht {SUBJECT} elke ochtend naar de kas.",
        persons=[m.Person(role=m.PersonRole.VICTIM, name=SUBJECT, birth_date=date(1990, 4, 12),
                          bsn="111222333", nationality="Pools", notes="Spreekt weinig Nederlands"),
                 m.Person(role=m.PersonRole.PERPETRATOR, name=THIRD)],
        handovers=[("zorgcoordinator", date(2025, 3, 9))])
    by_bsn = add_case(register, received=date(2025, 6, 1),
                      persons=[m.Person(name="L. W.", bsn="111222333")])
    in_text = add_case(register, received=date(2025, 7, 1),
                       observations="Buurman noemde een Lukasz Wisniewski als bewoner.")
    add_case(register, received=date(2025, 8, 1), persons=[m.Person(name="Lucas Wessels")])
    return both, by_bsn, in_text


def _pdf_text(path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_finds_folded_fuzzy_bsn_and_text_matches(register, cases):
    both, by_bsn, in_text = cases
    found = find_cases(register, AccessQuery("Lukasz Wisniewski", date(1990, 4, 12), "111222333"))
    ids = [mt.case_id for mt in found]
    assert set(ids) == {both.id, by_bsn.id, in_text.id}
    first = next(mt for mt in found if mt.case_id == both.id)
    assert first.person_ids == [both.persons[0].id]  # not the other person in the case
    assert next(mt for mt in found if mt.case_id == by_bsn.id).person_ids == [by_bsn.persons[0].id]
    assert next(mt for mt in found if mt.case_id == in_text.id).person_ids == []
    assert find_cases(register, AccessQuery("Wisniewski Lukasz"))[0].case_id == both.id
    assert find_cases(register, AccessQuery("Pieter Jansen")) == []


def test_overview_holds_only_the_subject_and_starts_with_third_party_removed(register, cases):
    both, *_ = cases
    matches = find_cases(register, AccessQuery("Lukasz Wisniewski"))
    overview = build_overview(register, AccessQuery("Lukasz Wisniewski"), matches)
    values = [i.value for i in overview.for_case(both.id)]
    assert SUBJECT in values and THIRD not in values and "111222333" in values
    defaults = report.default_removals(overview)
    removed = [overview.item(k).value for k in defaults]
    assert REPORTER in removed
    observations = next(i for i in overview.items if i.key.endswith("/observations")
                        and i.case_id == both.id)
    assert observations.caution


def test_reviewed_pdf_omits_removed_items_and_logs_reasons(register, cases, tmp_path):
    both, by_bsn, in_text = cases
    query = AccessQuery("Lukasz Wisniewski", bsn="111222333")
    overview = build_overview(register, query, find_cases(register, query))
    removals = report.default_removals(overview)
    obs_key = f"{both.id}/signaal/0/observations"
    removals[obs_key] = report.Removal(THIRD_PARTY, "noemt de mogelijke dader")
    with pytest.raises(ValidationFailed):
        report.check_removals(overview, {obs_key: report.Removal(OTHER)})
    dest = tmp_path / "inzage.pdf"
    delivery = report.deliver(register, overview, removals, dest, municipality="Oefenwoude")
    text = _pdf_text(dest)
    assert SUBJECT in text and "Spreekt weinig Nederlands" in text
    assert THIRD not in text and REPORTER not in text and "naar de kas" not in text
    assert "Zaak " + both.number in text
    with register.read() as conn:
        row = conn.execute("SELECT profile, recipient, case_ids, fields_out, sha256 FROM export_log"
                           " WHERE id = ?", (delivery.log_id,)).fetchone()
    assert row["profile"] == "inzageverzoek"
    assert sorted(int(c) for c in row["case_ids"].split(",")) == sorted(
        [both.id, by_bsn.id, in_text.id])
    logged = {f["key"]: f for f in json.loads(row["fields_out"])}
    assert set(logged) == set(removals)
    assert logged[obs_key]["reason_code"] == THIRD_PARTY
    assert "noemt de mogelijke dader" in logged[obs_key]["reason"]
    assert all(f["reason"] for f in logged.values())
    audited = [e for e in register.audit_entries(action="inzageverzoek_verstrekt")]
    assert sorted(e.case_id for e in audited) == sorted([both.id, by_bsn.id, in_text.id])
    assert all(e.detail == "inzageverzoek" for e in audited)
    assert row["sha256"] == delivery.sha256


def test_failed_write_logs_nothing(register, cases, tmp_path):
    query = AccessQuery("Lukasz Wisniewski")
    overview = build_overview(register, query, find_cases(register, query))
    with pytest.raises(OSError):
        report.deliver(register, overview, {}, tmp_path / "missing" / "x.pdf")
    with register.read() as conn:
        assert conn.execute("SELECT count(*) FROM export_log").fetchone()[0] == 0


def test_the_subjects_own_address_and_phone_are_in_the_overview(register):
    case = add_case(
        register, received=date(2025, 3, 2),
        addresses=[m.Address(street="Fictieweg", number="3", postcode="9990 XA", place="Schakeldam")],
        persons=[m.Person(role=m.PersonRole.VICTIM, name=SUBJECT, address_ref=0),
                 m.Person(role=m.PersonRole.PERPETRATOR, name=THIRD)],
        identifiers=[m.Identifier(kind=m.IdentifierKind.PHONE, value="0612345678", person_ref=0),
                     m.Identifier(kind=m.IdentifierKind.PHONE, value="0687654321", person_ref=1)])
    query = AccessQuery(SUBJECT)
    overview = build_overview(register, query, find_cases(register, query))
    mine = {(i.label, i.value) for i in overview.for_case(case.id)}
    assert ("Verblijft op", "Fictieweg 3, 9990 XA Schakeldam") in mine
    assert ("Telefoonnummer", "0612345678") in mine
    assert "0687654321" not in {value for _label, value in mine}  # the other person's number
