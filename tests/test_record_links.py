"""Links inside a case (issue 16): a person's address, an organisation that arranges housing,
a phone number that belongs to a person. Stored on a real SQLCipher file, carried by transfer."""

from __future__ import annotations

from datetime import date

from transfer_helpers import key_of, open_register, trust

from desktop.domain import model as m
from desktop.services.transfer import TransferService


def _linked_case() -> m.Case:
    """A new case whose links point at records that have no id yet (as the intake builds it)."""
    return m.Case(
        forms={m.Form.LABOUR}, received_on=date(2026, 3, 2), reporter_department="Handhaving",
        observations="Twaalf personen overnachten in een bedrijfspand.", title="Overnachten",
        addresses=[m.Address(street="Fictieweg", number="1", postcode="9999 XA", place="Schakeldam"),
                   m.Address(street="Proefstraat", number="7", postcode="9999 XB", place="Schakeldam")],
        persons=[m.Person(role=m.PersonRole.VICTIM, name="Testpersoon Een", address_ref=1),
                 m.Person(role=m.PersonRole.PERPETRATOR, name="Testpersoon Twee")],
        organisations=[m.Organisation(name="Fictief Uitzendbureau BV", housing_address_ref=1)],
        identifiers=[m.Identifier(kind=m.IdentifierKind.PHONE, value="06 12345678", person_ref=1),
                     m.Identifier(kind=m.IdentifierKind.PLATE, value="XX-999-X")],
    )


def test_unsaved_links_become_ids_and_survive_a_reload(register):
    saved = register.cases.create(_linked_case())
    case = register.cases.get(saved.id)
    second_address = case.addresses[1].id
    assert case.persons[0].address_id == second_address
    assert case.persons[1].address_id is None
    assert case.organisations[0].housing_address_id == second_address
    assert case.identifiers[0].person_id == case.persons[1].id
    assert case.identifiers[1].person_id is None


def test_removing_the_address_or_person_clears_the_link_not_the_record(register):
    case = register.cases.create(_linked_case())
    case = register.cases.get(case.id)
    case.addresses = case.addresses[:1]  # the linked address is removed
    case.identifiers[0].person_id = None
    case.persons = case.persons[:1]
    register.cases.update(case)
    again = register.cases.get(case.id)
    assert [p.name for p in again.persons] == ["Testpersoon Een"]
    assert again.persons[0].address_id is None
    assert again.organisations[0].housing_address_id is None
    assert [i.value for i in again.identifiers] == ["06 12345678", "XX-999-X"]


def test_removing_every_person_keeps_their_phone_numbers(register):
    case = register.cases.get(register.cases.create(_linked_case()).id)
    case.persons = []
    register.cases.update(case)
    again = register.cases.get(case.id)
    assert [(i.value, i.person_id) for i in again.identifiers] == [
        ("06 12345678", None), ("XX-999-X", None)]


def test_a_stale_link_to_another_cases_address_is_dropped(register):
    other = register.cases.create(_linked_case())
    case = register.cases.create(_linked_case())
    case = register.cases.get(case.id)
    case.persons[0].address_id = register.cases.get(other.id).addresses[0].id
    register.cases.update(case)
    assert register.cases.get(case.id).persons[0].address_id is None


def test_links_travel_with_a_waarneming_bundle(tmp_path):
    a, b = open_register(tmp_path, "a"), open_register(tmp_path, "b")
    try:
        trust(a, b, tmp_path)
        cid = a.cases.create(_linked_case()).id
        out = tmp_path / "uitleen.schakelbundel"
        from datetime import timedelta
        TransferService(a).create([cid], key_of(b, tmp_path), "lend", out,
                                  until=date.today() + timedelta(days=30))
        got = TransferService(b).receive(out.read_bytes())
        mine = b.cases.get(b.cases.id_for_number(got.numbers[0]))
        linked = {a.street for a in mine.addresses if a.id == mine.persons[0].address_id}
        assert linked == {"Proefstraat"}
        assert mine.organisations[0].housing_address_id == mine.persons[0].address_id
        assert mine.identifiers[0].person_id == mine.persons[1].id
    finally:
        a.close()
        b.close()


def test_a_bundle_cannot_link_to_another_cases_record(register):
    """A received record naming a record of another case (by UUID) gets no link."""
    from desktop.services.transfer import profiles
    from desktop.store import transfer_records as records

    other = register.cases.create(_linked_case())
    with register.write() as conn:
        foreign = conn.execute("SELECT uuid FROM address WHERE case_id = ?", (other.id,)).fetchone()[0]
        foreign_person = conn.execute("SELECT uuid FROM person WHERE case_id = ?",
                                      (other.id,)).fetchone()[0]
        data = {"uuid": "f" * 32, "fields": {"observations": "Fictief.", "forms": m.Form.LABOUR.value},
                "records": [
                    {"table": "person", "uuid": "a" * 32,
                     "fields": {"role": m.PersonRole.VICTIM.value, "name": "Testpersoon Drie",
                                "address_id": foreign}},
                    {"table": "identifier", "uuid": "b" * 32,
                     "fields": {"kind": m.IdentifierKind.PHONE.value, "value": "0611111111",
                                "person_id": foreign_person}},
                ]}
        cid = records.insert_case(conn, data, "2099-0001", profiles.tables("waarneming"),
                                  profiles.REFS, lambda _t, _c: True)
    received = register.cases.get(cid)
    assert received.persons[0].address_id is None
    assert received.identifiers[0].person_id is None
