"""Linked signals: suggestions while typing a new signal, linking after save, both sides + list."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

import pytest
from case_helpers import fill_line, fill_minimal_signal, stored_case, type_text, workspace  # noqa: F401

from desktop.domain import model as m
from desktop.ui.case.case_table_model import COL_LINKED
from desktop.ui.case.case_tabs_links import LinksTab


@pytest.fixture
def known(register):
    """One stored case with an address, phone, KvK and an accented name (fictional)."""
    return stored_case(
        register, persons=[m.Person(name="Łukasz Wiśniewski")],
        addresses=[m.Address(street="Oefenhof", number="12", postcode="9993 XB",
                             place="Oefenwoude")],
        organisations=[m.Organisation(name="Kassenbouw Fictief", kvk="90000456")],
        identifiers=[m.Identifier(kind=m.IdentifierKind.PHONE, value="06 23456789")],
    )


def start_intake(ws, register):
    ws.set_register(register)
    ws.new_signal()
    return ws.intake


def add(intake, list_name, **values):
    intake.lists[list_name].add_button.click()
    row = intake.lists[list_name].rows[-1]
    for key, value in values.items():
        fill_line(row.fields[key], value)
    return row


def suggestions(intake, qtbot):
    qtbot.waitUntil(lambda: bool(intake.links.cards), timeout=3000)
    return {card.suggestion.case_id: card for card in intake.links.cards}


@pytest.mark.parametrize("list_name, values, reason", [
    ("addresses", {"street": "Oefenhof", "number": "12", "postcode": "9993xb"}, "zelfde adres"),
    ("identifiers", {"value": "+31 6 23456789"}, "zelfde telefoonnummer"),
    ("organisations", {"name": "Kassenbouw", "kvk": "90000456"}, "zelfde KvK-nummer"),
    ("persons", {"name": "Lukasz Wisniewski"}, "gelijkende naam"),
])
def test_suggestion_appears_while_typing(workspace, register, known, qtbot,
                                         list_name, values, reason):
    intake = start_intake(workspace, register)
    add(intake, list_name, **values)
    cards = suggestions(intake, qtbot)
    assert known.id in cards
    card = cards[known.id]
    assert reason in card.text.text() and known.number in card.text.text()
    assert card.button.accessibleName() == f"Koppelen met zaak {known.number}"


def test_fuzzy_name_typed_with_accents_per_key(workspace, register, known, qtbot):
    intake = start_intake(workspace, register)
    intake.lists["persons"].add_button.click()
    type_text(intake.lists["persons"].rows[0].fields["name"].edit, "Lukasz Wiśniewsky")
    assert known.id in suggestions(intake, qtbot)


def test_link_after_save_visible_in_both_cases_and_list(workspace, register, known, qtbot):
    intake = start_intake(workspace, register)
    fill_minimal_signal(intake)
    add(intake, "addresses", street="Oefenhof", number="12", postcode="9993 XB")
    card = suggestions(intake, qtbot)[known.id]
    card.button.click()
    assert "Wordt gekoppeld" in card.button.text()
    assert register.links.linked(known.id) == []  # a new case is linked right after saving
    assert intake.save()
    new_id = workspace.case_view.case_id
    assert [other for other, _n, _r in register.links.linked(new_id)] == [known.id]
    assert [other for other, _n, _r in register.links.linked(known.id)] == [new_id]
    links_tab = workspace.case_view.tab(LinksTab)
    assert links_tab.model.rowCount() == 1 and "zelfde adres" in links_tab.model.data(
        links_tab.model.index(0, 1))
    links_tab.table.setCurrentIndex(links_tab.model.index(0, 0))
    links_tab.open_button.click()
    assert workspace.case_view.case_id == known.id
    assert workspace.case_view.tab(LinksTab).model.key(0) == new_id

    workspace.case_view.back_button.click()
    qtbot.waitUntil(lambda: workspace.list.model.rowCount() == 2, timeout=2000)
    model = workspace.list.model
    marks = {model.summary(r).id: model.data(model.index(r, COL_LINKED)) for r in range(2)}
    assert marks == {new_id: "ja (1)", known.id: "ja (1)"}


def test_unlink_from_case_view(workspace, register, known):
    other = stored_case(register)
    register.links.link(other.id, known.id, "zelfde adres")
    workspace.set_register(register)
    workspace.open_case(other.id)
    tab = workspace.case_view.tab(LinksTab)
    assert "(1)" in workspace.case_view.tabs.tabText(workspace.case_view.tab_pages.index(tab))
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    tab.unlink_button.click()
    assert register.links.linked(other.id) == []
    assert tab.model.rowCount() == 0
    assert "(0)" in workspace.case_view.tabs.tabText(workspace.case_view.tab_pages.index(tab))


def test_case_view_suggests_more_links_when_tab_is_shown(workspace, register, known):
    other = stored_case(register, identifiers=[
        m.Identifier(kind=m.IdentifierKind.PHONE, value="0623456789")])
    workspace.set_register(register)
    workspace.open_case(other.id)
    tab = workspace.case_view.tab(LinksTab)
    assert tab.suggestions.cards == []  # not computed while the tab is hidden
    workspace.case_view.tabs.setCurrentWidget(tab)
    cards = {card.suggestion.case_id: card for card in tab.suggestions.cards}
    assert "zelfde telefoonnummer" in cards[known.id].text.text()
    cards[known.id].button.click()  # a stored case is linked at once
    assert [o for o, _n, _r in register.links.linked(other.id)] == [known.id]
    assert tab.model.rowCount() == 1
