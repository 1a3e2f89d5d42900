"""The link-suggestion name index is updated per saved case, not rebuilt."""

from __future__ import annotations

from datetime import date

from desktop.domain import model as m
from desktop.store import links as repo


def _case(name: str, born: date | None = None) -> m.Case:
    return m.Case(title="Fictief", observations="Fictieve waarneming", forms={m.Form.LABOUR},
                  reporter_department="Handhaving", persons=[m.Person(name=name, birth_date=born)])


def test_saved_case_is_found_without_a_rebuild(register, monkeypatch):
    register.cases.create(_case("Fictief Oudenaam"))
    register.links.warm()
    loads = []
    original = repo.NameIndex.load
    monkeypatch.setattr(repo.NameIndex, "load", lambda self, conn: (loads.append(1), original(self, conn)))
    first = register.cases.create(_case("Jaroslav Fictiefski", date(1990, 1, 2)))
    probe = _case("Jaroslav Fictiefsky", date(1990, 1, 2))
    found = register.links.suggest(probe)
    assert [s.case_id for s in found] == [first.id]
    first.persons[0].name = "Heel Anderenaam"
    register.cases.update(first)
    assert register.links.suggest(probe) == []
    assert [s.case_id for s in register.links.suggest(_case("Heel Anderenaam"))] == [first.id]
    assert loads == []  # never rebuilt


def test_invalidate_then_warm_reloads(register):
    saved = register.cases.create(_case("Fictief Tweedenaam"))
    register.links.invalidate()
    assert register.links.warm_needed
    register.links.warm()
    assert not register.links.warm_needed
    assert [s.case_id for s in register.links.suggest(_case("Fictief Tweedenaam"))] == [saved.id]
