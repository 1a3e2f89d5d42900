"""Issue 16: a phone number typed with spaces is one number, not several words."""

from __future__ import annotations

from datetime import date

from desktop.domain import model as m
from desktop.store.cases import ListQuery


def test_phone_search_ignores_spaces(register):
    case = register.cases.create(m.Case(
        forms={m.Form.LABOUR}, received_on=date(2026, 3, 2), reporter_department="Handhaving",
        observations="Fictief.", identifiers=[m.Identifier(kind=m.IdentifierKind.PHONE,
                                                           value="06 12345678")]))
    for typed in ("06 12 34 56 78", "+31 6 1234 5678", "0612345678"):
        assert [s.id for s in register.cases.search(typed)] == [case.id], typed
    assert register.cases.count(ListQuery(text="06 12 34 56 78")) == 1
    assert register.cases.search("Kerkstraat 12") == []  # words stay words
