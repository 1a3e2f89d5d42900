"""The minimisation guard in the export dialog: full text, highlights, per-occurrence
resolution, the tick disabled while findings are open, fields that never move."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from export_cases import pdftotext, squash, store_rich_case
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop.services.export.service import ExportService
from desktop.ui.export.export_dialog import ExportDialog, open_agenda_export

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")
LONG = ("Bij een controle bleken negen personen in het bedrijfspand te overnachten. " * 4
        + "Ioana Dumitrescu-Verzonnen gaf aan dat haar BSN 123456782 is en dat zij via "
          "06-12345678 bereikbaar is.")


@pytest.fixture
def case(register):
    case = store_rich_case(register)
    case.observations = LONG
    register.cases.update(case)
    return register.cases.get(case.id)


def open_dialog(qtbot, register, case_ids, tmp_path, profile_id="riec", **kw):
    dialog = ExportDialog(register, case_ids, profile_id=profile_id, **kw)
    qtbot.addWidget(dialog)
    dialog.save_panel.folder_edit.setText(str(tmp_path))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def test_findings_block_the_tick_until_resolved(qtbot, register, case, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, register, [case.id], tmp_path)
    panel = dialog.findings
    assert panel.open_count() == 3  # name, BSN, phone
    assert not dialog.save_panel.confirm.isEnabled() and not dialog.save_button.isEnabled()
    # the preview shows the whole value, not one elided line
    key = next(f.key for f in dialog.preview.fields() if f.field_id == "case.observations")
    assert dialog.tree.item_for(key).text(1).endswith("bereikbaar is.")
    # the full text is shown with the selected finding highlighted
    html = panel.text.toHtml()
    assert "bereikbaar is." in html and "background-color:#e8833a" in html
    qtbot.mouseClick(panel.redact_button, Qt.MouseButton.LeftButton)  # the name
    qtbot.mouseClick(panel.redact_button, Qt.MouseButton.LeftButton)  # the BSN
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("nummer uit de advertentie, voor onderzoek", True))
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)  # the phone: kept
    assert panel.open_count() == 0 and dialog.save_panel.confirm.isEnabled()
    dialog.save_panel.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=15_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = squash(pdftotext(saved.args[0].path))
    assert "Dumitrescu" not in text and "123456782" not in text and "06-12345678" in text
    [entry] = ExportService(register).log_for_case(case.id)
    assert [f["finding"] for f in entry.fields_in if f.get("finding")] == ["telefoon"]


def test_unticking_the_field_removes_its_findings(qtbot, register, case, tmp_path):
    dialog = open_dialog(qtbot, register, [case.id], tmp_path)
    key = next(f.key for f in dialog.preview.fields() if f.field_id == "case.observations")
    dialog.tree.item_for(key).setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.findings.open_count() == 0 and dialog.save_panel.confirm.isEnabled()


def test_password_fields_do_not_move_when_messages_appear(qtbot, register, case, tmp_path):
    dialog = open_dialog(qtbot, register, [case.id], tmp_path)
    dialog.findings.redact_all()
    panel = dialog.save_panel
    panel.use_password.setChecked(True)
    qtbot.wait(50)
    before = (panel.password.mapTo(dialog, panel.password.rect().topLeft()),
              panel.repeat.mapTo(dialog, panel.repeat.rect().topLeft()))
    panel.password.setText("kort")  # validation message appears
    panel.folder_edit.setText("/media/usb-stick")  # folder warning appears
    dialog._show_error("Een foutmelding over twee regels die ruimte inneemt.")
    qtbot.wait(50)
    after = (panel.password.mapTo(dialog, panel.password.rect().topLeft()),
             panel.repeat.mapTo(dialog, panel.repeat.rect().topLeft()))
    assert panel.password_error.text() and before == after


def test_agenda_from_a_meeting_prefills_questions(qtbot, register, case, tmp_path):
    meetings = register.meetings
    kind = meetings.kinds()[0]
    meeting = meetings.plan(kind.id, date(2026, 4, 2), place="Stadhuis")
    meetings.add_case(meeting.id, case.id, "Wie neemt de regie?")
    dialog = open_agenda_export(None, register, [case.id], meeting.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.choices().questions == {case.id: "Wie neemt de regie?"}
    assert dialog.preview.meeting.place == "Stadhuis"
    dialog.reject()


def test_victim_without_consent_is_added_as_a_whole_with_one_reason(
        qtbot, register, tmp_path, monkeypatch):
    case = store_rich_case(register)
    case.consents = []
    register.cases.update(case)
    dialog = open_dialog(qtbot, register, [case.id], tmp_path, profile_id="zorgcoordinator")
    name = next(f for f in dialog.preview.fields() if f.field_id == "person.name")
    group = dialog.tree.item_for(name.key).parent()
    dialog.tree.setCurrentItem(group)
    assert dialog.add_reason.isEnabled()
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("vitaal belang: acute opvang nodig", True))
    qtbot.mouseClick(dialog.add_reason, Qt.MouseButton.LeftButton)
    keys = [group.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(group.childCount())]
    added = {dialog.preview.field(k).field_id for k in keys if dialog.tree.is_added(k)}
    assert {"person.name", "person.birth_date"} <= added
    assert not added & {"person.care_needs", "person.bsn"}  # special: a choice of its own
    dialog.findings.redact_all()
    dialog.save_panel.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=15_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = squash(pdftotext(saved.args[0].path))
    assert "Ioana Dumitrescu-Verzonnen" in text and "andere grondslag" in text


def test_policy_requires_a_password(qtbot, tmp_path):
    import os

    from desktop import paths
    from desktop.policy import Policy
    from desktop.services.register import Register

    data = tmp_path / "reg"
    data.mkdir()
    reg = Register.open(data, data / paths.VAULT_FILE, os.urandom(32),
                        Policy(encrypt_pdf_required=True), create=True)
    try:
        case = store_rich_case(reg)
        dialog = open_dialog(qtbot, reg, [case.id], tmp_path, profile_id="terugkoppeling-melder")
        panel = dialog.save_panel
        assert panel.use_password.isChecked() and not panel.use_password.isEnabled()
        panel.confirm.setChecked(True)
        assert not dialog.save_button.isEnabled()  # no password typed yet
        panel.password.setText("langwachtwoord1")
        panel.repeat.setText("langwachtwoord1")
        assert dialog.save_button.isEnabled()
        dialog.reject()
    finally:
        reg.close()
