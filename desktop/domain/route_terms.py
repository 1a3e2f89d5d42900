"""The vocabulary shared by route files (desktop.content.routes) and the route engine.

Values are the stable codes written in route files and stored with route records;
like the rest of the domain codes they are Dutch.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.model import Form, SignalType, TriState
from desktop.domain.route_records import CaseFacts


class StepKind(StrEnum):
    """What kind of step this is; the engine treats some kinds specially."""

    WORK = "werk"  # ordinary officer work (the default)
    ACUTE = "acuut"  # emergency pre-check (R0): shown first, never blocks the call
    AWAIT_FEEDBACK = "wacht_op_terugkoppeling"  # waits for partners (R8): needs closed handovers
    REPORTER_FEEDBACK = "terugkoppeling_melder"  # standard message to the reporter (R9)
    CLOSE = "afsluiten"  # closes the case (R10)


class DeadlineBase(StrEnum):
    """What a step deadline counts from."""

    RECEIVED = "ontvangst"  # the date the signal was received
    PREVIOUS_STEP = "vorige_stap"  # completion of the step that made this step current


class MeetingType(StrEnum):
    LOCAL_UNDERMINING = "lokaal_ondermijningsoverleg"
    REGIONAL_UNDERMINING = "regionale_ondermijningstafel"
    REGIONAL_TABLE = "regionale_tafel"  # e.g. regionale tafel mensenhandel
    INFORMATION_SQUARE = "informatieplein"
    CARE_TABLE = "zorgtafel"
    STEERING_GROUP = "stuurploeg"
    CASE_MEETING = "casusoverleg"
    OTHER = "overig"


class Condition(StrEnum):
    """Facts about a case that trigger a branch rule (domain.md §3.3)."""

    ACUTE = "acuut"  # immediate danger; a minor in sexual exploitation counts as acute
    MINOR = "minderjarig"
    UNACCOMPANIED_MINOR = "amv"  # alleenstaande minderjarige vreemdeling
    LABOUR = "arbeid"
    SEXUAL = "seksueel"
    CRIMINAL = "crimineel"
    ORGAN = "orgaan"
    PROSTITUTION = "prostitutie"
    CARE_NEEDED = "zorg_nodig"
    ORGANISED = "georganiseerd"
    DOMESTIC = "huiselijk"  # domestic trafficking, loverboy victims (also adults: seed 002 bijlage 1)
    NO_LAWFUL_RESIDENCE = "geen_rechtmatig_verblijf"  # police/AVIM offer the bedenktijd (Vc B8/3)
    LOCATION = "locatie"  # a signal about an address, company or perpetrator: the security side
    VICTIM = "slachtoffer"  # a possible victim is in view: the care side


def condition_applies(condition: Condition, facts: CaseFacts) -> bool:
    """Does ``condition`` hold for a case with these facts?"""
    minor = facts.minor == TriState.YES or facts.unaccompanied_foreign_minor
    forced_acute = minor and Form.SEXUAL in facts.forms and not facts.acute_overridden
    location = facts.signal_type == SignalType.LOCATION or not facts.has_victim
    checks = {
        Condition.ACUTE: facts.acute or forced_acute,
        Condition.MINOR: minor,
        Condition.UNACCOMPANIED_MINOR: facts.unaccompanied_foreign_minor,
        Condition.LABOUR: Form.LABOUR in facts.forms,
        Condition.SEXUAL: Form.SEXUAL in facts.forms,
        Condition.CRIMINAL: Form.CRIMINAL in facts.forms,
        Condition.ORGAN: Form.ORGAN in facts.forms,
        Condition.PROSTITUTION: facts.prostitution_setting,
        Condition.CARE_NEEDED: facts.victim_needs_care,
        Condition.ORGANISED: facts.organised_element,
        Condition.DOMESTIC: facts.domestic_setting,
        Condition.NO_LAWFUL_RESIDENCE: facts.irregular_residence,
        Condition.LOCATION: location,
        Condition.VICTIM: facts.has_victim,
    }
    return bool(checks[condition])


# Fields of a StepRecord a route step can require, with their default Dutch labels.
# Any other name in a step's ``records`` is a free field stored in StepRecord.fields.
BUILTIN_FIELDS: dict[str, str] = {
    "decision": "besluit",
    "contacted": "gecontacteerde partner",
    "meeting": "overleg",
    "meeting_on": "datum van het overleg",
    "outcome": "uitkomst",
    "next_steps": "vervolgstap",
    "meeting_or_contacted": "overleg of gecontacteerde partner",
}

# Free field holding the review date (JJJJ-MM-DD) when a decision option asks for one.
REVIEW_FIELD = "herbeoordelen_op"
