"""The Checklists tab: keyboard answering, filter, acute guidance, CCV matrix, risk address."""

from __future__ import annotations

import os
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.domain import model as m
from desktop.domain.checklist_answers import Answer
from desktop.policy import Policy
from desktop.resources import forms_dir
from desktop.services.register import Register
from desktop.ui.checklists.checklist_tab import ChecklistTab

OLD_LABEL = "Structureel zeer lange werkdagen, weinig rust"
NEW_LABEL = "Werkt structureel meer dan 60 uur per week"


def make_case(register, **kw) -> m.Case:
    base = dict(forms={m.Form.LABOUR}, received_on=date(2026, 3, 2),
                reporter_department="Handhaving", observations="Fictieve waarneming.",
                title="Testzaak")
    base.update(kw)
    return register.cases.create(m.Case(**base))


def open_tab(qtbot, register, case_id: int) -> ChecklistTab:
    tab = ChecklistTab(register, case_id)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    return tab


def focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def stored(register, case_id: int) -> dict[str, tuple[Answer, str, str]]:
    return {a.item_id: (a.answer, a.seen_by, a.note) for a in register.checklists.answers(case_id)}


def test_answer_with_the_keyboard_only(qtbot, register):
    case = make_case(register)
    tab = open_tab(qtbot, register, case.id)
    tab.select("GEN")
    view = tab.panel.view
    focus(qtbot, view)
    assert tab.panel.current_item_id() == "GEN-AFH-01"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert tab.panel.current_item_id() == "GEN-AFH-02"
    qtbot.keyClick(view, Qt.Key.Key_G)  # "gezien door" prefilled from the signal's department
    assert stored(register, case.id)["GEN-AFH-02"] == (Answer.SEEN, "handhaving", "")
    tab.panel.seen_by.lineEdit().clear()
    # Tab to "gezien door", type, Enter: saved, and back in the list
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (tab.panel.seen_by, tab.panel.seen_by.lineEdit())
    qtbot.keyClicks(QApplication.focusWidget(), "Leerplicht")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert stored(register, case.id)["GEN-AFH-02"] == (Answer.SEEN, "leerplicht", "")
    assert view.hasFocus()
    # Tab twice to the note
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.panel.note
    qtbot.keyClicks(tab.panel.note, "Fictieve notitie")
    qtbot.keyClick(tab.panel.note, Qt.Key.Key_Return)
    assert stored(register, case.id)["GEN-AFH-02"] == (Answer.SEEN, "leerplicht",
                                                       "Fictieve notitie")
    # number keys and Space on the next item
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert stored(register, case.id)["GEN-AFH-03"][0] == Answer.NOT_SEEN
    qtbot.keyClick(view, Qt.Key.Key_Down)
    cycle = []
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Space)
        cycle.append(stored(register, case.id)["GEN-AFH-04"][0])
    assert cycle == [Answer.SEEN, Answer.NOT_SEEN, Answer.UNKNOWN]
    # the model shows it, the selector counts it
    assert "2 gezien" not in tab.selector.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert tab.selector.item(0).data(Qt.ItemDataRole.AccessibleTextRole).endswith("1 gezien")


