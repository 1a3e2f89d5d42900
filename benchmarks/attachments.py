"""Attachment benchmarks: ``python -m benchmarks.attachments [--big] --out FILE.json``.

* storage choice: adding and reading a 20 MB file as 1 MiB chunks inside SQLCipher vs an
  encrypted blob store (AES-256-GCM per 1 MiB chunk in files beside the database, hash in the
  database); time and Python peak memory (tracemalloc) of each;
* the real service: add a 20 MB and a 50 MB file (time, Python peak memory);
* open a case with 50 attachments: list + building the Bijlagen tab (offscreen Qt);
* ``--big`` (not in CI: writes 1 GB): unlock time and RSS of a fresh process on a vault without
  attachments vs the same vault with 1 GB of attachments.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

from desktop import paths
from desktop.domain import model as m
from desktop.policy import Policy
from desktop.services.register import Register

MB = 1024 * 1024
PASS = "benchmark wachtwoordzin voor schakel"


def _register(folder: Path, policy: Policy | None = None) -> Register:
    folder.mkdir(parents=True)
    return Register.open(folder, folder / paths.VAULT_FILE, secrets.token_bytes(32), policy or Policy(),
                         create=True)


def _case(reg: Register) -> int:
    case = m.Case(forms={m.Form.SEXUAL}, received_on=date(2026, 11, 2), reporter_department="Handhaving",
                  observations="Advertentie gezien.", title="Benchmark")
    return int(reg.cases.create(case).id)


def _timed_peak(fn):
    tracemalloc.start()
    t = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, elapsed, peak / MB


def _blob_store_add(reg: Register, folder: Path, source: Path) -> Path:
    """The alternative: AES-GCM per chunk into a file, hash and nonce prefix in the database."""
    import hashlib

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(reg.key())
    digest = hashlib.sha256()
    target = folder / "blobs" / secrets.token_hex(16)
    target.parent.mkdir(exist_ok=True)
    prefix = secrets.token_bytes(4)
    with open(source, "rb") as src, open(target, "wb") as out:
        seq = 0
        while block := src.read(MB):
            digest.update(block)
            out.write(aead.encrypt(prefix + seq.to_bytes(8, "big"), block, target.name.encode()))
            seq += 1
        out.flush()
        os.fsync(out.fileno())
    with reg.write() as conn:
        conn.execute("INSERT INTO setting(key, value) VALUES (?, ?)",
                     (target.name, prefix.hex() + digest.hexdigest()))
    return target


def _blob_store_read(reg: Register, path: Path) -> int:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(reg.key())
    prefix = bytes.fromhex(reg.setting(path.name)[:8])
    total, seq = 0, 0
    with open(path, "rb") as src:
        while block := src.read(MB + 16):
            total += len(aead.decrypt(prefix + seq.to_bytes(8, "big"), block, path.name.encode()))
            seq += 1
    return total


def storage_choice(work: Path, rounds: int) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    source = work / "bron-20mb.bin"
    source.write_bytes(os.urandom(20 * MB))
    out: dict = {}
    db_times, db_peaks, db_reads, blob_times, blob_peaks, blob_reads = [], [], [], [], [], []
    for i in range(rounds):
        reg = _register(work / f"db{i}")
        case_id = _case(reg)
        row, elapsed, peak = _timed_peak(lambda: reg.attachments.add_file(case_id, source))  # noqa: B023
        db_times.append(elapsed)
        db_peaks.append(peak)
        t = time.perf_counter()
        total = sum(len(b) for b in reg.attachments.iter_chunks(row.id))
        db_reads.append(time.perf_counter() - t)
        assert total == 20 * MB
        reg.close()
        reg = _register(work / f"blob{i}")
        blob, elapsed, peak = _timed_peak(lambda: _blob_store_add(reg, work / f"blob{i}", source))  # noqa: B023
        blob_times.append(elapsed)
        blob_peaks.append(peak)
        t = time.perf_counter()
        assert _blob_store_read(reg, blob) == 20 * MB
        blob_reads.append(time.perf_counter() - t)
        reg.close()
    out["sqlcipher_chunks_add_20mb_s"] = round(statistics.median(db_times), 3)
    out["sqlcipher_chunks_add_20mb_peak_mb"] = round(max(db_peaks), 1)
    out["sqlcipher_chunks_read_20mb_s"] = round(statistics.median(db_reads), 3)
    out["blob_store_add_20mb_s"] = round(statistics.median(blob_times), 3)
    out["blob_store_add_20mb_peak_mb"] = round(max(blob_peaks), 1)
    out["blob_store_read_20mb_s"] = round(statistics.median(blob_reads), 3)
    return out


def add_sizes(work: Path) -> dict:
    out = {}
    reg = _register(work / "sizes", Policy(max_attachment_mb=60))
    case_id = _case(reg)
    for size in (20, 50):
        source = work / f"bron-{size}.bin"
        source.write_bytes(os.urandom(size * MB))
        _row, elapsed, peak = _timed_peak(lambda: reg.attachments.add_file(case_id, source))  # noqa: B023
        out[f"add_{size}mb_s"] = round(elapsed, 3)
        out[f"add_{size}mb_python_peak_mb"] = round(peak, 1)
        source.unlink()
    reg.close()
    return out


def open_case_50(work: Path, rounds: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.ui.case.case_tabs_attachments import AttachmentsTab
    from desktop.ui.case.case_tabs_common import CaseContext

    app = QApplication.instance() or QApplication([])
    reg = _register(work / "fifty")
    case_id = _case(reg)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from attachment_files import jpeg_bytes, png_bytes

    for i in range(50):
        data = png_bytes(400, 300) if i % 2 else jpeg_bytes() + os.urandom(200_000)
        reg.attachments.add_bytes(case_id, data, f"bijlage-{i}.{'png' if i % 2 else 'jpg'}", source="bestand")
    list_s, tab_s = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        rows = reg.attachments.list(case_id)
        list_s.append(time.perf_counter() - t)
        assert len(rows) == 50
        ctx = CaseContext(register=reg, case=reg.cases.get(case_id), open_case=lambda _i: None,
                          edit=lambda: None, reload=lambda: None, status=lambda _t: None)
        t = time.perf_counter()
        tab = AttachmentsTab(ctx)
        app.processEvents()
        tab_s.append(time.perf_counter() - t)
        tab.deleteLater()
    reg.close()
    return {"open_case_50_list_ms": round(statistics.median(list_s) * 1000, 2),
            "open_case_50_tab_ms": round(statistics.median(tab_s) * 1000, 1)}


_CHILD = """
import json, resource, sys, time
from pathlib import Path
from desktop.policy import Policy
from desktop.services.session import UnlockMethod, VaultService
t = time.perf_counter()
reg = VaultService(Path(sys.argv[1]), Policy()).unlock(UnlockMethod.PASSPHRASE, sys.argv[2])
reg.cases.count()
elapsed = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
reg.close()
print(json.dumps({"unlock_s": elapsed, "rss_mb": rss}))
"""


def _child_unlock(folder: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(folder), PASS], check=True,
                          capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(
                              Path(__file__).resolve().parent.parent)))
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _vault(folder: Path):
    from desktop.services.session import VaultService

    reg, _code = VaultService(folder, Policy(max_case_attachments_mb=20000)).create(PASS, use_keyring=False)
    for _ in range(20):
        _case(reg)
    return reg


def unlock_with_1gb(work: Path, rounds: int) -> dict:
    """Two vaults with the same 20 cases, one with 1 GB of attachments; fresh-process unlocks
    alternate between them so machine load hits both alike."""
    _vault(work / "plain").close()
    reg = _vault(work / "big")
    source = work / "bron-50.bin"
    t = time.perf_counter()
    for i in range(20):
        source.write_bytes(os.urandom(50 * MB))
        reg.attachments.add_file(1 + i % 20, source)
    fill_s = time.perf_counter() - t
    reg.close()
    source.unlink()
    size = sum(p.stat().st_size for p in (work / "big").iterdir() if p.is_file()) / 1e9
    plain, big = [], []
    for _ in range(max(rounds, 5)):
        plain.append(_child_unlock(work / "plain"))
        big.append(_child_unlock(work / "big"))

    def med(samples, key):
        return statistics.median(s[key] for s in samples)

    return {"vault_gb_with_attachments": round(size, 2), "fill_1gb_s": round(fill_s, 1),
            "unlock_s_without": round(med(plain, "unlock_s"), 3),
            "unlock_s_with_1gb": round(med(big, "unlock_s"), 3),
            "rss_mb_without": round(med(plain, "rss_mb"), 1), "rss_mb_with_1gb": round(med(big, "rss_mb"), 1)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.attachments")
    p.add_argument("--out", required=True)
    p.add_argument("--big", action="store_true", help="ook 1 GB bijlagen (niet in CI)")
    p.add_argument("--quick", action="store_true")
    args = p.parse_args(argv)
    rounds = 1 if args.quick else 3
    figures: dict = {}
    with tempfile.TemporaryDirectory(prefix="schakel-bijlagen-") as tmp:
        work = Path(tmp)
        figures.update(storage_choice(work / "keuze", rounds))
        figures.update(add_sizes(work))
        figures.update(open_case_50(work, rounds))
        if args.big:
            figures.update(unlock_with_1gb(work, rounds))
    Path(args.out).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
