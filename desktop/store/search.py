"""Full-text search over folded case text (FTS5 inside the encrypted database).

The indexed body is built from the case's signal text, person names and aliases,
addresses (also compact postcodes), organisation names, KvK numbers and identifiers,
all passed through ``fold`` — the same function used on the query, so "turcanu"
finds "Țurcanu" and "lukasz wisn" finds "Łukasz Wiśniewski". Every query token is a
quoted prefix term, so user input can never be an FTS5 syntax error.
"""

from __future__ import annotations

from desktop.domain import model as m
from desktop.domain.fold import fold, fold_compact, fold_tokens
from desktop.domain.normalise import identifier_match_key
from desktop.store.connection import Connection


def index_body(case: m.Case) -> str:
    parts: list[str] = [case.number, case.title, case.observations, case.reporter_department,
                        case.reporter_function, case.next_action]
    for p in case.persons:
        parts += [p.name, p.alias, p.nationality, p.bsn]
    for a in case.addresses:
        parts += [a.street, a.number, a.addition, a.postcode, fold_compact(a.postcode), a.place]
    for o in case.organisations:
        parts += [o.name, o.kvk]
    for i in case.identifiers:
        parts += [i.value, fold_compact(i.value), identifier_match_key(i.kind, i.value).lstrip("+")]
    return fold(" ".join(p for p in parts if p))


def reindex(conn: Connection, case: m.Case) -> None:
    assert case.id is not None
    conn.execute("DELETE FROM case_fts WHERE rowid = ?", (case.id,))
    conn.execute("INSERT INTO case_fts(rowid, body) VALUES (?, ?)", (case.id, index_body(case)))


def remove(conn: Connection, case_id: int) -> None:
    conn.execute("DELETE FROM case_fts WHERE rowid = ?", (case_id,))


# No cap: every match is counted and every match is reachable by paging. Measured on 100k
# cases (2 cores): counting 27k matches of "wi" 1 ms, a sorted page of 200 out of 8,000
# matches 3-20 ms; the list asks for one page at a time.


def fts_query(text: str) -> str:
    """Turn what the officer typed into a safe FTS5 query: every token a quoted prefix.

    One-letter tokens are dropped when longer ones exist ("lukasz w" searches "lukasz"
    until the officer types a second letter): the prefix index starts at two letters.
    """
    tokens = fold_tokens(text)
    if any(len(t) > 1 for t in tokens):
        tokens = [t for t in tokens if len(t) > 1]
    return " ".join(f'"{t}"*' for t in tokens)


def match_sql() -> str:
    """Subquery yielding the rowids of all matches (one parameter: the FTS query)."""
    return "SELECT rowid FROM case_fts WHERE case_fts MATCH ?"


def match_count(conn: Connection, text: str) -> int:
    """The exact number of cases matching ``text``."""
    query = fts_query(text)
    if not query:
        return 0
    return int(conn.execute("SELECT count(*) FROM case_fts WHERE case_fts MATCH ?", (query,)).fetchone()[0])


def search_ids(conn: Connection, text: str, limit: int = 200) -> list[int]:
    query = fts_query(text)
    if not query:
        return []
    rows = conn.execute(
        "SELECT rowid FROM case_fts WHERE case_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
        (query, limit),
    )
    return [r[0] for r in rows]
