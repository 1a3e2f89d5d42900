"""Linked signals: exact-key lookups (address, KvK, phone, plate, BSN), fuzzy names, case links."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process

from desktop.domain.fold import fold
from desktop.store.codec import now_s, s2d
from desktop.store.connection import Connection


@dataclass(frozen=True)
class Match:
    case_id: int
    reason: str  # Dutch, e.g. "zelfde adres (1234AB 12)"
    score: int  # 0..100


def cases_by_key(conn: Connection, table: str, column: str, key: str, exclude: int | None
                 ) -> list[int]:
    if not key:
        return []
    rows = conn.execute(
        f"SELECT DISTINCT case_id FROM {table} WHERE {column} = ? AND case_id IS NOT ?"
        " ORDER BY case_id DESC LIMIT 50", (key, exclude),
    )
    return [r[0] for r in rows]


class NameIndex:
    """All folded person names in memory for fuzzy matching (100k names ≈ a few MB).

    Rebuilt lazily after writes (``invalidate``)."""

    def __init__(self) -> None:
        self._names: list[str] | None = None
        self._meta: list[tuple[int, date | None]] = []

    def invalidate(self) -> None:
        self._names = None

    def _load(self, conn: Connection) -> None:
        names, meta = [], []
        for r in conn.execute("SELECT case_id, name_folded, birth_date FROM person WHERE name_folded <> ''"):
            names.append(r[1])
            meta.append((r[0], s2d(r[2])))
        self._names, self._meta = names, meta

    def matches(self, conn: Connection, name: str, birth_date: date | None, exclude: int | None,
                limit: int = 10, cutoff: int = 85) -> list[Match]:
        query = fold(name).strip()
        if len(query) < 3:
            return []
        if self._names is None:
            self._load(conn)
        assert self._names is not None
        found = process.extract(query, self._names, scorer=fuzz.token_sort_ratio,
                                score_cutoff=cutoff, limit=limit * 3)
        best: dict[int, Match] = {}
        for _value, score, idx in found:
            case_id, born = self._meta[idx]
            if case_id == exclude:
                continue
            reason = "gelijkende naam"
            if birth_date and born:
                if born == birth_date:
                    score, reason = min(100, score + 10), "gelijkende naam en zelfde geboortedatum"
                else:
                    score -= 15
            if score >= cutoff and (case_id not in best or best[case_id].score < score):
                best[case_id] = Match(case_id, reason, int(score))
        return sorted(best.values(), key=lambda mt: -mt.score)[:limit]


def link(conn: Connection, a: int, b: int, reason: str) -> None:
    lo, hi = sorted((a, b))
    if lo == hi:
        return
    conn.execute(
        "INSERT OR IGNORE INTO case_link(case_a, case_b, reason, created_at) VALUES (?,?,?,?)",
        (lo, hi, reason, now_s()),
    )


def unlink(conn: Connection, a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    conn.execute("DELETE FROM case_link WHERE case_a = ? AND case_b = ?", (lo, hi))


def linked(conn: Connection, case_id: int) -> list[tuple[int, str, str]]:
    """(other case id, other case number, reason) for every link of this case."""
    rows = conn.execute(
        "SELECT CASE WHEN l.case_a = ? THEN l.case_b ELSE l.case_a END AS other, c.number, l.reason"
        " FROM case_link l JOIN case_file c"
        " ON c.id = CASE WHEN l.case_a = ? THEN l.case_b ELSE l.case_a END"
        " WHERE l.case_a = ? OR l.case_b = ? ORDER BY c.number",
        (case_id, case_id, case_id, case_id),
    )
    return [(r[0], r[1], r[2]) for r in rows]
