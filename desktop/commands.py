"""The admin subcommands behind ``schakel``. All output Dutch; no personal data except
what the officer explicitly asks for (``search`` prints case numbers and neutral titles)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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


def dispatch(args: argparse.Namespace) -> int:
    if args.self_test:
        from desktop.services.selftest import run_self_test

        return run_self_test(print)
    handler = HANDLERS.get(args.command)
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


def _unlock(args: argparse.Namespace) -> Register:
    service = _service(args)
    if service.state() == VaultState.NONE:
        raise CliError(f"geen register in {service.data_dir}; maak er een met 'schakel init'",
                       EXIT_ERROR)
    passphrase = read_passphrase(args, required=False)
    if passphrase is None and "keyring" in service.slots():
        return service.unlock(UnlockMethod.KEYRING)
    if passphrase is None:
        raise CliError("geen wachtwoordzin: gebruik --passphrase-stdin of SCHAKEL_PASSPHRASE",
                       EXIT_USAGE)
    return service.unlock(UnlockMethod.PASSPHRASE, passphrase)


def cmd_init(args: argparse.Namespace) -> int:
    service = _service(args)
    if service.state() != VaultState.NONE:
        raise CliError(f"er bestaat al een register in {service.data_dir}", EXIT_ERROR)
    passphrase = read_passphrase(args)
    register, code = service.create(passphrase, use_keyring=False)
    register.close()
    print(f"Register aangemaakt in {service.data_dir}")
    print("Herstelcode (wordt maar één keer getoond; bewaar hem in de kluis):")
    print(f"  {code}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.services.maintenance import check

    register = _unlock(args)
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
    from desktop.services.maintenance import restore

    if args.recovery_code_stdin:
        method, secret = "recovery", sys.stdin.readline().strip()
    else:
        method, secret = "passphrase", read_passphrase(args) or ""
    result = restore(data_dir_from(args), Path(args.file), method, secret)
    print("Back-up gecontroleerd en teruggezet "
          f"({result.report.counts.get('case_file', 0)} zaken).")
    if result.previous_moved_to:
        print(f"Het vorige register is bewaard in {result.previous_moved_to}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.services.importer import ImportRefused, plan_import, read_csv, run_import

    register = _unlock(args)
    try:
        headers, rows = read_csv(Path(args.file))
        plan = plan_import(headers, rows)
        if plan.problems:
            print(f"Import geweigerd: {len(plan.problems)} problemen, er is niets opgeslagen.",
                  file=sys.stderr)
            for problem in plan.problems:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_INPUT
        count = run_import(register, plan)
    except ImportRefused as exc:
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_INPUT
    finally:
        register.close()
    print(f"Geïmporteerd: {count} zaken uit {plan.rows} rijen.")
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


def forms_check(args: argparse.Namespace) -> int:
    from desktop.content.check import check_content_dir
    from desktop.resources import forms_dir

    if getattr(args, "forms_command", None) != "check":
        raise CliError("gebruik: schakel forms check [MAP]", EXIT_USAGE)
    target = Path(args.dir) if args.dir else forms_dir()
    if not target.is_dir():
        raise CliError(f"map bestaat niet: {target}", EXIT_USAGE)
    problems = check_content_dir(target)
    for problem in problems:
        print(str(problem))
    if problems:
        print(f"{len(problems)} problemen gevonden in {target}", file=sys.stderr)
        return EXIT_INPUT
    print(f"Inhoud in orde: {target}")
    return EXIT_OK


HANDLERS = {
    "init": cmd_init, "check": cmd_check, "backup": cmd_backup, "restore": cmd_restore,
    "import": cmd_import, "search": cmd_search, "demo": cmd_demo,
}

__all__ = ["dispatch", "EXIT_ERROR"]
