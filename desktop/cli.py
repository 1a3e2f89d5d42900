"""``schakel``: starts the GUI without a subcommand; admin subcommands for IT and scripts.

Exit codes (a contract for IT scripts, documented in the README):
0 ok · 1 error · 2 wrong usage · 3 unlock failed (key/passphrase/keyring) ·
4 check found problems · 5 input refused (import or content validation).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop import __version__
from desktop.errors import SchakelError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNLOCK, EXIT_CHECK, EXIT_INPUT = 0, 1, 2, 3, 4, 5


class CliError(SchakelError):
    def __init__(self, message: str, code: int = EXIT_ERROR):
        super().__init__(message)
        self.message, self.code = message, code


_DUTCH_HEADINGS = (("usage: ", "gebruik: "), ("positional arguments:", "argumenten:"),
                   ("options:", "opties:"), ("show this help message and exit", "toon deze hulp"),
                   ("show program's version number and exit", "toon het versienummer"),
                   ("the following arguments are required", "deze argumenten ontbreken"),
                   ("unrecognized arguments", "onbekende argumenten"),
                   ("invalid choice", "ongeldige keuze"), ("choose from", "kies uit"),
                   ("expected one argument", "verwacht één waarde"),
                   ("invalid int value", "ongeldig getal"))


class DutchParser(argparse.ArgumentParser):
    """argparse with Dutch headings and errors (argparse's own texts are English)."""

    def format_help(self) -> str:
        return self._dutch(super().format_help())

    def format_usage(self) -> str:
        return self._dutch(super().format_usage())

    @staticmethod
    def _dutch(text: str) -> str:
        for english, dutch in _DUTCH_HEADINGS:
            text = text.replace(english, dutch)
        return text

    def error(self, message: str) -> None:  # pragma: no cover - argparse plumbing
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"schakel: fout: {self._dutch(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    p = DutchParser(prog="schakel", description="Schakel: versleuteld register mensenhandel.")
    p.add_argument("--version", action="version", version=f"Schakel {__version__}")
    p.add_argument("--data-dir", help="map met het register (ook: SCHAKEL_DATA_DIR)")
    p.add_argument("--policy", help="beleidsbestand (TOML) in plaats van het machinebeleid")
    p.add_argument("--demo", action="store_true", help="open een tijdelijk register met fictieve zaken")
    p.add_argument("--self-test", action="store_true", help="zelftest in een tijdelijke map")
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="lees de wachtwoordzin van standaardinvoer (anders SCHAKEL_PASSPHRASE)")
    sub = p.add_subparsers(dest="command", parser_class=DutchParser)
    sub.add_parser("init", help="maak een nieuw versleuteld register")
    sub.add_parser("check", help="controleer versleuteling, integriteit en logboek")
    b = sub.add_parser("backup", help="maak een versleutelde back-up")
    b.add_argument("file")
    r = sub.add_parser("restore", help="zet een back-up terug (na controle)")
    r.add_argument("file")
    r.add_argument("--recovery-code-stdin", action="store_true",
                   help="ontgrendel de back-up met de herstelcode van standaardinvoer")
    r.add_argument("--force", action="store_true",
                   help="ook terugzetten als de back-up bij een ander register hoort of het huidige nieuwer is")
    i = sub.add_parser("import", help="importeer een register (CSV of .xlsx)")
    i.add_argument("file")
    s = sub.add_parser("search", help="zoek zaken")
    s.add_argument("query", nargs="+")
    d = sub.add_parser("demo", help="vul het register met fictieve zaken")
    d.add_argument("--cases", type=int, default=200)
    st = sub.add_parser("stats", help="statistiek per kwartaal of jaar (kleine aantallen als < 5)")
    st.add_argument("--jaar", type=int, help="alleen dit jaar, per kwartaal")
    st.add_argument("--csv", metavar="BESTAND", help="schrijf de statistiek ook als CSV")
    pg = sub.add_parser("purge", help="vernietig zaken waarvan de bewaartermijn verstreken is")
    pg.add_argument("--dry-run", action="store_true",
                    help="toon alleen wat vernietigd zou worden; verandert niets")
    f = sub.add_parser("forms", help="inhoud (checklists, routes) beheren")
    fsub = f.add_subparsers(dest="forms_command", parser_class=DutchParser)
    fc = fsub.add_parser("check", help="controleer een inhoudsmap")
    fc.add_argument("dir", nargs="?")
    fc.add_argument("--exports", action="store_true",
                    help="DIR is een map met exportprofielen (standaard: de meegeleverde)")
    _add_export_parsers(sub)
    for module in feature_modules():
        module.add_parsers(sub)
    return p