def test_rows_keep_their_height_and_onbekend_clears(qtbot, register):
    """Issue 16: a note must not make its row taller (the next click would hit another item);
    "gezien door" is remembered within the session; back to onbekend clears both."""
    case = make_case(register, reporter_department="Burgerzaken")
    tab = open_tab(qtbot, register, case.id)
    tab.select("GEN")
    panel, view = tab.panel, tab.panel.view
    first = panel.proxy.mapFromSource(panel.model.index_of("GEN-AFH-01"))
    second = panel.proxy.mapFromSource(panel.model.index_of("GEN-AFH-02"))
    before = (view.visualRect(first), view.visualRect(second))
    panel.set_answer("GEN-AFH-01", Answer.SEEN)
    panel.select_item("GEN-AFH-01")
    panel.note.setText("Een lange fictieve notitie " * 8)
    panel.note.editingFinished.emit()
    qtbot.wait(50)
    assert stored(register, case.id)["GEN-AFH-01"][1:] == ("balie_burgerzaken",
                                                           ("Een lange fictieve notitie " * 8).strip())
    view.doItemsLayout()
    assert (view.visualRect(first), view.visualRect(second)) == before
    panel.seen_by.setEditText("Leerplicht")
    panel.seen_by.lineEdit().editingFinished.emit()
    panel.set_answer("GEN-AFH-02", Answer.SEEN)  # remembered from the last one typed
    assert stored(register, case.id)["GEN-AFH-02"] == (Answer.SEEN, "leerplicht", "")
    panel.set_answer("GEN-AFH-01", Answer.UNKNOWN)
    assert stored(register, case.id)["GEN-AFH-01"] == (Answer.UNKNOWN, "", "")


def test_seen_only_filter(qtbot, register):
    case = make_case(register)
    register.checklists.answer(case.id, "LAB", "LAB-WRK-03", Answer.SEEN, "handhaving")
    register.checklists.answer(case.id, "LAB", "LAB-GLD-02", Answer.SEEN, "")
    register.checklists.answer(case.id, "LAB", "LAB-WRK-01", Answer.NOT_SEEN, "")
    tab = open_tab(qtbot, register, case.id)
    tab.select("LAB")
    panel = tab.panel
    assert len(panel.visible_item_ids()) == 27
    panel.seen_only.click()
    assert panel.visible_item_ids() == ["LAB-WRK-03", "LAB-GLD-02"]
    assert not panel.empty.isVisible()
    # answering "niet gezien" with the filter on takes the item out of view
    panel.select_item("LAB-GLD-02")
    focus(qtbot, panel.view)
    qtbot.keyClick(panel.view, Qt.Key.Key_N)
    assert panel.visible_item_ids() == ["LAB-WRK-03"]
    panel.seen_only.click()
    assert len(panel.visible_item_ids()) == 27
    tab.select("GEN")
    panel.seen_only.click()
    assert panel.visible_item_ids() == [] and panel.empty.isVisible()


def test_acute_item_seen_brings_up_the_guidance(qtbot, register):
    case = make_case(register, forms={m.Form.SEXUAL}, minor=m.TriState.YES)
    tab = open_tab(qtbot, register, case.id)
    tab.select("SEX")
    tab.panel.select_item("SEX-CTL-01")
    focus(qtbot, tab.panel.view)
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_G)  # not acute: no guidance
    assert tab.acute_box is None
    tab.panel.select_item("SEX-WRK-05")
    focus(qtbot, tab.panel.view)
    qtbot.keyClick(tab.panel.view, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: tab.acute_box is not None and tab.acute_box.isVisible())
    box = tab.acute_box
    assert box.isModal() or box.windowModality() != Qt.WindowModality.NonModal
    for text in ("Minderjarige in seksuele dienstverlening", "112", "0900-8844", "0800-2000"):
        assert text in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.acute_box is None)
    assert stored(register, case.id)["SEX-WRK-05"][0] == Answer.SEEN  # saved regardless


