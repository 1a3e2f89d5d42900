"""Row mappings for the records that belong to a case (persons, addresses, ...).

Each ``ChildTable`` knows its table, how a domain object becomes a row and back.
``sync`` updates rows in place by id, inserts new ones and deletes removed ones, so
ids stay stable (checklist answers and consents refer to them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.domain import model as m
from desktop.domain.fold import fold, fold_compact
from desktop.domain.normalise import identifier_match_key
from desktop.store.codec import d2s, dt2s, enum_or, join_codes, s2d, s2dt, split_codes
from desktop.store.connection import Connection


@dataclass(frozen=True)
class ChildTable:
    table: str
    attr: str  # attribute on Case
    to_row: Callable[[Any], dict[str, Any]]
    from_row: Callable[[Any], Any]


def _person_row(p: m.Person) -> dict[str, Any]:
    return {
        "role": p.role.value, "name": p.name, "name_folded": fold(p.name + " " + p.alias).strip(),
        "alias": p.alias, "birth_date": d2s(p.birth_date), "estimated_age": p.estimated_age,
        "nationality": p.nationality, "bsn": p.bsn, "language": p.language,
        "residence_status": p.residence_status.value, "safe_contact": p.safe_contact,
        "care_needs": p.care_needs, "notes": p.notes, "address_id": p.address_id,
    }


def _person(r: Any) -> m.Person:
    return m.Person(
        id=r["id"], role=enum_or(m.PersonRole, r["role"], m.PersonRole.OTHER), name=r["name"],
        alias=r["alias"], birth_date=s2d(r["birth_date"]), estimated_age=r["estimated_age"],
        nationality=r["nationality"], bsn=r["bsn"], language=r["language"],
        residence_status=enum_or(m.ResidenceStatus, r["residence_status"], m.ResidenceStatus.UNKNOWN),
        safe_contact=r["safe_contact"], care_needs=r["care_needs"], notes=r["notes"],
        address_id=r["address_id"],
    )


def address_match_key(a: m.Address) -> str:
    pc = fold_compact(a.postcode)
    return f"{pc}|{fold_compact(a.number)}{fold_compact(a.addition)}" if pc and a.number else ""


def _address_row(a: m.Address) -> dict[str, Any]:
    return {
        "street": a.street, "number": a.number, "addition": a.addition, "postcode": a.postcode,
        "place": a.place, "match_key": address_match_key(a),
        "bag_floor_area_m2": a.bag_floor_area_m2, "brp_registered_count": a.brp_registered_count,
        "notes": a.notes,
    }


def _address(r: Any) -> m.Address:
    return m.Address(
        id=r["id"], street=r["street"], number=r["number"], addition=r["addition"],
        postcode=r["postcode"], place=r["place"], bag_floor_area_m2=r["bag_floor_area_m2"],
        brp_registered_count=r["brp_registered_count"], notes=r["notes"],
    )


def _org_row(o: m.Organisation) -> dict[str, Any]:
    return {"name": o.name, "name_folded": fold(o.name), "kvk": o.kvk, "type": o.type.value,
            "notes": o.notes, "housing_address_id": o.housing_address_id}


def _org(r: Any) -> m.Organisation:
    return m.Organisation(id=r["id"], name=r["name"], kvk=r["kvk"], notes=r["notes"],
                          type=enum_or(m.OrganisationType, r["type"], m.OrganisationType.OTHER),
                          housing_address_id=r["housing_address_id"])


def _ident_row(i: m.Identifier) -> dict[str, Any]:
    return {"kind": i.kind.value, "value": i.value, "person_id": i.person_id,
            "match_key": identifier_match_key(i.kind, i.value), "notes": i.notes}


def _ident(r: Any) -> m.Identifier:
    return m.Identifier(id=r["id"], kind=enum_or(m.IdentifierKind, r["kind"], m.IdentifierKind.PHONE),
                        value=r["value"], person_id=r["person_id"], notes=r["notes"])


def _enrich_row(e: m.EnrichmentEntry) -> dict[str, Any]:
    return {
        "source": e.source.value, "consulted": e.consulted.value,
        "reason_not_consulted": e.reason_not_consulted, "consulted_at": dt2s(e.consulted_at),
        "consulted_by": e.consulted_by, "subject": e.subject, "query_reference": e.query_reference,
        "result_summary": e.result_summary, "result_flags": join_codes(e.result_flags),
        "legal_ground": e.legal_ground, "sharing_restriction": e.sharing_restriction.value,
        "special_category": e.special_category.value if e.special_category else None,
    }


def _enrich(r: Any) -> m.EnrichmentEntry:
    special = r["special_category"]
    return m.EnrichmentEntry(
        id=r["id"], source=enum_or(m.EnrichmentSource, r["source"], m.EnrichmentSource.OTHER),
        consulted=enum_or(m.Consulted, r["consulted"], m.Consulted.YES),
        reason_not_consulted=r["reason_not_consulted"], consulted_at=s2dt(r["consulted_at"]),
        consulted_by=r["consulted_by"], subject=r["subject"], query_reference=r["query_reference"],
        result_summary=r["result_summary"], result_flags=split_codes(r["result_flags"]),
        legal_ground=r["legal_ground"],
        sharing_restriction=enum_or(m.SharingRestriction, r["sharing_restriction"],
                                    m.SharingRestriction.FREE),
        special_category=m.SpecialCategory(special) if special else None,
    )


def _consent_row(c: m.ConsentRecord) -> dict[str, Any]:
    return {"person_id": c.person_id, "status": c.status.value, "recorded_on": d2s(c.recorded_on),
            "scope": c.scope, "form": c.form.value if c.form else None,
            "withdrawn_on": d2s(c.withdrawn_on)}


def _consent(r: Any) -> m.ConsentRecord:
    return m.ConsentRecord(
        id=r["id"], person_id=r["person_id"],
        status=enum_or(m.ConsentStatus, r["status"], m.ConsentStatus.NOT_ASKED),
        recorded_on=s2d(r["recorded_on"]), scope=r["scope"],
        form=m.ConsentForm(r["form"]) if r["form"] else None, withdrawn_on=s2d(r["withdrawn_on"]),
    )


def _intervention_row(i: m.Intervention) -> dict[str, Any]:
    return {"kind": i.kind.value, "description": i.description, "started_on": d2s(i.started_on),
            "effect": i.effect, "step_id": i.step_id}


def _intervention(r: Any) -> m.Intervention:
    return m.Intervention(
        id=r["id"], kind=enum_or(m.InterventionKind, r["kind"], m.InterventionKind.ADMINISTRATIVE),
        description=r["description"], started_on=s2d(r["started_on"]), effect=r["effect"],
        step_id=r["step_id"],
    )


def _call_row(c: m.AcuteCall) -> dict[str, Any]:
    return {"service": c.service, "called_by": c.called_by, "called_at": dt2s(c.called_at)}


def _call(r: Any) -> m.AcuteCall:
    return m.AcuteCall(id=r["id"], service=r["service"], called_by=r["called_by"],
                       called_at=s2dt(r["called_at"]))


# Order matters: addresses before persons and organisations, persons before identifiers and
# consents (they refer to those ids; see ``resolve_links``).
CHILD_TABLES: tuple[ChildTable, ...] = (
    ChildTable("address", "addresses", _address_row, _address),
    ChildTable("person", "persons", _person_row, _person),
    ChildTable("organisation", "organisations", _org_row, _org),
    ChildTable("identifier", "identifiers", _ident_row, _ident),
    ChildTable("enrichment", "enrichments", _enrich_row, _enrich),
    ChildTable("consent", "consents", _consent_row, _consent),
    ChildTable("intervention", "interventions", _intervention_row, _intervention),
    ChildTable("acute_call", "acute_calls", _call_row, _call),
)




def resolve_links(case: m.Case, attr: str) -> None:
    """Before ``attr`` is written: turn unsaved links (list index) into ids and drop links to
    records that are no longer in the case (the referred records were written already)."""
    for source, id_attr, ref_attr, target in m.RECORD_LINKS:
        if source != attr:
            continue
        targets = getattr(case, target)
        present = {t.id for t in targets if t.id is not None}
        for item in getattr(case, source):
            ref = getattr(item, ref_attr)
            if ref is not None:
                setattr(item, id_attr, targets[ref].id if 0 <= ref < len(targets) else None)
                setattr(item, ref_attr, None)
            elif getattr(item, id_attr) not in present:
                setattr(item, id_attr, None)


def unlink_removed_persons(conn: Connection, case: m.Case) -> None:
    """An identifier outlives the person it was linked to: before removed persons are deleted,
    their identifiers are unlinked. (Schema v1 declared ``identifier.person_id`` with ``ON
    DELETE CASCADE``; SQLite cannot change a foreign key without rebuilding the table, which a
    schema update on a 100k register should not do for this.)"""
    kept = [p.id for p in case.persons if p.id is not None]
    keep = f" AND person_id NOT IN ({', '.join('?' * len(kept))})" if kept else ""
    conn.execute("UPDATE identifier SET person_id = NULL WHERE case_id = ? AND person_id IS NOT "
                 f"NULL{keep}", [case.id, *kept])


def sync(conn: Connection, case_id: int, spec: ChildTable, items: list[Any], *,
         is_new: bool = False) -> None:
    """Make the rows of ``spec.table`` for this case equal to ``items`` (ids assigned in place)."""
    if is_new and not items:
        return
    existing = set() if is_new else {
        r[0] for r in conn.execute(f"SELECT id FROM {spec.table} WHERE case_id = ?", (case_id,))}
    keep: set[int] = set()
    for item in items:
        row = spec.to_row(item)
        cols = list(row)
        if item.id in existing:
            sets = ", ".join(f"{c} = ?" for c in cols)
            conn.execute(f"UPDATE {spec.table} SET {sets} WHERE id = ?", [*row.values(), item.id])
            keep.add(item.id)
        else:
            names = ", ".join(["case_id", *cols])
            marks = ", ".join("?" * (len(cols) + 1))
            cur = conn.execute(f"INSERT INTO {spec.table}({names}) VALUES ({marks})",
                               [case_id, *row.values()])
            item.id = cur.lastrowid
            keep.add(item.id)
    for gone in existing - keep:
        conn.execute(f"DELETE FROM {spec.table} WHERE id = ?", (gone,))


def load(conn: Connection, case_id: int, spec: ChildTable) -> list[Any]:
    rows = conn.execute(f"SELECT * FROM {spec.table} WHERE case_id = ? ORDER BY id", (case_id,))
    return [spec.from_row(r) for r in rows]