# Feature command modules: each defines ``add_parsers(sub)`` and ``HANDLERS = {name: fn(args) -> int}``.
# A new feature adds its module name here (one line) instead of editing this file's parser body.
FEATURE_COMMANDS: tuple[str, ...] = ("desktop.cli_attachments", "desktop.cli_transfer", "desktop.cli_keys")


def feature_modules() -> list:
    import importlib

    return [importlib.import_module(name) for name in FEATURE_COMMANDS]


PASSWORD_HELP = ("lees het wachtwoord voor de PDF van standaardinvoer; met ook "
                 "--passphrase-stdin: eerst de regel met de wachtwoordzin, dan het wachtwoord")


def _add_export_parsers(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("export", help="maak een PDF-overdracht van een zaak (volgens profiel)")
    e.add_argument("case", metavar="ZAAKNUMMER")
    e.add_argument("--profile", required=True,
                   help="exportprofiel, bv. riec, zorgcoordinator, terugkoppeling-melder")
    a = sub.add_parser("export-agenda", help="maak een gepseudonimiseerde overlegagenda (PDF)")
    a.add_argument("cases", nargs="+", metavar="ZAAKNUMMER")
    a.add_argument("--profile", default="overleg-agenda", help="agendaprofiel")
    a.add_argument("--meeting", type=int, metavar="OVERLEG-NR",
                   help="het overleg (soort, datum, plaats en opgeslagen vragen op de agenda)")
    for p in (e, a):
        p.add_argument("--out", metavar="BESTAND.pdf", help="doelbestand (niet bij --check)")
        p.add_argument("--password-stdin", action="store_true", help=PASSWORD_HELP)
        guard = p.add_mutually_exclusive_group()
        guard.add_argument("--check", action="store_true",
                           help="toon de bevindingen van de minimalisatiecontrole; schrijf niets")
        guard.add_argument("--redact", action="store_true",
                           help="laat elke bevinding weg (vervangen door bv. [naam weggelaten])")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None and not args.self_test:
        from desktop.ui.shell.app import run_gui

        return run_gui(args)
    from desktop import commands

    try:
        return commands.dispatch(args)
    except CliError as exc:
        print(f"schakel: {exc.message}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("schakel: afgebroken", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the top-level guard: never a traceback
        return unexpected_error(exc, args)


def unexpected_error(exc: BaseException, args: argparse.Namespace) -> int:
    """Short Dutch message plus a log file (no case data: type and stack only), exit 1."""
    from desktop.crash_log import write_crash_log

    try:
        folder = data_dir_from(args)
    except Exception:  # noqa: BLE001 - the data folder itself may be the problem
        folder = None
    log = write_crash_log(exc, folder, getattr(args, "command", None))
    where = (f" Details (zonder zaakgegevens) staan in {log}; stuur dat bestand naar uw "
             "functioneel beheerder." if log else "")
    print(f"schakel: er ging onverwacht iets mis (een programmafout).{where}", file=sys.stderr)
    return EXIT_ERROR


def read_passphrase(args: argparse.Namespace, required: bool = True) -> str | None:
    if getattr(args, "passphrase_stdin", False):
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    env = os.environ.get("SCHAKEL_PASSPHRASE")
    if env is not None:
        return env
    if required:
        raise CliError("geen wachtwoordzin: gebruik --passphrase-stdin of SCHAKEL_PASSPHRASE",
                       EXIT_USAGE)
    return None


def data_dir_from(args: argparse.Namespace) -> Path:
    from desktop.paths import data_dir

    return data_dir(args.data_dir)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
