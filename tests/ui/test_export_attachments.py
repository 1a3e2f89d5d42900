"""Export dialog: attachments only under a profile that allows them, ticked with a reason, embedded."""

from __future__ import annotations

import shutil

import pytest
from attachment_files import eml_bytes, png_bytes, write
from export_cases import store_rich_case
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.services.export.service import ExportService
from desktop.ui.export.export_dialog import ExportDialog

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def _dialog(qtbot, register, case_id, profile_id):
    dialog = ExportDialog(register, [case_id], profile_id=profile_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def test_pick_image_with_reason_and_save(qtbot, register, tmp_path, monkeypatch):
    register.set_setting("municipality", "Gemeente Schakeldam")
    case = store_rich_case(register)
    register.attachments.add_file(case.id, write(tmp_path, "advertentie.png", png_bytes()))
    register.attachments.add_file(case.id, write(tmp_path, "melding.eml", eml_bytes()))
    out = tmp_path / "uit"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    zorg = _dialog(qtbot, register, case.id, "terugkoppeling-melder")
    assert not zorg.attachments.isVisible() and zorg.choices().attachments == {}
    dialog = _dialog(qtbot, register, case.id, "riec")
    assert dialog.attachments.isVisible() and len(dialog.attachments.rows) == 1  # the image only
    _cand, box, reason = dialog.attachments.rows[0]
    assert not reason.isEnabled()
    box.setChecked(True)
    reason.setText("Schermafbeelding van de advertentie")
    qtbot.mouseClick(dialog.save_panel.browse, Qt.MouseButton.LeftButton)
    dialog.save_panel.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=15_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert list(PdfReader(saved.args[0].path).attachments) == ["bijlage-1.png"]
    [entry] = ExportService(register).log_for_case(case.id)
    assert any(f.get("reason") == "Schermafbeelding van de advertentie" and f.get("sha256")
               for f in entry.fields_in)
