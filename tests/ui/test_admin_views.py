"""GUI of the administration dialogs: each opens, filters and does its main action.

Screenshots at 1366×768 go to /work/main/shots/ (gitignored).
"""

from __future__ import annotations

import csv
import io
import os
from datetime import date
from pathlib import Path

import pytest
from monitor_helpers import add_case, messy_xlsx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.domain import model as m
from desktop.ui.admin.access_request_dialog import AccessRequestDialog
from desktop.ui.admin.admin_actions import install_admin_actions
from desktop.ui.admin.audit_view import AuditDialog
from desktop.ui.admin.import_dialog import ImportDialog
from desktop.ui.admin.monitor_view import MonitorDialog
from desktop.ui.admin.retention_view import RetentionDialog, reminder_text
from desktop.ui.shell import i18n
from desktop.ui.widgets import messages, worker

SHOTS = Path(__file__).resolve().parents[2] / "shots"
SCALED = os.environ.get("QT_SCALE_FACTOR") == "1.5"  # 1920×1080 at 150 % = 1280×720
SUBJECT = "Łukasz Wiśniewski"


@pytest.fixture
def dialogs(monkeypatch, qapp):
    """Dutch Qt texts; message boxes replaced by recorders; every dialog closed afterwards."""
    translators = i18n.install_translators(qapp)
    seen: dict[str, list] = {"info": [], "error": []}
    monkeypatch.setattr(messages, "show_info", lambda _p, text: seen["info"].append(text))
    monkeypatch.setattr(messages, "show_error", lambda _p, err: seen["error"].append(err))
    monkeypatch.setattr(messages, "confirm", lambda _p, _text: True)
    yield seen
    worker.wait_for_all()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    worker.wait_for_all()
    i18n.remove_translators(qapp, translators)


def wait(qtbot) -> None:
    qtbot.waitUntil(lambda: not worker.is_busy(), timeout=15_000)
    worker.wait_for_all()


def show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.resize(*((1280, 720) if SCALED else (1366, 768)))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shot(dialog, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / f"{name}{'_150' if SCALED else ''}.png"))


def cell(view, row: int, column: int) -> str:
    return view.model().index(row, column).data()


@pytest.fixture
def filled(register):
    d = date
    add_case(register, received=d(2025, 1, 10), handovers=[("riec", d(2025, 1, 20))],
             feedback_on=d(2025, 1, 17), persons=[m.Person(name=SUBJECT, bsn="111222333")],
             reporter_name="Janfictief Melderman")
    add_case(register, received=d(2025, 2, 3), forms=(m.Form.SEXUAL,), department="Wijkteam",
             minor=m.TriState.YES, handovers=[("veilig_thuis", d(2025, 2, 4))])
    add_case(register, received=d(2025, 5, 5), forms=(m.Form.CRIMINAL,), department="Leerplicht",
             closed_on=d(2025, 5, 20), outcome="ander_fenomeen",
             interventions=[(m.InterventionKind.CARE, "Opvang geregeld")])
    for i in range(6):
        add_case(register, received=d(2025, 3, 1 + i), closed_on=d(2025, 3, 10 + i),
                 outcome="geen_actie", handovers=[("zorgcoordinator", d(2025, 3, 9 + i))])
    return register


def test_monitor_shows_exact_numbers_chart_and_exports_suppressed_csv(qtbot, filled, dialogs,
                                                                      tmp_path, monkeypatch):
    dialog = show(qtbot, MonitorDialog(filled))
    wait(qtbot)
    assert dialog.year.currentData() == date.today().year
    dialog.year.setCurrentIndex(dialog.year.findData(2025))
    dialog.refresh()
    wait(qtbot)
    assert dialog.tables.count() == len(dialog.report.tables)
    assert [cell(dialog.view, 0, c) for c in range(6)] == ["Totaal", "8", "1", "0", "0", "9"]
    dialog.tables.setCurrentRow(5)  # route outcomes
    assert "Overgedragen aan RIEC" in dialog.chart.accessibleDescription()
    shot(dialog, "monitor")
    target = tmp_path / "stat.csv"
    monkeypatch.setattr(messages, "ask_save_file", lambda *_a: str(target))
    dialog.save_csv()
    lines = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert ["Nieuwe signalen", "Totaal", "8", "< 5", "0", "0", "9"] in lines
    assert dialogs["info"] and not dialogs["error"]
    dialog.close_for_lock()
    assert dialog.register is None


