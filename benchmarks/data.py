"""Fictional benchmark data: vaults with N cases, CSV registers."""

from __future__ import annotations

import csv
import random
from datetime import date
from pathlib import Path

from desktop import paths
from desktop.policy import Policy
from desktop.services.demo import make_case
from desktop.services.register import Register
from desktop.store import cases as repo


def fill(register: Register, count: int, seed: int = 99) -> None:
    rng = random.Random(seed)
    today = date.today()
    batch = 5000
    for start in range(0, count, batch):
        with register.write() as conn:
            for _ in range(min(batch, count - start)):
                repo.save(conn, make_case(rng, today))
    register.links.invalidate()


def open_register(folder: Path, key: bytes, create: bool = False) -> Register:
    folder.mkdir(parents=True, exist_ok=True)
    return Register.open(folder, folder / paths.VAULT_FILE, key, Policy(), create=create)


def write_register_csv(path: Path, rows: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    today = date.today()
    header = ["registratienummer", "datum_signaal", "omschrijving", "vormen", "afdeling_melder",
              "persoon_naam", "persoon_rol", "persoon_geboortedatum", "straat", "huisnummer",
              "postcode", "plaats", "organisatie_naam", "kvk_nummer"]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(header)
        n = 0
        ref = 0
        while n < rows:
            ref += 1
            case = make_case(rng, today)
            for person in case.persons:
                if n >= rows:
                    break
                a = case.addresses[0] if case.addresses else None
                o = case.organisations[0] if case.organisations else None
                w.writerow([f"R-{ref}", case.received_on.strftime("%d-%m-%Y"), case.observations,
                            ",".join(sorted(f.value for f in case.forms)), case.reporter_department,
                            person.name, person.role.value,
                            person.birth_date.strftime("%d-%m-%Y") if person.birth_date else "",
                            a.street if a else "", a.number if a else "", a.postcode if a else "",
                            a.place if a else "", o.name if o else "", o.kvk if o else ""])
                n += 1
