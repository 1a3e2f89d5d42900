"""``schakel --self-test``: proves an installation works, in a temporary data dir.

Creates a vault, writes and searches a fictional case, renders a PDF and opens it
again, and removes everything. Prints Dutch progress lines; returns 0 on success.
Used by IT after deployment and by CI on the frozen build.
"""

from __future__ import annotations

import io
import secrets
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.domain import model as m
from desktop.policy import Policy


def run_self_test(say: Callable[[str], None] = print) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="schakel-zelftest-"))
    try:
        _run(tmp, say)
    except Exception as exc:  # report the failing step without any content
        say(f"ZELFTEST MISLUKT: {type(exc).__name__}")
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    say("Zelftest geslaagd.")
    return 0


def _run(tmp: Path, say: Callable[[str], None]) -> None:
    from desktop.services.session import VaultService

    service = VaultService(tmp / "data", Policy(allow_keyring=False))
    register, _code = service.create(secrets.token_urlsafe(24), use_keyring=False,
                                     municipality="Zelftest")
    say("Versleuteld register aangemaakt.")
    try:
        case = register.cases.create(m.Case(
            forms={m.Form.LABOUR}, received_on=date.today(), reporter_department="Zelftest",
            observations="Fictief signaal voor de zelftest.", title="Zelftest",
            persons=[m.Person(name="Ștefan Zelftest-Țurcanu")]))
        found = register.cases.search("stefan zelftest turcanu")
        if [s.id for s in found] != [case.id]:
            raise RuntimeError("search")
        say("Zaak opgeslagen en teruggevonden.")
        _pdf_round_trip()
        say("PDF gemaakt en gecontroleerd.")
        from desktop.services.maintenance import check

        if not check(register).ok:
            raise RuntimeError("check")
        say("Integriteitscontrole in orde.")
    finally:
        register.close()


def _pdf_round_trip() -> None:
    from pypdf import PdfReader

    from desktop.pdf.document import KeyValues, PdfDocument, Section
    from desktop.pdf.render import render_pdf

    doc = PdfDocument(title="Zelftest", recipient="Zelftest", case_label="Zelftest",
                      date=date.today(), municipality="Zelftest",
                      sections=[Section("Zelftest", [KeyValues([("Naam", "Łukasz Ștefan Őrs")])])])
    data = render_pdf(doc)
    pdf = PdfReader(io.BytesIO(data))
    if len(pdf.pages) < 1:
        raise RuntimeError("pdf")
    fonts = pdf.pages[0]["/Resources"]["/Font"]
    if not any("DejaVu" in str(fonts[name].get_object()["/BaseFont"]) for name in fonts):
        raise RuntimeError("font")
