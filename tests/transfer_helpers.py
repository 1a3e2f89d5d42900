"""Helpers for the transfer tests: several real registers that trust each other."""

from __future__ import annotations

import os
from pathlib import Path

from desktop import paths
from desktop.policy import Policy
from desktop.services.register import Register
from desktop.services.transfer import TransferService
from desktop.services.transfer.keys import parse_key_file


def open_register(root: Path, name: str, content_dir: Path | None = None) -> Register:
    data = root / name
    data.mkdir()
    return Register.open(data, data / paths.VAULT_FILE, os.urandom(32), Policy(content_dir=content_dir),
                         create=True)


def key_of(register: Register, tmp: Path):
    out = tmp / f"{register.data_dir.name}.schakelsleutel"
    out.unlink(missing_ok=True)
    TransferService(register).export_key(out)
    return parse_key_file(out.read_bytes())


def trust(a: Register, b: Register, tmp: Path) -> None:
    """a trusts b (fingerprint typed), b trusts a."""
    ka, kb = key_of(a, tmp), key_of(b, tmp)
    TransferService(a).confirm_key(kb, kb.fingerprint)
    TransferService(b).confirm_key(ka, ka.fingerprint)


def add_case(register: Register, name: str = "Testpersoon Zeldzaamnaam") -> int:
    from datetime import date

    from desktop.domain import model as m

    case = m.Case(received_on=date(2026, 3, 1), observations="Waarneming bij testadres",
                  reporter_department="Burgerzaken", forms={m.Form.LABOUR},
                  persons=[m.Person(role=m.PersonRole.VICTIM, name=name)],
                  addresses=[m.Address(street="Proefstraat", number="12", postcode="1234 AB",
                                       place="Teststad")])
    return register.cases.create(case).id
