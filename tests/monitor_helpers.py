"""Shared fictional fixtures for the monitoring / retention / access-request tests."""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import Workbook

from desktop.domain import model as m
from desktop.domain.route_records import Handover, StepRecord
from desktop.store import route_repo


def add_case(register, *, received: date, forms=(m.Form.LABOUR,), department="Handhaving",
             signal_type=m.SignalType.PERSON, minor=m.TriState.NO, handovers=(),
             feedback_on: date | None = None, interventions=(), closed_on: date | None = None,
             outcome: str = "", persons=(), observations="Veel matrassen in een bedrijfspand.",
             decision: str = "", **extra) -> m.Case:
    """Store a case and its route records. ``handovers``: (partner id, started, status)."""
    case = m.Case(
        forms=set(forms), received_on=received, reporter_department=department,
        signal_type=signal_type, minor=minor, observations=observations,
        title="Overnachten in bedrijfspand", closed_on=closed_on, outcome=outcome,
        status=m.CaseStatus.CLOSED if closed_on else m.CaseStatus.IN_PROGRESS,
        persons=list(persons), interventions=[
            m.Intervention(kind=kind, description="Controle", effect=effect)
            for kind, effect in interventions],
        route_id="sjabloon", route_version=1, **extra,
    )
    register.cases.create(case)
    with register.write() as conn:
        for partner, started, *status in handovers:
            route_repo.save_handover(conn, case.id, Handover(
                partner_id=partner, started_on=started, status=status[0] if status else "open",
                closed_on=None, feedback_summary="", step_id="overdracht"))
        if decision:
            route_repo.add_step(conn, case.id, "sjabloon", 1, StepRecord(
                step_id="wegen", completed_on=received, decision=decision, contacted="",
                meeting="", meeting_on=None, outcome="", next_steps=[], fields={},
                recorded_at=datetime(2025, 1, 1, 12), recorded_by="tester"))
        if feedback_on:
            route_repo.add_step(conn, case.id, "sjabloon", 1, StepRecord(
                step_id="terugkoppeling_melder", completed_on=feedback_on,
                decision="ontvangen_doorgezet", contacted="", meeting="", meeting_on=None,
                outcome="", next_steps=[], fields={}, recorded_at=datetime(2025, 1, 1, 12),
                recorded_by="tester"))
    return case


EXCEL_EPOCH = date(1899, 12, 30)


def serial(day: date) -> int:
    return (day - EXCEL_EPOCH).days


def messy_xlsx(path) -> None:
    """Title row, two-level merged header, an empty row, serial dates, numbers as floats."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Register signalen mensenhandel 2024 (fictief)"
    ws.merge_cells("A1:M1")
    tops = {"A": "Nr.", "B": "Datum", "C": "Omschrijving", "D": "Afdeling", "E": "Vorm",
            "L": "KvK", "M": "Bedrijf"}
    for col, text in tops.items():
        ws[f"{col}2"] = text
        ws.merge_cells(f"{col}2:{col}3")
    ws["F2"], ws["I2"] = "Persoon", "Adres"
    ws.merge_cells("F2:H2")
    ws.merge_cells("I2:K2")
    for col, text in zip("FGHIJK", ["Naam", "Rol", "Geb. datum", "Straat", "Huisnr", "PC"],
                         strict=True):
        ws[f"{col}3"] = text
    ws.append(["R-1", datetime(2024, 2, 3), "Groep aan de balie", "Burgerzaken", "arbeid",
               "Łukasz Wiśniewski", "slachtoffer", serial(date(1990, 4, 12)), "Fictieweg", 3.0,
               "9999 XA", 90001234.0, "Snelwerk Fictief BV"])  # row 4
    ws.append([])  # row 5: empty
    ws.append(["R-1", None, None, None, None, "Őrs Kovács", "verdachte", None, None, None, None,
               None, None])  # row 6: a second person of R-1
    ws.append(["R-2", serial(date(2024, 3, 1)), "Jongere met dure spullen", "Leerplicht",
               "crimineel", None, None, None, "Denkbeeldlaan", 12.0, "9998 XB", 1234567.0,
               "Nergens VOF"])  # row 7
    ws.append(["R-3", "05-04-2024", "Kamerverhuur", "Handhaving", "arbeid", None, None, None,
               "Oefenhof", 1.0, 12345.0, None, None])  # row 8: bad postcode
    wb.save(path)
