"""Use cases on cases: validate, create, update, read, list and search."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop.domain import model as m
from desktop.domain.validation import ValidationFailed, format_postcode, validate_case
from desktop.store import cases as repo
from desktop.store import search_reasons
from desktop.store.cases import ListQuery

if TYPE_CHECKING:
    from desktop.services.register import Register

MatchReasons = dict[int, list[tuple[str, str]]]  # case id → (field code, value) why it matched


class CaseService:
    def __init__(self, register: Register):
        self._r = register

    def validate(self, case: m.Case) -> None:
        errors = validate_case(case)
        if errors:
            raise ValidationFailed(errors)

    @staticmethod
    def _tidy(case: m.Case) -> None:
        for a in case.addresses:
            a.postcode = format_postcode(a.postcode) if a.postcode else ""
        for o in case.organisations:
            o.kvk = o.kvk.replace(" ", "").strip()
        for p in case.persons:
            p.bsn = p.bsn.replace(" ", "").replace(".", "").strip()

    def create(self, case: m.Case, *, draft_key: str | None = None) -> m.Case:
        """Validate and store a new case in one transaction; returns it with id and number."""
        if case.id is not None:
            raise ValueError("case already stored")
        self.validate(case)
        self._tidy(case)
        try:
            with self._r.write() as conn:
                repo.save(conn, case)
                self._r.audit(conn, "zaak_aangemaakt", case.id)
                self._r.routes.start_case_in(conn, case.id)
                if draft_key:
                    conn.execute("DELETE FROM draft WHERE key = ?", (draft_key,))
        except BaseException:
            case.id = None
            if case.number and not repo_number_exists(self._r, case.number):
                case.number = ""
            raise
        self._r.links.case_saved(case)  # incremental: no rebuild of the name index
        self._r.changed("case", case.id)
        return case

    def update(self, case: m.Case, *, action: str = "zaak_gewijzigd", draft_key: str | None = None,
               detail: str = "") -> m.Case:
        if case.id is None:
            raise ValueError("case not stored yet")
        self.validate(case)
        self._tidy(case)
        with self._r.write() as conn:
            repo.save(conn, case)
            self._r.audit(conn, action, case.id, detail)  # detail: a code, never content
            if draft_key:
                conn.execute("DELETE FROM draft WHERE key = ?", (draft_key,))
        self._r.links.case_saved(case)  # incremental: no rebuild of the name index
        self._r.changed("case", case.id)
        return case

    def get(self, case_id: int) -> m.Case:
        with self._r.read() as conn:
            return repo.load(conn, case_id)

    def id_for_number(self, number: str) -> int:
        with self._r.read() as conn:
            return repo.id_for_number(conn, number)

    def get_by_number(self, number: str) -> m.Case:
        return self.get(self.id_for_number(number))

    def list(self, query: ListQuery) -> list[m.CaseSummary]:
        with self._r.read() as conn:
            return repo.summaries(conn, _compact_phone(query))

    def count(self, query: ListQuery | None = None) -> int:
        with self._r.read() as conn:
            return repo.count(conn, _compact_phone(query or ListQuery()))

    def search(self, text: str, limit: int = 50) -> list[m.CaseSummary]:
        return self.list(ListQuery(text=text, limit=limit, sort="number"))

    def match_reasons(self, case_ids: Sequence[int], text: str) -> MatchReasons:
        """Why each of these cases (one page of the list) matched ``text``: (field code, value)."""
        text = _compact_phone(ListQuery(text=text)).text
        with self._r.read() as conn:
            return search_reasons.match_reasons(conn, case_ids, text)

    def pending_draft(self, key: str) -> dict[str, Any] | None:
        """The saved intake draft under ``key`` (None when there is none)."""
        return self._r.load_draft(key)

    def record_view(self, case_id: int) -> None:
        """Opening a case is logged (who looked at which case, never what)."""
        with self._r.write() as conn:
            self._r.audit(conn, "zaak_ingezien", case_id)


_PHONE_LIKE = re.compile(r"\+?[\d\s()./-]+")


def _compact_phone(query: ListQuery) -> ListQuery:
    """"06 12 34 56 78" is one phone number, not five words: drop the spaces (issue 16)."""
    text = query.text or ""
    if " " in text.strip() and _PHONE_LIKE.fullmatch(text.strip()) \
            and sum(ch.isdigit() for ch in text) >= 8:
        return dataclasses.replace(query, text=re.sub(r"\s+", "", text))
    return query


def repo_number_exists(register: Register, number: str) -> bool:
    with register.read() as conn:
        return conn.execute("SELECT 1 FROM case_file WHERE number = ?", (number,)).fetchone() is not None
