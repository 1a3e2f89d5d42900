"""No file in the data dir ever contains case content in plaintext (UTF-8 or UTF-16)."""

from __future__ import annotations

from datetime import date

from desktop.domain import model as m
from desktop.policy import Policy
from desktop.services import maintenance
from desktop.services.session import UnlockMethod, VaultService

NAMES = ["Zbigniewfictief Brzęczyszczykiewicz", "Ștefanfictief Țurcanuvici", "Snelwerkfictief BV",
         "Verzonnenstraatfictief"]


def _encodings(text: str) -> list[bytes]:
    return [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _scan(folder) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            for name in NAMES:
                for needle in [*_encodings(name), *_encodings(name.split()[0])]:
                    if needle in blob:
                        hits.append(f"{path.name}: {name}")
    return hits


def test_no_plaintext_in_data_dir_while_open_and_after_lock(data_dir, tmp_path):
    service = VaultService(data_dir, Policy())
    reg, _ = service.create("correct paard batterij nietje", use_keyring=True)
    for i in range(40):
        reg.cases.create(m.Case(
            forms={m.Form.LABOUR}, received_on=date(2026, 1, 1), reporter_department="Handhaving",
            observations=f"Gezien bij {NAMES[3]} {i}",
            persons=[m.Person(name=NAMES[0]), m.Person(name=NAMES[1])],
            organisations=[m.Organisation(name=NAMES[2], kvk="90001234")],
            addresses=[m.Address(street=NAMES[3], number=str(i), postcode="9999 XA")],
        ))
    reg.cases.search("zbigniewfictief")
    reg.cases.list(__import__("desktop.store.cases", fromlist=["ListQuery"]).ListQuery(
        sort="reporter_department"))
    assert _scan(data_dir) == []  # WAL and SHM included while open
    maintenance.backup(reg, data_dir / "backups" / "kopie")
    reg.close()
    assert _scan(data_dir) == []
    reg = service.unlock(UnlockMethod.KEYRING)
    reg.close()
    assert _scan(data_dir) == []
