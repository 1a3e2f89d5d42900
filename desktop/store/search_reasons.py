"""Why a case matched a search: which field of the case holds the typed words.

Computed for a handful of case ids at a time (the page of the list on screen), never for
all matches: one query per child table with ``case_id IN (…)``. Matching mirrors the
full-text index (``search.index_body``): every folded query token must be the prefix of a
folded word, of the compact form (postcodes, identifiers) or of a phone's match key.
Returns field codes and the matching value; the caller words them (Dutch) for the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.domain.fold import fold_compact, fold_tokens
from desktop.domain.model import IdentifierKind
from desktop.domain.normalise import identifier_match_key
from desktop.store.connection import Connection

Reason = tuple[str, str]  # (field code, value shown), e.g. ("naam", "Ștefan Țurcanu")
MAX_IDS = 500  # a page is 200 rows; refuse to be used for "all matches"


def query_tokens(text: str) -> list[str]:
    """The tokens the FTS query uses (one-letter tokens dropped when longer ones exist)."""
    tokens = fold_tokens(text)
    if any(len(t) > 1 for t in tokens):
        tokens = [t for t in tokens if len(t) > 1]
    return tokens


def _hits(token: str, value: str, *extra_keys: str) -> bool:
    if not value:
        return False
    if any(word.startswith(token) for word in fold_tokens(value)):
        return True
    return any(key and key.startswith(token) for key in (fold_compact(value), *extra_keys))


def _candidates(conn: Connection, ids: Sequence[int]) -> dict[int, list[tuple[str, str, tuple[str, ...]]]]:
    """Per case: (field code, value, extra match keys) in the order reasons are preferred."""
    marks = ",".join("?" * len(ids))
    found: dict[int, list[tuple[str, str, tuple[str, ...]]]] = {i: [] for i in ids}
    for r in conn.execute(f"SELECT case_id, name, alias, bsn FROM person WHERE case_id IN ({marks})"
                          " ORDER BY id", list(ids)):
        found[r[0]] += [("naam", r[1], ()), ("alias", r[2], ()), ("bsn", r[3], ())]
    for r in conn.execute(f"SELECT case_id, kind, value FROM identifier WHERE case_id IN ({marks})"
                          " ORDER BY id", list(ids)):
        kind = IdentifierKind(r[1]) if r[1] in IdentifierKind._value2member_map_ else IdentifierKind.HANDLE
        key = identifier_match_key(kind, r[2]).lstrip("+")
        found[r[0]].append((f"id:{r[1]}", r[2], (key,)))
    for r in conn.execute(f"SELECT case_id, street, number, addition, postcode, place FROM address"
                          f" WHERE case_id IN ({marks}) ORDER BY id", list(ids)):
        house = f"{r[1]} {r[2]}{('-' + r[3]) if r[3] else ''}".strip()
        found[r[0]] += [("adres", house, ()), ("postcode", r[4], ()), ("plaats", r[5], ())]
    for r in conn.execute(f"SELECT case_id, name, kvk FROM organisation WHERE case_id IN ({marks})"
                          " ORDER BY id", list(ids)):
        found[r[0]] += [("organisatie", r[1], ()), ("kvk", r[2], ())]
    for r in conn.execute(f"SELECT id, number, title, reporter_department, reporter_function, next_action,"
                          f" observations FROM case_file WHERE id IN ({marks})", list(ids)):
        found[r[0]] = [("zaaknummer", r[1], ()), *found[r[0]], ("titel", r[2], ()),
                       ("afdeling", r[3], ()), ("functie", r[4], ()), ("actie", r[5], ()),
                       ("signaaltekst", r[6], ())]
    return found


def match_reasons(conn: Connection, case_ids: Iterable[int], text: str) -> dict[int, list[Reason]]:
    """For each case id: the fields that hold the query's words (first field per token, no repeats)."""
    ids = list(dict.fromkeys(case_ids))
    tokens = query_tokens(text)
    if not ids or not tokens:
        return {}
    if len(ids) > MAX_IDS:
        raise ValueError("match_reasons is for one page of the list")
    out: dict[int, list[Reason]] = {}
    for case_id, fields in _candidates(conn, ids).items():
        reasons: list[Reason] = []
        for token in tokens:
            hit = next(((code, value) for code, value, keys in fields if _hits(token, value, *keys)), None)
            if hit is not None and hit not in reasons:
                reasons.append(hit)
        out[case_id] = reasons
    return out
