"""PDF handovers: preview what would leave the vault, render, save, log. Qt-free.

    service = ExportService(register)
    preview = service.preview([case_id], "riec")          # every field that WOULD leave
    rendered = service.render(preview, ExportChoices(left_out={...}, added={key: reason}))
    saved = service.save(rendered, folder)                  # atomic, logged, audited

Every saved export gets a row in the export log (when, who, profile, recipient,
cases, fields left out or added with reasons, SHA-256 of the final file bytes,
encrypted yes/no) and an audit entry ``export_gemaakt`` per case (detail: profile id).
The export-log number is printed in the PDF; it is reserved at render time and
checked again at save time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.content.problems import ContentProblem
from desktop.content.profile_catalog import ProfileCatalog, load_default_profiles
from desktop.content.profile_terms import SpecialTerms, load_terms
from desktop.content.profiles import ExportProfile
from desktop.domain.checklist_answers import seen_items
from desktop.domain.consent import missing_consent_message
from desktop.errors import SchakelError
from desktop.pdf.render import encrypt_pdf, render_pdf
from desktop.resources import exports_dir
from desktop.services.export import files as export_files
from desktop.services.export.build import build_case
from desktop.services.export.document import ExportChoices, Selection, build_document
from desktop.services.export.fields import CaseBundle
from desktop.services.export.guard import Finding
from desktop.services.export.log import ExportLogEntry, log_fields, to_entry
from desktop.services.export.preview import ExportPreview
from desktop.store import audit, export_repo, route_repo
from desktop.store.codec import now_s

if TYPE_CHECKING:
    from desktop.content.route_catalog import RouteCatalog
    from desktop.services.register import Register

__all__ = ["ExportChoices", "ExportError", "ExportService", "RenderedExport", "SavedExport",
           "ExportLogEntry", "Finding", "FindingsOpen"]

Progress = Callable[[int, int], None]
AUDIT_ACTION = "export_gemaakt"
MIN_REASON = 5


class ExportError(SchakelError):
    """An export that cannot be made as asked; ``message`` is Dutch and has no case data."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.message, self.code = message, code


@dataclass(frozen=True)
class RenderedExport:
    data: bytes  # the final file bytes (encrypted when a password was given)
    preview: ExportPreview
    choices: ExportChoices
    log_id: int  # export-log number printed in the document

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def encrypted(self) -> bool:
        return self.choices.password is not None


@dataclass(frozen=True)
class SavedExport:
    path: Path
    log_id: int
    sha256: str
    encrypted: bool


