"""A rich, fictional case for the export tests (no real people, streets or companies)."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

from desktop.domain import model as m
from desktop.domain.route_records import Handover, StepRecord
from desktop.store import route_repo

PERPETRATORS = ["Łukasz Wiśniewski", "Ștefan Țurcanu", "Őrs Kovács", "Işıl Yılmaz",
                "Nguyễn Thị Hà"]
VICTIM = "Ioana Dumitrescu-Verzonnen"
REPORTER = "Henk Meldersma"
CARE_NEEDS = "Zwanger; heeft dringend een huisarts nodig"
SAFE_CONTACT = "Alleen via de wijkcoach, dinsdagochtend"
BIBOB_CONTENT = "Bibob-advies ernstige mate van gevaar voor Kassenbouw"
HANDHAVING_CONTENT = "Handhaving trof twaalf bedden aan in het bedrijfspand"
WIJKTEAM_CONTENT = "Wijkteam meldt psychische klachten en schulden"
BRP_CONTENT = "Op het adres staan negen personen ingeschreven"
INTERNAL_CONTENT = "Interne notitie die nooit gedeeld mag worden"
RESIDENCE_LABEL = "niet-EU, geen rechtmatig verblijf"
OBSERVATION = "Bij een controle bleken negen personen in het bedrijfspand te overnachten."
TITLE = "Overnachten in bedrijfspand"


def rich_case(victim_and_suspect: bool = True) -> m.Case:
    persons = [m.Person(role=m.PersonRole.PERPETRATOR, name=n, nationality="Pools",
                        birth_date=date(1980, 5, i + 1), care_needs="dader-zorg-geheim")
               for i, n in enumerate(PERPETRATORS)]
    persons.append(m.Person(role=m.PersonRole.VICTIM, name=VICTIM, birth_date=date(1999, 2, 3),
                            nationality="Roemeens", language="Roemeens",
                            residence_status=m.ResidenceStatus.NON_EU_IRREGULAR,
                            safe_contact=SAFE_CONTACT, care_needs=CARE_NEEDS,
                            address_ref=0))  # the victim stays at the employer's housing
    persons[0].address_ref = 0
    return m.Case(
        forms={m.Form.LABOUR}, received_on=date(2026, 3, 12),
        observed_at=datetime(2026, 3, 10, 14, 30), reporter_department="Handhaving",
        reporter_function="toezichthouder", reporter_name=REPORTER,
        how_observed=m.HowObserved.INSPECTION, observations=OBSERVATION, title=TITLE,
        victim_and_suspect=victim_and_suspect, organised_element=True, acute=False,
        persons=persons,
        addresses=[m.Address(street="Fictieweg", number="12", postcode="9999 XA",
                             place="Schakeldam", brp_registered_count=9)],
        organisations=[m.Organisation(name="Kassenbouw Fictief BV", kvk="90000123",
                                      type=m.OrganisationType.EMPLOYER, housing_address_ref=0)],
        identifiers=[m.Identifier(kind=m.IdentifierKind.PLATE, value="XZ-123-B")],
        enrichments=[
            _enrichment(m.EnrichmentSource.BRP, BRP_CONTENT),
            _enrichment(m.EnrichmentSource.BIBOB, BIBOB_CONTENT, ground="Wet Bibob"),
            _enrichment(m.EnrichmentSource.HANDHAVING, HANDHAVING_CONTENT),
            _enrichment(m.EnrichmentSource.WIJKTEAM, WIJKTEAM_CONTENT,
                        special=m.SpecialCategory.HEALTH),
            _enrichment(m.EnrichmentSource.KVK, INTERNAL_CONTENT,
                        sharing=m.SharingRestriction.INTERNAL),
        ],
    )


def _enrichment(source: m.EnrichmentSource, summary: str, ground: str = "AVG art. 6 lid 1 sub e",
                special: m.SpecialCategory | None = None,
                sharing: m.SharingRestriction = m.SharingRestriction.FREE) -> m.EnrichmentEntry:
    return m.EnrichmentEntry(source=source, consulted_at=datetime(2026, 3, 14, 9, 0),
                             consulted_by="af", result_summary=summary, legal_ground=ground,
                             special_category=special, sharing_restriction=sharing)


def store_rich_case(register, **kw) -> m.Case:
    """Store the case, with a consent for the victim, a seen checklist item and route history."""
    case = register.cases.create(rich_case(**kw))
    victim = next(p for p in case.persons if p.role == m.PersonRole.VICTIM)
    case.consents.append(m.ConsentRecord(person_id=victim.id, status=m.ConsentStatus.GIVEN,
                                         recorded_on=date(2026, 3, 15), scope="zorgcoördinator",
                                         form=m.ConsentForm.WRITTEN))
    case.route_id, case.route_version = "west-friesland", 1
    register.cases.update(case)
    register.checklists.answer(case.id, "LAB", "LAB-WRK-01", "gezien", "handhaving")
    with register.write() as conn:
        route_repo.set_route(conn, case.id, "west-friesland", 1)
        route_repo.add_step(conn, case.id, "west-friesland", 1, _step("verrijken", ""))
        route_repo.add_step(conn, case.id, "west-friesland", 1,
                            _step("terugkoppeling_melder", "vervolg_loopt"))
        route_repo.save_handover(conn, case.id, Handover("riec", date(2026, 3, 20), "open",
                                                         None, "", "riec_regionaal"))
    return register.cases.get(case.id)


def _step(step_id: str, decision: str) -> StepRecord:
    return StepRecord(step_id=step_id, completed_on=date(2026, 3, 16), decision=decision,
                      contacted="", meeting="", meeting_on=None, outcome="", next_steps=[],
                      fields={}, recorded_at=datetime(2026, 3, 16, 10, 0), recorded_by="af")


def pdftotext(path: Path, password: str | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if password is not None:
        args += ["-upw", password]
    result = subprocess.run([*args, str(path), "-"], capture_output=True, check=True,
                            text=True, encoding="utf-8")
    return result.stdout


def squash(text: str) -> str:
    return " ".join(text.split())
