"""Intake: files chosen while registering a signal are stored encrypted with the saved case."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

from attachment_files import pdf_bytes, png_bytes, write
from case_helpers import fill_minimal_signal, workspace  # noqa: F401

from desktop.ui.widgets import messages


def test_intake_stores_chosen_files_after_save(workspace, register, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _p, text: shown.append(text))
    workspace.set_register(register)
    workspace.new_signal()
    intake = workspace.intake
    assert intake.attachments.add_button in intake.tab_chain()
    fill_minimal_signal(intake)
    intake.attachments.add_paths([write(tmp_path, "advertentie.png", png_bytes()),
                                  write(tmp_path, "scan.pdf", pdf_bytes()), write(tmp_path, "leeg.png", b"")])
    assert "advertentie.png" in intake.attachments.listing.text()
    saved = []
    intake.saved.connect(saved.append)
    assert intake.save()
    rows = register.attachments.list(saved[0])
    assert sorted(r.mime for r in rows) == ["application/pdf", "image/png"]
    assert {r.source for r in rows} == {"intake"}
    assert "leeg.png: Het bestand is leeg" in shown[0] and "opgeslagen, maar" in shown[0]
