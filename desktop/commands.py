"""The admin subcommands behind ``schakel``. All output Dutch; no personal data except
what the officer explicitly asks for (``search`` prints case numbers and neutral titles)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import (
    EXIT_CHECK,
    EXIT_ERROR,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_UNLOCK,
    EXIT_USAGE,
    CliError,
    data_dir_from,
    read_passphrase,
)
from desktop.policy import PolicyError, load_policy
from desktop.services.register import Register
from desktop.services.session import UnlockMethod, VaultService, VaultState
from desktop.store.errors import StoreError
from desktop.vault.errors import VaultError

if TYPE_CHECKING:
    from desktop.services.export.service import SavedExport


def dispatch(args: argparse.Namespace) -> int:
    if args.self_test:
        from desktop.services.selftest import run_self_test

        try:
            source = load_policy(Path(args.policy) if args.policy else None).source_text()
        except PolicyError as exc:
            source = f"ongeldig ({exc.message})"
        print(f"Beleid: {source}")
        return run_self_test(print)
    handler = HANDLERS.get(args.command)
    if handler is None:
        from desktop.cli import feature_modules

        for module in feature_modules():
            handler = handler or module.HANDLERS.get(args.command)
    if args.command == "forms":
        return forms_check(args)
    if handler is None:  # pragma: no cover
        raise CliError("onbekende opdracht", EXIT_USAGE)
    try:
        return handler(args)
    except VaultError as exc:
        raise CliError(exc.message, EXIT_UNLOCK) from None
    except StoreError as exc:
        raise CliError(exc.message, EXIT_ERROR) from None
    except PolicyError as exc:
        raise CliError(str(exc), EXIT_ERROR) from None


def _service(args: argparse.Namespace) -> VaultService:
    try:
        policy = load_policy(Path(args.policy) if args.policy else None)
    except PolicyError as exc:
        raise CliError(str(exc), EXIT_ERROR) from None
    return VaultService(data_dir_from(args), policy)


def _unlock(args: argparse.Namespace, record: bool = True) -> Register:
    return _session(args, record)[1]


def _session(args: argparse.Namespace, record: bool = True) -> tuple[VaultService, Register]:
    """The vault service and the register it unlocked (key operations need both)."""
    service = _service(args)
    if service.state() == VaultState.NONE:
        raise CliError(f"geen register in {service.data_dir}; maak er een met 'schakel init'",
                       EXIT_ERROR)
    passphrase = read_passphrase(args, required=False)
    if passphrase is None and "keyring" in service.slots():
        from desktop.services.presence import CLI_REFUSED, PresenceGate

        if not PresenceGate.cli_may_use_keyring(service.policy):
            raise CliError(CLI_REFUSED, EXIT_UNLOCK)
        return service, service.unlock(UnlockMethod.KEYRING, record=record)
    if passphrase is None:
        raise CliError("geen wachtwoordzin: gebruik --passphrase-stdin of SCHAKEL_PASSPHRASE",
                       EXIT_USAGE)
    return service, service.unlock(UnlockMethod.PASSPHRASE, passphrase, record=record)


def cmd_init(args: argparse.Namespace) -> int:
    service = _service(args)
    if service.state() != VaultState.NONE:
        raise CliError(f"er bestaat al een register in {service.data_dir}", EXIT_ERROR)
    passphrase = read_passphrase(args)
    register, code = service.create(passphrase, use_keyring=False)
    try:
        from desktop.services.transfer import TransferService

        fingerprint = TransferService(register).fingerprint()  # exchange keys (issue 17), audit logged
    finally:
        register.close()
    print(f"Register aangemaakt in {service.data_dir}")
    print(f"Uitwisselsleutel aangemaakt; vingerafdruk: {fingerprint}")
    print("Herstelcode (wordt maar één keer getoond; bewaar hem in de kluis):")
    print(f"  {code}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.services.maintenance import check

    register = _unlock(args, record=False)
    try:
        report = check(register)
    finally:
        register.close()
    print(f"SQLCipher {report.cipher_version}, schemaversie {report.schema_version}")
    print(f"Versleuteling (cipher_integrity_check): "
          f"{'in orde' if not report.cipher_problems else f'{len(report.cipher_problems)} fouten'}")
    print(f"Databasestructuur (integrity_check): "
          f"{'in orde' if not report.integrity_problems else f'{len(report.integrity_problems)} fouten'}")
    print(f"Verwijzingen (foreign keys): "
          f"{'in orde' if not report.foreign_key_problems else f'{report.foreign_key_problems} fouten'}")
    if report.audit_break_at is None:
        print(f"Logboek: {report.audit_rows} regels, keten intact")
    else:
        print(f"Logboek: keten verbroken bij regel {report.audit_break_at}")
    if report.anchor_problem:
        print(f"Logboekanker: MANIPULATIE - {report.anchor_problem}")
    else:
        print("Logboekanker: klopt met het sleutelbestand"
              + (f" ({report.anchor_note})" if report.anchor_note else ""))
    print(f"Logboekkop (getuige, vergelijk met exports): {report.audit_head}")
    labels = {"case_file": "zaken", "person": "personen", "address": "adressen",
              "organisation": "organisaties", "identifier": "kenmerken", "enrichment": "verrijkingen",
              "checklist_answer": "checklistantwoorden", "route_step": "routestappen",
              "handover": "overdrachten", "export_log": "exports", "stats_record": "statistiekregels",
              "audit_log": "logboekregels"}
    print("Aantallen: " + ", ".join(f"{labels.get(k, k)} {v}" for k, v in report.counts.items()))
    print("Resultaat: " + ("in orde" if report.ok else "PROBLEMEN GEVONDEN"))
    return EXIT_OK if report.ok else EXIT_CHECK


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services.maintenance import backup

    register = _unlock(args)
    try:
        dest = backup(register, Path(args.file))
    finally:
        register.close()
    print(f"Versleutelde back-up geschreven: {dest}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.services.maintenance import RestoreNeedsConfirmation, RestoreRefused, restore

    if args.recovery_code_stdin:
        method, secret = "recovery", sys.stdin.readline().strip()
    else:
        method, secret = "passphrase", read_passphrase(args) or ""
    try:
        result = restore(data_dir_from(args), Path(args.file), method, secret,
                         force=getattr(args, "force", False))
    except RestoreNeedsConfirmation as exc:
        raise CliError(" ".join(exc.warnings) + " Niets gewijzigd; bevestig met --force.", EXIT_INPUT) from None
    except RestoreRefused as exc:
        raise CliError(exc.message, EXIT_INPUT if exc.input_fault else EXIT_ERROR) from None
    for warning in result.warnings:
        print(f"Let op: {warning}")
    print("Back-up gecontroleerd en teruggezet "
          f"({result.report.counts.get('case_file', 0)} zaken).")
    if result.previous_moved_to:
        print(f"Het vorige register is bewaard in {result.previous_moved_to}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """CSV, .xlsx, .xls or .ods; columns matched by their Dutch header names (the same guess as
    the GUI's import dialog). All or nothing: any problem refuses the whole file (exit 5). The
    file is read and checked before the register is unlocked, so a bad file never touches it."""
    from desktop.services.imports.importer import ImportRefused, run_import
    from desktop.services.imports.limits import problem_text
    from desktop.services.imports.mapping import check, guess_mapping, missing_required
    from desktop.services.imports.table import read_table

    try:
        table = read_table(Path(args.file))
    except ImportRefused as exc:
        print("Import geweigerd, er is niets opgeslagen:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem_text(problem)}", file=sys.stderr)
        return EXIT_INPUT
    register = _unlock(args)
    try:
        mapping = guess_mapping(table.headers)
        missing = missing_required(mapping)
        if missing:
            print(f"Import geweigerd: verplichte kolom ontbreekt: {', '.join(missing)}.",
                  file=sys.stderr)
            return EXIT_INPUT
        result = check(table, mapping)
        if result.problems:
            print(f"Import geweigerd: {len(result.problems)} problemen, er is niets opgeslagen.",
                  file=sys.stderr)
            for problem in result.problems:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_INPUT
        count = run_import(register, result.plan)
    except ImportRefused as exc:
        for problem in exc.problems:
            print(f"  {problem_text(problem)}", file=sys.stderr)
        return EXIT_INPUT
    finally:
        register.close()
    print(f"Geïmporteerd: {count} zaken uit {len(table.rows)} rijen.")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    register = _unlock(args)
    try:
        results = register.cases.search(" ".join(args.query))
    finally:
        register.close()
    for s in results:
        print(f"{s.number}\t{s.title}")
    if not results:
        print("Geen zaken gevonden.", file=sys.stderr)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import fill

    if args.cases < 1 or args.cases > 200_000:
        raise CliError("--cases moet tussen 1 en 200000 liggen", EXIT_USAGE)
    register = _unlock(args)
    try:
        fill(register, args.cases)
    finally:
        register.close()
    print(f"{args.cases} fictieve zaken toegevoegd.")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from desktop.safe_files import SafeFileError
    from desktop.services.monitoring.stats import compute
    from desktop.services.monitoring.stats_export import record_export, save_csv, to_text

    if args.jaar is not None and not 1900 <= args.jaar <= 2999:
        raise CliError("--jaar moet een jaartal zijn, bv. 2026", EXIT_USAGE)
    register = _unlock(args)
    try:
        report = compute(register, args.jaar)
        print(to_text(report, suppress=True))
        if args.csv:
            try:
                save_csv(report, Path(args.csv))
            except SafeFileError as exc:
                raise CliError(f"CSV niet geschreven: {exc.message}", EXIT_ERROR) from None
            except OSError as exc:
                from desktop.store.errors import os_error_nl

                raise CliError(f"CSV niet geschreven ({os_error_nl(exc)})", EXIT_ERROR) from None
            record_export(register, "csv")
            print(f"CSV geschreven: {args.csv}")
    finally:
        register.close()
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    register = _unlock(args)
    try:
        preview = register.retention.preview()
        result = register.retention.purge(dry_run=args.dry_run)
    finally:
        register.close()
    verb = "Zou vernietigen" if args.dry_run else "Vernietigd"
    for case in preview.cases:
        print(f"{verb}: zaak {case.number} (bewaren tot {case.due_on:%d-%m-%Y})")
    for number in result.on_hold:
        print(f"Overgeslagen (bewaarblokkade): zaak {number}")
    if preview.cases:
        removed = ", ".join(f"{label} {n}" for label, n in preview.removed.items() if n)
        print(("Wordt verwijderd: " if args.dry_run else "Verwijderd: ") + removed)
    print(f"{len(result.purged)} zaken {'te vernietigen' if args.dry_run else 'vernietigd'}"
          f"{' (proefdraai: er is niets veranderd)' if args.dry_run else ''}.")
    return EXIT_OK


def forms_check(args: argparse.Namespace) -> int:
    from desktop.content.check import check_content_dir
    from desktop.content.profile_catalog import check_profile_dir
    from desktop.resources import exports_dir, forms_dir

    if getattr(args, "forms_command", None) != "check":
        raise CliError("gebruik: schakel forms check [--exports] [MAP]", EXIT_USAGE)
    exports_only = getattr(args, "exports", False)
    target = Path(args.dir) if args.dir else (exports_dir() if exports_only else forms_dir())
    if not target.is_dir():
        raise CliError(f"map bestaat niet: {target}", EXIT_USAGE)
    if exports_only:
        problems = check_profile_dir(target)
    else:
        problems = check_content_dir(target)
        if not args.dir:  # the bundled content: forms/ and the bundled export profiles
            problems += check_profile_dir(exports_dir())
    for problem in problems:
        print(str(problem))
    if problems:
        print(f"{len(problems)} problemen gevonden in {target}", file=sys.stderr)
        return EXIT_INPUT
    print(f"Inhoud in orde: {target}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    return _export(args, [args.case], args.profile, agenda=False)


def cmd_export_agenda(args: argparse.Namespace) -> int:
    return _export(args, args.cases, args.profile, agenda=True)


def _export(args: argparse.Namespace, numbers: list[str], profile_id: str, agenda: bool) -> int:
    """Same profile enforcement, minimisation guard and logging as the GUI; optional
    fields stay out. Open guard findings refuse the export (exit 5) unless --redact."""
    from desktop.services.export.folder import folder_warning
    from desktop.services.export.service import ExportError

    check = getattr(args, "check", False)
    out = Path(args.out) if args.out else None
    if out is None and not check:
        raise CliError("geef --out BESTAND.pdf (of --check om alleen te controleren)", EXIT_USAGE)
    if out is not None and not check and not out.parent.is_dir():
        raise CliError(f"map bestaat niet: {out.parent}", EXIT_USAGE)
    register = _unlock(args)  # reads the passphrase line first when --passphrase-stdin
    try:
        password = None if check else _pdf_password(args)
        service = register.exports
        for note in service.recover_pending():
            print(f"Let op: {note}", file=sys.stderr)
        _warn_skipped_content(register)
        try:
            profile = service.profile(profile_id)
            if agenda and profile.layout != "agenda":
                raise CliError(f"'{profile_id}' is geen agendaprofiel", EXIT_USAGE)
            ids = [register.cases.id_for_number(n) for n in numbers]
            meeting = getattr(args, "meeting", None)
            preview = service.preview(ids, profile_id, meeting_id=meeting)
            choices = service.default_choices(preview)
            choices.password = password
            if check:
                _print_preview(preview, service.printed_texts(preview, choices))
                return _print_findings(service.findings(preview, choices))
            if getattr(args, "redact", False):
                choices.redacted = {f.id for f in service.findings(preview, choices)}
            if password is None and service.encryption_required():
                raise CliError("het beleid eist een versleutelde PDF (pdf_versleutelen = "
                               "\"verplicht\"): gebruik --password-stdin", EXIT_USAGE)
            assert out is not None
            saved = service.save_as(service.render(preview, choices), out)
        except ExportError as exc:
            raise CliError(exc.message, _export_exit(exc.code)) from None
    finally:
        register.close()
    _report_export(saved, len(preview.optional_fields()), folder_warning(saved.path.parent))
    return EXIT_OK


def _warn_skipped_content(register: Register) -> None:
    """A broken municipal content file is skipped, never fatal: say so on stderr."""
    from desktop.services.content_warnings import skipped_content, warning_lines

    for line in warning_lines(skipped_content(register)):
        print(f"schakel: {line}" if not line.startswith(" ") else line, file=sys.stderr)


def _export_exit(code: str) -> int:
    if code == "unknown_profile":
        return EXIT_USAGE
    if code in ("findings", "finding_never", "consent"):
        return EXIT_INPUT
    return EXIT_ERROR


def _print_preview(preview, printed: dict[str, str]) -> None:
    """What would leave the vault, per case and section: field labels and counts, no values."""
    for case in preview.cases:
        print(f"Zaak {case.number} → {preview.profile.recipient}:")
        for section in case.sections:
            labels = [f.label for f in section.fields() if f.key in printed]
            if labels:
                counts = {label: labels.count(label) for label in dict.fromkeys(labels)}
                shown = ", ".join(f"{k} ({n}×)" if n > 1 else k for k, n in counts.items())
                print(f"  {section.title}: {shown}")
    optional = [f for f in preview.optional_fields() if f.key not in printed]
    if optional:
        print(f"  Niet opgenomen (alleen met een reden, via Schakel): {len(optional)} gegeven(s)")


def _print_findings(findings: list) -> int:
    """Field and kind of each finding, never the matched text (exit 5 when any)."""
    for finding in findings:
        print(f"- {finding.describe()}")
    if findings:
        print(f"{len(findings)} bevinding(en) van de minimalisatiecontrole. Los ze op in Schakel "
              "(Exports) of gebruik --redact.")
        return EXIT_INPUT
    print("Geen bevindingen van de minimalisatiecontrole.")
    return EXIT_OK


def _pdf_password(args: argparse.Namespace) -> str | None:
    if not getattr(args, "password_stdin", False):
        return None
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CliError("geen wachtwoord voor de PDF gelezen van standaardinvoer", EXIT_USAGE)
    return password


def _report_export(saved: SavedExport, optional_count: int, warning: str | None) -> None:
    if warning:
        print(f"Let op: {warning}", file=sys.stderr)
    print(f"Export opgeslagen: {saved.path}")
    print(f"Exportlog-nr. {saved.log_id} · SHA-256 {saved.sha256}"
          + (" · versleuteld" if saved.encrypted else ""))
    if optional_count:
        print(f"{optional_count} gegeven(s) die alleen met een reden mogen worden gedeeld, zijn "
              "niet opgenomen; voeg ze zo nodig toe via Schakel (Exports).")


HANDLERS = {
    "init": cmd_init, "check": cmd_check, "backup": cmd_backup, "restore": cmd_restore,
    "import": cmd_import, "search": cmd_search, "demo": cmd_demo,
    "export": cmd_export, "export-agenda": cmd_export_agenda,
    "stats": cmd_stats, "purge": cmd_purge,
}

__all__ = ["dispatch", "EXIT_ERROR"]
