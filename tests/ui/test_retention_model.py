"""RetentionModel: ticking one row changes one cell and the running totals, nothing else."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.services.monitoring.retention import ScheduledCase
from desktop.ui.admin.retention_model import RetentionModel

TODAY = date(2026, 6, 1)


def _row(i: int, hold: bool = False) -> ScheduledCase:
    return ScheduledCase(i, f"2024-{i:04d}", "Fictief", date(2024, 1, 1), "geen_actie",
                         date(2025, 1, 1), 12, True, hold)


def test_toggle_emits_one_cell_and_updates_totals(qtbot):
    model = RetentionModel([str(c) for c in range(7)])
    rows = [_row(i) for i in range(1, 5001)] + [_row(9999, hold=True)]
    counts = {i: {"personen": 2, "zaken": 1} for i in range(1, 5001)}
    model.set_rows(rows, TODAY, counts)
    assert model.checked_count() == 5000 and model.totals["personen"] == 10_000
    changed = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.row(), a.column(), b.row(), b.column())))
    model.setData(model.index(10, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert changed == [(10, 0, 10, 0)]
    assert model.totals["personen"] == 9_998 and model.checked_count() == 4999
    held = model.index(5000, 0)
    assert not model.flags(held) & Qt.ItemFlag.ItemIsUserCheckable
    model.setData(held, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_count() == 4999
    assert model.index(5000, 6).data() == "ja"
