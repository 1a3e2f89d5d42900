"""Bijlagen tab: add by picker/drop/paste, preview images and PDFs from memory, save as with the
risky-folder warning, refusals shown in Dutch; nothing of the content reaches disk outside the vault."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

import tempfile

from attachment_files import MARKER, bomb_png, eml_bytes, jpeg_bytes, pdf_bytes, png_bytes, write
from case_helpers import stored_case, workspace  # noqa: F401
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication, QImage

from desktop.ui.case.case_tabs_attachments import AttachmentsTab
from desktop.ui.widgets import messages, worker


def _open(ws, register):
    case = stored_case(register)
    ws.set_register(register)
    ws.open_case(case.id)
    view = ws.case_view
    tab = view.tab(AttachmentsTab)
    view.tabs.setCurrentWidget(tab)
    return case, view, tab


def _drop(tab, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    tab.add_mime(mime)
    assert worker.wait_for_all()


def _select(tab, row):
    tab.table.setCurrentIndex(tab.model.index(row, 0))


def test_add_preview_and_tab_title(workspace, register, tmp_path):
    case, view, tab = _open(workspace, register)
    assert "Bijlagen (0)" in [view.tabs.tabText(i) for i in range(view.tabs.count())]
    files = [write(tmp_path, "advertentie.png", png_bytes(300, 200)),
             write(tmp_path, "brief met script.pdf", pdf_bytes(javascript=True)),
             write(tmp_path, "melding.eml", eml_bytes()), write(tmp_path, "foto.jpg", jpeg_bytes())]
    _drop(tab, files)
    tab = view.tab(AttachmentsTab)
    assert tab.model.rowCount() == 4 and tab.title() == "Bijlagen (4)"
    assert tab.model.data(tab.model.index(0, 1)) == "PNG-afbeelding"
    _select(tab, 0)
    assert tab.viewer.shown_pages == 1
    _select(tab, 1)
    assert tab.viewer.shown_pages == 1 and "scripts" in tab.viewer.note.text()
    _select(tab, 2)
    assert tab.viewer.shown_pages == 0 and "Opslaan als" in tab.viewer.note.text()
    _select(tab, 3)
    assert tab.viewer.shown_pages == 1
    shots = tmp_path / "shots"
    shots.mkdir()
    _select(tab, 1)
    view.grab().save(str(shots / "bijlagen.png"))
    actions = [e.action for e in register.audit_entries(case_id=case.id)]
    assert actions.count("bijlage_toegevoegd") == 4 and actions.count("bijlage_bekeken") >= 3


def test_refusals_are_listed_and_nothing_stored(workspace, register, tmp_path):
    _case, view, tab = _open(workspace, register)
    _drop(tab, [write(tmp_path, "leeg.png", b""), write(tmp_path, "bom.png", bomb_png()),
                write(tmp_path, "foto.jpg", pdf_bytes())])
    text = tab.problems.text()
    assert "Niet opgeslagen" in text or "leeg.png" in text
    assert "leeg.png: Het bestand is leeg" in text and "bom.png:" in text and "foto.jpg:" in text
    assert register.attachments.list(_case.id) == []


def test_paste_screenshot_with_ctrl_v(workspace, register, qtbot):
    case, view, tab = _open(workspace, register)
    image = QImage(200, 120, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    QGuiApplication.clipboard().setImage(image)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, "v", modifier=__import__("PySide6.QtCore", fromlist=["Qt"]).Qt
                   .KeyboardModifier.ControlModifier)
    rows = register.attachments.list(case.id)
    assert len(rows) == 1 and rows[0].mime == "image/png" and rows[0].source == "plakken"
    assert (rows[0].width, rows[0].height) == (200, 120)
    QGuiApplication.clipboard().clear()
    tab = view.tab(AttachmentsTab)
    tab.paste()
    assert "geen afbeelding" in tab.problems.text()


def test_save_as_warns_for_synced_folder(workspace, register, tmp_path, monkeypatch):
    case, view, tab = _open(workspace, register)
    data = png_bytes()
    register.attachments.add_bytes(case.id, data, "advertentie.png")
    view.reload()
    tab = view.tab(AttachmentsTab)
    _select(tab, 0)
    synced = tmp_path / "OneDrive - Gemeente"
    synced.mkdir()
    asked = []
    monkeypatch.setattr(messages, "ask_save_file", lambda *a: str(synced / "advertentie.png"))
    monkeypatch.setattr(messages, "confirm", lambda _p, text: asked.append(text) or False)
    tab.save_selected()
    assert "OneDrive" in asked[0] and not (synced / "advertentie.png").exists()
    monkeypatch.setattr(messages, "confirm", lambda _p, text: True)
    tab.save_selected()
    assert (synced / "advertentie.png").read_bytes() == data


def test_viewing_leaves_no_plaintext_in_data_temp_or_cache(workspace, register, tmp_path, monkeypatch):
    """Preview and paste work from memory: the marker inside the files is found nowhere on disk
    except the file the test itself wrote (the vault, temp dir and caches are clean)."""
    import time

    start = time.time()
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    source = tmp_path / "bron"
    source.mkdir()
    case, view, tab = _open(workspace, register)
    _drop(tab, [write(source, "a.png", png_bytes()), write(source, "b.pdf", pdf_bytes()),
                write(source, "c.eml", eml_bytes())])
    tab = view.tab(AttachmentsTab)
    for row in range(3):
        _select(tab, row)
    needles = [MARKER.encode(enc) for enc in ("utf-8", "utf-16-le")] + [b"Bijlagemarkeringfictief"]
    temp = tempfile.gettempdir()
    suspects = [register.data_dir, cache]
    hits = []
    for folder in suspects:
        for path in folder.rglob("*"):
            if path.is_file() and any(n in path.read_bytes() for n in needles):
                hits.append(str(path))
    import pathlib

    for path in pathlib.Path(temp).glob("*"):  # new files directly in the temp dir
        try:
            if path.is_file() and path.stat().st_mtime >= start and any(n in path.read_bytes() for n in needles):
                hits.append(str(path))
        except OSError:
            continue
    assert hits == []


def test_pdf_preview_engine_has_no_javascript():
    """PDFium as shipped is built without V8/XFA (no flags), and forms are never initialised."""
    import pypdfium2 as pdfium

    from desktop.ui.case.attachment_preview import pdf_pages

    assert "V8" not in pdfium.PDFIUM_INFO.flags and "XFA" not in pdfium.PDFIUM_INFO.flags
    pages, count = pdf_pages(pdf_bytes(javascript=True))
    assert count == 1 and not pages[0].isNull()


def test_move_to_schakel_removes_the_original_with_caveat(workspace, register, tmp_path):
    case, view, tab = _open(workspace, register)
    assert "SSD" in tab.move_box.toolTip()
    tab.move_box.setChecked(True)
    source = write(tmp_path, "advertentie.png", png_bytes())
    _drop(tab, [source])
    assert not source.exists() and len(register.attachments.list(case.id)) == 1


def test_drop_anywhere_on_the_case_view_goes_to_bijlagen(workspace, register, tmp_path, qtbot):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDropEvent

    case = stored_case(register)
    workspace.set_register(register)
    workspace.open_case(case.id)
    view = workspace.case_view
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write(tmp_path, "advertentie.png", png_bytes())))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    assert worker.wait_for_all()
    assert isinstance(view.tabs.currentWidget(), AttachmentsTab)
    assert len(register.attachments.list(case.id)) == 1
