"""A credible training register: demo cases filled in and walked through their route like an
officer would (seed 000: awareness), all fictional.

``enrich`` adds what a real case holds after some work — plausible ages (some minors),
residence status, triage flags, enrichment entries, consent per victim, adjacent phenomena —
and returns checklist answers to store. ``walk`` then completes route steps one by one with
realistic delays until the signal's age runs out: old cases end closed, recent ones are in
progress, and only a minority is overdue (an officer who fell behind). Every step goes
through the route service's own validation. No Qt.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from desktop.domain import model as m
from desktop.domain.checklist_answers import Answer, ChecklistAnswer
from desktop.domain.registration import comensha_consent_problem
from desktop.domain.route_records import HandoverStatus, StepRecord
from desktop.domain.route_terms import StepKind
from desktop.store import audit, route_repo
from desktop.store import cases as case_repo

if TYPE_CHECKING:
    from desktop.services.register import Register

STALL_SHARE = 0.08  # officers who fell behind: these cases end up overdue
FIELD_TEXTS = {
    "weging": "Signalen uit meerdere domeinen (wonen, werk, geld) die samenhangen; verrijking bevestigt.",
    "geraadpleegd": "Wijkagent en collega handhaving",
    "doorgezet_naar": "Wijkteam",
    "geraadpleegde_bronnen": "BRP, KvK, handhavingshistorie",
    "melden_noodzakelijk": "Ja: minderjarige in onveilige situatie, melden bij Veilig Thuis is de norm",
    "hulp_mogelijk": "Ja, hulp via het wijkteam naast de melding",
}
OUTCOMES = ["Afgestemd; partner pakt het signaal op", "Advies: verder via de regionale tafel",
            "Afspraken gemaakt over vervolg en terugkoppeling"]
ENRICHMENTS = [
    (m.EnrichmentSource.BRP, "{n} personen ingeschreven, hoog verloop in het laatste jaar"),
    (m.EnrichmentSource.KVK, "Verhuurder is ook werkgever (uitzendbureau op hetzelfde adres)"),
    (m.EnrichmentSource.HANDHAVING, "Eerdere controle: overbewoning en brandonveilige situatie"),
    (m.EnrichmentSource.LEERPLICHT, "Langdurig verzuim sinds het begin van het schooljaar"),
    (m.EnrichmentSource.WIJKTEAM, "Bekend bij het wijkteam (contactpersoon aanwezig)"),
]
PHENOMENA = ["ondermijning", "zorgfraude", "vakantieparken", "jeugdgroepen", "woonoverlast",
             "adresfraude", "drugs"]
LEGAL_GROUND = "AVG 6(1)(e) publieke taak; gemeentelijk reglement gegevensverstrekking"


def enrich(case: m.Case, rng: random.Random, catalog) -> list[ChecklistAnswer]:
    """Fill in a demo case like a worked case; returns checklist answers (stored after save)."""
    sexual = m.Form.SEXUAL in case.forms
    for person in case.persons:
        if case.signal_type == m.SignalType.LOCATION and person.role == m.PersonRole.VICTIM \
                and rng.random() < 0.7:
            person.role = m.PersonRole.OTHER  # mostly no victim in view on an address signal
        if person.role == m.PersonRole.VICTIM and sexual and rng.random() < 0.2:
            person.birth_date, person.estimated_age = None, rng.randint(14, 17)
        if person.role == m.PersonRole.VICTIM and rng.random() < 0.12:
            person.residence_status = m.ResidenceStatus.NON_EU_IRREGULAR
    case.minor = m.TriState.UNKNOWN if rng.random() < 0.7 else case.minor
    case.acute = rng.random() < 0.04
    case.prostitution_setting = sexual and rng.random() < 0.4
    case.domestic_setting = sexual and rng.random() < 0.2
    case.organised_element = rng.random() < 0.2
    case.victim_needs_care = any(p.role == m.PersonRole.VICTIM for p in case.persons) \
        and rng.random() < 0.4
    for source, text in rng.sample(ENRICHMENTS, rng.randint(1, 3)):
        case.enrichments.append(m.EnrichmentEntry(
            source=source, consulted=m.Consulted.YES, consulted_by="demo",
            consulted_at=datetime.combine(case.received_on or date.today(), datetime.min.time()),
            result_summary=text.format(n=rng.randint(6, 16)), legal_ground=LEGAL_GROUND))
    if rng.random() < 0.3:
        case.adjacent_phenomena = rng.sample(PHENOMENA, rng.randint(1, 2))
    return _answers(case, rng, catalog)


def _answers(case: m.Case, rng: random.Random, catalog) -> list[ChecklistAnswer]:
    lists = [c for c in catalog.current_lists(case.forms) if c.subject == "case"]
    items = [(c, i) for c in lists for i in c.items if not i.acute and not i.minor]
    if not items:
        return []
    picked = rng.sample(items, min(len(items), rng.randint(2, 6)))
    answers = []
    for checklist, item in picked:
        who = rng.choice([s.value for s in item.spotters] or ["aandachtsfunctionaris"])
        answers.append(ChecklistAnswer(checklist.id, checklist.version, item.id, Answer.SEEN, who))
    return answers


def add_consents(case: m.Case, rng: random.Random) -> None:
    """Consent per victim (after the persons have ids): mostly given in writing."""
    for person in case.persons:
        if person.role != m.PersonRole.VICTIM or rng.random() < 0.3:
            continue
        status = m.ConsentStatus.GIVEN if rng.random() < 0.75 else m.ConsentStatus.REFUSED
        case.consents.append(m.ConsentRecord(
            person_id=person.id, status=status, recorded_on=case.received_on,
            scope="zorgcoördinator, CoMensha" if status == m.ConsentStatus.GIVEN else "",
            form=m.ConsentForm.WRITTEN if status == m.ConsentStatus.GIVEN else None))


# -- walking the route ---------------------------------------------------------------------------
class _Walker:
    def __init__(self, register: Register, conn, case_id: int, rng: random.Random, today: date):
        self.routes, self.conn, self.case_id = register.routes, conn, case_id
        self.rng, self.today = rng, today
        self.other_phenomenon = rng.random() < 0.1

    def ctx(self):
        return self.routes._context(self.conn, self.case_id)

    def run(self) -> None:
        self.routes.start_case_in(self.conn, self.case_id)
        ctx = self.ctx()
        day = ctx.facts.received_on
        recent = (self.today - day).days < 150  # only recent cases can still be behind
        stall = self.rng.randint(1, 10) if recent and self.rng.random() < STALL_SHARE else None
        for n in range(40):
            ctx = self.ctx()
            state = ctx.state(self.today)
            if state.closed_on is not None or (stall is not None and n >= stall):
                return
            step_id = self._pick(state)
            if step_id is None:
                return
            day = self._next_day(state, step_id, day)
            if day > self.today or not self._do(ctx, state, step_id, day):
                return

    def _next_day(self, state, step_id: str, day: date) -> date:
        """A working officer: a few days later, but mostly within the step's streefdatum."""
        later = day + timedelta(days=self.rng.randint(0, 4))
        due = state.due_date(step_id)
        if due is not None and later > due and self.rng.random() < 0.9:
            later = max(day, due)
        return later

    def _pick(self, state) -> str | None:
        route, current = state.route, state.current_steps
        feedback = next((s for s in current if route.step(s).kind == StepKind.REPORTER_FEEDBACK),
                        None)
        if feedback and state.activations[feedback].by is None:
            return feedback  # receipt first
        work = [s for s in current if route.step(s).kind not in (
            StepKind.REPORTER_FEEDBACK, StepKind.CLOSE)]
        if work:
            return min(work, key=lambda s: (route.step(s).kind != StepKind.ACUTE,
                                            state.due_date(s) or date.max, route.step_order(s)))
        return feedback or next(iter(current), None)

    def _do(self, ctx, state, step_id: str, day: date) -> bool:
        step = ctx.route.step(step_id)
        if step.kind == StepKind.AWAIT_FEEDBACK and state.open_handovers:
            return self._close_handovers(state, day)
        if step.requires_registration:
            self._register(ctx, day)
        record, handovers = self._record(ctx, state, step, day)
        from desktop.services.route.support import RouteError

        try:
            self.routes.complete_in(self.conn, self.case_id, record, handovers, today=self.today)
        except RouteError:
            return False
        return True

    def _close_handovers(self, state, day: date) -> bool:
        for handover in state.open_handovers:
            closed_on = handover.started_on + timedelta(days=self.rng.randint(10, 35))
            if closed_on > self.today:
                return False
            handover.status, handover.closed_on = HandoverStatus.DONE, max(closed_on, day)
            handover.feedback_summary = "Partner heeft het signaal opgepakt; vervolg loopt daar."
            route_repo.save_handover(self.conn, self.case_id, handover)
            audit.append(self.conn, "overdracht_afgerond", self.case_id, handover.partner_id)
        return True

    def _register(self, ctx, day: date) -> None:
        case = ctx.case
        for person in case.persons:
            if person.role != m.PersonRole.VICTIM or person.id is None:
                continue
            data = {"zvh": day.isoformat()}
            if not comensha_consent_problem(case, person, day):
                data["comensha"] = day.isoformat()
            case.registrations[str(person.id)] = data
        case_repo.save(self.conn, case)

    def _decision(self, ctx, state, step) -> str:
        if step.kind == StepKind.REPORTER_FEEDBACK:
            if state.activations[step.id].by is None:
                return next(m.id for m in ctx.route.feedback_messages if m.kind == "ontvangst")
            passed = any(h.status != HandoverStatus.CANCELLED for h in state.handovers)
            return "doorgegeven" if passed else "bekeken_geen_actie"
        if step.decision is None:
            return ""
        options = [o.id for o in step.decision.options if not o.review_days]
        if self.other_phenomenon and "ander_fenomeen" in options:
            return "ander_fenomeen"
        facts = state.facts
        wanted = ["mogelijk_mensenhandel", "signaal_mensenhandel"]
        if facts.has_victim and facts.consent_recorded:
            wanted.append("zorgcoordinator")
        wanted.append("veiligheidskant" if not facts.has_victim else "zelfstandig")
        wanted += self.rng.sample(["vermoeden", "sterk_vermoeden", "doorgegeven", "doorgeleid",
                                   "stuurploeg"], 5)
        return next((o for o in wanted if o in options), options[0])

    def _record(self, ctx, state, step, day: date) -> tuple[StepRecord, list[str]]:
        decision = self._decision(ctx, state, step)
        option = step.option(decision)
        partners = self._partners(ctx, state, step)
        fields, outcome, contacted = {}, "", ""
        for rf in list(step.records) + (list(option.records) if option else []):
            if rf.field == "outcome":
                outcome = self.rng.choice(OUTCOMES) if step.kind != StepKind.CLOSE else (
                    "Ander fenomeen: doorgezet" if self.other_phenomenon else "Afgerond na terugkoppeling")
            elif rf.field in ("contacted", "meeting_or_contacted"):
                contacted = ",".join(partners[:2]) or contacted
            elif rf.field not in ("decision", "meeting", "meeting_on", "next_steps"):
                fields[rf.field] = FIELD_TEXTS.get(rf.field, "Vastgelegd")
        nxt = [] if step.kind == StepKind.REPORTER_FEEDBACK else state.allowed_next(
            step.id, decision or None)
        record = StepRecord(step.id, day, decision, contacted, "", None, outcome, nxt, fields,
                            datetime.now().replace(microsecond=0), "demo")
        return record, self._handovers(ctx, state, step, decision, partners)

    def _partners(self, ctx, state, step) -> list[str]:
        """Partners this step may contact: required ones first, then suggested, then any."""
        route, facts = ctx.route, state.facts
        from desktop.domain.route_terms import condition_applies

        required = [p for r in route.branches if r.required and r.at_step == step.id
                    and condition_applies(r.when, facts) for p in r.partners]
        suggested = [s.partner_id for s in state.suggested_handovers
                     if s.at_step == step.id and not s.blocked and not s.action]
        usable = [p for p in step.partners
                  if not route.partner(p).action and not (route.partner(p).requires_consent
                                                          and not facts.consent_recorded)]
        return list(dict.fromkeys(required + suggested + usable))

    def _handovers(self, ctx, state, step, decision: str, partners: list[str]) -> list[str]:
        started = {h.partner_id for h in state.handovers if h.status != HandoverStatus.CANCELLED}
        wanted = list(step.handover_to)
        if step.requires_handover or decision in ("doorgegeven",):
            wanted += partners[:1]
        return [p for p in dict.fromkeys(wanted) if p not in started]


def walk(register: Register, conn, case_id: int, rng: random.Random, today: date) -> None:
    """Start the case's route and complete steps as far as the signal's age allows."""
    _Walker(register, conn, case_id, rng, today).run()
