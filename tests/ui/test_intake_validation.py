"""Intake: validation as you type, errors mapped to fields on save, valid input stored."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

from datetime import date, datetime, timedelta

from case_helpers import fill_line, fill_minimal_signal, type_text, workspace  # noqa: F401
from PySide6.QtWidgets import QApplication

from desktop.domain import model as m
from desktop.ui.intake.intake_draft import NEW_CASE_KEY


def open_intake(ws, register):
    ws.set_register(register)
    ws.new_signal()
    assert ws.intake is not None and ws.stack.currentWidget() is ws.intake
    return ws.intake


def add_row(intake, name):
    intake.lists[name].add_button.click()
    return intake.lists[name].rows[-1]


def test_bsn_is_checked_as_you_type(workspace, register, qtbot):
    intake = open_intake(workspace, register)
    person = add_row(intake, "persons")
    fill_line(person.fields["name"], "Test Persoon")
    fill_line(person.fields["bsn"], "123456789")
    qtbot.waitUntil(lambda: person.fields["bsn"].error_text() != "", timeout=2000)
    assert "elfproef" in person.fields["bsn"].error_text()
    assert "elfproef" in person.fields["bsn"].edit.accessibleDescription()
    fill_line(person.fields["bsn"], "111222333")  # passes the 11-test
    qtbot.waitUntil(lambda: person.fields["bsn"].error_text() == "", timeout=2000)


def test_invalid_input_shows_messages_next_to_fields_and_saves_nothing(workspace, register):
    intake = open_intake(workspace, register)
    fill_minimal_signal(intake)
    future = (date.today() + timedelta(days=10)).strftime("%d-%m-%Y")
    fill_line(intake.signal.received, future)
    person = add_row(intake, "persons")
    fill_line(person.fields["name"], "Test Persoon")
    fill_line(person.fields["bsn"], "123456789")
    address = add_row(intake, "addresses")
    fill_line(address.fields["street"], "Fictieweg")
    fill_line(address.fields["postcode"], "12345")
    organisation = add_row(intake, "organisations")
    fill_line(organisation.fields["name"], "Schoonmaak Nergens VOF")
    fill_line(organisation.fields["kvk"], "1234")
    identifier = add_row(intake, "identifiers")
    fill_line(identifier.fields["value"], "06 12")

    assert intake.save() is False
    assert register.cases.count() == 0
    assert "toekomst" in intake.signal.received.error_text()
    assert "elfproef" in person.fields["bsn"].error_text()
    assert "Postcode" in address.fields["postcode"].error_text()
    assert "KvK" in organisation.fields["kvk"].error_text()
    assert "Telefoonnummer" in identifier.fields["value"].error_text()
    assert not person.fields["bsn"].error_text().startswith("Persoon 1")  # row is visible already
    assert intake.summary.isVisible() and "5" in intake.summary.text()
    assert QApplication.focusWidget() is intake.signal.received.edit  # first invalid field
    # nothing typed is lost: the draft holds the invalid input too
    draft = register.load_draft(NEW_CASE_KEY)
    assert draft["persons"][0]["bsn"] == "123456789"
    assert draft["organisations"][0]["kvk"] == "1234"


def test_required_fields_and_bad_date_format(workspace, register):
    intake = open_intake(workspace, register)
    fill_line(intake.signal.observed_date, "31-02-2026")
    assert intake.save() is False
    assert "geen geldige datum" in intake.signal.observed_date.error_text()
    assert "verplicht" in intake.signal.department.error_text()
    assert intake.signal.observations_frame.error_text()
    assert intake.signal.forms_frame.error_text()
    assert register.cases.count() == 0


def test_valid_input_saves_one_case_and_removes_draft(workspace, register):
    intake = open_intake(workspace, register)
    fill_minimal_signal(intake)
    fill_line(intake.signal.reporter_name, "Jansen")
    person = add_row(intake, "persons")
    fill_line(person.fields["name"], "")
    type_text(person.fields["name"].edit, "Zsófia Szabó")
    fill_line(person.fields["bsn"], "111222333")
    fill_line(person.fields["birth_date"], "14-02-1990")
    address = add_row(intake, "addresses")
    for key, value in (("street", "Verzonnenstraat"), ("number", "12"), ("postcode", "9991xa"),
                       ("place", "Schakeldam")):
        fill_line(address.fields[key], value)
    organisation = add_row(intake, "organisations")
    fill_line(organisation.fields["name"], "Uitzendbureau Snelwerk BV")
    fill_line(organisation.fields["kvk"], "90000123")
    identifier = add_row(intake, "identifiers")
    fill_line(identifier.fields["value"], "06 12345678")
    add_row(intake, "persons")  # an empty extra row is ignored, not an error
    intake.flush_draft()
    assert register.load_draft(NEW_CASE_KEY) is not None

    keeper = intake.draft
    assert intake.save() is True
    assert register.cases.count() == 1
    assert register.load_draft(NEW_CASE_KEY) is None
    assert not keeper._timer.isActive()  # a pending draft write cannot resurrect the draft
    case = register.cases.get(workspace.case_view.case_id)
    assert case.reporter_department == "Burgerzaken" and case.reporter_name == "Jansen"
    assert case.forms == {m.Form.LABOUR}
    assert case.observed_at == datetime(2026, 3, 1, 10, 30)
    assert case.received_on == date.today()
    assert [(p.name, p.bsn, p.birth_date) for p in case.persons] == [
        ("Zsófia Szabó", "111222333", date(1990, 2, 14))]
    assert case.addresses[0].postcode == "9991 XA"
    assert case.organisations[0].kvk == "90000123"
    assert case.identifiers[0].value == "06 12345678"
    assert workspace.stack.currentWidget() is workspace.case_view


def test_edit_keeps_fields_the_intake_does_not_show(workspace, register):
    from case_helpers import stored_case

    stored = stored_case(register, persons=[m.Person(name="Agnieszka Nowak", care_needs="x")],
                         next_action="Verrijken", enrichments=[m.EnrichmentEntry()])
    workspace.set_register(register)
    workspace.open_case(stored.id)
    workspace.case_view.tab_pages[0].edit_button.click()
    intake = workspace.intake
    assert intake.signal.department.text() == "Handhaving"
    fill_line(intake.signal.function, "handhaver")
    assert intake.save() is True
    case = register.cases.get(stored.id)
    assert case.reporter_function == "handhaver"
    assert case.persons[0].care_needs == "x" and case.persons[0].id == stored.persons[0].id
    assert case.next_action == "Verrijken" and len(case.enrichments) == 1
    assert register.audit_entries(case_id=stored.id, action="zaak_gewijzigd")
