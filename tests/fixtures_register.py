"""Fixtures that give a real, open SQLCipher register in a temp dir."""

from __future__ import annotations

import os

import pytest

from desktop import paths
from desktop.policy import Policy
from desktop.services.register import Register


@pytest.fixture
def register(tmp_path):
    """An open register (real SQLCipher file, random raw key) without key slots."""
    data = tmp_path / "reg"
    data.mkdir()
    reg = Register.open(data, data / paths.VAULT_FILE, os.urandom(32), Policy(), create=True)
    yield reg
    reg.close()


@pytest.fixture
def demo_register(register):
    from desktop.services.demo import fill

    fill(register, 60, seed=7, with_routes=False)  # keep the varied demo statuses
    return register
