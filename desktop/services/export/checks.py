"""Refusing choices that would let unresolved or unlawful content leave the vault.

``check_choices`` runs before every render (GUI and CLI): optional fields need a reason,
every finding of the minimisation guard is resolved (redacted, or kept with a reason
where the profile allows it), and a consent-requiring profile prints at least one person,
each on a recorded ground.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.consent import missing_consent_message
from desktop.services.export.document import ExportChoices, Selection
from desktop.services.export.errors import ExportError
from desktop.services.export.guard import Finding
from desktop.services.export.preview import ExportPreview

MIN_REASON = 5


def check_choices(preview: ExportPreview, choices: ExportChoices) -> None:
    """Refuse choices that do not fit the preview (Dutch message for the officer)."""
    fields = {f.key: f for f in preview.fields()}
    for key in choices.left_out:
        if key not in fields:
            raise ValueError(f"unknown preview key: {key}")
    for key, reason in choices.added.items():
        if key not in fields or not fields[key].optional:
            raise ValueError(f"not an optional preview key: {key}")
        if len(reason.strip()) < MIN_REASON:
            raise ExportError(f"Geef bij '{fields[key].label}' een reden op van minstens "
                              f"{MIN_REASON} tekens; die komt in het exportlogboek.", "reason")
    unknown = set(choices.names_allowed) - set(preview.case_ids)
    if unknown:
        raise ValueError("names_allowed for a case outside the preview")
    if choices.password is not None and not choices.password:
        raise ExportError("Het wachtwoord is leeg.", "password")
    sel = Selection(preview, choices)
    check_findings(sel)
    check_consent(preview, sel)


def check_findings(sel: Selection) -> None:
    """Every finding of the guard is redacted, or kept with a reason where that is allowed."""
    by_id = {f.id: f for f in sel.findings()}
    for finding_id, reason in sel.choices.kept.items():
        finding = by_id.get(finding_id)
        if finding is None:
            continue
        if not finding.keep_allowed:
            raise ExportError(f"Dit profiel staat geen {finding.reason} toe "
                              f"({finding.describe()}): laat het weg.", "finding_never")
        if len(reason.strip()) < MIN_REASON:
            raise ExportError(f"Geef een reden van minstens {MIN_REASON} tekens om te houden: "
                              f"{finding.describe()}.", "reason")
    open_ = sel.open_findings()
    if open_:
        raise FindingsOpen(open_)


def check_consent(preview: ExportPreview, sel: Selection) -> None:
    """A consent-requiring profile prints at least one person, each on a recorded ground."""
    if not preview.profile.requires_consent:
        return
    for case in preview.cases:
        printed = [g for g in case.grounds if _record_printed(case, g.record_key, sel)]
        if not printed:
            raise ExportError(
                f"Zaak {case.number}: geen enkel mogelijk slachtoffer heeft eigen toestemming "
                f"voor '{preview.profile.recipient}' gegeven, en niemand is toegevoegd met een "
                f"andere grondslag. Er wordt niets gemaakt. "
                + _sentence(missing_consent_message(preview.profile.recipient)) + ".",
                "consent")


def _record_printed(case: Any, record_key: str, sel: Selection) -> bool:
    return any(f.key.startswith(record_key + "/") and sel.included(f) for f in case.fields())


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class FindingsOpen(ExportError):
    """Findings of the guard that are not resolved; the message lists field and kind only."""

    def __init__(self, findings: list[Finding]) -> None:
        lines = [f"- {f.describe()}" for f in findings]
        super().__init__(f"{len(findings)} open bevinding(en) van de minimalisatiecontrole; los "
                         "elke bevinding op (weglaten, of houden met een reden):\n"
                         + "\n".join(lines), "findings")
        self.findings = findings
