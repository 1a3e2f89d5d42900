"""An in-memory keyring for the unlock benchmark (this machine has no OS keyring).

It measures Schakel's own keyring-slot path (lookup + unwrap + open); the cost of the
real Windows Credential Manager call is not included and is small (one local RPC).
"""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend

from desktop.vault import keyring_slot


class BenchKeyring(KeyringBackend):
    """In memory; with ``path`` also kept in a JSON file so a child process (the start-up
    benchmark) sees the same entries. Benchmark-only: fictional vaults in a temp dir."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: str | None = None) -> None:
        super().__init__()
        self.path = path
        self.data: dict[str, str] = {}
        if path and os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                self.data = json.load(f)

    def _save(self) -> None:
        if self.path:
            with open(self.path, "w", encoding="utf-8") as f:
                json.dump(self.data, f)

    def get_password(self, service, username):
        return self.data.get(f"{service}|{username}")

    def set_password(self, service, username, password):
        self.data[f"{service}|{username}"] = password
        self._save()

    def delete_password(self, service, username):
        self.data.pop(f"{service}|{username}", None)
        self._save()


def install(keyring_module, path: str | None = None) -> None:
    keyring_slot.allow_backend_class(BenchKeyring)
    keyring_module.set_keyring(BenchKeyring(path))
