"""ChecklistService on a real SQLCipher register: lists per case, versions, counts, links."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop import paths
from desktop.content.checklists import ChecklistItem
from desktop.domain import model as m
from desktop.domain.checklist_answers import Answer, seen_items
from desktop.policy import Policy
from desktop.resources import forms_dir
from desktop.services.checklists import (
    ChecklistError,
    registers_of,
    seen_by_code,
    seen_by_label,
)
from desktop.services.register import Register

OLD_LABEL = "Structureel zeer lange werkdagen, weinig rust"
NEW_LABEL = "Werkt structureel meer dan 60 uur per week"


def make_case(register, **kw) -> m.Case:
    base = dict(forms={m.Form.LABOUR}, received_on=date(2026, 3, 2),
                reporter_department="Handhaving", observations="Fictieve waarneming.",
                title="Testzaak")
    base.update(kw)
    return register.cases.create(m.Case(**base))


def addresses() -> list[m.Address]:
    return [m.Address(street="Fictieweg", number="1", postcode="9999 XA", place="Schakeldam"),
            m.Address(street="Verzonnenlaan", number="7", postcode="9999 XB", place="Schakeldam")]


def municipality(tmp_path: Path) -> Path:
    """A content dir with LAB version 2 whose first label changed."""
    text = (forms_dir() / "checklists" / "arbeidsuitbuiting.yaml").read_text(encoding="utf-8")
    assert "version: 2\n" in text and OLD_LABEL in text  # bundled is version 2 (issue 15)
    text = text.replace("version: 2\n", "version: 3\n").replace(OLD_LABEL, NEW_LABEL)
    folder = tmp_path / "gemeente" / "checklists"
    folder.mkdir(parents=True)
    (folder / "arbeid_v2.yaml").write_text(text, encoding="utf-8")
    return tmp_path / "gemeente"


def ids(lists) -> list[tuple[str, int | None]]:
    return [(c.id, a.id if a else None) for c, a in lists]


def test_lists_follow_forms_addresses_and_minor(register):
    labour = make_case(register, addresses=addresses())
    a1, a2 = (a.id for a in labour.addresses)
    service = register.checklists
    assert ids(service.lists_for(labour)) == [("GEN", None), ("LAB", None), ("ADR", a1),
                                              ("ADR", a2)]
    criminal = make_case(register, forms={m.Form.CRIMINAL}, minor=m.TriState.UNKNOWN)
    assert ids(service.lists_for(criminal)) == [("GEN", None), ("CRIM", None)]
    criminal.minor = m.TriState.YES
    register.cases.update(criminal)
    assert ids(service.lists_for(criminal)) == [("GEN", None), ("CRIM", None),
                                                ("MELDCODE", None)]


def test_answered_list_stays_visible_when_forms_change(register):
    case = make_case(register, forms={m.Form.SEXUAL})
    register.checklists.answer(case.id, "SEX", "SEX-CTL-01", Answer.SEEN, "wijkteam")
    case.forms = {m.Form.LABOUR}
    register.cases.update(case)
    assert [c.id for c, _ in register.checklists.lists_for(case)] == ["GEN", "SEX", "LAB"]


def test_answer_is_stored_with_version_and_audited_without_note(register):
    case = make_case(register)
    stored = register.checklists.answer(case.id, "LAB", "LAB-WRK-01", "gezien", " handhaving ",
                                        note="Geheime notitie Zoë")
    assert (stored.list_version, stored.seen_by, stored.answer) == (2, "handhaving", Answer.SEEN)
    register.checklists.answer(case.id, "LAB", "LAB-WRK-01", Answer.NOT_SEEN, "handhaving")
    answers = register.checklists.answers(case.id)
    assert [(a.item_id, a.answer) for a in answers] == [("LAB-WRK-01", Answer.NOT_SEEN)]
    entries = [e for e in register.audit_entries(case_id=case.id)
               if e.action == "checklist_beantwoord"]
    assert [e.detail for e in entries] == ["LAB", "LAB"]
    assert not any("Geheime" in e.detail for e in register.audit_entries())


def test_wrong_answers_are_refused(register):
    case = make_case(register, addresses=addresses())
    other = make_case(register, addresses=addresses())
    service = register.checklists
    with pytest.raises(ChecklistError, match="per adres"):
        service.answer(case.id, "ADR", "ADR-BRP-01", Answer.SEEN)
    with pytest.raises(ChecklistError, match="per adres"):
        service.answer(case.id, "ADR", "ADR-BRP-01", Answer.SEEN,
                       address_id=other.addresses[0].id)
    with pytest.raises(ChecklistError, match="niet per adres"):
        service.answer(case.id, "GEN", "GEN-AFH-01", Answer.SEEN,
                       address_id=case.addresses[0].id)
    with pytest.raises(ChecklistError, match="staat niet in versie 2"):
        service.answer(case.id, "GEN", "GEN-XXX-01", Answer.SEEN)
    with pytest.raises(ChecklistError, match="niet \\(meer\\) beschikbaar"):
        service.answer(case.id, "NOPE", "NOPE-AB-01", Answer.SEEN)
    assert service.answers(case.id) == []


def test_answers_survive_a_content_version_change(tmp_path):
    data = tmp_path / "reg"
    data.mkdir()
    key = os.urandom(32)
    reg = Register.open(data, data / paths.VAULT_FILE, key, Policy(), create=True)
    old = make_case(reg)
    reg.checklists.answer(old.id, "LAB", "LAB-WRK-01", Answer.SEEN, "handhaving")
    reg.close()

    reg = Register.open(data, data / paths.VAULT_FILE, key,
                        Policy(content_dir=municipality(tmp_path)))
    try:
        service = reg.checklists
        assert service.catalog.versions("LAB") == [1, 2, 3]
        # the old case keeps v2: shown with v2 labels, and new answers also go into v2
        assert dict((c.id, c.version) for c, _ in service.lists_for(old))["LAB"] == 2
        assert service.answer(old.id, "LAB", "LAB-WRK-02", Answer.SEEN).list_version == 2
        labels = {s.item_id: s.label for _, s in seen_items(service.answers(old.id),
                                                            service.catalog)}
        assert labels["LAB-WRK-01"] == OLD_LABEL
        # a new case uses v3
        new = make_case(reg)
        assert dict((c.id, c.version) for c, _ in service.lists_for(new))["LAB"] == 3
        stored = service.answer(new.id, "LAB", "LAB-WRK-01", Answer.SEEN, "wijkteam")
        assert stored.list_version == 3
        assert [s.label for _, s in seen_items(service.answers(new.id), service.catalog)] == [
            NEW_LABEL]
    finally:
        reg.close()


def test_content_problems_and_cached_service(register, tmp_path):
    folder = tmp_path / "kapot" / "checklists"
    folder.mkdir(parents=True)
    (folder / "stuk.yaml").write_text("id: X\nversion: 1\n", encoding="utf-8")
    register.policy = Policy(content_dir=tmp_path / "kapot")
    assert register.checklists is register.checklists
    problems = register.content_problems
    assert problems and all(p.file.name == "stuk.yaml" for p in problems)


def test_acute_hits(register):
    case = make_case(register, forms={m.Form.SEXUAL}, minor=m.TriState.YES)
    register.checklists.answer(case.id, "SEX", "SEX-CTL-01", Answer.SEEN, "wijkteam")
    register.checklists.answer(case.id, "SEX", "SEX-WRK-05", Answer.NOT_SEEN, "leerplicht")
    assert register.checklists.acute_hits(case.id) == []
    register.checklists.answer(case.id, "SEX", "SEX-WRK-05", Answer.SEEN, "leerplicht")
    assert [h.item_id for h in register.checklists.acute_hits(case.id)] == ["SEX-WRK-05"]


CRIM_SET = [("CRIM-WF-01", "gezien", "wijkteam"), ("CRIM-WF-02", "gezien", "werk_en_inkomen"),
            ("CRIM-WF-04", "gezien", "handhaving"), ("CRIM-LPG-01", "gezien", "wijkteam"),
            ("CRIM-ZLI-01", "gezien", "leerplicht"), ("CRIM-WAS-04", "niet_gezien", "wijkteam"),
            ("CRIM-WAS-03", "onbekend", "")]


def answer_crim_set(register, case_id: int) -> None:
    for item_id, answer, seen_by in CRIM_SET:
        register.checklists.answer(case_id, "CRIM", item_id, answer, seen_by)


def test_matrix_counts(register):
    case = make_case(register, forms={m.Form.CRIMINAL})
    answer_crim_set(register, case.id)
    register.checklists.answer(case.id, "GEN", "GEN-AFH-01", Answer.SEEN, "handhaving")
    matrix = register.checklists.matrix(case.id)
    assert [d for d, _ in matrix.domains] == ["WF", "LPG", "WAS", "ZLI"]
    assert matrix.domains[0][1] == "Wonen & Financiën"
    # "Schulden" is a signal, not an indicator group (seed 001): no column of its own (issue 15)
    assert matrix.groups[:2] == ["Criminaliteit", "Woonomstandigheden"]
    assert "Schulden" not in matrix.groups and "Schulden/Criminaliteit" not in matrix.groups
    assert len(matrix.groups) == 12
    assert {k: len(v) for k, v in matrix.cells.items()} == {
        ("WF", "Criminaliteit"): 2, ("WF", "Woonomstandigheden"): 1,
        ("LPG", "Mishandeling"): 1, ("ZLI", "Onderwijs"): 1}
    assert (matrix.count("WF"), matrix.count("WAS"), matrix.total) == (3, 0, 5)
    assert matrix.domains_with_signals == ["WF", "LPG", "ZLI"]
    assert matrix.groups_with_signals == ["Criminaliteit", "Woonomstandigheden",
                                          "Mishandeling", "Onderwijs"]
    assert matrix.contributors == ["wijkteam", "werk_en_inkomen", "handhaving", "leerplicht"]
    assert matrix.hits("WF", "Criminaliteit")[0].seen_by == "wijkteam"


def test_summary_counts_by_category_form_and_contributor(register):
    case = make_case(register, forms={m.Form.CRIMINAL, m.Form.LABOUR}, minor=m.TriState.YES)
    answer_crim_set(register, case.id)
    service = register.checklists
    service.answer(case.id, "GEN", "GEN-AFH-01", Answer.SEEN, "handhaving")
    service.answer(case.id, "LAB", "LAB-WRK-01", Answer.SEEN, "handhaving")
    service.answer(case.id, "MELDCODE", "MELDCODE-STAP-01", Answer.SEEN, "aandachtsfunctionaris")
    summary = service.summary(case.id)
    assert summary.seen == 7
    assert summary.per_category == {("CRIM", "WF"): 3, ("CRIM", "LPG"): 1, ("CRIM", "ZLI"): 1,
                                    ("GEN", "AFH"): 1, ("LAB", "WRK"): 1}
    # the general signal counts once as general, not under every form (issue 16)
    assert summary.per_form == {m.Form.CRIMINAL: 5, m.Form.LABOUR: 1}
    assert summary.general == 1
    # who saw signals; the meldcode step done by the officer is not a signal
    assert summary.contributors == {"wijkteam": 2, "werk_en_inkomen": 1, "handhaving": 3,
                                    "leerplicht": 1}
    assert summary.steps_done == {"MELDCODE": 1}


def test_address_evidence_links_register_and_flags(register):
    case = make_case(register, addresses=addresses())
    here, there = (a.id for a in case.addresses)
    when = datetime(2026, 3, 3, 10, 0)
    case.enrichments = [
        m.EnrichmentEntry(source=m.EnrichmentSource.BRP, consulted_at=when,
                          result_summary="Veertien personen ingeschreven"),
        m.EnrichmentEntry(source=m.EnrichmentSource.KVK, result_flags=["ADR-BRP-02"],
                          result_summary="Vestigingsadres uitzendbureau"),
        m.EnrichmentEntry(source=m.EnrichmentSource.BAG, subject=f"address:{there}",
                          result_summary="Ander adres"),
        m.EnrichmentEntry(source=m.EnrichmentSource.BAG, subject=f"address:{here}",
                          result_summary="Woonfunctie ontbreekt"),
        m.EnrichmentEntry(source=m.EnrichmentSource.LAA, result_summary="LAA-onderzoek loopt"),
    ]
    register.cases.update(case)
    case = register.cases.get(case.id)
    adr = register.checklists.catalog.get("ADR")
    evidence = register.checklists.address_evidence(case, adr, here)

    def summaries(item_id):
        return [e.result_summary for e in evidence[item_id]]

    assert summaries("ADR-BRP-01") == ["Veertien personen ingeschreven", "Woonfunctie ontbreekt"]
    assert summaries("ADR-BRP-02") == ["Veertien personen ingeschreven",
                                       "Vestigingsadres uitzendbureau"]
    assert summaries("ADR-EXT-01") == ["LAA-onderzoek loopt"]
    assert "Ander adres" in [e.result_summary for e in
                             register.checklists.address_evidence(case, adr, there)["ADR-BRP-01"]]


def test_registers_named_in_text_count_too():
    item = ChecklistItem(id="ADR-XYZ-01", category="XYZ", label="x", explanation="x",
                         register="KvK (Handelsregister) en LAA", enrichment=["BRP"])
    assert registers_of(item) == {m.EnrichmentSource.BRP, m.EnrichmentSource.KVK,
                                  m.EnrichmentSource.LAA}


def test_seen_by_codes_and_labels():
    assert seen_by_code("handhaving en toezicht") == "handhaving"
    assert seen_by_code("Bron: BRP (Basisregistratie Personen)") == "BRP"
    assert seen_by_code("brp") == "BRP"
    assert seen_by_code("  GGD  ") == "GGD"
    assert seen_by_label("wijkteam") == "Wijkteam / sociaal domein"
    assert seen_by_label("GGD") == "GGD"
    assert seen_by_label("BRP", short=True) == "BRP"
    assert seen_by_label("BRP") == "Bron: BRP (Basisregistratie Personen)"


def test_service_imports_no_qt():
    code = ("import sys, desktop.services.checklists, desktop.services.register\n"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
