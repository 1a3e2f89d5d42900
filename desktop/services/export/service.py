"""PDF handovers: preview what would leave the vault, render, save, log. Qt-free.

    service = register.exports                             # built once per unlock (Register)
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
from desktop.pdf.render import encrypt_pdf, render_pdf
from desktop.resources import exports_dir
from desktop.services.attachment_export import embed_for_export
from desktop.services.export import files as export_files
from desktop.services.export.build import build_case
from desktop.services.export.checks import FindingsOpen, check_choices
from desktop.services.export.contact import contact_pairs
from desktop.services.export.document import ExportChoices, Selection, build_document
from desktop.services.export.errors import ExportError
from desktop.services.export.fields import CaseBundle
from desktop.services.export.guard import Finding
from desktop.services.export.log import ExportLogEntry, log_fields, to_entry
from desktop.services.export.preview import ExportPreview, MeetingInfo
from desktop.services.export.recovery import mark_done, recover_pending
from desktop.store import audit, export_repo, route_repo
from desktop.store.codec import now_s

if TYPE_CHECKING:
    from desktop.content.route_catalog import RouteCatalog
    from desktop.services.register import Register

__all__ = ["ExportChoices", "ExportError", "ExportService", "RenderedExport", "SavedExport",
           "ExportLogEntry", "Finding", "FindingsOpen"]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RenderedExport:
    data: bytes  # the final file bytes (encrypted when a password was given)
    preview: ExportPreview
    choices: ExportChoices
    log_id: int  # export-log number printed in the document
    attachments: tuple[dict[str, Any], ...] = ()  # embedded attachments (id, SHA-256, reason)
    witness: str = ""  # audit head in the footer and the export log (issue 13)

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
                progress: Progress | None = None, meeting_id: int | None = None
                ) -> ExportPreview:
        """What would leave the vault; for an agenda ``meeting_id`` adds the meeting (type,
        date, place, the saved question per case, the "namen toegestaan" marks)."""
        profile = self.profile(profile_id)
        ids = list(dict.fromkeys(case_ids))
        meeting = self.meeting_info(meeting_id) if meeting_id is not None else None
        if meeting is not None and not ids:
            ids = list(meeting.questions)
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
        contact = self.contact() if profile.layout != "agenda" else ()
        return ExportPreview(profile, tuple(cases), self.municipality(), date.today(), meeting,
                             contact)

    def meeting_info(self, meeting_id: int) -> MeetingInfo:
        meetings = self._r.meetings
        row = meetings.get(meeting_id)
        kinds = {k.id: k.title for k in meetings.kinds()}
        rows = meetings.cases(meeting_id)
        return MeetingInfo(kinds.get(row.kind, row.kind), row.title, row.held_on,
                           getattr(row, "place", ""), {r.case_id: r.question for r in rows},
                           frozenset(r.case_id for r in rows if r.names_allowed))

    def contact(self) -> tuple[tuple[str, str], ...]:
        """The officer as contact on dossier PDFs (from Instellingen)."""
        return contact_pairs(self._r)

    def default_choices(self, preview: ExportPreview) -> ExportChoices:
        """Choices prefilled from the meeting (questions, names) for an agenda."""
        meeting = preview.meeting
        if meeting is None:
            return ExportChoices()
        return ExportChoices(questions=dict(meeting.questions),
                             names_allowed=set(meeting.names_allowed) & set(preview.case_ids))

    def questions(self, preview: ExportPreview) -> dict[int, str]:
        return dict(preview.meeting.questions) if preview.meeting else {}

    def findings(self, preview: ExportPreview, choices: ExportChoices) -> list[Finding]:
        """Every finding of the minimisation guard for these choices (resolved or not)."""
        return Selection(preview, choices).findings()

    def printed_texts(self, preview: ExportPreview, choices: ExportChoices) -> dict[str, str]:
        """Field key -> full printed text before redaction, for every printed field."""
        sel = Selection(preview, choices)
        return {f.key: sel.raw(f) for f in preview.fields() if sel.included(f)}

    def encryption_required(self) -> bool:
        """Policy ``pdf_versleutelen = "verplicht"``: every PDF export is AES-256 encrypted."""
        return bool(getattr(self._r.policy, "encrypt_pdf_required", False))

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
        if choices.password is None and self.encryption_required():
            raise ExportError("Het beleid van uw organisatie eist een wachtwoord op elke "
                              "PDF-export (pdf_versleutelen = \"verplicht\").", "password")
        with self._r.read() as conn:
            log_id = export_repo.next_id(conn)
            witness = audit.witness(conn)
        document = build_document(preview, choices, log_id)
        document.witness = f"logboek {witness}"
        data = render_pdf(document)
        data, attached = embed_for_export(self._r, preview.profile, preview.case_ids,
                                          choices.attachments, data)
        if choices.password is not None:
            data = encrypt_pdf(data, choices.password)
        return RenderedExport(data, preview, choices, log_id, attached, witness)

    def file_name(self, preview: ExportPreview) -> str:
        return export_files.export_file_name(preview.profile.id, preview.profile.layout,
                                             [c.number for c in preview.cases], preview.made_on)

    def save(self, rendered: RenderedExport, folder: Path) -> SavedExport:
        """Write into ``folder`` under a name without personal data (``-2``, ``-3`` if taken)."""
        return self.save_as(rendered, Path(folder) / self.file_name(rendered.preview))

    def save_as(self, rendered: RenderedExport, path: Path) -> SavedExport:
        """Write to ``path`` (or ``-2``, ``-3`` next to it). Never overwrites.

        Crash-safe order: the export-log row is written first as pending (with the target),
        then the file (0600, atomic), then the row is marked done and audited. A kill in
        between leaves a pending row that ``recover_pending`` settles at the next start."""
        self._check_log_id(rendered.log_id)
        self._log(rendered, Path(path))
        try:
            written = export_files.write_new(Path(path), rendered.data)
        except BaseException:
            with self._r.write() as conn:
                export_repo.delete_pending(conn, rendered.log_id)
            raise
        self._done(rendered.log_id, written, rendered.preview.case_ids, rendered.preview.profile.id)
        return SavedExport(written, rendered.log_id, rendered.sha256, rendered.encrypted)

    def _done(self, log_id: int, written: Path, case_ids: Iterable[int], profile_id: str) -> None:
        mark_done(self._r, log_id, written, case_ids, profile_id)

    def _check_log_id(self, log_id: int) -> None:
        with self._r.read() as conn:
            taken = export_repo.exists(conn, log_id)
        if taken:
            raise ExportError("Intussen is een andere export gemaakt. Maak deze export opnieuw.",
                              "stale")

    def _log(self, rendered: RenderedExport, target: Path) -> None:
        preview, choices = rendered.preview, rendered.choices
        fields_out, fields_in = log_fields(preview, choices)
        row = export_repo.ExportLogRow(
            id=rendered.log_id, exported_at=now_s(), actor=audit.current_actor(),
            profile=preview.profile.key, recipient=preview.profile.recipient,
            case_ids=tuple(preview.case_ids), fields_out=tuple(fields_out),
            fields_in=tuple(fields_in) + rendered.attachments, sha256=rendered.sha256,
            encrypted=rendered.encrypted,
            state=export_repo.PENDING, file_path=str(target), audit_head=rendered.witness,
        )
        with self._r.write() as conn:
            if export_repo.exists(conn, row.id):
                raise ExportError("Intussen is een andere export gemaakt. Maak deze export "
                                  "opnieuw.", "stale")
            export_repo.insert(conn, row)

    def recover_pending(self) -> list[str]:
        """See ``desktop.services.export.recovery.recover_pending``."""
        return recover_pending(self._r)

    # --- the log -----------------------------------------------------------------------------
    def log_for_case(self, case_id: int) -> list[ExportLogEntry]:
        """The exports that included this case, newest first."""
        with self._r.read() as conn:
            rows = export_repo.for_case(conn, case_id)
        return [to_entry(row, self.catalog) for row in rows]
