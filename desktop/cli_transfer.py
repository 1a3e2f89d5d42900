"""CLI for waarneming and overdracht (issue 17): ``schakel keys …`` and ``schakel transfer …``.

``keys export --out F``                  write this register's public key file (+ fingerprint)
``keys trust F --fingerprint "…"``       trust a colleague's key after comparing the fingerprint
``keys list``                            trusted keys (admin folder and confirmed)
``transfer create CASE... --to KEYFILE --mode lend|handover|share [--until D] --out F``
``transfer receive F [--receipt-out R] [--bij-conflict eigen|waarnemer]``
``transfer return CASE... --out F``      the deputy gives lent cases back
``transfer end CASE... --out F``         the owner ends a lease early
``transfer receipt R [--receipt-out R2]`` the sender registers a receipt
``transfer expire --out-dir D``          destroy deputy copies whose lease ended (+ receipts)
``transfer list``                        leases and the stubs kept after a handover
Exit codes as in the README: 5 for a refused bundle or key file.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.cli import EXIT_ERROR, EXIT_INPUT, EXIT_OK, EXIT_USAGE, CliError

_MAX_BUNDLE = 512 * 1024 * 1024


def add_parsers(sub: argparse._SubParsersAction) -> None:
    k = sub.add_parser("keys", help="uitwisselsleutels voor waarneming en overdracht")
    ks = k.add_subparsers(dest="keys_command", parser_class=type(k))
    ke = ks.add_parser("export", help="schrijf de openbare sleutel van dit register")
    ke.add_argument("--out", required=True, metavar="BESTAND.schakelsleutel")
    ke.add_argument("--naam", help="uw naam (in het sleutelbestand)")
    ke.add_argument("--functie", help="uw functie (in het sleutelbestand)")
    kt = ks.add_parser("trust", help="vertrouw een sleutel na vergelijken van de vingerafdruk")
    kt.add_argument("file", metavar="BESTAND.schakelsleutel")
    kt.add_argument("--fingerprint", required=True, help="de vingerafdruk zoals telefonisch voorgelezen")
    ks.add_parser("list", help="toon de vertrouwde sleutels")
    t = sub.add_parser("transfer", help="waarneming en overdracht van zaken (versleutelde bundels)")
    ts = t.add_subparsers(dest="transfer_command", parser_class=type(t))
    c = ts.add_parser("create", help="maak een bundel voor een waarnemer of opvolger")
    c.add_argument("cases", nargs="+", metavar="ZAAKNUMMER")
    c.add_argument("--to", required=True, metavar="SLEUTELBESTAND")
    c.add_argument("--mode", required=True, choices=["lend", "handover", "share"])
    c.add_argument("--until", metavar="JJJJ-MM-DD", help="einde van de waarneming (bij lend)")
    c.add_argument("--grondslag", default="", help="vastgelegde grondslag (verplicht bij share)")
    c.add_argument("--out", required=True, metavar="BESTAND.schakelbundel")
    r = ts.add_parser("receive", help="ontvang een bundel")
    r.add_argument("file", metavar="BESTAND.schakelbundel")
    r.add_argument("--receipt-out", metavar="BEWIJS", help="schrijf het ondertekende ontvangstbewijs")
    r.add_argument("--bij-conflict", choices=["eigen", "waarnemer"],
                   help="bij velden die aan beide kanten zijn gewijzigd: houd de eigen waarde of neem die "
                        "van de waarnemer (anders: kies per veld in de GUI)")
    b = ts.add_parser("return", help="geef zaken in waarneming terug aan de eigenaar")
    b.add_argument("cases", nargs="+", metavar="ZAAKNUMMER")
    b.add_argument("--out", required=True, metavar="BESTAND.schakelbundel")
    e = ts.add_parser("end", help="beëindig een waarneming vroegtijdig (de waarnemer vernietigt)")
    e.add_argument("cases", nargs="+", metavar="ZAAKNUMMER")
    e.add_argument("--out", required=True, metavar="BESTAND.schakelbundel")
    p = ts.add_parser("receipt", help="registreer een ontvangst- of vernietigingsbewijs")
    p.add_argument("file", metavar="BEWIJS")
    p.add_argument("--receipt-out", metavar="BEWIJS", help="schrijf het vernietigingsbewijs (na 'return')")
    ts.add_parser("list", help="toon lopende waarnemingen, overdrachten en bewaarde stubs")
    x = ts.add_parser("expire", help="vernietig verlopen waarnemingen en schrijf vernietigingsbewijzen")
    x.add_argument("--out-dir", required=True, metavar="MAP")


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(_MAX_BUNDLE + 1)
    except OSError:
        raise CliError(f"kan {path} niet lezen", EXIT_ERROR) from None
    if len(data) > _MAX_BUNDLE:
        raise CliError("het bestand is te groot voor een bundel", EXIT_INPUT)
    return data


def _run(args: argparse.Namespace, work) -> int:
    """Unlock, run ``work(service)``, map transfer errors to exit codes, always lock."""
    from desktop.commands import _unlock
    from desktop.safe_files import SafeFileError
    from desktop.services.transfer import ConflictsPending, TransferError, TransferRefused, TransferService

    register = _unlock(args, record=False)
    try:
        return work(TransferService(register))
    except TransferRefused as exc:
        raise CliError(f"geweigerd: {exc.message}", EXIT_INPUT) from None
    except ConflictsPending as exc:
        for c in exc.conflicts:
            print(f"  conflict: zaak {c.case_number}, {c.table}.{c.field}: eigen={c.mine!r} "
                  f"waarnemer={c.theirs!r}")
        raise CliError(exc.message + " Gebruik --bij-conflict of de GUI.", EXIT_ERROR) from None
    except TransferError as exc:
        raise CliError(exc.message, EXIT_ERROR) from None
    except SafeFileError as exc:
        raise CliError(getattr(exc, "message", "") or "het bestand kan niet worden geschreven",
                       EXIT_ERROR) from None
    finally:
        register.close()


def _case_ids(service, numbers: list[str]) -> list[int]:
    return [service._r.cases.id_for_number(n) for n in numbers]


def _write_receipt(target: str | None, data: bytes | None, kind: str) -> None:
    from desktop import safe_files

    if data is None:
        return
    if target is None:
        print(f"Let op: er is een {kind} gemaakt maar niet opgeslagen (gebruik --receipt-out).")
        return
    safe_files.write_bytes(Path(target), data)
    print(f"{kind.capitalize()} geschreven: {target} (stuur het terug naar de afzender)")


def cmd_keys(args: argparse.Namespace) -> int:
    from desktop.services.transfer import BadKeyFile, read_key_file

    if args.keys_command is None:
        raise CliError("kies: keys export, keys trust of keys list", EXIT_USAGE)

    def work(service) -> int:
        if args.keys_command == "export":
            if args.naam is not None or args.functie is not None:
                service.set_officer(args.naam or "", args.functie or "")
            fp = service.export_key(Path(args.out))
            print(f"Openbare sleutel geschreven: {args.out}")
            print(f"Vingerafdruk (lees voor aan uw collega): {fp}")
        elif args.keys_command == "trust":
            try:
                key = read_key_file(Path(args.file))
            except BadKeyFile as exc:
                raise CliError(exc.message, EXIT_INPUT) from None
            service.confirm_key(key, args.fingerprint)
            print(f"Sleutel vertrouwd: {key.label()}")
        else:
            print(f"Dit register: {service.fingerprint()}")
            for key in service.trusted():
                print(f"{key.fingerprint}  {key.label()}  ({key.source})")
        return EXIT_OK
    return _run(args, work)


def cmd_transfer(args: argparse.Namespace) -> int:
    handler = _TRANSFER.get(args.transfer_command or "")
    if handler is None:
        raise CliError("kies: transfer create, receive, return, end, receipt, list of expire", EXIT_USAGE)
    return _run(args, lambda service: handler(args, service))


def _create(args: argparse.Namespace, service) -> int:
    from desktop.services.transfer import BadKeyFile, read_key_file

    try:
        key = read_key_file(Path(args.to))
    except BadKeyFile as exc:
        raise CliError(exc.message, EXIT_INPUT) from None
    until = None
    if args.until:
        try:
            until = date.fromisoformat(args.until)
        except ValueError:
            raise CliError("--until: gebruik JJJJ-MM-DD", EXIT_USAGE) from None
    made = service.create(_case_ids(service, args.cases), key, args.mode, Path(args.out), until=until,
                          legal_ground=args.grondslag)
    print(f"Bundel geschreven: {args.out} ({len(made.numbers)} zaken, SHA-256 {made.sha256})")
    return EXIT_OK


def _receive(args: argparse.Namespace, service) -> int:
    from desktop.services.transfer import MINE, THEIRS, ConflictsPending

    data = _read(args.file)
    try:
        got = service.receive(data)
    except ConflictsPending as exc:
        if not args.bij_conflict:
            raise
        choice = THEIRS if args.bij_conflict == "waarnemer" else MINE
        got = service.receive(data, {c.key: choice for c in exc.conflicts})
    print(f"Ontvangen ({got.kind}) van {got.sender}: {', '.join(got.numbers) or 'geen zaken'}"
          f" (SHA-256 {got.sha256})")
    _write_receipt(args.receipt_out, got.receipt, got.receipt_kind or "ontvangstbewijs")
    return EXIT_OK


def _simple(kind: str):
    def run(args: argparse.Namespace, service) -> int:
        method = service.give_back if kind == "return" else service.end_lease
        made = method(_case_ids(service, args.cases), Path(args.out))
        print(f"Bundel geschreven: {args.out} (SHA-256 {made.sha256})")
        return EXIT_OK
    return run


def _receipt(args: argparse.Namespace, service) -> int:
    got = service.register_receipt(_read(args.file))
    print(f"{got.kind.capitalize()} geregistreerd van {got.sender}"
          + (f"; vernietigd: {', '.join(got.numbers)}" if got.numbers else "")
          + (f"; {got.stubs} zaaknummers met bewijs bewaard" if got.stubs else ""))
    _write_receipt(args.receipt_out, got.receipt, got.receipt_kind)
    return EXIT_OK


def _expire(args: argparse.Namespace, service) -> int:
    from desktop import safe_files

    folder = Path(args.out_dir)
    done = service.destroy_expired()
    for index, (label, data, numbers) in enumerate(done, start=1):
        target = folder / f"vernietigingsbewijs-{date.today().isoformat()}-{index}.schakelbewijs"
        safe_files.write_bytes(target, data)
        print(f"Vernietigd: {', '.join(numbers)}; bewijs voor {label}: {target}")
    if not done:
        print("Geen verlopen waarnemingen.")
    return EXIT_OK


def _list(args: argparse.Namespace, service) -> int:
    names = {"uitgeleend": "uitgeleend aan", "waarnemer": "in waarneming van", "overgedragen": "overgedragen aan"}
    for ls in service.leases():
        state = " (alleen-lezen)" if ls.readonly else ""
        print(f"{ls.number}\t{names.get(ls.role, ls.role)} {ls.peer_label}\ttot {ls.until or '-'}{state}")
    for number, who, sha, at in service.stubs():
        print(f"{number}\toverdracht afgerond aan {who}\t{at[:10]}\tbewijs {sha}")
    return EXIT_OK


_TRANSFER = {"create": _create, "list": _list, "receive": _receive, "return": _simple("return"), "end": _simple("end"),
             "receipt": _receipt, "expire": _expire}

HANDLERS = {"keys": cmd_keys, "transfer": cmd_transfer}
