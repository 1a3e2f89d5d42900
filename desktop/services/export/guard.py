"""The minimisation guard: what a profile must not carry, found in free text. Qt-free.

Field whitelists decide *which* fields leave the vault; this module checks what is
*written in* the free-text fields that pass. Per case a ``GuardContext`` lists what the
recipient must not get (built at preview time from the case and the profile):

* names and aliases of persons whose role the profile excludes, or who are left out
  (no consent): matched folded (accents, case, special letters), in any token order,
  with initials absorbed ("Ł. Wiśniewski", "Wisniewski, Lukasz");
* the reporter's name (never to any recipient);
* addresses (street + number, postcode) when the profile prints no addresses;
* every BSN-shaped and phone-shaped number, in common notations;
* the special-category terms of ``exports/lijsten/bijzondere-gegevens.yaml``.

Each hit is a ``Finding`` (field key, position, kind, Dutch reason). It never carries
the matched text itself beyond its offsets, so findings can be shown on a terminal or
logged without leaking. Scanning lives in ``guard_scan``; this module holds the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.model import SpecialCategory

NAME, REPORTER, BSN, PHONE, ADDRESS, SPECIAL = (
    "naam", "melder", "bsn", "telefoon", "adres", "bijzonder")

PLACEHOLDER = {
    NAME: "[naam weggelaten]", REPORTER: "[naam weggelaten]", BSN: "[nummer weggelaten]",
    PHONE: "[telefoonnummer weggelaten]", ADDRESS: "[adres weggelaten]",
    SPECIAL: "[bijzonder gegeven weggelaten]",
}
KIND_LABEL = {
    NAME: "naam van een persoon die deze ontvanger niet krijgt",
    REPORTER: "naam van de melder",
    BSN: "BSN-achtig nummer",
    PHONE: "telefoonnummer",
    ADDRESS: "adres dat deze ontvanger niet krijgt",
    SPECIAL: "bijzonder persoonsgegeven",
}

SHORT_LABEL = {NAME: "naam", REPORTER: "naam", BSN: "BSN-nummer", PHONE: "telefoonnummer",
               ADDRESS: "adres", SPECIAL: "bijzonder gegeven"}


@dataclass(frozen=True)
class ForbiddenName:
    """A person the recipient must not read about by name (folded tokens)."""

    label: str  # "Mogelijk slachtoffer 1", "melder": never the name
    tokens: frozenset[str]  # every folded token of name and alias
    kind: str = NAME
    # preview keys of the fields that print this person's name: once one of them is printed,
    # the name may appear in free text too (empty: never)
    allowed_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class ForbiddenAddress:
    street: tuple[str, ...]  # folded street tokens
    number: str  # folded house number ("12")
    postcode: str  # folded compact postcode ("9999xa"), "" when unknown


@dataclass(frozen=True)
class GuardContext:
    """What one case's free text must not carry for one profile."""

    names: tuple[ForbiddenName, ...] = ()
    addresses: tuple[ForbiddenAddress, ...] = ()
    terms: tuple[tuple[SpecialCategory, str], ...] = ()  # (category, folded term)
    never: frozenset[SpecialCategory] = frozenset()  # categories that can only be redacted


@dataclass(frozen=True)
class Finding:
    field_key: str
    field_label: str
    case_number: str
    start: int  # offsets in the field's printed text (before any redaction)
    end: int
    kind: str
    detail: str = ""  # "Mogelijke dader 1", "gezondheid": never the matched text
    keep_allowed: bool = True  # False: may only be redacted

    @property
    def id(self) -> str:
        return f"{self.field_key}@{self.start}-{self.end}:{self.kind}"

    @property
    def placeholder(self) -> str:
        return PLACEHOLDER[self.kind]

    @property
    def reason(self) -> str:
        """Dutch, without the matched text: "naam van ... (Mogelijke dader 1)"."""
        label = KIND_LABEL[self.kind]
        return f"{label} ({self.detail})" if self.detail else label

    @property
    def short(self) -> str:
        """A few words for a list column: "naam (Mogelijk slachtoffer 1)", "BSN-nummer"."""
        label = SHORT_LABEL[self.kind]
        return f"{label} ({self.detail})" if self.detail else label

    def describe(self) -> str:
        """One line for a terminal: case, field, kind; never the text itself."""
        return f"zaak {self.case_number}, veld '{self.field_label}': {self.reason}"


@dataclass
class Resolution:
    """The officer's decisions on findings: redacted ids and kept ids with a reason."""

    redacted: set[str] = field(default_factory=set)
    kept: dict[str, str] = field(default_factory=dict)

    def resolved(self, finding: Finding) -> bool:
        return finding.id in self.redacted or finding.id in self.kept


def redact(text: str, findings: list[Finding], redacted: set[str]) -> str:
    """``text`` with the redacted findings replaced by their placeholders."""
    spans = sorted((f.start, f.end, f.placeholder) for f in findings if f.id in redacted)
    merged: list[list] = []
    for start, end, placeholder in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            continue
        merged.append([start, end, placeholder])
    out, pos = [], 0
    for start, end, placeholder in merged:
        out += [text[pos:start], placeholder]
        pos = end
    out.append(text[pos:])
    return "".join(out)
