"""Linked signals: suggest existing cases sharing a person, address, organisation or identifier."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.domain import model as m
from desktop.domain.normalise import identifier_match_key, kvk_key
from desktop.store import links as repo
from desktop.store.children import address_match_key

if TYPE_CHECKING:
    from desktop.services.register import Register


@dataclass
class Suggestion:
    case_id: int
    number: str
    title: str
    received_on: str
    reasons: list[str] = field(default_factory=list)
    score: int = 0


class LinkService:
    def __init__(self, register: Register):
        self._r = register
        self._names = repo.NameIndex()

    def invalidate(self) -> None:
        """Drop the name index (after bulk changes: import, purge); ``warm`` reloads it."""
        self._names.invalidate()

    def case_saved(self, case: m.Case) -> None:
        """Update the name index for one saved case (instead of rebuilding it)."""
        if case.id is not None:
            self._names.update_case(case.id, [(f"{p.name} {p.alias}", p.birth_date)
                                              for p in case.persons])

    def case_removed(self, case_id: int) -> None:
        self._names.remove_case(case_id)

    @property
    def warm_needed(self) -> bool:
        return not self._names.loaded

    def warm(self) -> None:
        """Build the name index on the worker's own read connection (call from a worker)."""
        if not self._names.loaded:
            with self._r.reader() as conn:
                self._names.load(conn)

    def suggest(self, case: m.Case, limit: int = 20) -> list[Suggestion]:
        """Existing cases that share something with ``case`` (which may be unsaved)."""
        found: dict[int, Suggestion] = {}
        me = case.id

        def add(case_id: int, reason: str, score: int) -> None:
            s = found.setdefault(case_id, Suggestion(case_id, "", "", ""))
            if reason not in s.reasons:
                s.reasons.append(reason)
            s.score = max(s.score, score)

        with self._r.read() as conn:
            for a in case.addresses:
                key = address_match_key(a)
                for cid in repo.cases_by_key(conn, "address", "match_key", key, me):
                    add(cid, f"zelfde adres ({a.postcode} {a.number}{a.addition})".strip(), 100)
            for o in case.organisations:
                for cid in repo.cases_by_key(conn, "organisation", "kvk", kvk_key(o.kvk), me):
                    add(cid, f"zelfde KvK-nummer ({o.kvk})", 100)
            for i in case.identifiers:
                key = identifier_match_key(i.kind, i.value)
                for cid in repo.cases_by_key(conn, "identifier", "match_key", key, me):
                    add(cid, f"zelfde {_KIND_LABEL.get(i.kind, 'kenmerk')} ({i.value})", 100)
            for p in case.persons:
                if p.bsn.strip():
                    for cid in repo.cases_by_key(conn, "person", "bsn", p.bsn.strip(), me):
                        add(cid, "zelfde BSN", 100)
                for name in (p.name, p.alias):
                    for mt in self._names.matches(conn, name, p.birth_date, me):
                        add(mt.case_id, f"{mt.reason}: {name}", mt.score)
            ordered = sorted(found.values(), key=lambda s: (-s.score, -s.case_id))[:limit]
            for s in ordered:
                row = conn.execute("SELECT number, title, received_on FROM case_file WHERE id = ?",
                                   (s.case_id,)).fetchone()
                s.number, s.title, s.received_on = row[0], row[1], row[2] or ""
        return ordered

    def link(self, a: int, b: int, reason: str) -> None:
        with self._r.write() as conn:
            repo.link(conn, a, b, reason)
            self._r.audit(conn, "zaken_gekoppeld", a, detail=str(b))
            self._r.audit(conn, "zaken_gekoppeld", b, detail=str(a))
        self._r.changed("link", a)

    def unlink(self, a: int, b: int) -> None:
        with self._r.write() as conn:
            repo.unlink(conn, a, b)
            self._r.audit(conn, "koppeling_verwijderd", a, detail=str(b))
            self._r.audit(conn, "koppeling_verwijderd", b, detail=str(a))
        self._r.changed("link", a)

    def linked(self, case_id: int) -> list[tuple[int, str, str]]:
        with self._r.read() as conn:
            return repo.linked(conn, case_id)


_KIND_LABEL = {
    m.IdentifierKind.PHONE: "telefoonnummer", m.IdentifierKind.AD_PHONE: "advertentienummer",
    m.IdentifierKind.PLATE: "kenteken", m.IdentifierKind.URL: "URL",
    m.IdentifierKind.HANDLE: "account", m.IdentifierKind.EMAIL: "e-mailadres",
}
