"""Key operations on the command line (issue 13), like ``keepassxc-cli``: secrets from stdin only.

``schakel [--passphrase-stdin] passphrase``      line 1: current passphrase (or SCHAKEL_PASSPHRASE
                                                 / the keyring), next line: the new passphrase
``schakel passphrase --recovery-code-stdin``     line 1: recovery code (forgotten passphrase),
                                                 line 2: the new passphrase
``schakel [--passphrase-stdin] recovery-code``   prints the new recovery code once
``schakel [--passphrase-stdin] rotate-key``      re-encrypts the register under a new data key

Every operation makes a new key-encryption key (KEK): an old key file (in a backup, a
``voor-terugzetten`` folder) together with an old secret no longer opens this register.
Exit codes as in the README: 0 ok, 2 usage, 3 unlock failed, 5 new passphrase refused.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, CliError

SECRET_NOTE = "geheimen alleen via standaardinvoer, nooit als argument"


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("passphrase", help=f"wijzig de wachtwoordzin (nieuwe sleutelsleutel; {SECRET_NOTE})")
    p.add_argument("--recovery-code-stdin", action="store_true",
                   help="wachtwoordzin vergeten: eerste regel de herstelcode, dan de nieuwe wachtwoordzin")
    sub.add_parser("recovery-code", help="maak een nieuwe herstelcode; de oude werkt daarna niet meer")
    sub.add_parser("rotate-key", help="vernieuw de gegevenssleutel (na verlies van een laptop of back-up)")


def _read_line(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise CliError(f"geen invoer voor: {prompt.strip(': ')} ({SECRET_NOTE})", EXIT_USAGE)
    return line.rstrip("\r\n")


def _unlock_for_change(args: argparse.Namespace):
    """The service and unlocked register; refused while Schakel (GUI or CLI) has the folder open,
    since the GUI holds the key-encryption key that these operations replace."""
    from desktop.cli import EXIT_ERROR, data_dir_from
    from desktop.commands import _service, _session
    from desktop.services.instance_lock import InstanceLock, InstanceLocked
    from desktop.services.session import UnlockMethod

    lock = InstanceLock(data_dir_from(args))
    try:
        lock.acquire()
    except InstanceLocked as exc:
        raise CliError(exc.message, EXIT_ERROR) from None
    _HELD.append(lock)
    if getattr(args, "recovery_code_stdin", False):
        service = _service(args)
        return service, service.unlock(UnlockMethod.RECOVERY, _read_line("Herstelcode: "))
    return _session(args)


_HELD: list = []  # the instance lock of the running key command (released in _run)


def _run(handler):
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        finally:
            while _HELD:
                _HELD.pop().release()
    return run


def cmd_passphrase(args: argparse.Namespace) -> int:
    from desktop.vault.errors import WeakPassphrase

    service, register = _unlock_for_change(args)
    try:
        new = _read_line("Nieuwe wachtwoordzin: ")
        if sys.stdin.isatty() and _read_line("Herhaal de nieuwe wachtwoordzin: ") != new:
            raise CliError("de twee nieuwe wachtwoordzinnen verschillen; er is niets gewijzigd", EXIT_INPUT)
        try:
            service.change_passphrase(register, new)
        except WeakPassphrase as exc:
            raise CliError(f"{exc.message} Er is niets gewijzigd.", EXIT_INPUT) from None
    finally:
        register.close()
    print("Wachtwoordzin gewijzigd. De sleutelsleutel is vernieuwd: een oud sleutelbestand met de oude "
          "wachtwoordzin opent dit register niet meer in Schakel. Heeft iemand ook een oude back-up, "
          "voer dan 'schakel rotate-key' uit.")
    return EXIT_OK


def cmd_recovery_code(args: argparse.Namespace) -> int:
    service, register = _unlock_for_change(args)
    try:
        code = service.new_recovery_code(register)
    finally:
        register.close()
    print("Nieuwe herstelcode (wordt maar één keer getoond; bewaar hem in de kluis, vernietig de oude):")
    print(f"  {code}")
    return EXIT_OK


def cmd_rotate_key(args: argparse.Namespace) -> int:
    service, register = _unlock_for_change(args)
    register = service.rotate_key(register)
    register.close()
    print("Gegevenssleutel vernieuwd. Oude back-ups en oude sleutelbestanden openen dit register niet "
          "meer; oude back-ups zelf blijven leesbaar met de secrets van toen - vernietig ze als die "
          "mogelijk bekend zijn. Maak nu een nieuwe back-up.")
    return EXIT_OK


HANDLERS = {"passphrase": _run(cmd_passphrase), "recovery-code": _run(cmd_recovery_code),
            "rotate-key": _run(cmd_rotate_key)}
