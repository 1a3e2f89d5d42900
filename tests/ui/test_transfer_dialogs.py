"""GUI of waarneming/overdracht with real registers: lend, receive, conflicts, trust, menus."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from shell_helpers import fast_kdf  # noqa: F401
from transfer_helpers import add_case, key_of, open_register, trust

from desktop.services.transfer import TransferService
from desktop.ui.case.case_view import CaseView
from desktop.ui.transfer import receive_dialog
from desktop.ui.transfer.key_dialog import ConfirmKeyDialog, MyKeyDialog
from desktop.ui.transfer.receive_dialog import ConflictDialog, receive_flow
from desktop.ui.transfer.send_dialog import HandoverDialog, WaarnemingDialog
from desktop.ui.widgets import messages


@pytest.fixture
def pair(tmp_path):
    a, b = open_register(tmp_path, "a"), open_register(tmp_path, "b")
    TransferService(b).set_officer("Fictieve Waarnemer", "aandachtsfunctionaris")
    trust(a, b, tmp_path)
    yield a, b
    a.close()
    b.close()


@pytest.fixture
def seen(monkeypatch):
    out: dict[str, list] = {"info": [], "error": []}
    monkeypatch.setattr(messages, "show_info", lambda _p, text: out["info"].append(text))
    monkeypatch.setattr(messages, "show_error", lambda _p, err: out["error"].append(err))
    monkeypatch.setattr(messages, "confirm", lambda _p, _text: True)
    return out


def _save_to(monkeypatch, *paths: Path) -> None:
    queue = list(paths)
    monkeypatch.setattr(messages, "ask_save_file", lambda *_a: str(queue.pop(0)))


def test_lend_in_the_gui_then_receive_and_show_state(qtbot, pair, tmp_path, monkeypatch, seen):
    a, b = pair
    cid = add_case(a)
    dialog = WaarnemingDialog(a, cid)
    qtbot.addWidget(dialog)
    assert dialog.recipient.combo.currentText() == "Fictieve Waarnemer, aandachtsfunctionaris"
    dialog.until.setDate(QDate.fromString((date.today() + timedelta(days=10)).isoformat(), "yyyy-MM-dd"))
    bundle = tmp_path / "w.schakelbundel"
    _save_to(monkeypatch, bundle)
    dialog.send()
    assert bundle.exists() and not seen["error"]
    view = CaseView(a, cid)
    qtbot.addWidget(view)
    assert "In waarneming bij Fictieve Waarnemer" in view.heading.text()
    assert "alleen-lezen" in view.heading.text()

    receipt = tmp_path / "r.schakelbewijs"
    _save_to(monkeypatch, receipt)
    result = receive_flow(None, b, str(bundle))
    assert result.kind == "uitlenen" and receipt.exists()
    assert "Zaken in waarneming ontvangen" in seen["info"][-1]
    bid = b.cases.id_for_number(result.numbers[0])
    deputy = WaarnemingDialog(b, bid)
    qtbot.addWidget(deputy)
    assert deputy.mode == "return" and "Waarneming voor" in deputy.state.text()
    assert deputy.excerpt.count() >= 1  # the owner's audit rows came along
    assert "Zaak aangemaakt" in deputy.excerpt.item(0).text()
    owner = WaarnemingDialog(a, cid)
    qtbot.addWidget(owner)
    assert owner.mode == "end"


def test_refused_file_shows_its_reason_and_changes_nothing(qtbot, pair, tmp_path, seen):
    _a, b = pair
    junk = tmp_path / "junk.schakelbundel"
    junk.write_bytes(b"SCHAKEL-BUNDEL\n\x00\x00\x00\x02{}")
    assert receive_flow(None, b, str(junk)) is None
    assert "geen leesbare Schakel-bundel" in messages.error_text(seen["error"][0])
    assert b.cases.count() == 0


def test_conflicts_are_decided_in_the_dialog(qtbot, pair, tmp_path, monkeypatch, seen):
    a, b = pair
    ta, tb = TransferService(a), TransferService(b)
    cid = add_case(a)
    out = tmp_path / "x"
    ta.create([cid], key_of(b, tmp_path), "lend", out, until=date.today() + timedelta(days=5))
    got = tb.receive(out.read_bytes())
    ta.end_lease([cid], tmp_path / "einde")
    case = a.cases.get(cid)
    case.observations = "eigen tekst"
    a.cases.update(case)
    bid = b.cases.id_for_number(got.numbers[0])
    theirs = b.cases.get(bid)
    theirs.observations = "tekst van de waarnemer"
    b.cases.update(theirs)
    back = tmp_path / "terug.schakelbundel"
    tb.give_back([bid], back)

    def choose_theirs(dialog: ConflictDialog) -> int:
        assert len(dialog.conflicts) == 1
        for group in dialog.groups.values():
            group.button(1).setChecked(True)
        dialog._accept_if_complete()
        return dialog.result()
    monkeypatch.setattr(ConflictDialog, "exec", choose_theirs)
    _save_to(monkeypatch, tmp_path / "bewijs")
    result = receive_flow(None, a, str(back))
    assert result.kind == "terug" and not seen["error"]
    assert a.cases.get(cid).observations == "tekst van de waarnemer"


def test_conflict_dialog_needs_every_choice(qtbot, seen):
    from desktop.services.transfer import Conflict

    dialog = ConflictDialog([Conflict("2026-0001", "case_file", "u1", "title", "a", "b", "c"),
                             Conflict("2026-0001", "person", "u2", "__record__", "x", "y", "z")])
    qtbot.addWidget(dialog)
    dialog._accept_if_complete()
    assert dialog.result() != QDialog.DialogCode.Accepted and seen["error"]
    for group in dialog.groups.values():
        group.button(0).setChecked(True)
    dialog._accept_if_complete()
    assert set(dialog.decisions().values()) == {"mine"}


def test_trust_by_typed_fingerprint_and_export_own_key(qtbot, tmp_path, monkeypatch, seen):
    a, b = open_register(tmp_path, "a"), open_register(tmp_path, "b")
    try:
        kb = key_of(b, tmp_path)
        dialog = ConfirmKeyDialog(TransferService(a), kb)
        qtbot.addWidget(dialog)
        dialog.typed.setText("00000 00000")
        dialog.confirm()
        assert seen["error"] and TransferService(a).trusted() == []
        dialog.typed.setText(kb.fingerprint.replace(" ", ""))
        dialog.confirm()
        assert [k.key_id for k in TransferService(a).trusted()] == [kb.key_id]
        assert any(e.action == "sleutel_bevestigd" for e in a.audit_entries())
        mine = MyKeyDialog(TransferService(a))
        qtbot.addWidget(mine)
        mine.name.setText("Fictieve Eigenaar")
        _save_to(monkeypatch, tmp_path / "eigen.schakelsleutel")
        assert mine.export()
        assert "Fictieve Eigenaar" in (tmp_path / "eigen.schakelsleutel").read_text(encoding="utf-8")
    finally:
        a.close()
        b.close()


def test_handover_dialog_needs_ground_for_minimal(qtbot, pair, tmp_path, monkeypatch, seen):
    a, _b = pair
    cid = add_case(a)
    dialog = HandoverDialog(a, cid)
    qtbot.addWidget(dialog)
    dialog.minimal.setChecked(True)
    _save_to(monkeypatch, tmp_path / "o1")
    dialog.send()
    assert "grondslag" in messages.error_text(seen["error"][-1]) and not (tmp_path / "o1").exists()
    dialog.ground.setText("convenant Zorg- en Veiligheidshuis")
    _save_to(monkeypatch, tmp_path / "o2")
    dialog.send()
    assert (tmp_path / "o2").exists()


@pytest.mark.usefixtures("fast_kdf")
def test_main_window_has_the_transfer_menus(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from shell_helpers import FakeWorkspace, make_vault

    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.session_lock import SessionLockWatcher

    monkeypatch.setattr(receive_dialog, "receive_flow", lambda *_a: None)
    service, _code = make_vault(tmp_path / "data")
    win = MainWindow(service, workspace=FakeWorkspace(),
                     settings=QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat),
                     session_watcher=SessionLockWatcher(use_dbus=False))
    qtbot.addWidget(win)
    titles = [a.text() for a in win.menuBar().actions()]
    assert "Zaa&k" in titles and titles.index("Zaa&k") < titles.index("E&xtra")
    file_menu = win.menuBar().actions()[0].menu()
    assert "Overdracht &ontvangen…" in [a.text() for a in file_menu.actions()]
    win.transfer.update_enabled()
    assert not win.transfer.lend_action.isEnabled()  # locked: nothing to do
    from shell_helpers import PASSPHRASE

    win.show()
    win.unlock_screen.secret.setText(PASSPHRASE)
    win.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not win.is_locked(), timeout=5000)
    assert TransferService(win.register).existing_identity() is not None  # made at first unlock
    win.transfer.update_enabled()
    assert win.transfer.receive_action.isEnabled() and win.transfer.key_action.isEnabled()
    win.lock()


def test_handover_dialog_remembers_the_stub_choice(qtbot, pair, tmp_path, monkeypatch, seen):
    a, _b = pair
    dialog = HandoverDialog(a, add_case(a))
    qtbot.addWidget(dialog)
    assert dialog.keep_stub.isChecked()
    dialog.keep_stub.setChecked(False)
    _save_to(monkeypatch, tmp_path / "o")
    dialog.send()
    assert a.setting("transfer_keep_after_handover") == "niets"


def test_expire_action_destroys_lapsed_copies_and_saves_a_receipt(qtbot, pair, tmp_path, monkeypatch, seen):
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.transfer.transfer_actions import TransferActions

    a, b = pair
    cid = add_case(a)
    out = tmp_path / "x"
    TransferService(a).create([cid], key_of(b, tmp_path), "lend", out, until=date.today() + timedelta(days=2))
    TransferService(b).receive(out.read_bytes())
    with b.write() as conn:
        conn.execute("UPDATE transfer_lease SET until = '2000-01-01'")
    win = QMainWindow()
    qtbot.addWidget(win)
    win.register = b
    actions = TransferActions(win)
    receipt = tmp_path / "vernietigd.schakelbewijs"
    _save_to(monkeypatch, receipt)
    actions.expire()
    assert b.cases.count() == 0 and receipt.exists()
    assert TransferService(a).register_receipt(receipt.read_bytes()).kind == "vernietigingsbewijs"
    assert TransferService(a).lease(cid) is None


def test_overview_lists_leases_and_stubs(qtbot, pair, tmp_path):
    from desktop.ui.transfer.overview_dialog import TransferOverviewDialog

    a, b = pair
    lent, handed = add_case(a), add_case(a, "Andere Persoon")
    TransferService(a).create([lent], key_of(b, tmp_path), "lend", tmp_path / "l",
                              until=date.today() + timedelta(days=3))
    TransferService(a).create([handed], key_of(b, tmp_path), "handover", tmp_path / "h")
    got = TransferService(b).receive((tmp_path / "h").read_bytes())
    TransferService(a).register_receipt(got.receipt)
    dialog = TransferOverviewDialog(a)
    qtbot.addWidget(dialog)
    assert dialog.leases.rowCount() == 1 and "In waarneming bij" in dialog.leases.item(0, 1).text()
    assert dialog.stubs.rowCount() == 1 and dialog.stubs.item(0, 0).text() == got.numbers[0]
