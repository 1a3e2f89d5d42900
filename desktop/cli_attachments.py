"""``schakel attach CASE FILE...`` and ``schakel attachments CASE``.

``attach`` stores each file whole or not at all (one transaction per file). A refused file is
reported in Dutch on stderr and the other files are still handled; the exit code is then 5
(input refused). ``attachments`` prints one line per file: id, name, size, type, SHA-256 —
the file name is personal data the officer asks for explicitly, as with ``search``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import EXIT_INPUT, EXIT_OK, CliError


def add_parsers(sub: argparse._SubParsersAction) -> None:
    a = sub.add_parser("attach", help="voeg bestanden als versleutelde bijlage toe aan een zaak")
    a.add_argument("case", metavar="ZAAKNUMMER")
    a.add_argument("files", nargs="+", metavar="BESTAND")
    a.add_argument("--verplaatsen", action="store_true",
                   help="verwijder het origineel na opslaan (op SSD's geen veilig wissen)")
    ls = sub.add_parser("attachments", help="toon de bijlagen van een zaak (naam, grootte, type, SHA-256)")
    ls.add_argument("case", metavar="ZAAKNUMMER")


def cmd_attach(args: argparse.Namespace) -> int:
    from desktop.commands import _unlock
    from desktop.services.attachments import AttachmentRefused, size_text

    register = _unlock(args)
    refused = 0
    try:
        case_id = register.cases.id_for_number(args.case)
        for name in args.files:
            path = Path(name)
            try:
                row = register.attachments.add_file(case_id, path, source="cli")
            except AttachmentRefused as exc:
                refused += 1
                print(f"schakel: {name}: {exc.message}", file=sys.stderr)
                continue
            print(f"Opgeslagen: {name} ({size_text(row.size)}, {row.mime}, sha256 {row.sha256})")
            if args.verplaatsen:
                try:
                    register.attachments.remove_original(path)
                    print(f"Origineel verwijderd: {name} (op SSD's geen veilig wissen)")
                except AttachmentRefused as exc:
                    print(f"schakel: {name}: {exc.message}", file=sys.stderr)
    finally:
        register.close()
    if refused:
        raise CliError(f"{refused} van {len(args.files)} bestanden geweigerd; daarvan is niets opgeslagen",
                       EXIT_INPUT)
    return EXIT_OK


def cmd_attachments(args: argparse.Namespace) -> int:
    from desktop.commands import _unlock
    from desktop.services.attachments import size_text

    register = _unlock(args)
    try:
        case_id = register.cases.id_for_number(args.case)
        rows = register.attachments.list(case_id)
    finally:
        register.close()
    if not rows:
        print(f"Zaak {args.case} heeft geen bijlagen.")
    for row in rows:
        print(f"{row.id}\t{row.file_name}\t{size_text(row.size)}\t{row.mime}\t{row.sha256}")
    return EXIT_OK


HANDLERS = {"attach": cmd_attach, "attachments": cmd_attachments}
