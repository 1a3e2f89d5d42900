"""Import an existing register (CSV with Dutch headers; one row per person).

Rows are grouped into cases by ``registratienummer``. Every problem is reported with
row number (as the officer sees it in Excel: header = row 1) and column name. The
import is atomic: one transaction for all cases, nothing is stored when any row is
refused.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.domain import model as m
from desktop.domain.fold import fold
from desktop.domain.validation import (
    check_bsn,
    check_kvk,
    check_not_future,
    check_postcode,
    format_postcode,
)
from desktop.errors import SchakelError
from desktop.services.register import Register
from desktop.store import audit, bulk_insert
from desktop.store.errors import os_error_nl

IMPORT_BATCH = 1000  # cases per executemany batch (progress is reported per batch)

REQUIRED = ("registratienummer", "datum_signaal", "omschrijving", "afdeling_melder")
FIELDS = (
    "registratienummer", "datum_signaal", "omschrijving", "vormen", "afdeling_melder",
    "persoon_naam", "persoon_rol", "persoon_geboortedatum", "persoon_bsn", "persoon_nationaliteit",
    "straat", "huisnummer", "postcode", "plaats", "organisatie_naam", "kvk_nummer",
)

FORM_WORDS = {
    "seks": m.Form.SEXUAL, "prostitutie": m.Form.SEXUAL, "arbeid": m.Form.LABOUR,
    "crimin": m.Form.CRIMINAL, "orgaan": m.Form.ORGAN, "organ": m.Form.ORGAN,
    "onbekend": m.Form.UNKNOWN,
}
ROLE_WORDS = {
    "slachtoffer": m.PersonRole.VICTIM, "dader": m.PersonRole.PERPETRATOR,
    "verdachte": m.PersonRole.PERPETRATOR, "facilitator": m.PersonRole.PERPETRATOR,
    "faciliteerder": m.PersonRole.PERPETRATOR, "overig": m.PersonRole.OTHER,
    "getuige": m.PersonRole.OTHER, "": m.PersonRole.OTHER,
}


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"rij {self.row}, kolom '{self.column}': {self.message}"


@dataclass
class ImportPlan:
    cases: list[m.Case] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows: int = 0


class ImportRefused(SchakelError):
    def __init__(self, problems: list[RowProblem]):
        super().__init__(f"{len(problems)} problemen")
        self.problems = problems


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Read a UTF-8 (with or without BOM) CSV separated by ';' or ','."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused([RowProblem(0, "", "bestand is geen UTF-8; sla het op als 'CSV UTF-8'")]) from None
    except OSError as exc:
        raise ImportRefused([RowProblem(0, "", f"bestand niet leesbaar ({os_error_nl(exc)})")]) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    headers = [h.strip().lower() for h in (reader.fieldnames or [])]
    rows = []
    for raw in reader:
        rows.append({(k or "").strip().lower(): (v or "").strip() if isinstance(v, str) else ""
                     for k, v in raw.items()})
    return headers, rows


_DMY = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")


def parse_date(value: str) -> date:
    value = value.strip()
    if (found := _DMY.fullmatch(value)) is not None:  # the common dd-mm-jjjj, without strptime
        try:
            return date(int(found[3]), int(found[2]), int(found[1]))
        except ValueError:
            raise ValueError("geen geldige datum (verwacht dd-mm-jjjj)") from None
    if len(value) == 10 and value[4] == "-" and value[7] == "-":  # ISO (spreadsheet date cells)
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    if value.replace(".", "", 1).isdigit() and "." not in value[:3] and len(value) <= 6:
        return date(1899, 12, 30) + timedelta(days=int(float(value)))  # Excel serial
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError("geen geldige datum (verwacht dd-mm-jjjj)")


def parse_forms(value: str) -> set[m.Form]:
    found = {form for word, form in FORM_WORDS.items() if word in fold(value)}
    return found or {m.Form.UNKNOWN}


def plan_import(headers: list[str], rows: list[dict[str, str]],
                row_numbers: list[int] | None = None) -> ImportPlan:
    """Plan the import of ``rows`` (keyed by the field names in ``FIELDS``).

    ``row_numbers`` are the rows as the officer sees them in the file (default: header = 1,
    then 2, 3, ...); problems name these numbers."""
    plan = ImportPlan(rows=len(rows))
    missing = [c for c in REQUIRED if c not in headers]
    if missing:
        plan.problems += [RowProblem(1, c, "verplichte kolom ontbreekt") for c in missing]
        return plan
    by_ref: dict[str, m.Case] = {}
    numbers = row_numbers if row_numbers is not None else range(2, len(rows) + 2)
    for index, row in zip(numbers, rows, strict=True):
        if not any(row.values()):
            continue
        _plan_row(plan, by_ref, index, row)
    plan.cases = list(by_ref.values())
    return plan


def _plan_row(plan: ImportPlan, by_ref: dict[str, m.Case], n: int, row: dict[str, str]) -> None:
    def problem(column: str, message: str) -> None:
        plan.problems.append(RowProblem(n, column, message))

    ref = row.get("registratienummer", "")
    if not ref:
        problem("registratienummer", "leeg")
        return
    case = by_ref.get(ref)
    if case is None:
        case = m.Case(title=f"Geïmporteerd uit register, nr. {ref}", status=m.CaseStatus.IN_PROGRESS)
        try:
            case.received_on = parse_date(row.get("datum_signaal", ""))
            if check_not_future(case.received_on, "datum"):
                problem("datum_signaal", "datum ligt in de toekomst")
        except ValueError as exc:
            problem("datum_signaal", str(exc))
        case.observations = row.get("omschrijving", "")
        if not case.observations:
            problem("omschrijving", "leeg")
        case.reporter_department = row.get("afdeling_melder", "")
        if not case.reporter_department:
            problem("afdeling_melder", "leeg")
        case.forms = parse_forms(row.get("vormen", ""))
        by_ref[ref] = case
    _add_person(case, row, problem)
    _add_address(case, row, problem)
    _add_org(case, row, problem)


def _add_person(case: m.Case, row: dict[str, str], problem) -> None:
    name = row.get("persoon_naam", "")
    if not name:
        return
    role_text = fold(row.get("persoon_rol", ""))
    role = next((r for w, r in ROLE_WORDS.items() if w and w in role_text), None)
    if role is None:
        if role_text:
            problem("persoon_rol", "onbekende rol (gebruik slachtoffer, dader of overig)")
        role = m.PersonRole.OTHER
    person = m.Person(role=role, name=name, nationality=row.get("persoon_nationaliteit", ""))
    if row.get("persoon_geboortedatum"):
        try:
            person.birth_date = parse_date(row["persoon_geboortedatum"])
        except ValueError as exc:
            problem("persoon_geboortedatum", str(exc))
    bsn = row.get("persoon_bsn", "")
    if bsn:
        if msg := check_bsn(bsn):
            problem("persoon_bsn", msg)
        person.bsn = bsn
    if not any(fold(p.name) == fold(name) and p.birth_date == person.birth_date for p in case.persons):
        case.persons.append(person)


def _add_address(case: m.Case, row: dict[str, str], problem) -> None:
    street, number, pc, place = (row.get(k, "") for k in ("straat", "huisnummer", "postcode", "plaats"))
    if not (street or pc or place):
        return
    if pc and (msg := check_postcode(pc)):
        problem("postcode", msg)
    address = m.Address(street=street, number=number, postcode=format_postcode(pc) if pc else "",
                        place=place)
    if not any(a.one_line() == address.one_line() for a in case.addresses):
        case.addresses.append(address)


def _add_org(case: m.Case, row: dict[str, str], problem) -> None:
    name, kvk = row.get("organisatie_naam", ""), row.get("kvk_nummer", "").replace(" ", "")
    if not (name or kvk):
        return
    if kvk and (msg := check_kvk(kvk)):
        problem("kvk_nummer", msg)
    if not name:
        problem("organisatie_naam", "leeg terwijl er een KvK-nummer is")
    if not any(o.name == name and o.kvk == kvk for o in case.organisations):
        case.organisations.append(m.Organisation(name=name, kvk=kvk))


def run_import(register: Register, plan: ImportPlan, progress=None) -> int:
    """Store all planned cases in ONE transaction. Returns the number of cases imported."""
    if plan.problems:
        raise ImportRefused(plan.problems)
    total = len(plan.cases)
    with register.write() as conn:
        # Per batch, not per row: one executemany per table, FTS rows and audit rows included.
        for start in range(0, total, IMPORT_BATCH):
            batch = plan.cases[start:start + IMPORT_BATCH]
            bulk_insert.insert_new(conn, batch)
            audit.append_many(conn, "zaak_geimporteerd", [int(c.id) for c in batch if c.id is not None])
            if progress:
                progress(start + len(batch), total)
        register.audit(conn, "register_geimporteerd", detail=str(total))
    register.links.invalidate()
    register.changed("import")
    return len(plan.cases)


def import_csv(register: Register, path: Path, progress=None) -> int:
    headers, rows = read_csv(path)
    return run_import(register, plan_import(headers, rows), progress)
