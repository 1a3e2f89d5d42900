"""User presence before a keyring unlock (policy ``windows_hello_verplicht``). Qt-free.

The keyring slot opens the register for whoever sits at the logged-in OS session. After
Schakel's own idle lock that may no longer be the officer, so when the policy demands
presence:

- **Windows**: every keyring unlock first asks Windows Hello (``UserConsentVerifier`` through
  the PyWinRT projection: PIN, fingerprint or face). When Hello is not available or not set up,
  the keyring is not used and the passphrase is asked instead.
- **Linux / macOS** (no presence check exists for a desktop app): the keyring may open the
  register only once per login session; after that (an idle lock, a restart of Schakel in the
  same session) the passphrase is needed. On Linux the login session is the kernel's audit
  session id (``/proc/self/sessionid``, which a process cannot change); elsewhere, the
  running process.
- The **CLI** never unlocks through the keyring when presence is demanded (a script cannot
  show a presence prompt).

The platform layer is injectable so the rules are tested on every platform.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.i18n import N_, translate
from desktop.policy import Policy

MARKER_FILE = "sleutelbos-sessie.json"

NEEDS_PASSPHRASE = N_(
    "Na een vergrendeling opent de sleutelbos het register niet zonder controle dat u het bent. "
    "Ontgrendel met uw wachtwoordzin.")
HELLO_FAILED = N_("Windows Hello heeft niet bevestigd dat u het bent. Ontgrendel met uw wachtwoordzin "
                  "of probeer het opnieuw.")
CLI_REFUSED = N_("Het beleid vraagt een aanwezigheidscontrole voor de sleutelbos; de opdrachtregel "
                 "ontgrendelt daarom alleen met de wachtwoordzin (--passphrase-stdin).")
HELLO_REASON = N_("Bevestig dat u het bent om Schakel te ontgrendelen.")


@dataclass(frozen=True)
class Platform:
    """What this computer can do to check presence."""

    name: str
    can_verify: Callable[[], bool]
    verify: Callable[[str], bool]
    session_id: Callable[[], str]


def _windows_hello_available() -> bool:
    try:
        import asyncio

        from winrt.windows.security.credentials.ui import (  # type: ignore[import-not-found]
            UserConsentVerifier,
            UserConsentVerifierAvailability,
        )
    except ImportError:
        return False

    async def check() -> bool:
        availability = await UserConsentVerifier.check_availability_async()
        return bool(availability == UserConsentVerifierAvailability.AVAILABLE)

    try:
        return asyncio.run(check())
    except Exception:  # no Hello, no apartment, policy disabled: no presence check here
        return False


def _windows_hello_verify(reason: str) -> bool:
    try:
        import asyncio

        from winrt.windows.security.credentials.ui import (  # type: ignore[import-not-found]
            UserConsentVerificationResult,
            UserConsentVerifier,
        )
    except ImportError:
        return False

    async def ask() -> bool:
        result = await UserConsentVerifier.request_verification_async(reason)
        return bool(result == UserConsentVerificationResult.VERIFIED)

    try:
        return asyncio.run(ask())
    except Exception:
        return False


def _linux_session_id() -> str:
    try:
        value = Path("/proc/self/sessionid").read_text(encoding="ascii").strip()
    except OSError:
        value = ""
    # 4294967295 means "no audit session": fall back to this process
    if not value or value == "4294967295":
        return f"proces-{os.getpid()}"
    boot = ""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        pass
    return f"{boot}:{value}"


def current_platform() -> Platform:
    if sys.platform == "win32":
        return Platform("Windows Hello", _windows_hello_available, _windows_hello_verify,
                        lambda: f"proces-{os.getpid()}")
    session = _linux_session_id if sys.platform.startswith("linux") else (lambda: f"proces-{os.getpid()}")
    return Platform("geen", lambda: False, lambda reason: False, session)


class PresenceGate:
    """Decides whether the keyring slot may be used now; asks for presence where possible."""

    _used_sessions: set[tuple[str, str]] = set()  # (data dir, session) also kept in memory

    def __init__(self, policy: Policy, data_dir: Path, platform: Platform | None = None) -> None:
        self.policy = policy
        self.data_dir = Path(data_dir)
        self.platform = platform or current_platform()

    @property
    def required(self) -> bool:
        return self.policy.presence_required

    def keyring_allowed(self) -> bool:
        """Whether the keyring button may be offered now (without prompting anyone)."""
        if not self.required:
            return True
        if self.platform.can_verify():
            return True
        return not self._used_in_this_session()

    def refusal(self) -> str:
        return translate(NEEDS_PASSPHRASE)

    def confirm(self) -> bool:
        """Right before a keyring unlock: True when it may go ahead (may show Windows Hello)."""
        if not self.required:
            return True
        if self.platform.can_verify():
            return self.platform.verify(translate(HELLO_REASON))
        return not self._used_in_this_session()

    def record_keyring_unlock(self) -> None:
        """Remember that the keyring opened the register in this login session."""
        if not self.required:
            return
        PresenceGate._used_sessions.add((str(self.data_dir), self.platform.session_id()))
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            target = self.data_dir / MARKER_FILE
            tmp = target.with_suffix(".tmp")
            tmp.write_text(json.dumps({"sessie": self.platform.session_id()}), encoding="utf-8")
            if os.name == "posix":
                os.chmod(tmp, 0o600)
            os.replace(tmp, target)
        except OSError:
            pass  # the in-memory record still holds for this process

    def _used_in_this_session(self) -> bool:
        if (str(self.data_dir), self.platform.session_id()) in PresenceGate._used_sessions:
            return True
        try:
            data = json.loads((self.data_dir / MARKER_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return isinstance(data, dict) and data.get("sessie") == self.platform.session_id()

    @staticmethod
    def cli_may_use_keyring(policy: Policy) -> bool:
        return not policy.presence_required
