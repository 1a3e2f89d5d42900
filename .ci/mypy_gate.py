"""Type gate for CI: mypy over desktop/, compared with a per-module baseline that may only shrink.

A module may not have more mypy errors than ``.ci/mypy-baseline.json`` allows (absent = 0).
Strictly typed packages (domain, content, vault) are never in the baseline. When a module
improves, lower (or remove) its number in the baseline in the same commit:
``python .ci/mypy_gate.py --write`` rewrites the baseline from the current state, and only
ever lowers numbers.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / ".ci" / "mypy-baseline.json"
STRICT = ("desktop/domain/", "desktop/content/", "desktop/vault/", "desktop/errors.py", "desktop/i18n.py")


def run_mypy() -> Counter[str]:
    out = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", "--hide-error-context"],
                         cwd=ROOT, capture_output=True, text=True)
    counts: Counter[str] = Counter()
    for line in out.stdout.splitlines():
        match = re.match(r"^(desktop/[^:]+\.py):\d+: error:", line)
        if match:
            counts[match.group(1)] += 1
    if out.returncode not in (0, 1):
        print(out.stdout + out.stderr, file=sys.stderr)
        raise SystemExit(2)
    return counts


def main(argv: list[str]) -> int:
    counts = run_mypy()
    baseline: dict[str, int] = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    if "--write" in argv:
        merged = {m: min(n, baseline.get(m, n)) if baseline else n for m, n in sorted(counts.items())}
        BASELINE.write_text(json.dumps(merged, indent=1, sort_keys=True) + "\n")
        print(f"baseline: {sum(merged.values())} fouten in {len(merged)} modules")
        return 0
    worse = []
    for module, n in sorted(counts.items()):
        allowed = 0 if module.startswith(STRICT) else baseline.get(module, 0)
        if n > allowed:
            worse.append(f"{module}: {n} mypy-fouten (toegestaan {allowed})")
    if worse:
        print("Typecontrole: meer fouten dan de baseline toestaat:\n  " + "\n  ".join(worse), file=sys.stderr)
        print("Draai 'python -m mypy' voor de details.", file=sys.stderr)
        return 1
    better = [m for m, n in baseline.items() if counts.get(m, 0) < n]
    print(f"Typecontrole in orde ({sum(counts.values())} fouten, baseline {sum(baseline.values())}).")
    if better:
        print("Verlaag de baseline voor: " + ", ".join(better) + " (python .ci/mypy_gate.py --write)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