def test_retention_lists_due_cases_previews_and_purges(qtbot, filled, dialogs, monkeypatch):
    assert "7 zaken" in reminder_text(filled)
    dialog = show(qtbot, RetentionDialog(filled))
    wait(qtbot)  # the schedule loads in a worker
    assert dialog.model.rowCount() == 7
    assert "personen: 1" not in dialog.preview.text() and "zaken worden definitief gewist" in \
        dialog.preview.text()
    dialog.search.setText(dialog.model.index(0, 0).data())
    assert dialog.model.rowCount() == 1
    dialog.search.clear()
    dialog.view.selectRow(0)
    held = dialog.current_case()
    monkeypatch.setattr(dialog, "ask_reason", lambda: "Bezwaarprocedure loopt")
    dialog.toggle_hold()
    wait(qtbot)
    assert filled.cases.get(held.case_id).legal_hold
    row = dialog.model.keys.index(held.case_id)
    assert cell(dialog.view, row, 6) == "ja"
    assert dialog.model.flags(dialog.model.index(row, 0)) & Qt.ItemFlag.ItemIsUserCheckable == \
        Qt.ItemFlag.NoItemFlags
    dialog.model.setData(dialog.model.index((row + 1) % 7, 0), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert "(5)" in dialog.purge_button.text()
    shot(dialog, "bewaartermijnen")
    dialog.purge()
    wait(qtbot)
    assert "5 zaken vernietigd" in dialog.status.text()
    assert filled.cases.count() == 9 - 5
    assert reminder_text(filled) is not None  # the unticked one is still due
    dialog.show_filter.setCurrentIndex(1)
    dialog._fill()
    assert dialog.model.rowCount() == 2


def test_audit_view_filters_and_finds_the_tampered_row(qtbot, filled, dialogs):
    case = filled.cases.get_by_number("2025-0001")
    filled.cases.record_view(case.id)
    dialog = show(qtbot, AuditDialog(filled))
    total = dialog.model.rowCount()
    assert total >= 10
    dialog.case_number.setText(case.number)
    dialog.apply_filter()
    assert {cell(dialog.view, r, 3) for r in range(dialog.model.rowCount())} == {case.number}
    dialog.action.setCurrentIndex(dialog.action.findData("zaak_ingezien"))
    dialog.apply_filter()
    assert dialog.model.rowCount() == 1 and cell(dialog.view, 0, 4) == "Zaak ingezien"
    dialog.since.setText("31-02-2025")
    dialog.apply_filter()
    assert "geen geldige datum" in dialog.problem.text()
    dialog.since.clear()
    dialog.case_number.setText("1999-0001")
    dialog.apply_filter()
    assert "bestaat niet" in dialog.problem.text()
    dialog.verify()
    assert "onafgebroken" in dialog.result.text()
    with filled.write() as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit_log SET actor = 'iemand' WHERE id = 4")
    dialog.verify()
    assert "verbroken bij regel 4" in dialog.result.text()
    assert dialog.model.rowCount() == total  # filters cleared to show the row
    selected = dialog.view.selectionModel().selectedRows()
    assert selected and cell(dialog.view, selected[0].row(), 0) == "4"
    shot(dialog, "logboek")


def test_access_request_review_and_save(qtbot, filled, dialogs, monkeypatch, tmp_path):
    dialog = show(qtbot, AccessRequestDialog(filled))
    dialog.name.setText("Lukasz Wisniewski")
    dialog.search()
    wait(qtbot)
    assert dialog.match_model.rowCount() == 1 and dialog.next_button.isEnabled()
    dialog.review()
    wait(qtbot)
    assert dialog.pages.currentIndex() == 1
    model = dialog.item_model
    values = [cell(dialog.item_view, r, 3) for r in range(model.rowCount())]
    assert SUBJECT in values
    reporter = values.index("Janfictief Melderman")
    assert not model.is_checked(reporter) and cell(dialog.item_view, reporter, 5)
    obs = next(r for r in range(model.rowCount()) if model.keys[r].endswith("/observations"))
    assert not model.is_checked(obs)  # free text about the case starts removed (issue 12)
    dialog.item_view.selectRow(obs)
    assert dialog.reason.isEnabled() and dialog.note.text()  # the reason is prefilled
    dialog.reason.setCurrentIndex(dialog.reason.findData("anders"))
    dialog.note.setText("")
    dialog._store_reason()
    shot(dialog, "inzage_beoordelen")
    target = tmp_path / "inzage.pdf"
    monkeypatch.setattr(messages, "ask_save_file", lambda *_a: str(target))
    dialog.save()
    assert "toelichting" in dialog.review_error.text() and not target.exists()
    dialog.note.setText("bevat gegevens over de melder")
    dialog._store_reason()
    dialog.save()
    wait(qtbot)
    assert target.exists() and "exportlogboek" in dialogs["info"][-1]


def test_import_dialog_maps_previews_and_imports(qtbot, register, dialogs, tmp_path):
    path = tmp_path / "register.xlsx"
    messy_xlsx(path)
    dialog = show(qtbot, ImportDialog(register))
    dialog.load(path)  # read and checked in a worker
    wait(qtbot)
    assert dialog.mapping()[0] == "registratienummer" and len(dialog.combos) == 13
    assert dialog.preview_model.rowCount() == 4
    red = [(r, c) for r in range(4) for c in range(14)
           if dialog.preview_model.index(r, c).data(Qt.ItemDataRole.BackgroundRole) is not None]
    assert red == [(3, 11)]  # row 8, column "Adres PC"
    assert "2 zaken" in dialog.summary.text() and dialog.import_button.isEnabled()
    dialog.problems.setCurrentRow(0)
    current = dialog.preview_view.currentIndex()
    assert (current.row(), current.column()) == (3, 11)
    dialog.set_field(3, "")  # unmap "Afdeling": a required field is missing
    dialog.check()
    wait(qtbot)
    assert not dialog.import_button.isEnabled() and "verplichte" in dialog.summary.text()
    dialog.set_field(3, "afdeling_melder")
    dialog.check()
    wait(qtbot)
    shot(dialog, "import_koppeling")
    dialog.start_import()
    wait(qtbot)
    assert "Geïmporteerd: 2 zaken" in dialog.summary.text()
    assert register.cases.count() == 2
    assert any("R-3" in dialog.problems.item(i).text() for i in range(dialog.problems.count()))
    assert '"afdeling": "afdeling_melder"' in register.setting("import_mapping")


def test_admin_actions_open_dialogs_and_close_them_on_lock(qtbot, filled, dialogs):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("E&xtra")
    current = {"register": None}
    actions = install_admin_actions(window, menu, lambda: current["register"])
    assert [a.objectName() for a in actions.actions.values()] == [
        "monitor", "bewaartermijnen", "logboek", "inzageverzoek", "importeren"]
    assert not actions.actions["monitor"].isEnabled()
    current["register"] = filled
    actions.update_enabled()
    actions.actions["logboek"].trigger()
    actions.actions["monitor"].trigger()
    wait(qtbot)
    opened = list(actions.open_dialogs)
    assert len(opened) == 2 and all(d.parent() is window and d.isModal() for d in opened)
    actions.close_all()
    assert actions.open_dialogs == [] and all(d.register is None for d in opened)


def test_signal_tab_shows_the_deletion_date(qtbot, filled):
    from desktop.ui.case.case_tabs_common import CaseContext
    from desktop.ui.case.case_tabs_signal import SignalTab

    closed = filled.cases.get_by_number("2025-0003")  # ander_fenomeen, closed 20-05-2025
    filled.retention.set_legal_hold(closed.id, True, "Bezwaar loopt")
    ctx = CaseContext(filled, filled.cases.get(closed.id), lambda _i: None, lambda: None,
                      lambda: None, lambda _t: None)
    tab = SignalTab(ctx)
    qtbot.addWidget(tab)
    assert tab.values["retention"].text() == "20-05-2026 (bewaarblokkade: Bezwaar loopt)"
    ctx.case = filled.cases.get_by_number("2025-0001")
    tab.refresh()
    assert tab.values["retention"].text() == "zolang de zaak loopt"
