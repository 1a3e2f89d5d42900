"""Three-way merge of a returned case by UUID (pure, no database).

``base`` is the case as it was lent, ``mine`` the owner's copy now, ``theirs`` the deputy's
return. Records only the deputy added are added. A field takes the deputy's value only
when the owner's copy has not changed it since lending; when both changed it, it becomes a
``Conflict`` the owner decides (``mine`` or ``theirs``) — never a silent overwrite. A record
removed on one side and changed on the other is a conflict on the whole record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.services.transfer.profiles import DERIVED

RECORD = "__record__"  # pseudo field: the record's presence
MINE, THEIRS = "mine", "theirs"


@dataclass(frozen=True)
class Conflict:
    case_number: str
    table: str
    uuid: str
    field: str
    base: Any
    mine: Any
    theirs: Any

    @property
    def key(self) -> str:
        return f"{self.table}:{self.uuid}:{self.field}"


@dataclass
class Plan:
    inserts: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)  # table, uuid, fields
    updates: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    deletes: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def _index(case: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    out = {("case_file", case["uuid"]): dict(case["fields"])}
    for rec in case.get("records", []):
        out[(rec["table"], rec["uuid"])] = dict(rec["fields"])
    return out


def _order(theirs: dict[str, Any]) -> list[tuple[str, str]]:
    return [("case_file", theirs["uuid"])] + [(r["table"], r["uuid"]) for r in theirs.get("records", [])]


def plan(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any],
         decisions: dict[str, str] | None = None) -> Plan:
    """What applying ``theirs`` does; unresolved conflicts stay in ``Plan.conflicts``."""
    decisions = decisions or {}
    b, m, t = _index(base), _index(mine), _index(theirs)
    out = Plan()
    number = theirs["number"]
    for key in _order(theirs):
        table, uuid = key
        if key not in m:
            _missing_here(out, number, key, b, t, decisions)
            continue
        changed: dict[str, Any] = {}
        for name, value in t[key].items():
            if name in DERIVED or value == m[key].get(name):
                continue
            base_value = b.get(key, {}).get(name, _ABSENT)
            if key in b and m[key].get(name) == base_value:
                changed[name] = value
                continue
            conflict = Conflict(number, table, uuid, name, _shown(base_value), m[key].get(name), value)
            choice = decisions.get(conflict.key)
            if choice == THEIRS:
                changed[name] = value
            elif choice != MINE:
                out.conflicts.append(conflict)
        if changed:
            out.updates.append((table, uuid, changed))
    for key in b:
        if key in m and key not in t and key[0] != "case_file":
            _removed_there(out, number, key, b, m, decisions)
    _unique_twins(out, number, m, decisions)
    return out


#: Tables with a unique key besides the UUID: a record both sides added for the same key
#: (e.g. the same checklist item answered by owner and deputy) is compared, not inserted twice.
UNIQUE = {"checklist_answer": (("list_id", "item_id", "address_id"), ("answer", "note", "seen_by"))}


def _unique_twins(out: Plan, number: str, m: dict, decisions: dict[str, str]) -> None:
    for insert in list(out.inserts):
        table, _uuid, fields = insert
        if table not in UNIQUE:
            continue
        key_cols, shown_cols = UNIQUE[table]
        wanted = tuple(fields.get(c) for c in key_cols)
        twin = next((u for (tb, u), f in m.items()
                     if tb == table and tuple(f.get(c) for c in key_cols) == wanted), None)
        if twin is None:
            continue
        out.inserts.remove(insert)
        mine = m[(table, twin)]
        take = False
        for name in shown_cols:
            if fields.get(name) == mine.get(name):
                continue
            conflict = Conflict(number, table, twin, name, None, mine.get(name), fields.get(name))
            choice = decisions.get(conflict.key)
            take = take or choice == THEIRS
            if choice not in (MINE, THEIRS):
                out.conflicts.append(conflict)
        if take:
            out.updates.append((table, twin, {k: v for k, v in fields.items() if k not in key_cols}))


_ABSENT = object()


def _shown(value: Any) -> Any:
    return None if value is _ABSENT else value


def _missing_here(out: Plan, number: str, key: tuple[str, str], b: dict, t: dict,
                  decisions: dict[str, str]) -> None:
    table, uuid = key
    if key not in b:  # new on the deputy's side
        out.inserts.append((table, uuid, t[key]))
        return
    conflict = Conflict(number, table, uuid, RECORD, "aanwezig", "verwijderd", "aanwezig")
    choice = decisions.get(conflict.key)
    if choice == THEIRS:
        out.inserts.append((table, uuid, t[key]))
    elif choice != MINE:
        out.conflicts.append(conflict)


def _removed_there(out: Plan, number: str, key: tuple[str, str], b: dict, m: dict,
                   decisions: dict[str, str]) -> None:
    table, uuid = key
    if all(m[key].get(k) == v for k, v in b[key].items() if k not in DERIVED):
        out.deletes.append(key)
        return
    conflict = Conflict(number, table, uuid, RECORD, "aanwezig", "aanwezig", "verwijderd")
    choice = decisions.get(conflict.key)
    if choice == THEIRS:
        out.deletes.append(key)
    elif choice != MINE:
        out.conflicts.append(conflict)
