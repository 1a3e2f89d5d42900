"""Shared test setup: offscreen Qt, fixed locale, an in-memory keyring (the only fake)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "nl_NL.UTF-8")
os.environ.pop("SCHAKEL_DATA_DIR", None)
os.environ.pop("SCHAKEL_PASSPHRASE", None)

pytest_plugins = ["fixtures_register"]

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import KeyringLocked, PasswordDeleteError  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """In-memory keyring for tests. ``locked = True`` makes every call raise KeyringLocked."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("test keyring is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if (service, username) not in self.store:
            raise PasswordDeleteError("not found")
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    """Every test gets a fresh in-memory keyring, accepted by the vault's backend allowlist."""
    from desktop.vault import keyring_slot

    monkeypatch.setattr(
        keyring_slot, "ALLOWED_BACKEND_CLASSES", set(keyring_slot.ALLOWED_BACKEND_CLASSES)
    )
    keyring_slot.allow_backend_class(MemoryKeyring)
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """The app is offline and has no telemetry: the whole suite runs with IP sockets blocked."""
    import socket

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guard(sock, address, *args):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            raise OSError("netwerk geblokkeerd in de tests (Schakel is offline)")
        return real_connect(sock, address, *args)

    def guard_ex(sock, address, *args):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            raise OSError("netwerk geblokkeerd in de tests (Schakel is offline)")
        return real_connect_ex(sock, address, *args)

    socket.socket.connect, socket.socket.connect_ex = guard, guard_ex
    yield
    socket.socket.connect, socket.socket.connect_ex = real_connect, real_connect_ex