class ExportService:
    def __init__(self, register: Register, catalog: ProfileCatalog | None = None) -> None:
        self._r = register
        self._catalog = catalog
        self._problems: list[ContentProblem] = []
        self._routes: RouteCatalog | None = None
        self._terms: SpecialTerms | None = None

    # --- profiles ----------------------------------------------------------------------------
    @property
    def catalog(self) -> ProfileCatalog:
        if self._catalog is None:
            self._catalog, self._problems = load_default_profiles(
                self._r.policy.content_dir / "exports" if self._r.policy.content_dir else None)
        return self._catalog

    @property
    def problems(self) -> list[ContentProblem]:
        """Profile files that were skipped (file, line, field, Dutch message)."""
        _ = self.catalog
        return list(self._problems)

    @property
    def terms(self) -> SpecialTerms:
        """The special-category term list (bundled plus the municipality's)."""
        if self._terms is None:
            extra = self._r.policy.content_dir
            folders = [exports_dir()] + ([extra / "exports"] if extra else [])
            self._terms = load_terms(folders)
        return self._terms

    def profiles(self) -> list[ExportProfile]:
        return self.catalog.latest_all()

    def profile(self, profile_id: str) -> ExportProfile:
        try:
            return self.catalog.get(profile_id)
        except KeyError:
            known = ", ".join(self.catalog.ids())
            raise ExportError(f"Onbekend exportprofiel '{profile_id}'. Beschikbaar: {known}.",
                              "unknown_profile") from None

    # --- preview -----------------------------------------------------------------------------
    def preview(self, case_ids: Iterable[int], profile_id: str,
                progress: Progress | None = None) -> ExportPreview:
        profile = self.profile(profile_id)
        ids = list(dict.fromkeys(case_ids))
        if not ids:
            raise ExportError("Kies minstens één zaak.")
        limit = profile.case_limit()
        if limit is not None and len(ids) > limit:
            raise ExportError(f"Het profiel '{profile.title}' is voor hoogstens {limit} "
                              f"{'zaak' if limit == 1 else 'zaken'} tegelijk.")
        cases = []
        for i, case_id in enumerate(ids):
            cases.append(build_case(self._bundle(case_id), profile, self.terms))
            if progress:
                progress(i + 1, len(ids))
        return ExportPreview(profile, tuple(cases), self.municipality(), date.today())

    def municipality(self) -> str:
        return (self._r.setting("municipality") or self._r.policy.municipality
                or "Gemeente").strip()

    def _bundle(self, case_id: int) -> CaseBundle:
        case = self._r.cases.get(case_id)
        checklists = self._r.checklists
        seen = seen_items(checklists.answers(case_id), checklists.catalog)
        with self._r.read() as conn:
            steps = route_repo.steps(conn, case_id)
            handovers = route_repo.handovers(conn, case_id)
        return CaseBundle(case, seen, steps, handovers, self._route_for(case.route_id,
                                                                          case.route_version))

    def _route_for(self, route_id: str, version: int | None) -> Any:
        if not route_id:
            return None
        if self._routes is None:
            from desktop.content.route_catalog import load_default_routes

            self._routes, _ = load_default_routes(self._r.policy.content_dir)
        for wanted in (version, None):
            try:
                return self._routes.get(route_id, wanted)
            except KeyError:
                continue
        return None

    # --- render and save ---------------------------------------------------------------------
    def render(self, preview: ExportPreview, choices: ExportChoices | None = None
               ) -> RenderedExport:
        """The final PDF bytes (encrypted when ``choices.password``); nothing touches disk."""
        choices = choices or ExportChoices()
        check_choices(preview, choices)
        with self._r.read() as conn:
            log_id = export_repo.next_id(conn)
        data = render_pdf(build_document(preview, choices, log_id))
        if choices.password is not None:
            data = encrypt_pdf(data, choices.password)
        return RenderedExport(data, preview, choices, log_id)

    def file_name(self, preview: ExportPreview) -> str:
        return export_files.export_file_name(preview.profile.id, preview.profile.layout,
                                             [c.number for c in preview.cases], preview.made_on)

    def save(self, rendered: RenderedExport, folder: Path) -> SavedExport:
        """Write into ``folder`` under a name without personal data (``-2``, ``-3`` if taken)."""
        return self.save_as(rendered, Path(folder) / self.file_name(rendered.preview))

    def save_as(self, rendered: RenderedExport, path: Path) -> SavedExport:
        """Write to ``path`` (or ``-2``, ``-3`` next to it), then log. Never overwrites."""
        self._check_log_id(rendered.log_id)
        written = export_files.write_new(Path(path), rendered.data)
        try:
            self._log(rendered)
        except BaseException:
            written.unlink(missing_ok=True)
            raise
        for case_id in rendered.preview.case_ids:
            self._r.changed("export", case_id)
        return SavedExport(written, rendered.log_id, rendered.sha256, rendered.encrypted)

    def _check_log_id(self, log_id: int) -> None:
        with self._r.read() as conn:
            taken = export_repo.exists(conn, log_id)
        if taken:
            raise ExportError("Intussen is een andere export gemaakt. Maak deze export opnieuw.",
                              "stale")

    def _log(self, rendered: RenderedExport) -> None:
        preview, choices = rendered.preview, rendered.choices
        fields_out, fields_in = log_fields(preview, choices)
        row = export_repo.ExportLogRow(
            id=rendered.log_id, exported_at=now_s(), actor=audit.current_actor(),
            profile=preview.profile.key, recipient=preview.profile.recipient,
            case_ids=tuple(preview.case_ids), fields_out=tuple(fields_out),
            fields_in=tuple(fields_in), sha256=rendered.sha256, encrypted=rendered.encrypted,
        )
        with self._r.write() as conn:
            if export_repo.exists(conn, row.id):
                raise ExportError("Intussen is een andere export gemaakt. Maak deze export "
                                  "opnieuw.", "stale")
            export_repo.insert(conn, row)
            for case_id in preview.case_ids:
                self._r.audit(conn, AUDIT_ACTION, case_id, preview.profile.id)

    # --- the log -----------------------------------------------------------------------------
    def log_for_case(self, case_id: int) -> list[ExportLogEntry]:
        """The exports that included this case, newest first."""
        with self._r.read() as conn:
            rows = export_repo.for_case(conn, case_id)
        return [to_entry(row, self.catalog) for row in rows]


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
