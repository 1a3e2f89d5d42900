"""Case view: tabs, persons tables, enrichment add/edit/remove, readable history."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

from case_helpers import fill_line, stored_case, type_text, workspace  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain import model as m
from desktop.ui.case import case_view
from desktop.ui.case.case_tabs_enrichment import EnrichmentTab
from desktop.ui.case.case_tabs_enrichment_form import SUMMARY_MAX
from desktop.ui.case.case_tabs_history import HistoryTab
from desktop.ui.case.case_tabs_persons import PersonsTab
from desktop.ui.case.case_tabs_signal import SignalTab
from desktop.ui.widgets.fields import set_combo_value


def open_stored(ws, register, **overrides):
    case = stored_case(register, **overrides)
    ws.set_register(register)
    ws.open_case(case.id)
    return case, ws.case_view


def test_tabs_and_read_views(workspace, register):
    case, view = open_stored(workspace, register, reporter_name="P. Jansen",
                             persons=[m.Person(name="Őrs Kovács", bsn="111222333")],
                             addresses=[m.Address(street="Modelplein", number="3",
                                                  postcode="9990 XA", place="Schakeldam")])
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    mine = ["Signaal", "Betrokkenen", "Verrijking", "Gekoppelde signalen (0)", "Historie"]
    assert [t for t in titles if t in mine] == mine  # later issues add tabs in between
    assert len(case_view.TAB_FACTORIES) == view.tabs.count()  # one factory per tab
    signal = view.tab(SignalTab)
    assert signal.values["reporter"].text() == "Handhaving, toezichthouder"
    assert signal.values["forms"].text() == "arbeidsuitbuiting"
    persons = view.tab(PersonsTab)
    assert persons.persons.data(persons.persons.index(0, 1)) == "Őrs Kovács"
    assert persons.addresses.data(persons.addresses.index(0, 0)) == "Modelplein 3"
    assert register.audit_entries(case_id=case.id, action="zaak_ingezien")


def test_enrichment_add_requires_reason_for_no(workspace, register):
    case, view = open_stored(workspace, register)
    tab = view.tab(EnrichmentTab)
    view.tabs.setCurrentWidget(tab)
    tab.add_button.click()
    form = tab.form
    assert not form.isHidden()
    set_combo_value(form.source, m.EnrichmentSource.BRP)
    set_combo_value(form.consulted, m.Consulted.NO)
    form.save_button.click()
    assert "waarom" in form.reason.error_text()
    assert register.cases.get(case.id).enrichments == []
    fill_line(form.reason, "geen grondslag")
    form.legal.setCurrentText("AVG art. 6 lid 1 sub e – publieke taak")
    form.save_button.click()
    stored = register.cases.get(case.id).enrichments
    assert [(e.source, e.consulted, e.reason_not_consulted) for e in stored] == [
        (m.EnrichmentSource.BRP, m.Consulted.NO, "geen grondslag")]
    assert form.isHidden() and tab.model.rowCount() == 1
    assert register.audit_entries(case_id=case.id, action="verrijking_toegevoegd")


def test_enrichment_bibob_note_summary_limit_edit_and_remove(workspace, register, monkeypatch):
    case, view = open_stored(workspace, register)
    tab = view.tab(EnrichmentTab)
    tab.add_button.click()
    form = tab.form
    set_combo_value(form.source, m.EnrichmentSource.BIBOB)
    assert not form.bibob_note.isHidden() and "nooit de" in form.bibob_note.text()
    assert form.sharing.currentData() == m.SharingRestriction.NEVER.value
    form.summary.setPlainText("x" * (SUMMARY_MAX + 40))
    assert len(form.summary.toPlainText()) == SUMMARY_MAX
    assert form.counter.text() == f"{SUMMARY_MAX} / {SUMMARY_MAX} tekens"
    form.summary.setPlainText("")
    type_text(form.summary, "Screening bekend.")
    form.save_button.click()
    entry = register.cases.get(case.id).enrichments[0]
    assert entry.source == m.EnrichmentSource.BIBOB and entry.result_summary == "Screening bekend."

    tab.table.setCurrentIndex(tab.model.index(0, 0))
    tab.edit_button.click()
    set_combo_value(form.consulted, m.Consulted.PENDING)
    form.save_button.click()
    assert register.cases.get(case.id).enrichments[0].consulted == m.Consulted.PENDING
    assert register.cases.get(case.id).enrichments[0].id == entry.id

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    tab.remove_button.click()
    assert register.cases.get(case.id).enrichments == []


def test_history_is_readable_dutch(workspace, register):
    other = stored_case(register)
    case = stored_case(register)
    register.links.link(case.id, other.id, "zelfde adres")
    workspace.set_register(register)
    workspace.open_case(case.id)
    tab = workspace.case_view.tab(HistoryTab)
    actions = [tab.model.data(tab.model.index(r, 2)) for r in range(tab.model.rowCount())]
    assert actions == ["Zaak ingezien", f"Gekoppeld aan zaak {other.number}", "Route gestart",
                       "Zaak aangemaakt"]
    assert tab.describe("export_gemaakt", "") == "Export gemaakt"
    assert tab.describe("iets_nieuws", "") == "Actie: iets_nieuws"


def test_tabs_are_built_on_first_show(workspace, register):
    from desktop.ui.case.case_tabs_links import LinksTab  # noqa: PLC0415

    _case, view = open_stored(workspace, register)
    built = [isinstance(page, case_view.CaseTab) for page in view.tab_pages]
    assert built[0] and not all(built)  # only what is needed to paint the first tab
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "Historie" in titles and "Gekoppelde signalen (0)" in titles
    index = titles.index("Historie")
    view.tabs.setCurrentIndex(index)
    assert isinstance(view.tabs.widget(index), HistoryTab) and view.tabs.currentIndex() == index
    assert view.tab(LinksTab) is view.tabs.widget(titles.index("Gekoppelde signalen (0)"))
    view.reload()  # reload refreshes built tabs and re-titles the others
    assert view.tabs.currentIndex() == index


def test_betrokkenen_shows_who_lives_where_and_whose_number_it_is(workspace, register):
    _case, view = open_stored(
        workspace, register,
        addresses=[m.Address(street="Modelplein", number="3", postcode="9990 XA", place="Schakeldam")],
        persons=[m.Person(name="Őrs Kovács", address_ref=0)],
        organisations=[m.Organisation(name="Fictief Uitzendbureau BV", housing_address_ref=0)],
        identifiers=[m.Identifier(kind=m.IdentifierKind.PHONE, value="0612345678", person_ref=0)])
    persons = view.tab(PersonsTab)
    last = persons.persons.columnCount() - 1
    assert persons.persons.headerData(last, Qt.Orientation.Horizontal) == "Verblijft op"
    assert persons.persons.data(persons.persons.index(0, last)) == "Modelplein 3, 9990 XA Schakeldam"
    assert persons.organisations.data(persons.organisations.index(0, 3)) == \
        "Modelplein 3, 9990 XA Schakeldam"
    assert persons.identifiers.data(persons.identifiers.index(0, 2)) == "Őrs Kovács"
