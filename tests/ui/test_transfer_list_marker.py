"""Lent cases in the case list (marker text + colour) and "Bewerken" disabled on a read-only case."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from transfer_helpers import add_case, key_of, open_register, trust

from desktop.domain import labels
from desktop.services.transfer import TransferService
from desktop.ui.case.case_table_model import COL_NUMBER, COL_STATUS, LEASE_BG, OVERDUE_BG, CaseTableModel
from desktop.ui.case.case_tabs_signal import SignalTab
from desktop.ui.case.case_view import CaseView


@pytest.fixture
def pair(tmp_path):
    a, b = open_register(tmp_path, "a"), open_register(tmp_path, "b")
    trust(a, b, tmp_path)
    yield a, b
    a.close()
    b.close()


def _row_of(model, number):
    return next(i for i in range(model.rowCount()) if model.index(i, COL_NUMBER).data() == number)


def _signal_tab(view) -> SignalTab:
    return next(p for p in view.tab_pages if isinstance(p, SignalTab))


def test_lent_case_is_marked_in_both_lists_and_not_editable(qtbot, pair, tmp_path):
    a, b = pair
    lent, own = add_case(a), add_case(a, "Ander Persoon")
    until = date.today() + timedelta(days=10)
    bundle = tmp_path / "w.schakelbundel"
    TransferService(a).create([lent], key_of(b, tmp_path), "lend", bundle, until=until)

    model = CaseTableModel()
    model.set_source(a.cases)
    row = _row_of(model, a.cases.get(lent).number)
    status = model.index(row, COL_STATUS)
    assert status.data().endswith(f"· in waarneming tot {labels.format_date(until)}")
    assert "alleen-lezen" in status.data(Qt.ItemDataRole.ToolTipRole)
    assert status.data(Qt.ItemDataRole.BackgroundRole) == LEASE_BG
    assert model.summary(row).overdue  # the fixture's deadline has passed: red stays elsewhere
    assert model.index(row, COL_NUMBER).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BG
    other = _row_of(model, a.cases.get(own).number)
    assert "·" not in model.index(other, COL_STATUS).data()
    assert model.index(other, COL_STATUS).data(Qt.ItemDataRole.BackgroundRole) != LEASE_BG

    view = CaseView(a, lent)
    qtbot.addWidget(view)
    button = _signal_tab(view).edit_button
    assert not button.isEnabled()
    assert button.toolTip().startswith("Bewerken kan niet: In waarneming bij")
    free = CaseView(a, own)
    qtbot.addWidget(free)
    assert _signal_tab(free).edit_button.isEnabled() and not _signal_tab(free).edit_button.toolTip()

    got = TransferService(b).receive(bundle.read_bytes())
    deputy = CaseTableModel()
    deputy.set_source(b.cases)
    drow = _row_of(deputy, got.numbers[0])
    assert "· waarneming voor collega tot" in deputy.index(drow, COL_STATUS).data()
    bid = b.cases.id_for_number(got.numbers[0])
    view_b = CaseView(b, bid)
    qtbot.addWidget(view_b)
    assert _signal_tab(view_b).edit_button.isEnabled()  # the deputy works on it normally

    TransferService(b).give_back([bid], tmp_path / "terug.schakelbundel")
    deputy.reload()
    assert "· teruggegeven" in deputy.index(_row_of(deputy, got.numbers[0]), COL_STATUS).data()
    view_b.reload()
    assert not _signal_tab(view_b).edit_button.isEnabled()


def test_send_dialogs_say_that_attachments_travel(qtbot, pair):
    from attachment_files import png_bytes
    from PySide6.QtWidgets import QLabel

    from desktop.ui.transfer.send_dialog import HandoverDialog, WaarnemingDialog

    a, _ = pair
    cid = add_case(a)
    plain = WaarnemingDialog(a, cid)
    qtbot.addWidget(plain)
    assert plain.findChild(QLabel, "bijlagen") is None
    a.attachments.add_bytes(cid, png_bytes(), "foto Zeldzaamnaam.png")
    for dialog in (WaarnemingDialog(a, cid), HandoverDialog(a, cid)):
        qtbot.addWidget(dialog)
        text = dialog.findChild(QLabel, "bijlagen").text()
        assert text.startswith("Bijlagen: 1 (") and "Zeldzaamnaam" not in text
