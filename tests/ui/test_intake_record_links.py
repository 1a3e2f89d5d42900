"""Issue 16, "less typing": in the intake a phone number belongs to a person, a person stays at
an address and an organisation arranges housing at one — chosen from the rows being typed."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

from case_helpers import fill_line, fill_minimal_signal, workspace  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.ui.intake.intake import IntakePage


def add(intake, name):
    intake.lists[name].add_button.click()
    return intake.lists[name].rows[-1]


def choose(row, key, text):
    combo = row.fields[key].inner
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index > 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def items(row, key):
    combo = row.fields[key].inner
    return [combo.itemText(i) for i in range(combo.count())]


def fill_links(intake):
    fill_minimal_signal(intake)
    victim, boss = add(intake, "persons"), add(intake, "persons")
    fill_line(victim.fields["name"], "Testpersoon Een")
    fill_line(boss.fields["name"], "Testpersoon Twee")
    add(intake, "addresses")  # an empty first address row is skipped on save
    home, work = add(intake, "addresses"), add(intake, "addresses")
    fill_line(home.fields["street"], "Fictieweg")
    fill_line(home.fields["number"], "1")
    fill_line(work.fields["street"], "Proefstraat")
    fill_line(work.fields["number"], "7")
    agency = add(intake, "organisations")
    fill_line(agency.fields["name"], "Fictief Uitzendbureau BV")
    phone = add(intake, "identifiers")
    fill_line(phone.fields["value"], "0612345678")
    choose(victim, "address_id", "Adres 3: Proefstraat 7")
    choose(agency, "housing_address_id", "Adres 3")
    choose(phone, "person_id", "Persoon 2: Testpersoon Twee")
    return victim, agency, phone


def test_links_are_chosen_from_the_rows_as_typed_and_stored(workspace, register):
    workspace.set_register(register)
    workspace.new_signal()
    intake = workspace.intake
    victim, agency, phone = fill_links(intake)
    assert items(phone, "person_id") == ["— geen —",
                                         "Persoon 1: Testpersoon Een – mogelijk slachtoffer",
                                         "Persoon 2: Testpersoon Twee – mogelijk slachtoffer"]
    fill_line(intake.lists["persons"].rows[1].fields["name"], "Testpersoon Drie")
    assert phone.fields["person_id"].inner.currentText().startswith("Persoon 2: Testpersoon Drie")
    assert intake.save()
    [summary] = register.cases.search("balie", 5)
    case = register.cases.get(summary.id)
    proef = next(a.id for a in case.addresses if a.street == "Proefstraat")
    assert case.persons[0].address_id == proef and case.persons[1].address_id is None
    assert case.organisations[0].housing_address_id == proef
    assert case.identifiers[0].person_id == case.persons[1].id


def test_removing_a_row_clears_links_to_it_and_never_moves_them(workspace, register):
    workspace.set_register(register)
    workspace.new_signal()
    intake = workspace.intake
    victim, agency, phone = fill_links(intake)
    addresses = intake.lists["addresses"]
    addresses.remove_row(addresses.rows[0])  # rows shift up: the link follows its row
    assert victim.fields["address_id"].inner.currentText().startswith("Adres 2: Proefstraat 7")
    addresses.remove_row(addresses.rows[1])  # the linked address itself
    assert victim.fields["address_id"].inner.currentIndex() == 0
    assert intake.save()
    [summary] = register.cases.search("balie", 5)
    case = register.cases.get(summary.id)
    assert case.persons[0].address_id is None and case.organisations[0].housing_address_id is None


def test_editing_and_drafts_show_the_stored_links(workspace, register, qtbot):
    workspace.set_register(register)
    workspace.new_signal()
    intake = workspace.intake
    fill_links(intake)
    snapshot = intake.snapshot()
    assert intake.save()
    [summary] = register.cases.search("balie", 5)
    case = register.cases.get(summary.id)
    editing = IntakePage(register, case)
    qtbot.addWidget(editing)
    person = editing.lists["persons"].rows[0]
    assert person.fields["address_id"].inner.currentText().startswith("Adres 2: Proefstraat 7")
    phone = editing.lists["identifiers"].rows[0]
    assert phone.fields["person_id"].inner.currentText().startswith("Persoon 2")
    editing.detach()
    fresh = IntakePage(register, None)  # a draft keeps the links by row position
    qtbot.addWidget(fresh)
    fresh.restore(snapshot)
    agency = fresh.lists["organisations"].rows[0]
    assert agency.fields["housing_address_id"].inner.currentText().startswith("Adres 3")
    fresh.detach()


def test_the_link_field_is_in_the_tab_chain_after_the_value(workspace, register, qtbot):
    workspace.set_register(register)
    workspace.new_signal()
    intake = workspace.intake
    phone = add(intake, "identifiers")
    value = phone.fields["value"].inner
    qtbot.waitUntil(phone.isVisible)
    value.setFocus()
    qtbot.waitUntil(lambda: value.hasFocus())
    QTest.keyClick(value, Qt.Key.Key_Tab)
    assert phone.fields["person_id"].inner.hasFocus()
    assert phone.fields["person_id"].inner.accessibleName() == "Kenmerk 1: Hoort bij (persoon)"