def test_ccv_matrix_counts_and_combination_line(qtbot, register):
    case = make_case(register, forms={m.Form.CRIMINAL})
    for item, who in [("CRIM-WF-01", "wijkteam"), ("CRIM-WF-04", "handhaving"),
                      ("CRIM-WF-05", "handhaving"), ("CRIM-LPG-01", "wijkteam"),
                      ("CRIM-ZLI-01", "leerplicht"), ("CRIM-WAS-03", "BRP")]:
        register.checklists.answer(case.id, "CRIM", item, Answer.SEEN, who)
    register.checklists.answer(case.id, "CRIM", "CRIM-WAS-04", Answer.NOT_SEEN, "politie")
    tab = open_tab(qtbot, register, case.id)
    tab.select("ccv")
    view = tab.matrix_view
    assert tab.stack.currentWidget() is view
    assert view.combination.text() == "Signalen uit 4 leefgebieden en 4 afdelingen of bronnen."
    model = view.model
    assert model.columns == ["Criminaliteit", "Woonomstandigheden", "Mishandeling", "Reizen",
                             "Onderwijs"]
    cell = model.cell_text(0, model.columns.index("Woonomstandigheden"))
    assert cell.startswith("2 signalen")
    assert "Woning gebruikt voor kweek, opslag of dealen (Handhaving en toezicht)" in cell
    assert model.cell_text(2, model.columns.index("Reizen")).endswith("(BRP)")
    assert model.headerData(0, Qt.Orientation.Vertical).endswith("3 signalen")
    assert model.cell_text(1, 0) == ""
    view.all_groups.click()
    assert model.columnCount() == 12  # no "Schulden" columns (issue 15)


def test_risk_address_view_shows_linked_enrichment(qtbot, register):
    case = make_case(register, addresses=[
        m.Address(street="Fictieweg", number="12", postcode="9999 XA", place="Schakeldam",
                  bag_floor_area_m2=64, brp_registered_count=14)])
    address_id = case.addresses[0].id
    case.enrichments = [
        m.EnrichmentEntry(source=m.EnrichmentSource.BRP, consulted_at=datetime(2026, 3, 3, 10),
                          result_summary="Veertien personen ingeschreven"),
        m.EnrichmentEntry(source=m.EnrichmentSource.BELASTINGEN, result_flags=["ADR-KVK-02"],
                          result_summary="WOZ-object met bedrijfsfunctie"),
    ]
    register.cases.update(case)
    tab = open_tab(qtbot, register, case.id)
    assert ("ADR", address_id) in tab.entry_keys()
    tab.select("ADR", address_id)
    view = tab.address_view
    assert tab.stack.currentWidget() is view
    assert "Fictieweg 12" in view.panel.title.text()
    assert "64 m²" in view.panel.description.text()
    view.panel.select_item("ADR-BRP-01")
    assert view.evidence_rows() == [["BRP", "03-03-2026 10:00",
                                     "Veertien personen ingeschreven", "zelfde register"]]
    view.panel.select_item("ADR-KVK-02")
    rows = view.evidence_rows()
    assert [r[2] for r in rows] == ["WOZ-object met bedrijfsfunctie"]
    assert rows[0][3] == "signaal gemarkeerd"
    view.panel.select_item("ADR-HH-02")
    assert view.evidence_rows() == []
    # answering here is stored for this address
    focus(qtbot, view.panel.view)
    qtbot.keyClick(view.panel.view, Qt.Key.Key_G)
    answers = register.checklists.answers(case.id)
    assert [(a.item_id, a.address_id) for a in answers] == [("ADR-HH-02", address_id)]


def test_meldcode_only_for_minors(qtbot, register):
    case = make_case(register, minor=m.TriState.NO)
    tab = open_tab(qtbot, register, case.id)
    assert not any(k[0] == "MELDCODE" for k in tab.entry_keys())
    case = register.cases.get(case.id)
    case.minor = m.TriState.YES
    register.cases.update(case)
    tab.select("LAB")
    tab.reload()
    assert tab.entry_keys()[:2] == [("GEN", None), ("LAB", None)]
    assert tab.stack.currentWidget() is tab.panel and tab.panel.model.checklist.id == "LAB"
    tab.select("MELDCODE")
    panel = tab.panel
    assert len(panel.visible_item_ids()) == 6  # step 5 is two decisions (afwegingskader 2019)
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Stap"
    assert "minderjarige" in panel.description.text()
    focus(qtbot, panel.view)
    qtbot.keyClick(panel.view, Qt.Key.Key_1)
    assert panel.model.index_of("MELDCODE-STAP-01", 1).data() == "gedaan"
    tab.select("summary")
    assert "1 van 6 stappen gedaan" in tab.summary_view.steps.text()


