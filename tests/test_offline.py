"""The suite itself proves the app is offline: IP connections are refused during tests."""

import socket

import pytest


def test_ip_connections_are_blocked():
    with pytest.raises(OSError, match="netwerk geblokkeerd"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.5)
