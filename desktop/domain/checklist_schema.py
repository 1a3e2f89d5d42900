"""Schema of a signal checklist file (forms/checklists/*.yaml), as pydantic v2 models.

The models check structure and single values (types, required fields, id patterns,
known codes). Rules that need the whole file (known categories, unique ids, CCV life
domains, registers on address lists) live in ``checklist_file``; rules across files
(same list version twice, item ids shared by two lists) live in ``catalog``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop.domain.model import EnrichmentSource, Form, SpecialCategory

LIST_ID_PATTERN = r"^[A-Z]+(-[A-Z]+)*$"
ITEM_ID_PATTERN = r"^[A-Z]+(-[A-Z]+)*-\d{2}$"
CATEGORY_ID_PATTERN = r"^[A-Z]+$"
DEPARTMENT_PATTERN = r"^[a-z][a-z0-9_]*$"

# Dutch hints shown when a value does not match one of the patterns above.
PATTERN_HINTS_NL = {
    LIST_ID_PATTERN: "hoofdletters, eventueel met koppeltekens, bv. LAB",
    ITEM_ID_PATTERN: (
        "hoofdletters met koppeltekens en een volgnummer van twee cijfers, bv. LAB-WRK-01"
    ),
    CATEGORY_ID_PATTERN: "alleen hoofdletters, bv. WRK",
}

FormCode = Literal["seksueel", "arbeid", "crimineel", "orgaan"]  # Form without UNKNOWN


class LifeDomain(StrEnum):
    """Life domains (leefgebieden) of the CCV lens criminele uitbuiting."""

    WF = "WF"  # Wonen & Financiën
    LPG = "LPG"  # Lichamelijke & Psychische Gezondheid
    WAS = "WAS"  # Werk, Activiteiten & Sociale Relaties
    ZLI = "ZLI"  # Zingeving, Lerend vermogen & Inzicht


LIFE_DOMAIN_TITLES_NL = {
    LifeDomain.WF: "Wonen & Financiën",
    LifeDomain.LPG: "Lichamelijke & Psychische Gezondheid",
    LifeDomain.WAS: "Werk, Activiteiten & Sociale Relaties",
    LifeDomain.ZLI: "Zingeving, Lerend vermogen & Inzicht",
}


class Department(StrEnum):
    """Departments that typically spot a signal (typical spotters)."""

    COUNTER = "balie_burgerzaken"  # incl. KCC
    ENFORCEMENT = "handhaving"  # incl. BOA, bouw- en woningtoezicht
    SOCIAL_TEAM = "wijkteam"  # sociaal domein: Wmo, Jeugd, schuldhulp
    SCHOOL_ATTENDANCE = "leerplicht"
    LICENSING = "vergunningen"
    TAXES = "belastingen"
    WORK_INCOME = "werk_en_inkomen"
    OTHER = "overig"


DEPARTMENT_LABELS_NL = {
    Department.COUNTER: "Balie Burgerzaken / KCC",
    Department.ENFORCEMENT: "Handhaving en toezicht",
    Department.SOCIAL_TEAM: "Wijkteam / sociaal domein",
    Department.SCHOOL_ATTENDANCE: "Leerplicht",
    Department.LICENSING: "Vergunningen",
    Department.TAXES: "Belastingen",
    Department.WORK_INCOME: "Werk & Inkomen",
    Department.OTHER: "Overig",
}

Text = Annotated[str, Field(strict=True, min_length=1)]
Version = Annotated[int, Field(strict=True, gt=0)]
Flag = Annotated[bool, Field(strict=True)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Category(_Model):
    id: Annotated[str, Field(strict=True, pattern=CATEGORY_ID_PATTERN)]
    title: Text


class ChecklistItem(_Model):
    id: Annotated[str, Field(strict=True, pattern=ITEM_ID_PATTERN)]
    category: Annotated[str, Field(strict=True, min_length=1)]
    label: Annotated[str, Field(strict=True, min_length=1, max_length=120)]
    explanation: Annotated[str, Field(strict=True, min_length=1, max_length=400)]
    acute: Flag = False
    minor: Flag = False  # "gezien" means a minor is involved (triage derives the minor flag)
    # AVG art. 9/10: "gezien" reveals health, sex life, religion or criminal data; export
    # profiles decide per category (never, or only with a reason)
    special_category: SpecialCategory | None = None
    # "zie ook": the same observation in other lists; one answer counts once in every count
    see_also: list[Annotated[str, Field(strict=True, pattern=ITEM_ID_PATTERN)]] = Field(
        default=[], alias="zie_ook")
    forms: Annotated[list[FormCode], Field(min_length=1)] | None = None  # default: the list's
    spotters: list[Department] = []
    enrichment: list[EnrichmentSource] = []
    indicator_group: Text | None = None  # required when the list has ccv_lens: true
    # the register it is checked in; required when the list has subject: address.
    # (YAML key "register"; the Python name avoids shadowing ABCMeta.register)
    source_register: Text | None = Field(default=None, alias="register")


class Checklist(_Model):
    id: Annotated[str, Field(strict=True, pattern=LIST_ID_PATTERN)]
    version: Version
    title: Text
    description: Text | None = None
    kind: Literal["signals", "steps"] = "signals"  # steps: a procedure, not indicators
    applies_when: Literal["always", "minor"] = "always"
    subject: Literal["case", "address"] = "case"  # address: answered per address in the case
    ccv_lens: Flag = False  # categories are CCV life domains; items need indicator_group
    order: Version = 100  # display order among lists
    forms: Annotated[list[FormCode], Field(min_length=1)]
    sources: Annotated[list[Text], Field(min_length=1)]
    categories: Annotated[list[Category], Field(min_length=1)]
    items: Annotated[list[ChecklistItem], Field(min_length=1)]

    def item(self, item_id: str) -> ChecklistItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def category(self, category_id: str) -> Category:
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    def forms_of(self, item: ChecklistItem) -> frozenset[Form]:
        """Forms of exploitation an item relates to (its own, else the list's)."""
        return frozenset(Form(code) for code in (item.forms or self.forms))

    def life_domain_of(self, item: ChecklistItem) -> LifeDomain | None:
        """On a CCV-lens list the item's category id is its life domain."""
        return LifeDomain(item.category) if self.ccv_lens else None

    def to_data(self) -> dict[str, Any]:
        """Plain data as it would be written to YAML (defaults left out)."""
        return self.model_dump(mode="json", exclude_defaults=True, by_alias=True)
