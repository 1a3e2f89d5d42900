"""Checklist answers: summary counts, the CCV matrix and acute hits on a known answer set."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.content.catalog import load_default_catalog
from desktop.domain.checklist_answers import (
    Answer,
    ChecklistAnswer,
    acute_hits,
    ccv_matrix,
    current_answers,
    summarise,
)
from desktop.domain.model import Form


@pytest.fixture(scope="module")
def catalog():
    catalog, problems = load_default_catalog()
    assert problems == []
    return catalog


def a(list_id: str, item_id: str, answer: str, seen_by: str, address_id: int | None = None):
    return ChecklistAnswer(list_id, 1, item_id, Answer(answer), seen_by, "", address_id)


ANSWERS = [
    a("GEN", "GEN-AFH-01", "gezien", "handhaving"),
    a("CRIM", "CRIM-WF-01", "gezien", "wijkteam"),
    a("CRIM", "CRIM-WF-04", "gezien", "handhaving"),
    a("CRIM", "CRIM-ZLI-01", "gezien", "leerplicht"),
    a("CRIM", "CRIM-LPG-03", "niet_gezien", "wijkteam"),
    a("SEX", "SEX-WRK-05", "gezien", "leerplicht"),
    a("MELDCODE", "MELDCODE-STAP-01", "gezien", "AF"),
    a("ADR", "ADR-BRP-01", "gezien", "BRP", address_id=1),
    a("ADR", "ADR-BRP-01", "gezien", "BRP", address_id=2),
    a("LAB", "LAB-WRK-01", "gezien", "handhaving"),
    a("LAB", "LAB-WRK-01", "niet_gezien", "handhaving"),  # later answer replaces the first
    a("LAB", "LAB-XYZ-99", "onbekend", "wijkteam"),  # not in the catalog
]


def test_summary_counts(catalog):
    summary = summarise(ANSWERS, catalog)
    assert summary.seen == 7
    assert summary.answered == {Answer.SEEN: 8, Answer.NOT_SEEN: 2, Answer.UNKNOWN: 1}
    assert summary.per_list == {"GEN": 1, "CRIM": 3, "SEX": 1, "ADR": 2, "MELDCODE": 1}
    assert summary.steps_done == {"MELDCODE": 1}
    assert summary.per_category == {
        ("GEN", "AFH"): 1,
        ("CRIM", "WF"): 2,
        ("CRIM", "ZLI"): 1,
        ("SEX", "WRK"): 1,
        ("ADR", "BRP"): 2,
    }
    assert summary.category_titles[("CRIM", "WF")] == "Wonen & Financiën"
    # the general signal counts once as general, not under every form (issue 16)
    assert summary.per_form == {Form.SEXUAL: 1, Form.LABOUR: 2, Form.CRIMINAL: 3}
    assert summary.general == 1
    assert summary.contributors == {
        "handhaving": 2,
        "wijkteam": 1,
        "leerplicht": 2,
        "AF": 1,
        "BRP": 2,
    }
    assert [u.item_id for u in summary.unresolved] == ["LAB-XYZ-99"]
    assert not hasattr(summary, "score")


def test_ccv_matrix_counts_only_seen_crim_items(catalog):
    assert ccv_matrix(ANSWERS, catalog) == {
        ("WF", "Schulden"): [
            ("CRIM-WF-01", 'Plotselinge of hoge schulden, "straatschuld"', "wijkteam")
        ],
        ("WF", "Woonomstandigheden"): [
            ("CRIM-WF-04", "Woning gebruikt voor kweek, opslag of dealen", "handhaving")
        ],
        ("ZLI", "Onderwijs"): [
            ("CRIM-ZLI-01", "Schoolverzuim, uitval of leerachterstand", "leerplicht")
        ],
    }


def test_acute_hits(catalog):
    hits = acute_hits(ANSWERS, catalog)
    assert [(h.item_id, h.label, h.seen_by) for h in hits] == [
        ("SEX-WRK-05", "Minderjarige in seksuele dienstverlening", "leerplicht")
    ]
    not_seen = [a("ORG", "ORG-VRH-02", "onbekend", "wijkteam")]
    assert acute_hits(not_seen, catalog) == []


def test_answers_accept_stored_codes_and_reject_unknown_ones():
    answer = ChecklistAnswer("GEN", 1, "GEN-AFH-01", "niet_gezien", "wijkteam", "")
    assert answer.answer is Answer.NOT_SEEN
    assert [x.value for x in Answer] == ["gezien", "niet_gezien", "onbekend"]
    with pytest.raises(ValueError):
        ChecklistAnswer("GEN", 1, "GEN-AFH-01", "misschien", "wijkteam", "")


def test_current_answers_keep_one_per_item_and_address():
    current = current_answers(ANSWERS)
    assert len(current) == len(ANSWERS) - 1
    assert [x.answer for x in current if x.item_id == "LAB-WRK-01"] == [Answer.NOT_SEEN]


def test_content_and_answer_modules_import_no_qt():
    code = (
        "import sys, desktop.content.catalog, desktop.content.check, "
        "desktop.domain.checklist_answers; assert 'PySide6' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
