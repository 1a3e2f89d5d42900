"""Time PDF exports: one typical case (riec profile) and a 50-case consultation agenda.

Measures preview + render (what the officer waits for after choosing a profile); the
file write is excluded (it depends on the disk, not on Schakel).
"""

from __future__ import annotations

import secrets
import time
from datetime import date
from pathlib import Path

from benchmarks.data import fill, open_register
from desktop.domain import model as m
from desktop.services.export.document import ExportChoices
from desktop.services.export.service import ExportService


def _typical(register) -> int:
    case = m.Case(
        forms={m.Form.LABOUR}, received_on=date(2026, 5, 4), reporter_department="Handhaving",
        reporter_function="toezichthouder", title="Overnachten in bedrijfspand",
        observations="Tijdens een controle bleken elf personen in een bedrijfspand te overnachten. "
                     * 6,
        persons=[m.Person(role=m.PersonRole.PERPETRATOR, name="Őrs Kovács", birth_date=date(1980, 1, 2)),
                 m.Person(role=m.PersonRole.PERPETRATOR, name="Ștefan Țurcanu"),
                 m.Person(role=m.PersonRole.VICTIM, name="Łukasz Wiśniewski")],
        addresses=[m.Address(street="Fictieweg", number="12", postcode="9999 XA", place="Schakeldam")],
        organisations=[m.Organisation(name="Uitzendbureau Snelwerk BV", kvk="12345678")],
        identifiers=[m.Identifier(kind=m.IdentifierKind.PHONE, value="06 12345678")],
        enrichments=[m.EnrichmentEntry(source=src, result_summary="12 ingeschrevenen op 45 m²",
                                       legal_ground="AVG art. 6 lid 1 sub e")
                     for src in (m.EnrichmentSource.BRP, m.EnrichmentSource.KVK,
                                 m.EnrichmentSource.HANDHAVING)],
    )
    return register.cases.create(case).id


def case_seconds(workdir: Path, rounds: int) -> list[float]:
    reg = open_register(workdir / "pdf1", secrets.token_bytes(32), create=True)
    try:
        case_id = _typical(reg)
        service = ExportService(reg)
        service.render(service.preview([case_id], "riec"), ExportChoices())  # warm fonts
        out = []
        for _ in range(rounds):
            t = time.perf_counter()
            service.render(service.preview([case_id], "riec"), ExportChoices())
            out.append(time.perf_counter() - t)
        return out
    finally:
        reg.close()


def agenda_50_seconds(workdir: Path, rounds: int) -> list[float]:
    reg = open_register(workdir / "pdf50", secrets.token_bytes(32), create=True)
    try:
        fill(reg, 50)
        ids = [s.id for s in reg.cases.list(__import__("desktop.store.cases", fromlist=["x"]).ListQuery(limit=50))]
        service = ExportService(reg)
        out = []
        for _ in range(rounds):
            t = time.perf_counter()
            preview = service.preview(ids, "overleg-agenda")
            service.render(preview, ExportChoices(questions={i: "Wie pakt dit op?" for i in ids}))
            out.append(time.perf_counter() - t)
        return out
    finally:
        reg.close()
