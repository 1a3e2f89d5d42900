"""Export dialog, issue 16: the profile follows the route, "Zaak toevoegen…" offers linked
cases first and keeps a typed question, and after saving "Map openen" is offered."""

from __future__ import annotations

import shutil

import pytest
from export_cases import rich_case, store_rich_case
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox
from test_export_route_profile import TO_R5, care, routed_case, step

from desktop.ui.export.export_dialog import ExportDialog

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def open_dialog(qtbot, register, case_ids, **kw):
    dialog = ExportDialog(register, case_ids, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def test_default_profile_follows_the_route(qtbot, register):
    at_riec = routed_case(register, *TO_R5, step("lokaal_afstemmen", "vermoeden", "riec_regionaal"))
    after_care = routed_case(register, *TO_R5, step("lokaal_afstemmen", "doorgegeven",
                                                    "terugkoppeling_af"), handovers=(care(),))
    plain = register.cases.create(rich_case()).id
    first = open_dialog(qtbot, register, [plain])
    assert first.profile.currentIndex() == 0  # as before: the first profile
    assert open_dialog(qtbot, register, [after_care]).profile_id() == "zorgcoordinator"
    assert open_dialog(qtbot, register, [at_riec]).profile_id() == "riec"
    chosen = open_dialog(qtbot, register, [after_care], profile_id="riec")
    assert chosen.profile_id() == "riec"  # an explicit choice wins


def test_add_case_offers_linked_cases_first_and_keeps_the_typed_question(qtbot, register,
                                                                          monkeypatch):
    case = store_rich_case(register)
    other = register.cases.create(rich_case())
    linked = register.cases.create(rich_case())
    register.links.link(case.id, linked.id, "zelfde adres")
    dialog = open_dialog(qtbot, register, [case.id], profile_id="riec")
    key = next(f.key for f in dialog.preview.fields() if f.editable)
    dialog.tree.set_question(key, "Graag beoordelen of dit past")
    offered = []

    def choose(parent, title, label, items, current, editable):
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    qtbot.mouseClick(dialog.add_case, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and len(dialog.preview.case_ids) == 2,
                    timeout=10_000)
    assert offered[0].startswith(f"{linked.number} · gekoppeld aan {case.number}")
    assert other.number not in " ".join(offered)
    assert dialog.case_ids == [case.id, linked.id]
    assert dialog.tree.choices().questions[case.id] == "Graag beoordelen of dit past"
    # a typed number still works, and the question survives a second rebuild
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (f" {other.number} ", True))
    qtbot.mouseClick(dialog.add_case, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and len(dialog.preview.case_ids) == 3,
                    timeout=10_000)
    assert dialog.tree.choices().questions[case.id] == "Graag beoordelen of dit past"


def test_after_saving_map_openen_opens_the_folder(qtbot, register, tmp_path, monkeypatch):
    case = store_rich_case(register)
    folder = tmp_path / "uit"
    folder.mkdir()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = open_dialog(qtbot, register, [case.id], profile_id="riec")
    dialog.save_panel.folder_edit.setText(str(folder))
    dialog.save_panel.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=15_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    notice = dialog.saved_notice
    assert isinstance(notice, QMessageBox) and notice.isVisible()
    assert saved.args[0].path.name in notice.text()
    [button] = [b for b in notice.buttons() if b.text() == "&Map openen"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(folder)]


def test_a_folder_the_system_cannot_open_gives_a_dutch_message(qtbot, tmp_path, monkeypatch):
    from desktop.ui.export.export_saved import open_folder

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert open_folder(None, tmp_path) is False
    assert shown and shown[0].startswith("De map kon niet worden geopend")
