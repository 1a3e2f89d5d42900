"""The "Logboek" service: filters, Dutch labels, destroyed cases, chain check, PDF."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pypdf
import pytest
from monitor_helpers import add_case

from desktop.domain import labels
from desktop.services.access import audit_report as ar

NAME = "Őrsfictief Kovácsné"


@pytest.fixture
def logged(register):
    a = add_case(register, received=date(2025, 1, 5), observations=f"{NAME} aan de balie")
    b = add_case(register, received=date(2025, 2, 5), closed_on=date(2025, 2, 20),
                 outcome="geen_actie")
    register.cases.record_view(a.id)
    register.links.link(a.id, b.id, "zelfde adres")
    register.retention.purge(today=date(2026, 6, 1))
    return register, a, b


def test_filters_labels_and_destroyed_cases(logged):
    register, a, b = logged
    rows = ar.lines(register)
    assert rows[0].action == "zaak_vernietigd" and rows[0].case_number == ar.DESTROYED
    assert rows == sorted(rows, key=lambda r: -r.id)
    only_a = ar.lines(register, ar.AuditFilter(case_number=a.number))
    assert {r.case_id for r in only_a} == {a.id}
    link = next(r for r in only_a if r.action == "zaken_gekoppeld")
    assert link.label == f"Gekoppeld aan zaak {ar.DESTROYED}"  # b was destroyed since
    views = ar.lines(register, ar.AuditFilter(action="zaak_ingezien"))
    assert [r.case_id for r in views] == [a.id] and views[0].label == "Zaak ingezien"
    today = date.today()
    assert ar.lines(register, ar.AuditFilter(since=today + timedelta(days=1))) == []
    assert len(ar.lines(register, ar.AuditFilter(since=today, until=today))) == len(rows)
    with pytest.raises(ar.UnknownCase):
        ar.lines(register, ar.AuditFilter(case_number="1999-9999"))
    assert "zaak_vernietigd" in ar.actions_present(register)


def test_every_action_in_use_has_a_dutch_label(logged):
    register, *_ = logged
    for code in ar.actions_present(register):
        assert code in labels.AUDIT_ACTION, code


def test_tampered_row_is_reported_with_its_number(logged):
    register, *_ = logged
    assert register.verify_audit().ok
    assert "onafgebroken" in ar.chain_text(register.verify_audit())
    with register.write() as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit_log SET actor = 'iemand-anders' WHERE id = 2")
    report = register.verify_audit()
    assert report.first_break == 2
    text = ar.chain_text(report, ar.break_time(register, report))
    assert "verbroken bij regel 2" in text


def test_pdf_for_the_privacy_officer_has_no_case_content(logged):
    register, a, _b = logged
    pdf = ar.export_pdf(register, ar.AuditFilter(), today=date(2026, 6, 2))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Logboek Schakel" in text and a.number in text and "Zaak ingezien" in text
    assert "onafgebroken" in text
    assert "Őrsfictief" not in text and "balie" not in text
    assert register.audit_entries(action=ar.EXPORT_ACTION)
