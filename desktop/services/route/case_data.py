"""Case data that steers the route: consent, interventions and triage flags. No Qt.

Mixed into ``RouteService``: each change re-reads the case inside its transaction,
saves it, re-derives the route status (the facts may open or block steps and
handovers) and writes one audit entry (codes only, never content).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.domain import model as m
from desktop.domain.registration import Registration, registration_data, registration_problems
from desktop.domain.triage import TriageOverride, override_problems
from desktop.services.route.support import RouteError
from desktop.store import audit
from desktop.store import cases as case_repo

if TYPE_CHECKING:
    from desktop.services.route.service import CaseRoute

AUDIT_CONSENT = "toestemming_vastgelegd"
AUDIT_INTERVENTION = "interventie_vastgelegd"
AUDIT_FLAGS = "triage_gewijzigd"
AUDIT_TRIAGE = "triage_afwijking"
AUDIT_REGISTRATION = "registratie_vastgelegd"
AUDIT_PHENOMENA = "verwante_fenomenen"
FLAG_NAMES = case_repo.FLAG_FIELDS


def consent_problems(consent: m.ConsentRecord, today: date) -> list[str]:
    problems = []
    recorded = consent.status != m.ConsentStatus.NOT_ASKED
    if consent.recorded_on is None and recorded:
        problems.append("datum van de toestemming ontbreekt")
    if consent.recorded_on and consent.recorded_on > today:
        problems.append("de datum van de toestemming ligt in de toekomst")
    if consent.status == m.ConsentStatus.GIVEN:
        if consent.form is None:
            problems.append("vorm van de toestemming (schriftelijk of mondeling) ontbreekt")
        if not consent.scope.strip():
            problems.append("reikwijdte ontbreekt (welke ontvanger, welke gegevens)")
    if consent.withdrawn_on is not None:
        if consent.recorded_on and consent.withdrawn_on < consent.recorded_on:
            problems.append("de intrekking ligt vóór de datum van de toestemming")
        if consent.withdrawn_on > today:
            problems.append("de datum van intrekking ligt in de toekomst")
    return problems


def intervention_problems(item: m.Intervention, today: date) -> list[str]:
    problems = []
    if not item.description.strip():
        problems.append("omschrijving van de interventie ontbreekt")
    if item.started_on and item.started_on > today:
        problems.append("de startdatum van de interventie ligt in de toekomst")
    return problems


class CaseDataMixin:
    """Needs ``self._r`` (Register), ``self._context``, ``self.start_in``, ``self._refresh_in``."""

    _r: Any
    today: Any

    def _save_case_data(self, case_id: int, change, action: str, detail: str = "") -> Any:
        """Run ``change(ctx)`` on the freshly read case, save it, refresh status, audit."""
        today = self.today()
        with self._r.write() as conn:
            ctx: CaseRoute = self._context(conn, case_id)  # type: ignore[attr-defined]
            result = change(ctx)
            case_repo.save(conn, ctx.case)
            self.start_in(conn, ctx)  # type: ignore[attr-defined]
            audit.append(conn, action, case_id, detail)
            self._refresh_in(conn, ctx, today)  # type: ignore[attr-defined]
        self._r.changed("route", case_id)
        return result

    # -- consent (domain.md §6.4) -------------------------------------------------------------
    def record_consent(self, case_id: int, consent: m.ConsentRecord) -> m.ConsentRecord:
        """Add a consent record, or update it (same id, e.g. to record a withdrawal)."""
        problems = consent_problems(consent, self.today())
        if problems:
            raise RouteError(problems)
        saved = replace(consent)

        def change(ctx: CaseRoute) -> m.ConsentRecord:
            consents = ctx.case.consents
            index = next((i for i, c in enumerate(consents)
                          if saved.id is not None and c.id == saved.id), None)
            if saved.id is not None and index is None:
                raise RouteError("deze vastlegging van toestemming bestaat niet (meer)")
            if saved.person_id is not None and all(p.id != saved.person_id
                                                   for p in ctx.case.persons):
                raise RouteError("de gekozen betrokkene hoort niet bij deze zaak")
            if index is None:
                consents.append(saved)
            else:
                consents[index] = saved
            return saved

        return self._save_case_data(case_id, change, AUDIT_CONSENT, saved.status.value)

    # -- interventions (bestuurlijk, strafrechtelijk, zorg, fiscaal) ----------------------------
    def add_intervention(self, case_id: int, item: m.Intervention) -> m.Intervention:
        """Add an intervention; ``step_id`` defaults to the step the case is at now."""
        if item.id is not None:
            raise RouteError("deze interventie is al vastgelegd: gebruik 'effect vastleggen'")
        return self._save_intervention(case_id, replace(item))

    def update_intervention(self, case_id: int, item: m.Intervention) -> m.Intervention:
        """Change an intervention, e.g. record its effect later."""
        if item.id is None:
            raise RouteError("deze interventie is nog niet vastgelegd")
        return self._save_intervention(case_id, replace(item))

    def _save_intervention(self, case_id: int, item: m.Intervention) -> m.Intervention:
        problems = intervention_problems(item, self.today())
        if problems:
            raise RouteError(problems)

        def change(ctx: CaseRoute) -> m.Intervention:
            if not item.step_id:
                item.step_id = ctx.state(self.today()).next_step or ""
            items = ctx.case.interventions
            if item.id is None:
                items.append(item)
                return item
            index = next((i for i, x in enumerate(items) if x.id == item.id), None)
            if index is None:
                raise RouteError("deze interventie bestaat niet (meer)")
            items[index] = item
            return item

        return self._save_case_data(case_id, change, AUDIT_INTERVENTION, item.kind.value)

    # -- triage flags (domain.md §3.3) -----------------------------------------------------------
    def set_flags(self, case_id: int, **flags: bool) -> m.Case:
        """Set triage flags (prostitution_setting, victim_needs_care, organised_element,
        unaccompanied_minor, victim_and_suspect); returns the saved case."""
        unknown = sorted(set(flags) - set(FLAG_NAMES))
        if unknown:
            raise RouteError([f"onbekend kenmerk '{name}'" for name in unknown])

        def change(ctx: CaseRoute) -> m.Case:
            for name, value in flags.items():
                setattr(ctx.case, name, bool(value))
            return ctx.case

        return self._save_case_data(case_id, change, AUDIT_FLAGS, ",".join(sorted(flags)))

    # -- triage override (desktop.domain.triage) -------------------------------------------------
    def set_triage_override(self, case_id: int, override: TriageOverride | None) -> m.Case:
        """The officer overrides derived minor/acute (with a reason); None removes it."""
        override = override if override is not None and override.is_set() else None
        if override is not None:
            problems = override_problems(override)
            if problems:
                raise RouteError(problems)

        def change(ctx: CaseRoute) -> m.Case:
            ctx.case.triage_override = override.to_data() if override else {}
            return ctx.case

        return self._save_case_data(case_id, change, AUDIT_TRIAGE, "aan" if override else "uit")

    # -- registration chain: ZVH and CoMensha per person (seed 002 §5.1) -------------------------
    def record_registration(self, case_id: int, registration: Registration) -> m.Case:
        """Record (or clear, with both dates empty) one person's ZVH/CoMensha registration."""
        today = self.today()

        def change(ctx: CaseRoute) -> m.Case:
            problems = registration_problems(ctx.case, registration, today)
            if problems:
                raise RouteError(problems)
            key = str(registration.person_id)
            data = registration_data(registration)
            if data:
                ctx.case.registrations[key] = data
            else:
                ctx.case.registrations.pop(key, None)
            return ctx.case

        return self._save_case_data(case_id, change, AUDIT_REGISTRATION)

    # -- adjacent phenomena (CCV lens, second purpose) --------------------------------------------
    def phenomena_choices(self) -> list[tuple[str, str]]:
        """(code, Dutch label) of the adjacent-phenomena pick-list (content, never raises)."""
        from desktop.content.phenomena import load_phenomena

        return load_phenomena(self._r.policy.content_dir).choices()

    def set_adjacent_phenomena(self, case_id: int, codes: list[str]) -> m.Case:
        def change(ctx: CaseRoute) -> m.Case:
            ctx.case.adjacent_phenomena = list(dict.fromkeys(c.strip() for c in codes if c.strip()))
            return ctx.case

        return self._save_case_data(case_id, change, AUDIT_PHENOMENA)
