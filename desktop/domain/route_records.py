"""What is recorded while a case follows its reporting route (persisted by the store).

Plain dataclasses; the route engine (desktop.domain.route_engine) reads them, the
store writes exactly these fields, the service derives ``CaseFacts`` from the case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.model import Form, SignalType, TriState


class HandoverStatus(StrEnum):
    OPEN = "open"
    DONE = "afgerond"
    CANCELLED = "geannuleerd"


@dataclass
class StepRecord:
    """One completed route step.

    ``decision``: the chosen option id of the step's decision; on the reporter-feedback
    step the id of the standard message sent. ``contacted``: partner id(s) of the route,
    comma-separated. ``meeting``: meeting id of the route. ``next_steps``: step ids made
    current by this record. ``fields``: free fields the step asks for (dates as JJJJ-MM-DD).
    A correction has ``corrects`` = id of the record it supersedes; history keeps both.
    """

    step_id: str
    completed_on: date
    decision: str
    contacted: str
    meeting: str
    meeting_on: date | None
    outcome: str
    next_steps: list[str]
    fields: dict[str, str]
    recorded_at: datetime
    recorded_by: str
    corrects: int | None = None
    id: int | None = None

    def contacted_ids(self) -> list[str]:
        """The partner ids in ``contacted``, in order, without blanks."""
        return [part.strip() for part in self.contacted.split(",") if part.strip()]


@dataclass
class Handover:
    """A handover to one partner; several can be open at the same time."""

    partner_id: str
    started_on: date
    status: str  # HandoverStatus value: 'open' | 'afgerond' | 'geannuleerd'
    closed_on: date | None
    feedback_summary: str
    step_id: str  # route step during which the handover was started
    id: int | None = None


@dataclass
class CaseFacts:
    """What the route engine needs to know about the case (derived by the service).

    ``consent_recorded``: the consent status of the person concerned has been recorded
    (domain.md §6.4: record it before sharing with the zorgcoördinator); which statuses
    count is the service's decision. ``minor`` and ``acute`` are the triage the service
    derived (desktop.domain.triage); ``acute_overridden`` means the officer set acute
    themselves, so a minor in sexual exploitation no longer forces it.
    """

    received_on: date
    acute: bool = False
    minor: TriState = TriState.UNKNOWN
    unaccompanied_foreign_minor: bool = False
    forms: set[Form] = field(default_factory=set)
    prostitution_setting: bool = False
    victim_needs_care: bool = False
    organised_element: bool = False
    consent_recorded: bool = False
    signal_type: SignalType = SignalType.PERSON
    has_victim: bool = True  # a possible victim is in view (False: address/perpetrator only)
    domestic_setting: bool = False  # trafficking in the domestic sphere (loverboy, family)
    irregular_residence: bool = False  # a possible victim without lawful residence
    acute_overridden: bool = False
    unregistered_victims: int = 0  # possible victims without a ZVH registration yet
