"""Map the columns of an existing register onto Schakel's import fields, check, import.

``guess_mapping`` proposes a field per column from the header (folded, with Dutch
synonyms: "naam" → persoon_naam, "datum" → datum_signaal, "pc" → postcode, ...); a
mapping the officer saved before wins (``register.setting("import_mapping")``).
``check`` validates the whole file with the importer's rules and gives every problem
a cell (row as in Excel, column as in the file). ``run`` imports atomically: the
cases without problems are stored in one transaction; a case with any problem is
refused as a whole and reported with its rows and reasons.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from desktop.domain.fold import fold_compact, fold_tokens
from desktop.services.imports.importer import (
    FIELDS,
    REQUIRED,
    ImportPlan,
    ImportRefused,
    RowProblem,
    plan_import,
    run_import,
)
from desktop.services.imports.table import RawTable

if TYPE_CHECKING:
    from desktop.services.register import Register

SETTING = "import_mapping"
Mapping = dict[int, str]  # column index → field name (unmapped columns are absent)

FIELD_LABELS: dict[str, str] = {
    "registratienummer": "Registratienummer",
    "datum_signaal": "Datum signaal", "omschrijving": "Omschrijving",
    "vormen": "Vorm(en) van uitbuiting", "afdeling_melder": "Afdeling van de melder",
    "persoon_naam": "Naam persoon", "persoon_rol": "Rol persoon",
    "persoon_geboortedatum": "Geboortedatum persoon", "persoon_bsn": "BSN persoon",
    "persoon_nationaliteit": "Nationaliteit persoon", "straat": "Straat",
    "huisnummer": "Huisnummer", "postcode": "Postcode", "plaats": "Plaats",
    "organisatie_naam": "Naam organisatie", "kvk_nummer": "KvK-nummer",
}
SYNONYMS: dict[str, tuple[str, ...]] = {
    "registratienummer": ("registratienummer", "registratienr", "regnr", "nr", "nummer",
                          "zaaknummer", "zaaknr", "kenmerk", "dossiernummer", "volgnummer", "id",
                          "meldingsnummer", "meldingnummer"),
    "datum_signaal": ("datum signaal", "datum", "datum melding", "meldingsdatum", "melddatum",
                      "datum ontvangst", "ontvangen", "ontvangen op", "signaaldatum"),
    "omschrijving": ("omschrijving", "beschrijving", "signaal", "toelichting", "melding",
                     "wat is er gezien", "waarneming", "observatie", "observaties"),
    "vormen": ("vormen", "vorm", "vorm uitbuiting", "uitbuitingsvorm", "soort uitbuiting",
               "type uitbuiting", "vermoedelijke vorm"),
    "afdeling_melder": ("afdeling melder", "afdeling", "melder", "team", "afdeling van de melder",
                        "melder afdeling"),
    "persoon_naam": ("persoon naam", "naam", "naam persoon", "naam betrokkene", "betrokkene",
                     "persoon", "volledige naam"),
    "persoon_rol": ("persoon rol", "rol", "rol persoon"),
    "persoon_geboortedatum": ("persoon geboortedatum", "geboortedatum", "geb datum", "geboren",
                              "geboortedag"),
    "persoon_bsn": ("persoon bsn", "bsn", "burgerservicenummer", "sofinummer"),
    "persoon_nationaliteit": ("persoon nationaliteit", "nationaliteit", "land van herkomst"),
    "straat": ("straat", "straatnaam", "adres"),
    "huisnummer": ("huisnummer", "huisnr", "nr huis"),
    "postcode": ("postcode", "pc"),
    "plaats": ("plaats", "woonplaats", "plaatsnaam", "gemeente"),
    "organisatie_naam": ("organisatie naam", "organisatie", "bedrijf", "bedrijfsnaam",
                         "werkgever", "onderneming"),
    "kvk_nummer": ("kvk nummer", "kvk", "kvk nr", "handelsregister", "kamer van koophandel"),
}
MIN_SCORE = 70
PAD = {"persoon_bsn": 9, "kvk_nummer": 8}  # digits lost to Excel's number format


# -- guessing and remembering -------------------------------------------------------------
def _score(header: str, synonym: str) -> int:
    compact, syn_compact = fold_compact(header), fold_compact(synonym)
    if not compact:
        return 0
    if compact == syn_compact:
        return 100
    tokens, syn_tokens = set(fold_tokens(header)), fold_tokens(synonym)
    if syn_tokens and set(syn_tokens) <= tokens:
        return 70 + len(syn_tokens)
    ratio = fuzz.ratio(compact, syn_compact)
    return int(ratio) - 10 if ratio >= 88 and len(syn_compact) >= 5 else 0


def guess_mapping(headers: list[str], saved: dict[str, str] | None = None) -> Mapping:
    """Column index → field. Saved choices win; then the best header scores, each field once."""
    saved = saved or {}
    mapping: Mapping = {}
    for i, header in enumerate(headers):
        choice = saved.get(fold_compact(header))
        if choice is not None and (choice == "" or choice in FIELDS):
            if choice and choice not in mapping.values():
                mapping[i] = choice
    fixed = {i for i, h in enumerate(headers) if fold_compact(h) in saved}
    scores = []
    for i, header in enumerate(headers):
        if i in fixed:
            continue
        for name in FIELDS:
            best = max([_score(header, name.replace("_", " "))]
                       + [_score(header, s) for s in SYNONYMS[name]])
            if best >= MIN_SCORE:
                scores.append((best, -i, name))
    for _best, neg_i, name in sorted(scores, reverse=True):
        if -neg_i not in mapping and name not in mapping.values():
            mapping[-neg_i] = name
    return dict(sorted(mapping.items()))


def saved_mapping(register: Register) -> dict[str, str]:
    try:
        data = json.loads(register.setting(SETTING) or "{}")
    except ValueError:
        return {}
    columns = data.get("columns", {}) if isinstance(data, dict) else {}
    return {str(k): str(v) for k, v in columns.items()}


def save_mapping(register: Register, headers: list[str], mapping: Mapping) -> None:
    """Remember the choice per header (folded), also "not imported" (""), for next time."""
    columns = saved_mapping(register)
    for i, header in enumerate(headers):
        if fold_compact(header):
            columns[fold_compact(header)] = mapping.get(i, "")
    register.set_setting(SETTING, json.dumps({"version": 1, "columns": columns}))


# -- applying and checking ----------------------------------------------------------------
def _value(name: str, text: str) -> str:
    width = PAD.get(name)
    if width and text.isdigit() and width - 2 <= len(text) < width:
        return text.zfill(width)
    return text


def mapped_rows(table: RawTable, mapping: Mapping) -> tuple[list[str], list[dict[str, str]]]:
    fields = [mapping[i] for i in sorted(mapping)]
    rows = [{mapping[i]: _value(mapping[i], row[i]) for i in sorted(mapping)} for row in table.rows]
    return fields, rows


def missing_required(mapping: Mapping) -> list[str]:
    return [name for name in REQUIRED if name not in mapping.values()]


@dataclass
class CheckResult:
    plan: ImportPlan
    problems: list[RowProblem]  # columns named as in the file
    cells: dict[tuple[int, int], list[str]]  # (row number, column index) → messages
    refused: dict[str, list[RowProblem]]  # registratienummer (or "rij N") → its problems
    clean_rows: list[int]  # row numbers that will be imported
    importable_cases: int
    missing: list[str] = field(default_factory=list)  # required fields not mapped


def check(table: RawTable, mapping: Mapping) -> CheckResult:
    """Validate every row; problems get the file's column names and a cell."""
    fields, rows = mapped_rows(table, mapping)
    missing = missing_required(mapping)
    plan = plan_import(fields, rows, table.row_numbers)
    if missing:
        return CheckResult(plan, [], {}, {}, [], 0, missing)
    column_of = {name: i for i, name in mapping.items()}
    refs = {n: r.get("registratienummer", "") for n, r in zip(table.row_numbers, rows, strict=True)}
    cells: dict[tuple[int, int], list[str]] = {}
    problems: list[RowProblem] = []
    refused: dict[str, list[RowProblem]] = {}
    for p in plan.problems:
        col = column_of.get(p.column)
        column = table.headers[col] if col is not None else FIELD_LABELS.get(p.column, p.column)
        shown = RowProblem(p.row, column, p.message)
        problems.append(shown)
        if col is not None:
            cells.setdefault((p.row, col), []).append(p.message)
        refused.setdefault(refs.get(p.row) or f"rij {p.row}", []).append(shown)
    clean = [n for n in table.row_numbers if refs[n] and refs[n] not in refused]
    cases = len({refs[n] for n in clean})
    return CheckResult(plan, problems, cells, refused, clean, cases)


@dataclass
class ImportReport:
    imported: int  # cases
    rows: int  # rows those cases came from
    refused: dict[str, list[RowProblem]]


def run(register: Register, table: RawTable, mapping: Mapping,
        progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import the cases without problems in one transaction; report the refused ones."""
    result = check(table, mapping)
    if result.missing:
        raise ImportRefused([RowProblem(1, FIELD_LABELS[n], "verplicht veld is aan geen kolom "
                                        "gekoppeld") for n in result.missing])
    fields, rows = mapped_rows(table, mapping)
    keep = set(result.clean_rows)
    numbers = [n for n in table.row_numbers if n in keep]
    chosen = [r for n, r in zip(table.row_numbers, rows, strict=True) if n in keep]
    plan = plan_import(fields, chosen, numbers)
    count = run_import(register, plan, progress) if plan.cases else 0
    return ImportReport(count, len(chosen), result.refused)