def test_summary_page_counts(qtbot, register):
    case = make_case(register, forms={m.Form.LABOUR, m.Form.CRIMINAL})
    service = register.checklists
    service.answer(case.id, "GEN", "GEN-AFH-01", Answer.SEEN, "handhaving")
    service.answer(case.id, "LAB", "LAB-WRK-01", Answer.SEEN, "handhaving")
    service.answer(case.id, "CRIM", "CRIM-WF-01", Answer.SEEN, "wijkteam")
    tab = open_tab(qtbot, register, case.id)
    tab.select("summary")
    view = tab.summary_view
    assert view.headline.text() == "3 signalen als gezien aangemerkt, door 2 afdelingen of bronnen."
    forms = {view.forms.topLevelItem(i).text(0): view.forms.topLevelItem(i).text(1)
             for i in range(view.forms.topLevelItemCount())}
    # a general signal counts once, not under every form (issue 16)
    assert forms == {"Arbeidsuitbuiting": "1", "Criminele uitbuiting": "1",
                     "Algemeen (elke vorm)": "1"}
    who = {view.contributors.topLevelItem(i).text(0): view.contributors.topLevelItem(i).text(1)
           for i in range(view.contributors.topLevelItemCount())}
    assert who == {"Handhaving en toezicht": "2", "Wijkteam / sociaal domein": "1"}
    lists = [view.categories.topLevelItem(i).text(0)
             for i in range(view.categories.topLevelItemCount())]
    assert lists == ["Algemene signalen", "Arbeidsuitbuiting", "Criminele uitbuiting"]
    assert tab.summary_line.text().startswith("3 signalen gezien in 3 lijsten, door 2 afdelingen")


@pytest.fixture
def v1_then_v2(tmp_path):
    """A case answered with LAB v1, then the register reopened with LAB v2 in the content."""
    text = (forms_dir() / "checklists" / "arbeidsuitbuiting.yaml").read_text(encoding="utf-8")
    folder = tmp_path / "gemeente" / "checklists"
    folder.mkdir(parents=True)
    (folder / "lab_v2.yaml").write_text(
        text.replace("version: 2\n", "version: 3\n").replace(OLD_LABEL, NEW_LABEL),
        encoding="utf-8")
    data = tmp_path / "reg"
    data.mkdir()
    key = os.urandom(32)
    reg = Register.open(data, data / paths.VAULT_FILE, key, Policy(), create=True)
    old = make_case(reg)
    reg.checklists.answer(old.id, "LAB", "LAB-WRK-01", Answer.SEEN, "handhaving")
    reg.close()
    reg = Register.open(data, data / paths.VAULT_FILE, key,
                        Policy(content_dir=tmp_path / "gemeente"))
    yield reg, old
    reg.close()


def test_old_case_shows_the_version_it_was_answered_with(qtbot, v1_then_v2):
    register, old = v1_then_v2
    new = make_case(register)
    tab = open_tab(qtbot, register, old.id)
    tab.select("LAB")
    first = tab.panel.model.index_of("LAB-WRK-01")
    assert first.data() == OLD_LABEL
    assert "nieuwere versie (3)" in tab.panel.description.text()
    tab_new = open_tab(qtbot, register, new.id)
    tab_new.select("LAB")
    assert tab_new.panel.model.index_of("LAB-WRK-01").data() == NEW_LABEL
    assert "Versie 3." in tab_new.panel.description.text()


def test_case_view_has_the_checklists_tab_after_enrichment(qtbot, register):
    from desktop.ui.case.case_view import CaseView

    case = make_case(register)
    view = CaseView(register, case.id)
    qtbot.addWidget(view)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    enrichment = next(i for i, t in enumerate(titles) if t.startswith("Verrijking"))
    assert titles[enrichment + 1] == "Checklists"
    view.reload()  # refresh() reaches the tab without losing it
    assert view.tabs.tabText(enrichment + 1) == "Checklists"
