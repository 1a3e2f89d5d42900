"""Schema of a reporting-route file (forms/routes/*.yaml), as pydantic v2 models.

The models check structure and single values. Rules that need the whole file
(unique ids, references to steps and partners, reachability, feedback messages
without partner names) live in ``route_checks``; loading, the catalog and the
per-file validator live in ``route_catalog``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop.domain.route_terms import (
    BUILTIN_FIELDS,
    Condition,
    DeadlineBase,
    MeetingType,
    StepKind,
)

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
ROUTE_ID_PATTERN = r"^[a-z][a-z0-9-]*[a-z0-9]$"
STEP_CODE_PATTERN = r"^R(10|[0-9])[a-z]?$"

PATTERN_HINTS_NL = {
    ID_PATTERN: "kleine letters, cijfers en _, beginnend met een letter, bv. lokaal_overleg",
    ROUTE_ID_PATTERN: "kleine letters, cijfers en koppeltekens, bv. west-friesland",
    STEP_CODE_PATTERN: "een code uit het stappenmodel R0 t/m R10, eventueel met letter, bv. R6a",
}

Id = Annotated[str, Field(strict=True, pattern=ID_PATTERN)]
Text = Annotated[str, Field(strict=True, min_length=1)]
Note = Annotated[str, Field(strict=True)]  # may be empty
Version = Annotated[int, Field(strict=True, gt=0)]
Days = Annotated[int, Field(strict=True, ge=0)]
Flag = Annotated[bool, Field(strict=True)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Contact(_Model):
    """Contact details the municipality fills in (phone numbers may be written unquoted)."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, frozen=True, coerce_numbers_to_str=True
    )

    name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""


class Partner(_Model):
    id: Id
    title: Text
    description: Note = ""
    requires_consent: Flag = False  # a handover needs the consent status recorded first
    action: Flag = False  # an action (calling 112), never a handover
    contact: Contact = Contact()


class Meeting(_Model):
    """A meeting or table (overleg); discussing the case there completes step ``completes``."""

    id: Id
    title: Text
    type: MeetingType
    completes: Id
    partner: Id | None = None  # organiser whose contact details apply
    notes: Note = ""


class Deadline(_Model):
    days: Days
    from_: DeadlineBase = Field(alias="from")


class RecordField(_Model):
    """Something the officer records when completing a step (see BUILTIN_FIELDS)."""

    field: Id
    label: Text | None = None  # required for free fields; built-in fields have a default
    required: Flag = True

    def shown_label(self) -> str:
        return self.label or BUILTIN_FIELDS.get(self.field, self.field)


class Option(_Model):
    id: Id
    label: Text
    next: list[Id] = []
    records: list[RecordField] = []  # extra fields required when this option is chosen
    review_days: Annotated[int, Field(strict=True, gt=0)] | None = None  # keep open, review


class Decision(_Model):
    question: Text
    options: Annotated[list[Option], Field(min_length=2)]


class Step(_Model):
    id: Id
    code: Annotated[str, Field(strict=True, pattern=STEP_CODE_PATTERN)] | None = None
    title: Text
    purpose: Text
    kind: StepKind = StepKind.WORK
    records: list[RecordField] = []
    deadline: Deadline | None = None
    next: list[Id] = []
    after: list[Id] = []  # steps that must be completed first
    decision: Decision | None = None
    partners: list[Id] = []  # partners that may be contacted in this step
    handover_to: list[Id] = []  # partners this step must hand over to
    requires_handover: Flag = False  # needs a handover to one of ``partners`` (any if none)
    requires_registration: Flag = False  # needs a ZVH registration per possible victim

    def option(self, option_id: str) -> Option | None:
        if self.decision is None:
            return None
        return next((o for o in self.decision.options if o.id == option_id), None)


class BranchRule(_Model):
    when: Condition
    partners: list[Id] = []  # suggested handovers
    activates: Id | None = None  # step made current while the condition holds
    at_step: Id | None = None  # step in which the handovers belong
    required: Flag = False  # the rule, not a suggestion: ``at_step`` needs contact with them
    reason: Text


class FeedbackMessage(_Model):
    """A standard message to the reporter: a receipt now (``ontvangst``), the final one later."""

    id: Id
    label: Text
    text: Text
    kind: Literal["ontvangst", "eind"] = "eind"  # a receipt keeps the feedback step open
    needs_handover: Flag = False  # says the signal was passed on: only after a handover


class Route(_Model):
    id: Annotated[str, Field(strict=True, pattern=ROUTE_ID_PATTERN)]
    version: Version
    title: Text
    region: Note = ""
    description: Note = ""
    sources: Annotated[list[Text], Field(min_length=1)]
    feedback_deadline_days: Annotated[int, Field(strict=True, gt=0)] = 14
    # streefdatum of the final message after a receipt was sent, in days from the receipt
    final_feedback_days: Annotated[int, Field(strict=True, gt=0)] = 42
    start: Annotated[list[Id], Field(min_length=1)]
    partners: list[Partner] = []
    meetings: list[Meeting] = []
    steps: Annotated[list[Step], Field(min_length=1)]
    branches: list[BranchRule] = []
    feedback_messages: Annotated[list[FeedbackMessage], Field(min_length=1)]

    def step(self, step_id: str) -> Step:
        """The step with this id; KeyError when unknown."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def has_step(self, step_id: str) -> bool:
        return any(step.id == step_id for step in self.steps)

    def step_order(self, step_id: str) -> int:
        return next((i for i, step in enumerate(self.steps) if step.id == step_id), len(self.steps))

    def partner(self, partner_id: str) -> Partner:
        for partner in self.partners:
            if partner.id == partner_id:
                return partner
        raise KeyError(partner_id)

    def partner_title(self, partner_id: str) -> str:
        try:
            return self.partner(partner_id).title
        except KeyError:
            return partner_id

    def meeting(self, meeting_id: str) -> Meeting:
        for meeting in self.meetings:
            if meeting.id == meeting_id:
                return meeting
        raise KeyError(meeting_id)

    def meetings_for(self, step_id: str) -> list[Meeting]:
        """Meetings where a discussion completes this step."""
        return [m for m in self.meetings if m.completes == step_id]

    def step_number(self, step_id: str) -> int:
        """Continuous 1-based number of a step in this route (shown instead of R-codes)."""
        return self.step_order(step_id) + 1

    def numbered_title(self, step_id: str) -> str:
        """ "3. Verrijken" — what officers see; domain codes (R3) stay internal."""
        if not self.has_step(step_id):
            return step_id
        return f"{self.step_number(step_id)}. {self.step(step_id).title}"

    def is_receipt(self, message_id: str) -> bool:
        return any(m.id == message_id and m.kind == "ontvangst" for m in self.feedback_messages)

    def feedback_message(self, message_id: str) -> FeedbackMessage:
        for message in self.feedback_messages:
            if message.id == message_id:
                return message
        raise KeyError(message_id)

    def deadline_of(self, step: Step) -> Deadline | None:
        """The step's deadline; the reporter-feedback step defaults to the route's term."""
        if step.deadline is None and step.kind == StepKind.REPORTER_FEEDBACK:
            return Deadline.model_validate(
                {"days": self.feedback_deadline_days, "from": DeadlineBase.RECEIVED}
            )
        return step.deadline
