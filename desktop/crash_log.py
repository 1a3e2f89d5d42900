"""The CLI's last line of defence: an unexpected exception becomes a log file without case data.

``write_crash_log(exc, folder)`` writes the exception *type* and the stack (file, line,
function and the source line of Schakel's own code) to ``schakel-fout-<time>.log`` in
``folder`` (owner-only, never through a symlink). The exception message and local
variables are left out on purpose: they may hold names, addresses or a passphrase.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path

from desktop import __version__
from desktop.safe_files import private_dir, write_bytes

MAX_FRAMES = 40


def crash_text(exc: BaseException, command: str | None) -> str:
    lines = [f"Schakel {__version__}, Python {platform.python_version()}, {sys.platform}",
             f"Opdracht: {command or '-'}",
             f"Fout: {type(exc).__module__}.{type(exc).__qualname__} (melding weggelaten)", ""]
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for item in chain:
        lines.append(f"{type(item).__qualname__}:")
        for frame in traceback.extract_tb(item.__traceback__)[-MAX_FRAMES:]:
            name = Path(frame.filename).name
            code = (frame.line or "").strip() if "desktop" in Path(frame.filename).parts else ""
            lines.append(f"  {name}:{frame.lineno} in {frame.name}" + (f"  | {code}" if code else ""))
    return "\n".join(lines) + "\n"


def write_crash_log(exc: BaseException, folder: Path | None, command: str | None) -> Path | None:
    """Write the log; returns its path, or None when even that failed."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    data = crash_text(exc, command).encode("utf-8")
    for base in ([folder] if folder else []) + [Path(tempfile.gettempdir())]:
        try:
            target = private_dir(base / "logs") / f"schakel-fout-{stamp}.log"
            write_bytes(target, data)
            return target
        except Exception:  # noqa: BLE001 - the log is best effort; the next folder is tried
            continue
    return None
