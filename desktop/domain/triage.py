"""Triage the app derives itself: is a minor involved, is it acute, with the officer's override.

Issue 15 / domain.md §3.3: a case with a victim aged 15 (date of birth) and 14 (estimated
age) and "Minderjarige in seksuele dienstverlening" ticked must not stay "minderjarige:
onbekend". ``derive_triage`` answers, from what is already recorded:

* minor: "ja" when a person in the case is under 18 on the day the signal came in (date
  of birth, else estimated age), or a checklist item marked ``minor`` was answered "gezien";
  "nee" when every possible victim has a known age of 18 or more; else the officer's value;
* acute: the officer's value, or an item marked ``acute`` answered "gezien" (someone held
  against their will, imminent transport), or a minor in sexual exploitation;
* an override by the officer (with a reason) wins over both, so a wrong estimate can be
  corrected; the reasons are kept to explain the result on screen (no personal data).

Plain Python: no Qt, no SQL, no content import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.model import Form, Person, PersonRole, TriState

ADULT_AGE = 18


@dataclass(frozen=True)
class TriageOverride:
    """The officer's own judgement; ``None`` leaves the derived value in place."""

    minor: TriState | None = None
    acute: bool | None = None
    reason: str = ""

    def is_set(self) -> bool:
        return self.minor is not None or self.acute is not None

    def to_data(self) -> dict[str, object]:
        return {"minor": self.minor.value if self.minor else None, "acute": self.acute,
                "reason": self.reason}

    @classmethod
    def from_data(cls, data: object) -> TriageOverride | None:
        if not isinstance(data, dict):
            return None
        minor = data.get("minor")
        acute = data.get("acute")
        known = isinstance(minor, str) and minor in TriState._value2member_map_
        override = cls(TriState(str(minor)) if known else None,
                       acute if isinstance(acute, bool) else None, str(data.get("reason") or ""))
        return override if override.is_set() else None


def override_problems(override: TriageOverride) -> list[str]:
    """Dutch problems with saving an override; an override always needs a reason."""
    if override.is_set() and not override.reason.strip():
        return ["reden van de afwijking ontbreekt"]
    return []


@dataclass(frozen=True)
class ItemHit:
    """A checklist item answered "gezien" that steers triage (label shown as the reason)."""

    item_id: str
    label: str
    minor: bool = False
    acute: bool = False


@dataclass(frozen=True)
class Triage:
    minor: TriState
    acute: bool
    derived_minor: TriState  # what the app derives, before the override
    derived_acute: bool
    minor_reasons: tuple[str, ...] = field(default=())  # Dutch, no personal data
    acute_reasons: tuple[str, ...] = field(default=())
    override: TriageOverride | None = None

    @property
    def overridden(self) -> bool:
        return self.override is not None and self.override.is_set()


def age_on(person: Person, on: date) -> int | None:
    """Age in whole years on ``on``: from the date of birth, else the estimated age."""
    if person.birth_date is not None:
        born = person.birth_date
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return person.estimated_age


def _minor_from_persons(persons: Iterable[Person], on: date) -> tuple[TriState, list[str]]:
    ages: list[int | None] = []
    for index, person in enumerate(persons, start=1):
        if person.role == PersonRole.PERPETRATOR:
            continue
        age = age_on(person, on)
        if age is None:
            ages.append(None)
            continue
        ages.append(age)
        if age < ADULT_AGE:
            how = "geboortedatum" if person.birth_date is not None else "geschatte leeftijd"
            return TriState.YES, [f"betrokkene {index} is jonger dan 18 ({how})"]
    if ages and all(a is not None for a in ages):
        return TriState.NO, ["alle betrokkenen zijn 18 jaar of ouder"]
    return TriState.UNKNOWN, []


def derive_triage(
    *,
    officer_minor: TriState,
    officer_acute: bool,
    persons: Iterable[Person],
    hits: Iterable[ItemHit],
    forms: Iterable[Form],
    on: date,
    override: TriageOverride | None = None,
) -> Triage:
    """Minor and acute as the route should treat them (see the module docstring)."""
    hits = list(hits)
    minor, minor_reasons = _minor_from_persons(persons, on)
    item_minor = [h for h in hits if h.minor]
    if item_minor:
        minor = TriState.YES
        minor_reasons += [f"gezien: {h.label}" for h in item_minor]
    if minor == TriState.UNKNOWN or (minor == TriState.NO and officer_minor == TriState.YES):
        minor = officer_minor
        if officer_minor != TriState.UNKNOWN:
            minor_reasons = ["ingevuld bij de intake"]
    base_reasons = ["ingevuld bij de intake"] if officer_acute else []
    base_reasons += [f"gezien: {h.label}" for h in hits if h.acute]
    form_set = set(forms)

    def acute_reasons_for(minor_value: TriState) -> list[str]:
        extra = ["minderjarige bij seksuele uitbuiting"] if (
            minor_value == TriState.YES and Form.SEXUAL in form_set) else []
        return base_reasons + extra

    acute_reasons = acute_reasons_for(minor)
    acute = bool(acute_reasons)
    final_minor, final_acute = minor, acute
    if override is not None:
        final_minor = override.minor if override.minor is not None else minor
        final_acute = (override.acute if override.acute is not None
                       else bool(acute_reasons_for(final_minor)))
    return Triage(final_minor, final_acute, minor, acute, tuple(minor_reasons),
                  tuple(acute_reasons), override if override and override.is_set() else None)
