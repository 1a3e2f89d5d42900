"""Store and case service behaviour on a real SQLCipher file."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop.domain import model as m
from desktop.domain.validation import ValidationFailed
from desktop.store.cases import ListQuery


def _case(**kw) -> m.Case:
    base = dict(
        forms={m.Form.LABOUR}, received_on=date(2026, 3, 2), reporter_department="Handhaving",
        observations="Twaalf personen overnachten in een bedrijfspand.", title="Overnachten in pand",
    )
    base.update(kw)
    return m.Case(**base)


def test_create_assigns_number_and_round_trips_graph(register):
    case = _case(
        persons=[m.Person(role=m.PersonRole.VICTIM, name="Łukasz Wiśniewski", bsn="111222333",
                          birth_date=date(1990, 5, 1))],
        addresses=[m.Address(street="Fictieweg", number="12", postcode="9999xa", place="Schakeldam")],
        organisations=[m.Organisation(name="Snelwerk BV", kvk="90001234")],
        identifiers=[m.Identifier(kind=m.IdentifierKind.PHONE, value="06 12345678")],
    )
    saved = register.cases.create(case)
    assert saved.number == "2026-0001"
    loaded = register.cases.get(saved.id)
    assert loaded.persons[0].name == "Łukasz Wiśniewski"
    assert loaded.addresses[0].postcode == "9999 XA"  # tidied
    assert loaded.organisations[0].kvk == "90001234"
    assert loaded.forms == {m.Form.LABOUR}
    second = register.cases.create(_case())
    assert second.number == "2026-0002"


def test_update_keeps_child_ids_and_removes_deleted_children(register):
    case = register.cases.create(_case(persons=[m.Person(name="A Test"), m.Person(name="B Test")]))
    first_id = case.persons[0].id
    case.persons = [case.persons[0]]
    case.persons[0].alias = "Tessa"
    register.cases.update(case)
    loaded = register.cases.get(case.id)
    assert [p.id for p in loaded.persons] == [first_id]
    assert loaded.persons[0].alias == "Tessa"


@pytest.mark.parametrize(
    "change, field",
    [
        (lambda c: c.persons.append(m.Person(name="X", bsn="123456789")), "persons[0].bsn"),
        (lambda c: c.addresses.append(m.Address(street="Weg", postcode="0123 AB")), "addresses[0].postcode"),
        (lambda c: c.organisations.append(m.Organisation(name="BV", kvk="1234")), "organisations[0].kvk"),
        (lambda c: c.identifiers.append(m.Identifier(value="12")), "identifiers[0].value"),
        (lambda c: setattr(c, "received_on", date.today() + timedelta(days=2)), "received_on"),
        (lambda c: setattr(c, "reporter_department", ""), "reporter_department"),
    ],
)
def test_invalid_input_is_refused_with_field_and_nothing_stored(register, change, field):
    case = _case()
    change(case)
    with pytest.raises(ValidationFailed) as info:
        register.cases.create(case)
    assert field in [e.field for e in info.value.errors]
    assert all(e.message and e.message[0].isupper() for e in info.value.errors)
    assert register.cases.count() == 0
    assert case.id is None


def test_failed_write_leaves_previous_state(register, monkeypatch):
    case = register.cases.create(_case(persons=[m.Person(name="Eerste Persoon")]))
    from desktop.store import search

    def boom(conn, c):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(search, "reindex", boom)
    case.persons.append(m.Person(name="Tweede Persoon"))
    with pytest.raises(RuntimeError):
        register.cases.update(case)
    monkeypatch.undo()
    assert [p.name for p in register.cases.get(case.id).persons] == ["Eerste Persoon"]


def test_list_sort_filter_and_overdue(register):
    from route_state_helpers import create_with_route_state as create

    today = date(2026, 6, 1)
    create(register, _case(received_on=date(2026, 1, 5), next_deadline=date(2026, 5, 1),
                                next_action="Terugkoppeling"))
    create(register, _case(received_on=date(2026, 2, 5), forms={m.Form.SEXUAL},
                                status=m.CaseStatus.CLOSED, next_deadline=date(2026, 5, 1)))
    create(register, _case(received_on=date(2026, 3, 5), next_deadline=date(2026, 7, 1)))
    rows = register.cases.list(ListQuery(sort="received_on", descending=False, today=today))
    assert [r.received_on.month for r in rows] == [1, 2, 3]
    assert [r.overdue for r in rows] == [True, False, False]
    assert register.cases.count(ListQuery(overdue_only=True, today=today)) == 1
    assert register.cases.count(ListQuery(form="seksueel")) == 1
    assert register.cases.count(ListQuery(statuses=("afgesloten",))) == 1


def test_observed_after_received_is_refused(register):
    case = _case(observed_at=datetime(2026, 3, 5, 9, 0), received_on=date(2026, 3, 2))
    with pytest.raises(ValidationFailed):
        register.cases.create(case)


def test_saving_a_stale_copy_never_overwrites_route_state(register):
    from desktop.store import route_repo

    case = register.cases.create(_case())
    stale = register.cases.get(case.id)
    with register.write() as conn:
        route_repo.set_status(conn, case.id, "overgedragen", "Terugkoppeling aan melder",
                              date(2026, 4, 1))
    stale.title = "Nieuwe titel"
    register.cases.update(stale)
    fresh = register.cases.get(case.id)
    assert fresh.title == "Nieuwe titel"
    assert (fresh.status, fresh.next_action) == (m.CaseStatus.HANDED_OVER, "Terugkoppeling aan melder")
