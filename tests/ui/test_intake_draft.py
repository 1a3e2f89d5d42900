"""Intake drafts live in the vault: debounced writes, flushed on lock, offered again."""
# ruff: noqa: F811  (the workspace fixture is imported from case_helpers)

from __future__ import annotations

from case_helpers import fill_line, stored_case, type_text, workspace  # noqa: F401

from desktop.domain import model as m
from desktop.ui.intake.intake_draft import DRAFT_DELAY_MS, NEW_CASE_KEY, case_key


def test_draft_written_shortly_after_typing(workspace, register, qtbot):
    workspace.set_register(register)
    workspace.new_signal()
    type_text(workspace.intake.signal.observations, "Bus met ")
    assert register.load_draft(NEW_CASE_KEY) is None  # debounced, not on every key
    qtbot.waitUntil(lambda: register.load_draft(NEW_CASE_KEY) is not None,
                    timeout=DRAFT_DELAY_MS + 1500)
    assert register.load_draft(NEW_CASE_KEY)["signal"]["observations"] == "Bus met "


def test_draft_restored_after_lock_and_unlock(workspace, register):
    workspace.set_register(register)
    workspace.new_signal()
    intake = workspace.intake
    type_text(intake.signal.observations, "Vier personen in één bestelbus.")
    intake.signal.form_boxes[m.Form.CRIMINAL].click()
    intake.acute.acute.click()
    intake.lists["persons"].add_button.click()
    type_text(intake.lists["persons"].rows[0].fields["name"].edit, "Ioana Stănescu")

    workspace.clear()  # lock: flushes the draft at once, drops the page
    assert workspace.intake is None
    workspace.set_register(register)
    workspace.new_signal()
    restored = workspace.intake
    assert restored is not intake
    assert restored.signal.observations.toPlainText() == "Vier personen in één bestelbus."
    assert restored.signal.forms() == {m.Form.CRIMINAL}
    assert restored.acute.acute.isChecked()
    assert restored.lists["persons"].rows[0].fields["name"].text() == "Ioana Stănescu"
    assert not restored.banner.isHidden() and "hersteld" in restored.banner_text.text()


def test_discarding_the_draft_starts_empty(workspace, register):
    register.save_draft(NEW_CASE_KEY, {"signal": {"observations": "oud concept"}})
    workspace.set_register(register)
    workspace.new_signal()
    intake = workspace.intake
    assert intake.signal.observations.toPlainText() == "oud concept"
    intake.discard_button.click()
    assert intake.signal.observations.toPlainText() == ""
    assert intake.signal.received.text()  # defaults back (today)
    assert register.load_draft(NEW_CASE_KEY) is None


def test_close_keeps_draft_and_edit_draft_is_per_case(workspace, register):
    stored = stored_case(register)
    workspace.set_register(register)
    workspace.open_case(stored.id)
    workspace.case_view.tab_pages[0].edit_button.click()
    fill_line(workspace.intake.signal.function, "wijkcoach")
    workspace.intake.close_button.click()
    assert workspace.intake is None and workspace.stack.currentWidget() is workspace.case_view
    assert register.load_draft(case_key(stored.id))["signal"]["reporter_function"] == "wijkcoach"
    assert register.cases.get(stored.id).reporter_function == "toezichthouder"  # not saved
    workspace.case_view.tab_pages[0].edit_button.click()
    assert workspace.intake.signal.function.text() == "wijkcoach"
    assert workspace.intake.save()
    assert register.load_draft(case_key(stored.id)) is None
    assert register.cases.get(stored.id).reporter_function == "wijkcoach"
