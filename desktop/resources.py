"""The one place that knows where bundled data lives (forms/, exports/, resources/).

Works from a source checkout, from a non-editable ``pip install .`` (where the
folders are installed as the packages ``schakel_forms``, ``schakel_exports`` and
``schakel_resources``) and from a PyInstaller onedir (``sys._MEIPASS``).
Nothing is ever written to these locations.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

_PACKAGES = {"forms": "schakel_forms", "exports": "schakel_exports", "resources": "schakel_resources"}


@cache
def data_root(kind: str) -> Path:
    """Return the directory holding the bundled ``forms``, ``exports`` or ``resources``."""
    if kind not in _PACKAGES:
        raise ValueError(f"unknown data kind: {kind}")
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / kind
    checkout = Path(__file__).resolve().parent.parent / kind
    if checkout.is_dir():
        return checkout
    spec = importlib.util.find_spec(_PACKAGES[kind])
    if spec and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    raise FileNotFoundError(f"bundled data folder not found: {kind}")


def forms_dir() -> Path:
    return data_root("forms")


def exports_dir() -> Path:
    return data_root("exports")


def resource_path(*parts: str) -> Path:
    return data_root("resources").joinpath(*parts)
