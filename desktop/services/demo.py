"""Fictional, realistic demo cases (never real people, streets or companies).

Names mix Dutch and migrant names with diacritics, addresses are in invented streets
in the fictional town "Schakeldam" and real-looking but fictional postcodes.
Deterministic for a given seed so tests and benchmarks are reproducible.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from desktop.domain import model as m
from desktop.services.register import Register
from desktop.store import cases as repo

FIRST = ["Łukasz", "Ștefan", "Őrs", "Işıl", "Nguyễn Thị", "Agnieszka", "Mihai", "Ioana", "Dorota",
         "Bogdan", "Zsófia", "Ahmet", "João", "Ivana", "Jiří", "Søren", "Fatma", "Daan", "Sanne",
         "Anouk", "Radu", "Marek", "Gökhan", "Małgorzata", "Petra", "Tereza", "Björn", "Emre",
         "Ewelina", "Florin", "Đorđe", "Ľubica", "Kateřina", "Ondřej", "Tomasz", "Paweł",
         "Krzysztof", "Grzegorz", "Andrei", "Cristina", "Alexandru", "Elena", "Gheorghe", "Dorin",
         "Viorica", "Lajos", "Gábor", "Erzsébet", "Bence", "Réka", "Mehmet", "Ayşe", "Hülya",
         "Murat", "Zeynep", "Thanh", "Minh", "Lan", "Tuấn", "Hương", "Rui", "Inês", "Tiago",
         "Conceição", "Nadia", "Ilse", "Joost", "Femke", "Bram", "Lotte", "Kees", "Mirela",
         "Svetlana", "Dmitrij", "Olena", "Bohdan", "Jurgita", "Mindaugas", "Ilze", "Kristaps"]
LAST = ["Wiśniewski", "Țurcanu", "Kovács", "Yılmaz", "Hà", "Nowak", "Popescu", "Dumitrescu",
        "Kowalczyk", "Ionescu", "Szabó", "Öztürk", "Gonçalves", "Novák", "Dvořák", "Jørgensen",
        "de Vries", "van den Berg", "Jansen", "Bakker", "Stănescu", "Wójcik", "Şahin", "Horváth",
        "Müller", "Łęcki", "Ferreira", "Petrović", "Čermák", "Lindqvist", "Bălan", "Kaczmarek",
        "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Lewandowski", "Mazur", "Krawczyk",
        "Constantinescu", "Radulescu", "Marinescu", "Munteanu", "Vasilescu", "Tóth", "Nagy",
        "Varga", "Farkas", "Balogh", "Kaya", "Demir", "Çelik", "Arslan", "Doğan", "Trần", "Lê",
        "Phạm", "Hoàng", "Vũ", "Silva", "Santos", "Oliveira", "Pereira", "Costa", "Visser",
        "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Kuşçu",
        "Şimşek", "Ivanov", "Koval", "Bondarenko", "Kazlauskas", "Bērziņš", "Ozoliņš"]
STREETS = ["Fictieweg", "Verzonnenstraat", "Denkbeeldlaan", "Proefpolderkade", "Oefenhof",
           "Schaduwsingel", "Nergensdreef", "Modelplein", "Testakker", "Droomgaard"]
PLACES = ["Schakeldam", "Oefenwoude", "Proefhuizen", "Verzinsel aan Zee"]
ORG_KINDS = ["Uitzendbureau", "Kassenbouw", "Schoonmaak", "Massagesalon", "Transport",
             "Nagelstudio", "Autowasstraat", "Horeca", "Bouwbedrijf", "Champignonkwekerij",
             "Distributiecentrum", "Vleesverwerking"]
ORG_NAMES = ["Snelwerk", "Fictief", "Nergens", "Lotus Verzonnen", "Denkbeeld", "Proef",
             "Schaduw", "Oefenhof", "Modelmatig", "Droomgaard", "Testakker", "Verzinsel",
             "Oefenwoude", "Nimmerland", "Luchtkasteel", "Fantasia", "Illusie", "Spiegelbeeld",
             "Schijnwerk", "Papieren Tijger"]
ORGS = [f"{kind} {name} {suffix}" for kind in ORG_KINDS for name in ORG_NAMES
        for suffix in ("BV", "VOF")]
# Labels of the bundled department list (forms/afdelingen), as the intake's combobox stores them.
DEPARTMENTS = ["Burgerzaken / Klantcontactcentrum (balie)",
               "Handhaving en toezicht (BOA, bouw- en woningtoezicht)",
               "Wijkteam / sociaal domein (Wmo, Jeugd)", "Leerplicht / RMC",
               "Vergunningen (APV, horeca, seksinrichtingen, verhuur)", "Belastingen (WOZ, heffingen)",
               "Werk en inkomen / schuldhulpverlening", "Openbare orde en veiligheid / ondermijning"]
FUNCTIONS = ["baliemedewerker", "toezichthouder", "wijkcoach", "leerplichtambtenaar",
             "vergunningverlener", "taxateur", "consulent", "beleidsadviseur"]
OBSERVATIONS = [
    "Bij de balie kwam een groep van {n} personen met één begeleider die steeds het woord voerde.",
    "Tijdens een controle bleken {n} personen in een bedrijfspand te overnachten.",
    "Een jongere verzuimt structureel van school en heeft opvallend dure kleding en twee telefoons.",
    "Op het adres staan {n} personen ingeschreven op een klein woonoppervlak; post komt retour.",
    "Een bewoner vertelde dat de werkgever ook de woning regelt en het loon inhoudt voor huur.",
    "Een advertentie met (bijna) onbeperkte beschikbaarheid noemt een telefoonnummer dat bekend is.",
    "Een cliënt van het wijkteam lijkt schulden te hebben bij een 'vriend' die hem laat rijden.",
]
TITLES = ["Groep aan de balie met woordvoerder", "Overnachten in bedrijfspand",
          "Schoolverzuim en dure spullen", "Overbewoning en retourpost", "Wonen en werk gekoppeld",
          "Advertentie onbeperkte beschikbaarheid", "Schuld bij 'vriend'"]


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return f"06 {rng.randint(10000000, 99999999)}"
    return f"+48 {rng.randint(500, 799)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def make_case(rng: random.Random, today: date) -> m.Case:
    received = today - timedelta(days=rng.randint(0, 900))
    kind = rng.randrange(len(OBSERVATIONS))
    forms = {rng.choice([m.Form.SEXUAL, m.Form.LABOUR, m.Form.CRIMINAL, m.Form.LABOUR])}
    if rng.random() < 0.02:
        forms = {m.Form.ORGAN}
    dept = rng.randrange(len(DEPARTMENTS))
    case = m.Case(
        forms=forms, signal_type=rng.choice(list(m.SignalType)),
        minor=rng.choice([m.TriState.NO, m.TriState.NO, m.TriState.UNKNOWN, m.TriState.YES]),
        observed_at=datetime.combine(received - timedelta(days=rng.randint(0, 5)), time(10, 30)),
        received_on=received, reporter_department=DEPARTMENTS[dept],
        reporter_function=FUNCTIONS[dept], how_observed=rng.choice(list(m.HowObserved)),
        observations=OBSERVATIONS[kind].format(n=rng.randint(3, 14)), title=TITLES[kind],
        status=rng.choice([m.CaseStatus.NEW, m.CaseStatus.IN_PROGRESS, m.CaseStatus.HANDED_OVER,
                           m.CaseStatus.WAITING, m.CaseStatus.CLOSED]),
    )
    if case.status != m.CaseStatus.CLOSED and rng.random() < 0.6:
        case.next_action = rng.choice(["Verrijken", "Bespreken in lokaal overleg",
                                       "Terugkoppeling aan melder", "Overdracht RIEC"])
        case.next_deadline = received + timedelta(days=rng.randint(7, 60))
    for _ in range(rng.randint(1, 3)):
        born = date(rng.randint(1965, 2009), rng.randint(1, 12), rng.randint(1, 28))
        case.persons.append(m.Person(
            role=rng.choice(list(m.PersonRole)), name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            birth_date=born, nationality=rng.choice(["Pools", "Roemeens", "Hongaars", "Turks",
                                                     "Nederlands", "Vietnamees", "Bulgaars"]),
            language=rng.choice(["Pools", "Roemeens", "Hongaars", "Turks", "Nederlands", "Engels"]),
        ))
    if rng.random() < 0.8:
        case.addresses.append(m.Address(
            street=rng.choice(STREETS), number=str(rng.randint(1, 180)),
            postcode=f"{rng.randint(9990, 9999)} {rng.choice(['XA', 'XB', 'XC', 'XD'])}",
            place=rng.choice(PLACES), brp_registered_count=rng.randint(1, 16)))
    if rng.random() < 0.5:
        index = rng.randrange(len(ORGS))
        case.organisations.append(m.Organisation(
            name=ORGS[index], kvk=f"{(index * 7919 + 12345) % 90000000 + 10000000:08d}",
            type=rng.choice(list(m.OrganisationType))))
    if rng.random() < 0.5:
        case.identifiers.append(m.Identifier(kind=m.IdentifierKind.PHONE, value=_phone(rng)))
    if rng.random() < 0.2:
        case.identifiers.append(m.Identifier(
            kind=m.IdentifierKind.PLATE,
            value=f"{rng.choice('GHJKLNPRSTXZ')}{rng.choice('GHJKLNPRSTXZ')}-{rng.randint(100, 999)}-"
                  f"{rng.choice('BDFGHJ')}"))
    return case


TRAINING_MAX = 300  # up to this many cases every case is worked like a real one (~0.13 s each)


def _worked_case(register: Register, conn, rng: random.Random, today: date, risk: list) -> int:
    """A case filled in and walked through its route (a credible training register)."""
    from desktop.services import demo_walk
    from desktop.store import checklist_repo

    case = make_case(rng, today)
    if rng.random() < 0.45:  # a working register: many signals from the last two months
        case.received_on = today - timedelta(days=rng.randint(0, 60))
        case.observed_at = datetime.combine(case.received_on, time(10, 30))
    answers = demo_walk.enrich(case, rng, register.checklists.catalog)
    if risk and rng.random() < 0.15:  # a known risk address or phone number returns: links
        case.addresses[:1] = [m.Address(**vars(rng.choice(risk)) | {"id": None})]
    repo.save(conn, case)
    demo_walk.add_consents(case, rng)
    repo.save(conn, case)
    for answer in answers:
        checklist_repo.upsert(conn, case.id, answer)
    demo_walk.walk(register, conn, case.id, rng, today)
    if case.addresses and len(risk) < 3 and rng.random() < 0.3:
        risk.append(case.addresses[0])
    return int(case.id)


def _meetings_and_links(register: Register, case_ids: list[int], rng: random.Random,
                        today: date) -> None:
    """Two consultation tables (one held, one planned) with cases on the agenda, and links."""
    meetings = register.meetings
    kinds = [k.id for k in meetings.kinds()]
    if not kinds or len(case_ids) < 8:
        return
    for held_on, n in ((today - timedelta(days=14), 3), (today + timedelta(days=7), 4)):
        meeting = meetings.plan(kinds[0], held_on, place="Stadhuis Schakeldam, kamer 2")
        for case_id in rng.sample(case_ids, n):
            meetings.add_case(meeting.id, case_id, "Herkent iemand dit adres of deze werkgever?")
    for a, b in zip(case_ids[:6:2], case_ids[1:6:2], strict=False):
        register.links.link(a, b, "zelfde adres (demo)")


def fill(register: Register, count: int, seed: int = 2026, progress=None,
         with_routes: bool = True) -> int:
    """Add ``count`` fictional cases in one transaction. Returns the number added.

    ``with_routes`` (up to ``TRAINING_MAX`` cases) works every case like an officer would:
    checklist answers, enrichment, consent, triage, and route steps with realistic dates (old
    cases closed, recent ones in progress, a minority overdue), plus meetings and links.
    Larger registers (benchmarks) only start the route."""
    rng = random.Random(seed)
    today = date.today()
    worked = with_routes and count <= TRAINING_MAX
    ids: list[int] = []
    risk: list[m.Address] = []
    with register.write() as conn:
        for i in range(count):
            if worked:
                ids.append(_worked_case(register, conn, rng, today, risk))
            else:
                case = make_case(rng, today)
                repo.save(conn, case)
                if with_routes:
                    register.routes.start_case_in(conn, case.id)
            if progress and i % 500 == 0:
                progress(i, count)
        register.audit(conn, "demogegevens_toegevoegd", detail=str(count))
    register.links.invalidate()
    if worked:
        _meetings_and_links(register, ids, rng, today)
    register.changed("import")
    return count
