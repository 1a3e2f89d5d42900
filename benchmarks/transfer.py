"""Transfer benchmark: ``python -m benchmarks.transfer [--cases 50] [--out FILE.json]``.

Two real SQLCipher registers that trust each other; the owner fills ``--cases`` fictional
cases (demo data with route steps) and lends all of them to the deputy. Measured (median of
``--repeat`` runs, each on fresh registers): bundle creation (read, serialise, seal, write,
record leases), receipt on the deputy's side (open, verify, insert, index, audit, receipt),
the return merge at the owner and the bundle size. Target: creation and receipt ≤ 1 s each
for 50 cases.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from desktop import paths
from desktop.policy import Policy
from desktop.services.register import Register
from desktop.services.transfer import TransferService
from desktop.services.transfer.keys import parse_key_file


def _register(folder: Path) -> Register:
    folder.mkdir(parents=True)
    return Register.open(folder, folder / paths.VAULT_FILE, os.urandom(32), Policy(), create=True)


def _key(register: Register, folder: Path):
    out = folder / f"{register.data_dir.name}.schakelsleutel"
    TransferService(register).export_key(out)
    return parse_key_file(out.read_bytes())


def one_run(root: Path, cases: int) -> dict[str, float]:
    from desktop.services.demo import fill

    owner, deputy = _register(root / "eigenaar"), _register(root / "waarnemer")
    try:
        to_owner, to_deputy = _key(owner, root), _key(deputy, root)
        TransferService(owner).confirm_key(to_deputy, to_deputy.fingerprint)
        TransferService(deputy).confirm_key(to_owner, to_owner.fingerprint)
        fill(owner, cases, seed=17)
        with owner.read() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM case_file ORDER BY id")]
        bundle = root / "uitleen.schakelbundel"
        t0 = time.perf_counter()
        TransferService(owner).create(ids, to_deputy, "lend", bundle, until=date.today() + timedelta(days=30))
        t1 = time.perf_counter()
        got = TransferService(deputy).receive(bundle.read_bytes())
        t2 = time.perf_counter()
        back = root / "terug.schakelbundel"
        with deputy.read() as conn:
            held = [r[0] for r in conn.execute("SELECT id FROM case_file ORDER BY id")]
        TransferService(deputy).give_back(held, back)
        t3 = time.perf_counter()
        TransferService(owner).receive(back.read_bytes())
        t4 = time.perf_counter()
        assert len(got.numbers) == cases
        return {"create_s": t1 - t0, "receive_s": t2 - t1, "return_create_s": t3 - t2,
                "return_merge_s": t4 - t3, "bundle_kb": bundle.stat().st_size / 1024}
    finally:
        owner.close()
        deputy.close()


def run(cases: int = 50, repeat: int = 3) -> dict:
    runs = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="schakel-transfer-") as tmp:
            runs.append(one_run(Path(tmp), cases))
    out: dict = {"cases": cases, "repeat": repeat}
    for key in runs[0]:
        out[key] = round(statistics.median(r[key] for r in runs), 4)
    out["targets_met"] = out["create_s"] <= 1.0 and out["receive_s"] <= 1.0
    return out


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.transfer")
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out")
    args = parser.parse_args()
    result = run(args.cases, args.repeat)
    text = json.dumps(result, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
