"""Child process for the restore kill test: restores BACKUP into DATA and says when the swap starts.

Usage: restorer.py DATA BACKUP. Prints "S" (flushed) right before the journalled swap and
"D <microseconds>" after it; the parent kills it at a random moment inside the swap.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop.services import restore as restore_mod
from desktop.vault import kdf

FAST = kdf.ScryptParams(n=2**10, r=8, p=1)
kdf.PASSPHRASE_PARAMS = FAST  # the test vaults use light scrypt; don't upgrade their slots
kdf.RECOVERY_PARAMS = FAST
PASS = "correct paard batterij nietje"

_original = restore_mod._swap_in


def _announced_swap(data_dir, staging):
    print("S", flush=True)
    start = time.perf_counter()
    moved = _original(data_dir, staging)
    print(f"D {int((time.perf_counter() - start) * 1e6)}", flush=True)
    return moved


restore_mod._swap_in = _announced_swap

if __name__ == "__main__":
    restore_mod.restore(Path(sys.argv[1]), Path(sys.argv[2]), "passphrase", PASS, force=True)
    print("OK", flush=True)
