"""Plaintext scan after a scripted full session (intake, checklist, route, export, purge):
no test name in the data dir, the temp dir, Qt settings files or logs."""

from __future__ import annotations

import tempfile
from datetime import date

import pytest

from desktop.domain import model as m
from desktop.policy import Policy
from desktop.services.export.service import ExportService
from desktop.services.session import UnlockMethod, VaultService
from desktop.store import route_repo

NAME = "Gżegorzfictief Brzęczkowskiwicz"
PASS = "correct paard batterij nietje"


def _needles():
    out = []
    for text in (NAME, NAME.split()[0], NAME.split()[1], "Brzeczkowskiwicz", "Gzegorzfictief"):
        out += [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
        out.append(text.lower().encode())
    return out


def _scan(*folders):
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                blob = path.read_bytes()
                hits += [f"{path}" for n in _needles() if n in blob]
    return sorted(set(hits))


@pytest.mark.slow
def test_full_session_leaves_no_plaintext(tmp_path, monkeypatch, qtbot):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    data, exports = tmp_path / "data", tmp_path / "exports-gekozen-map"
    exports.mkdir()
    service = VaultService(data, Policy())
    reg, _ = service.create(PASS, use_keyring=True)
    case = reg.cases.create(m.Case(
        forms={m.Form.LABOUR}, received_on=date(2023, 3, 1), reporter_department="Handhaving",
        reporter_name=NAME, observations=f"{NAME} sliep in een loods.", title="Loods",
        persons=[m.Person(role=m.PersonRole.PERPETRATOR, name=NAME, care_needs=f"{NAME} ziek")],
        addresses=[m.Address(street="Fictieweg", number="1", postcode="9999 XA")]))
    reg.save_draft("intake:new", {"naam": NAME})
    reg.checklists.answer(case.id, "LAB", "LAB-WON-02", "gezien", "handhaving", f"{NAME} gezien")
    from test_route_service import walk_to_riec  # noqa: PLC0415 - shared walk helper

    walk_to_riec(reg.routes, case.id)
    exporter = ExportService(reg)
    preview = exporter.preview([case.id], "riec")
    choices = exporter.default_choices(preview)
    choices.redacted = {f.id for f in exporter.findings(preview, choices)}  # the guard's findings: redacted
    saved = exporter.save(exporter.render(preview, choices), exports)
    from PySide6.QtCore import QSettings

    from desktop.ui.shell.main_window import MainWindow

    ini = tmp_path / "qt" / "schakel.ini"
    window = MainWindow(service, settings=QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.open_register(reg)
    window.workspace.open_case(case.id)
    window.lock()
    window.close()
    assert saved.path.parent == exports
    reg = service.unlock(UnlockMethod.PASSPHRASE, PASS)
    with reg.write() as conn:
        route_repo.set_status(conn, case.id, "afgesloten", "", None, date(2023, 6, 1), "geen_actie")
    result = reg.retention.purge(today=date(2030, 1, 1))
    assert case.number in result.purged
    reg.close()
    assert _scan(data, temp, ini.parent) == []
