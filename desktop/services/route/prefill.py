"""Suggested values for a route step's fields from what the register already knows (issue 16).

No Qt. Three sources, each only for a field the step actually shows:

- ``geraadpleegde_bronnen``: the sources consulted in the case's Verrijking records;
- ``contacted`` ("wie is benaderd"): the RIEC or zorgcoördinator partner of the step when
  the newest finished export to the matching recipient profile exists (its number and date
  are named in the source);
- ``meeting`` / ``meeting_on``: the newest meeting (Overleggen) the case is on, held today
  or earlier, of a type this step offers.

The dialog fills a suggestion only into an empty field and marks it "overgenomen uit …";
nothing is saved here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop.domain import model as m
from desktop.domain.labels import ENRICHMENT_SOURCE, format_date, label
from desktop.services.export.route_profile import CARE_PARTNER, CARE_PROFILE, RIEC_PROFILE, is_riec_partner
from desktop.store import meeting_repo

if TYPE_CHECKING:
    from desktop.content.routes import Route, Step
    from desktop.services.register import Register

SOURCES_FIELD = "geraadpleegde_bronnen"
CONTACT_FIELDS = {"contacted", "meeting_or_contacted"}
MEETING_FIELDS = {"meeting", "meeting_on", "meeting_or_contacted"}


@dataclass(frozen=True)
class Suggestion:
    """A suggested value and where it came from (Dutch, shown next to the field).

    ``value``: text for a free field; a partner id for ``contacted``; the route's meeting id
    for ``meeting``; an ISO date for ``meeting_on``.
    """

    value: str
    source: str


def _asked(step: Step) -> set[str]:
    fields = {rf.field for rf in step.records}
    for option in step.decision.options if step.decision else []:
        fields |= {rf.field for rf in option.records}
    return fields


def step_partners(route: Route, step: Step) -> list[str]:
    """The partners the step dialog offers under "wie is benaderd" (same rule as the form)."""
    ids = list(step.partners)
    if not ids and _asked(step) & CONTACT_FIELDS:
        ids = [p.id for p in route.partners]
    return ids


def step_meetings(route: Route, step: Step) -> list[str]:
    """The meeting ids the step dialog offers (same rule as the form)."""
    meetings = route.meetings_for(step.id)
    if not meetings and _asked(step) & MEETING_FIELDS:
        meetings = list(route.meetings)
    return [x.id for x in meetings]


def suggest(register: Register, case_id: int, route: Route, step: Step,
            today: date | None = None) -> dict[str, Suggestion]:
    """Field key -> suggestion, only for fields this step shows and the register can fill."""
    today = today or date.today()
    out: dict[str, Suggestion] = {}
    if SOURCES_FIELD in _asked(step):
        sources = consulted_sources(register.cases.get(case_id))
        if sources:
            out[SOURCES_FIELD] = Suggestion(", ".join(sources), "overgenomen uit Verrijking")
    contact = _handover(register, case_id, step_partners(route, step))
    if contact is not None:
        out["contacted"] = contact
    out.update(_meeting(register, case_id, route, step_meetings(route, step), today))
    return out


def consulted_sources(case: m.Case) -> list[str]:
    """Short labels of the sources actually consulted, in the order first recorded, each once."""
    seen: list[str] = []
    for entry in case.enrichments:
        if entry.consulted != m.Consulted.YES:
            continue
        text = label(ENRICHMENT_SOURCE, entry.source, str(entry.source)).split(" (")[0]  # "BRP", not the gloss
        if text not in seen:
            seen.append(text)
    return seen


def _handover(register: Register, case_id: int, partners: list[str]) -> Suggestion | None:
    wanted: dict[str, str] = {}  # export profile -> partner id
    for partner in partners:
        if is_riec_partner(partner):
            wanted.setdefault(RIEC_PROFILE, partner)
        elif partner == CARE_PARTNER:
            wanted.setdefault(CARE_PROFILE, partner)
    if not wanted:
        return None
    for entry in register.exports.log_for_case(case_id):  # newest first
        if entry.failed or entry.state != "klaar" or entry.profile_id not in wanted:
            continue
        source = f"overgenomen uit export nr. {entry.id} ({entry.profile_title})"
        if entry.exported_at is not None:
            source += f" van {format_date(entry.exported_at.date())}"
        return Suggestion(wanted[entry.profile_id], source)
    return None


def _meeting(register: Register, case_id: int, route: Route, offered: list[str],
             today: date) -> dict[str, Suggestion]:
    if not offered:
        return {}
    with register.read() as conn:
        ids = meeting_repo.meetings_of_case(conn, case_id)
    rows = [register.meetings.get(i) for i in ids]
    rows = [r for r in rows if r.kind in offered and r.held_on <= today]
    if not rows:
        return {}
    newest = max(rows, key=lambda r: (r.held_on, r.id or 0))
    try:
        title = route.meeting(newest.kind).title
    except KeyError:
        title = newest.title
    source = f"overgenomen uit Overleggen: {title} van {format_date(newest.held_on)}"
    return {"meeting": Suggestion(newest.kind, source),
            "meeting_on": Suggestion(newest.held_on.isoformat(), "overgenomen uit Overleggen")}
