"""One function per benchmark figure. Each returns a number (seconds, ms, MB, ratio, rows/s)."""

from __future__ import annotations

import random
import secrets
import statistics
import time
from datetime import date
from pathlib import Path

from benchmarks.data import fill, open_register, write_register_csv
from desktop.domain import model as m
from desktop.policy import Policy
from desktop.store import cases as repo
from desktop.store import migrations
from desktop.store.cases import ListQuery

QUERIES = ["wisn", "turc", "kovac", "lukasz w", "yilmaz", "nguyen th", "goncal", "dvorak j",
           "9995 xa", "9993xd", "9991 XB", "3456", "1037", "fictieweg", "snelwerk",
           "stefan tur", "ors k", "petrov", "jorgensen", "schaduwsingel 1"]


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def search_p95_ms(register, rounds: int = 5) -> float:
    samples = []
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            query = ListQuery(text=q, limit=200)
            register.cases.count(query)
            register.cases.list(query)
            samples.append((time.perf_counter() - t) * 1000)
    return p95(samples)


def _probe_cases(n: int) -> list[m.Case]:
    rng = random.Random(4242)
    from desktop.services.demo import make_case

    probes = [make_case(rng, date.today()) for _ in range(n)]
    for case in probes:  # typed as an officer would: no diacritics
        from desktop.domain.fold import fold

        for person in case.persons:
            person.name = fold(person.name).title()
    return probes


def link_suggest_p95_ms(register, n: int = 60) -> float:
    register.links.suggest(_probe_cases(1)[0])  # builds the in-memory name index once
    samples = []
    for case in _probe_cases(n):
        t = time.perf_counter()
        register.links.suggest(case)
        samples.append((time.perf_counter() - t) * 1000)
    return p95(samples)


def import_rows_per_s(workdir: Path, rows: int = 10_000) -> float:
    from desktop.services.imports.importer import import_csv

    csv_path = workdir / "register.csv"
    write_register_csv(csv_path, rows)
    reg = open_register(workdir / "import", secrets.token_bytes(32), create=True)
    try:
        t = time.perf_counter()
        import_csv(reg, csv_path)
        return rows / (time.perf_counter() - t)
    finally:
        reg.close()


def _workload(conn, cases: list[m.Case]) -> float:
    from desktop.store.tx import transaction

    t = time.perf_counter()
    for case in cases:  # inserts, one transaction each (as the officer saves)
        case.id = None
        case.number = ""
        for coll in (case.persons, case.addresses, case.organisations, case.identifiers):
            for item in coll:
                item.id = None
        with transaction(conn):
            repo.save(conn, case)
    for case in cases[::2]:  # updates
        case.observations += " (bijgewerkt)"
        with transaction(conn):
            repo.save(conn, case)
    for q in QUERIES * 3:  # searches
        repo.summaries(conn, ListQuery(text=q, limit=200))
    for row in conn.execute("SELECT id FROM case_file ORDER BY random() LIMIT 300").fetchall():
        repo.load(conn, row[0])  # reads
    return time.perf_counter() - t


def encrypted_vs_plain_ratio(workdir: Path, base_cases: int = 5000, rounds: int = 3) -> float:
    """Same workload on a keyed SQLCipher file and an unkeyed one (plain SQLite, same library
    version, same pragmas), side by side in one process; median ratio over rounds."""
    import sqlcipher3

    from desktop.services.demo import make_case
    from desktop.store.connection import open_db

    rng = random.Random(7)
    base = [make_case(rng, date.today()) for _ in range(base_cases)]
    ratios = []
    for r in range(rounds):
        enc_path, plain_path = workdir / f"enc{r}.db", workdir / f"plain{r}.db"
        enc = open_db(enc_path, secrets.token_bytes(32), create=True)
        plain = sqlcipher3.connect(str(plain_path), isolation_level=None)
        plain.row_factory = sqlcipher3.Row
        for pragma in ("temp_store = MEMORY", "foreign_keys = ON", "secure_delete = ON",
                       "journal_mode = WAL", "synchronous = FULL"):
            plain.execute(f"PRAGMA {pragma}")
        times = {}
        for name, conn, path in (("enc", enc, enc_path), ("plain", plain, plain_path)):
            migrations.migrate(conn, path)
            from desktop.store.tx import transaction

            with transaction(conn):
                for case in base:
                    repo.save(conn, _clone(case))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            work = [make_case(random.Random(r), date.today()) for _ in range(400)]
            times[name] = _workload(conn, work)
        enc.close()
        plain.close()
        ratios.append(times["enc"] / times["plain"])
    return statistics.median(ratios)


def _clone(case: m.Case) -> m.Case:
    import copy

    c = copy.deepcopy(case)
    c.id, c.number = None, ""
    return c


def unlock_times(workdir: Path, rounds: int = 5) -> tuple[float, float]:
    """(passphrase, keyring) unlock medians: header + KDF + open + first query."""
    import keyring

    from benchmarks.memkeyring import install
    from desktop.services.session import UnlockMethod, VaultService

    install(keyring)
    service = VaultService(workdir / "unlock", Policy())
    passphrase = "benchmark wachtwoordzin voor schakel"
    reg, _ = service.create(passphrase, use_keyring=True)
    fill(reg, 200)
    reg.close()
    result = []
    for method, secret in ((UnlockMethod.PASSPHRASE, passphrase), (UnlockMethod.KEYRING, "")):
        samples = []
        for _ in range(rounds):
            t = time.perf_counter()
            reg = service.unlock(method, secret)
            reg.cases.count()
            samples.append(time.perf_counter() - t)
            reg.close()
        result.append(statistics.median(samples))
    return result[0], result[1]


def big_register(workdir: Path, cases: int):
    key = secrets.token_bytes(32)
    folder = workdir / f"reg{cases}"
    reg = open_register(folder, key, create=True)
    fill(reg, cases)
    return reg, folder, key


def file_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) / 1e6

