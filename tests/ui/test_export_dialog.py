"""Export dialog and Exports tab: untick, add with reason, confirm, save, logged."""

from __future__ import annotations

import shutil

import pytest
from export_cases import PERPETRATORS, RESIDENCE_LABEL, pdftotext, squash, store_rich_case
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop.services.export.service import ExportService
from desktop.ui.case.case_tabs_common import CaseContext
from desktop.ui.export.export_dialog import ExportDialog, open_agenda_export
from desktop.ui.export.exports_tab import ExportsTab

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


@pytest.fixture
def case(register):
    register.set_setting("municipality", "Gemeente Schakeldam")
    return store_rich_case(register)


@pytest.fixture
def out(tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    return folder


def open_dialog(qtbot, register, case_ids, profile_id="riec", **kw):
    dialog = ExportDialog(register, case_ids, profile_id=profile_id, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def key_where(dialog, predicate):
    return next(f.key for f in dialog.preview.fields() if predicate(f))


def test_untick_confirm_save_and_logged(qtbot, register, case, out, monkeypatch):
    dialog = open_dialog(qtbot, register, [case.id])
    qtbot.mouseClick(dialog.save_panel.browse, Qt.MouseButton.LeftButton)
    assert dialog.save_panel.folder() == out
    name_key = key_where(dialog, lambda f: f.value == PERPETRATORS[1])
    dialog.tree.item_for(name_key).setCheckState(0, Qt.CheckState.Unchecked)  # the officer's tick
    residence = key_where(dialog, lambda f: f.field_id == "person.residence_status")
    dialog.tree.setCurrentItem(dialog.tree.item_for(residence))
    assert dialog.add_reason.isEnabled()
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("Nodig voor de beoordeling door de IND", True))
    qtbot.mouseClick(dialog.add_reason, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()  # confirmation tick still missing
    dialog.save_panel.confirm.setChecked(True)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=15_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    path = saved.args[0].path
    assert path.parent == out and path.is_file()
    text = squash(pdftotext(path))
    assert PERPETRATORS[1] not in text and PERPETRATORS[0] in text and RESIDENCE_LABEL in text
    [entry] = ExportService(register).log_for_case(case.id)
    assert [f["key"] for f in entry.fields_out] == [name_key]
    assert entry.fields_in[0]["reason"] == "Nodig voor de beoordeling door de IND"
    assert register.setting("export_folder") == str(out)


def test_password_fields_must_match(qtbot, register, case, out):
    dialog = open_dialog(qtbot, register, [case.id])
    panel = dialog.save_panel
    panel.folder_edit.setText(str(out))
    panel.confirm.setChecked(True)
    assert dialog.save_button.isEnabled()
    panel.use_password.setChecked(True)
    panel.password.setText("geheim-wachtwoord")
    panel.repeat.setText("ander-wachtwoord")
    assert not dialog.save_button.isEnabled() and panel.password_error.isVisible()
    panel.repeat.setText("geheim-wachtwoord")
    assert dialog.save_button.isEnabled() and panel.chosen_password() == "geheim-wachtwoord"


def test_agenda_dialog_offers_agenda_profiles_only(qtbot, register, case):
    other = store_rich_case(register, victim_and_suspect=False)
    dialog = open_agenda_export(None, register, [case.id, other.id])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert [dialog.profile.itemData(i) for i in range(dialog.profile.count())] == [
        "overleg-agenda"]
    assert dialog.tree.topLevelItemCount() == 2
    assert dialog.save_panel.file_name.text().endswith(".pdf")
    dialog.reject()


def test_exports_tab_lists_the_log(qtbot, register, case, out):
    reloads = []
    ctx = CaseContext(register=register, case=case, open_case=lambda _id: None,
                      edit=lambda: None, reload=lambda: reloads.append(1), status=lambda _t: None)
    tab = ExportsTab(ctx)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 0 and tab.title() == "Exports"
    dialog = tab.new_export()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    dialog.save_panel.folder_edit.setText(str(out))
    dialog.save_panel.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=15_000) as saved:
        dialog.save_button.click()
    assert reloads  # the case view refreshes (history shows the export too)
    tab.refresh()
    row = [tab.model.data(tab.model.index(0, c)) for c in range(tab.model.columnCount())]
    assert row[1] == dialog.preview.profile.title and row[-1] == saved.args[0].sha256[:12]
    assert tab.title() == "Exports (1)"


def test_lock_closes_the_dialog(qtbot, register, case):
    dialog = open_dialog(qtbot, register, [case.id])
    register.lock()
    assert not dialog.isVisible() and dialog.preview is None


def test_question_is_typed_with_f2(qtbot, register, case):
    from PySide6.QtTest import QTest

    dialog = open_dialog(qtbot, register, [case.id])
    key = key_where(dialog, lambda f: f.editable)
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(dialog.tree.item_for(key), 0)
    QTest.keyClick(dialog.tree, Qt.Key.Key_F2)
    editor = dialog.tree.focusWidget()
    assert editor is not dialog.tree
    QTest.keyClicks(editor, "Graag beoordelen")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits through a queued call
    qtbot.waitUntil(lambda: dialog.tree.choices().questions == {case.id: "Graag beoordelen"})
