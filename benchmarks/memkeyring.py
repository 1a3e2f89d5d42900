"""An in-memory keyring for the unlock benchmark (this machine has no OS keyring).

It measures Schakel's own keyring-slot path (lookup + unwrap + open); the cost of the
real Windows Credential Manager call is not included and is small (one local RPC).
"""

from __future__ import annotations

from keyring.backend import KeyringBackend

from desktop.vault import keyring_slot


class BenchKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.data.get((service, username))

    def set_password(self, service, username, password):
        self.data[(service, username)] = password

    def delete_password(self, service, username):
        self.data.pop((service, username), None)


def install(keyring_module) -> None:
    keyring_slot.allow_backend_class(BenchKeyring)
    keyring_module.set_keyring(BenchKeyring())
