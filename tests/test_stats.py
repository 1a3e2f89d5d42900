"""Monitoring statistics against a known fixture; "< 5" in every export; survival after purge."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from monitor_helpers import add_case

from desktop.content.departments import load_departments
from desktop.domain import model as m
from desktop.domain.stats_row import StatsRow, partner_category, route_outcomes, shown_count
from desktop.services.monitoring import stats_export
from desktop.services.monitoring.stats import build_report, compute, looks_like_feedback

IV = m.InterventionKind


@pytest.fixture
def known(register):
    """Nine cases in 2025 (six in Q1) and one in 2024; numbers worked out by hand."""
    d = date
    add_case(register, received=d(2025, 1, 10), handovers=[("riec", d(2025, 1, 20)),
             ("zorgcoordinator", d(2025, 1, 25))], feedback_on=d(2025, 1, 17),
             interventions=[(IV.ADMINISTRATIVE, "Pand gesloten"), (IV.CARE, "")])
    add_case(register, received=d(2025, 2, 1), handovers=[("arbeidsinspectie", d(2025, 2, 13))],
             feedback_on=d(2025, 2, 15))
    add_case(register, received=d(2025, 2, 10), forms=(m.Form.LABOUR, m.Form.SEXUAL),
             handovers=[("taskforce_riec", d(2025, 2, 24))], feedback_on=d(2025, 2, 20))
    add_case(register, received=d(2025, 3, 1), department="handhaving ",
             handovers=[("riec", d(2025, 3, 2), "geannuleerd")], closed_on=d(2025, 3, 20),
             outcome="geen_actie")
    add_case(register, received=d(2025, 3, 5), department="Burgerzaken",
             handovers=[("avim", d(2025, 3, 6))])
    add_case(register, received=d(2025, 3, 30), department="Burgerzaken",
             handovers=[("riec", d(2025, 4, 9))])
    add_case(register, received=d(2025, 4, 2), forms=(m.Form.SEXUAL,), department="Wijkteam",
             minor=m.TriState.YES, handovers=[("veilig_thuis", d(2025, 4, 3))])
    add_case(register, received=d(2025, 5, 5), forms=(m.Form.SEXUAL,), department="Wijkteam",
             minor=m.TriState.YES, signal_type=m.SignalType.LOCATION)
    add_case(register, received=d(2025, 8, 1), forms=(m.Form.CRIMINAL,), department="Leerplicht",
             closed_on=d(2025, 8, 10), outcome="ander_fenomeen")
    add_case(register, received=d(2024, 11, 1), forms=(m.Form.ORGAN,))
    return register


def _row(report, table_id, label):
    table = report.table(table_id)
    return table.values[table.rows.index(label)]


def test_counts_per_quarter_match_the_fixture(known):
    r = compute(known, 2025)
    assert r.columns == ["K1", "K2", "K3", "K4", "Totaal"]
    assert r.years == [2024, 2025] and r.live_cases == 10 and r.destroyed_cases == 0
    assert _row(r, "nieuw", "Totaal") == [6, 2, 1, 0, 9]
    assert _row(r, "vorm", "arbeidsuitbuiting") == [6, 0, 0, 0, 6]
    assert _row(r, "vorm", "seksuele uitbuiting") == [1, 2, 0, 0, 3]
    assert _row(r, "vorm", "orgaanverwijdering") == [0, 0, 0, 0, 0]
    deps = load_departments()  # rows are department codes, shown with the list's labels
    assert r.table("afdeling").rows == [deps.label_of(c) for c in
                                        ("handhaving", "burgerzaken", "wijkteam", "leerplicht")]
    assert _row(r, "afdeling", deps.label_of("handhaving")) == [4, 0, 0, 0, 4]
    assert _row(r, "soort", "een locatie of organisatie") == [0, 1, 0, 0, 1]
    assert _row(r, "minderjarig", "ja") == [0, 2, 0, 0, 2]
    assert _row(r, "uitkomst", "Overgedragen aan RIEC") == [3, 0, 0, 0, 3]
    for label, total in (("Overgedragen aan zorgcoördinator", 1),
                         ("Overgedragen aan Arbeidsinspectie", 1),
                         ("Overgedragen aan Veilig Thuis", 1),
                         ("Overgedragen aan andere partner", 1),
                         ("Ander fenomeen", 1), ("Geen actie", 1)):
        assert _row(r, "uitkomst", label)[-1] == total, label
    durations = r.table("doorlooptijd")
    assert durations.values[0] == [10.0, 1.0, None, None, 10.0]  # 1,10,10,12,14 | 1 | all: +1
    assert durations.counts[0] == [5, 1, 0, 0, 6]
    assert durations.values[1][-1] == 10.0 and durations.counts[1][-1] == 3  # 7, 10, 14
    assert _row(r, "interventie", "bestuurlijk")[-1] == 1
    assert _row(r, "interventie_effect", "bestuurlijk")[-1] == 1
    assert _row(r, "interventie_effect", "zorg")[-1] == 0


def test_per_year_columns(known):
    r = compute(known)
    assert r.columns == ["2024", "2025", "Totaal"]
    assert _row(r, "nieuw", "Totaal") == [1, 9, 10]


def test_csv_and_text_suppress_small_counts_but_keep_zero(known):
    r = compute(known, 2025)
    lines = list(csv.reader(io.StringIO(stats_export.to_csv(r)), delimiter=";"))
    assert lines[0] == ["tabel", "rij", "K1", "K2", "K3", "K4", "Totaal"]
    assert ["Nieuwe signalen", "Totaal", "6", "< 5", "< 5", "0", "9"] in lines
    medians = [line for line in lines if line[1] == "Van signaal tot terugkoppeling aan melder"]
    assert medians[0][-1] == "–"  # median over 3 cases is left out
    assert not any(cell in {"1", "2", "3", "4"} for line in lines[1:] for cell in line[2:])
    text = stats_export.to_text(r)
    assert "< 5" in text and "Nieuwe signalen" in text


def test_helpers():
    assert [shown_count(n, True) for n in (0, 1, 4, 5)] == ["0", "< 5", "< 5", "5"]
    assert shown_count(3, False) == "3"
    assert partner_category("taskforce_riec") == "riec"
    assert partner_category("zorgcoordinator") == "zorgcoordinator"
    assert partner_category("politie") == "andere_partner"
    assert route_outcomes(StatsRow("2025-Q1", outcome="afgesloten")) == {"geen_actie"}
    assert route_outcomes(StatsRow("2025-Q1")) == set()
    assert looks_like_feedback("terugkoppeling_melder") and looks_like_feedback("R9")
    assert not looks_like_feedback("terugkoppeling_ontvangen")


def test_statistics_survive_purge(known):
    before = compute(known, 2025)
    result = known.retention.purge(today=date(2026, 9, 1))
    assert len(result.purged) == 2  # the two closed 2025 cases (12-month terms)
    after = compute(known, 2025)
    assert after.destroyed_cases == 2 and after.live_cases == 8
    assert [t.values for t in after.tables] == [t.values for t in before.tables]


def test_free_text_closing_reason_never_reaches_the_statistics(register):
    text = "Doorgezet naar wijkteam Fictiefkwartier"
    handed = add_case(register, received=date(2025, 1, 3), closed_on=date(2025, 2, 1),
                      outcome=text, handovers=[("riec", date(2025, 1, 9))])
    other = add_case(register, received=date(2025, 1, 4), closed_on=date(2025, 2, 1),
                     outcome=text, decision="ander_fenomeen")
    quiet = add_case(register, received=date(2025, 1, 5), closed_on=date(2025, 2, 1),
                     outcome=text)
    schedule = {s.case_id: s for s in register.retention.schedule()}
    assert [schedule[c.id].outcome for c in (handed, other, quiet)] == [
        "overgedragen", "ander_fenomeen", "geen_actie"]
    assert schedule[handed.id].due_on == date(2030, 2, 1)  # 60 months for "overgedragen"
    register.retention.purge(today=date(2031, 1, 1))
    with register.read() as conn:
        stored = [tuple(r) for r in conn.execute("SELECT * FROM stats_record")]
    assert sorted(r[6] for r in stored) == ["ander_fenomeen", "geen_actie", "overgedragen"]
    assert not any(text in str(v) for row in stored for v in row)
    r = compute(register, 2025)
    assert _row(r, "uitkomst", "Ander fenomeen")[-1] == 1
    assert _row(r, "uitkomst", "Geen actie")[-1] == 1


def test_empty_register_gives_zero_tables(register):
    r = compute(register, 2026)
    assert _row(r, "nieuw", "Totaal") == [0, 0, 0, 0, 0]
    assert build_report([], None).columns == ["Totaal"]


def test_jaaroverzicht_pdf_has_tables_and_suppression(known, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    pdf = stats_export.jaaroverzicht_pdf(compute(known, 2025), "Gemeente Oefenwoude",
                                         date(2026, 1, 5))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Jaaroverzicht mensenhandel 2025" in text
    assert "Per vorm van uitbuiting" in text and "< 5" in text
    assert reader.metadata.title == "Jaaroverzicht mensenhandel 2025"


def test_new_service_modules_do_not_import_qt():
    import subprocess
    import sys

    modules = ["desktop.services.monitoring.stats", "desktop.services.monitoring.stats_export",
               "desktop.services.monitoring.retention", "desktop.services.access.request",
               "desktop.services.access.report", "desktop.services.access.audit_report",
               "desktop.services.imports.mapping", "desktop.services.imports.table",
               "desktop.domain.retention", "desktop.domain.stats_row",
               "desktop.store.purge", "desktop.store.stats_repo"]
    code = ("import importlib, sys\n"
            f"for name in {modules!r}:\n    importlib.import_module(name)\n"
            "print(','.join(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_registration_chain_and_adjacent_phenomena_are_counted_and_survive_destruction(register):
    from desktop.domain.registration import Registration
    from desktop.store import stats_repo

    routes = register.routes
    routes.today = lambda: date(2025, 2, 1)
    case = register.cases.create(m.Case(
        forms={m.Form.SEXUAL}, received_on=date(2025, 1, 10), reporter_department="KCC",
        observations="Fictieve waarneming.",
        title="Fictief", persons=[m.Person(role=m.PersonRole.VICTIM, name="Fictief Een"),
                                  m.Person(role=m.PersonRole.VICTIM, name="Fictief Twee")]))
    one, two = (p.id for p in case.persons)
    routes.record_registration(case.id, Registration(one, zvh_on=date(2025, 1, 20)))
    routes.record_consent(case.id, m.ConsentRecord(
        person_id=two, status=m.ConsentStatus.GIVEN, recorded_on=date(2025, 1, 20),
        scope="CoMensha", form=m.ConsentForm.WRITTEN))
    routes.record_registration(case.id, Registration(two, zvh_on=date(2025, 1, 20),
                                                     comensha_on=date(2025, 1, 21)))
    routes.set_adjacent_phenomena(case.id, ["vakantieparken", "zorgfraude"])
    report = compute(register, 2025)
    assert _row(report, "registratie", "Geregistreerd bij het Zorg- en Veiligheidshuis")[-1] == 2
    assert _row(report, "registratie", "Gemeld bij CoMensha")[-1] == 1
    assert _row(report, "verwante_fenomenen", "Vakantieparken (permanente bewoning)")[-1] == 1
    assert _row(report, "verwante_fenomenen", "Drugshandel en drugsproductie")[-1] == 0
    assert _row(report, "afdeling", load_departments().label_of("burgerzaken"))[-1] == 1
    with register.read() as conn:
        row = stats_repo.live_rows(conn, lambda *_: False)[case.id]
    with register.write() as conn:
        stats_repo.insert(conn, row)
        stored = stats_repo.stored_rows(conn)[-1]
    assert (stored.registered_zvh, stored.reported_comensha, stored.phenomena) == (
        2, 1, ("vakantieparken", "zorgfraude"))
