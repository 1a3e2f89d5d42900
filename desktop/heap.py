"""Keeps Python's cycle collector from stalling the GUI thread on long-lived data.

After unlock the register holds long-lived structures: the link-suggestion name index (one
tuple per person, ~10^5 objects at 100,000 cases), the content catalogues, Qt wrappers. A full
(generation 2) collection walks all of them and lands on whatever the GUI thread is doing:
185 ms measured at 100k cases, which made opening a case p95 226 ms instead of 41 ms.

``freeze`` moves everything alive now into the permanent generation: reference counting still
frees those objects, only the cycle detector skips them. ``thaw`` (at lock) hands them back
and collects, so the register's data does not outlive the lock in cycles.
"""

from __future__ import annotations

import gc


def freeze() -> None:
    """Call when the long-lived data of an unlocked register is built (cheap: no collection)."""
    gc.freeze()


def thaw() -> None:
    """Call after the register is closed: everything is collectable again, and collected."""
    gc.unfreeze()
    gc.collect()


def frozen() -> int:
    return gc.get_freeze_count()
