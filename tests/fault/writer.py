"""Child process for kill -9 tests: commits cases one by one, printing each committed number.

Usage: python writer.py DATA_DIR HEXKEY MODE   (MODE: 'commits' or 'import')
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from desktop import paths
from desktop.domain import model as m
from desktop.policy import Policy
from desktop.services.register import Register


def main() -> None:
    data, key, mode = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), sys.argv[3]
    reg = Register.open(data, data / paths.VAULT_FILE, key, Policy())
    if mode == "commits":
        for i in range(100000):
            case = reg.cases.create(m.Case(
                forms={m.Form.LABOUR}, received_on=date(2026, 1, 1), reporter_department="Test",
                observations=f"commit {i}", persons=[m.Person(name=f"Persoon {i}")]))
            print(case.number, flush=True)
    else:
        import random

        from desktop.services.demo import make_case

        rng = random.Random(1)
        print("start", flush=True)
        with reg.write() as conn:
            from desktop.store import cases

            for _ in range(100000):
                cases.save(conn, make_case(rng, date.today()))
        print("done", flush=True)


if __name__ == "__main__":
    main()
