"""The step dialog fills empty fields from Verrijking, exports and Overleggen, marked (issue 16)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel
from test_export_route_profile import TO_R5, routed_case, step

from desktop.ui.route.route_step_dialog import RouteStepDialog
from desktop.ui.shell import theme

TODAY = date(2026, 4, 20)


@pytest.fixture
def routes(register):
    register.routes.today = lambda: TODAY
    return register.routes


def open_dialog(qtbot, register, case_id: int, step_id: str, **kw) -> RouteStepDialog:
    dialog = RouteStepDialog(register, case_id, step_id, **kw)
    dialog.setPalette(theme.palette(False))
    dialog.setStyleSheet(theme.stylesheet(False))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def riec_case(register, tmp_path) -> int:
    case_id = routed_case(register, *TO_R5, step("lokaal_afstemmen", "vermoeden", "riec_regionaal"))
    exports = register.exports
    exports.save(exports.render(exports.preview([case_id], "riec")), tmp_path)
    for held_on in (date(2026, 4, 2), date(2026, 4, 16)):
        meeting = register.meetings.plan("regionale_ondermijningstafel", held_on)
        register.meetings.add_case(meeting.id, case_id)
    return case_id


def test_sources_prefilled_marked_editable_and_saved_only_on_save(qtbot, register, routes):
    case_id = routed_case(register, *TO_R5[:2])
    dialog = open_dialog(qtbot, register, case_id, "verrijken")
    edit = dialog.form.free["geraadpleegde_bronnen"]
    assert edit.text().startswith("BRP, Bibob, Handhaving") and edit.cursorPosition() == 0
    note = dialog.prefill.notes["geraadpleegde_bronnen"]
    assert note.isVisible() and note.text() == "Overgenomen uit Verrijking"
    assert dialog.form.rows["geraadpleegde_bronnen"][1].isAncestorOf(note)
    assert [r.step_id for r in routes.context(case_id).records].count("verrijken") == 0  # nothing saved
    edit.setText("BRP")  # the officer changes it: the note goes, the value is the officer's
    assert not note.isVisible()
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = [r for r in routes.context(case_id).records if r.step_id == "verrijken"]
    assert saved[-1].fields["geraadpleegde_bronnen"] == "BRP"


def test_riec_export_and_newest_meeting_prefilled(qtbot, register, routes, tmp_path):
    case_id = riec_case(register, tmp_path)
    number = register.exports.log_for_case(case_id)[0].id
    dialog = open_dialog(qtbot, register, case_id, "riec_regionaal")
    f = dialog.form
    assert f.partners.checked() == ["riec"]
    assert f.meeting.currentData() == "regionale_ondermijningstafel"
    assert f.meeting_on.text() == "16-04-2026"
    shown = dialog.prefill.shown()
    assert shown["contacted"].startswith(f"Overgenomen uit export nr. {number} (")
    assert shown["meeting_on"] == "Overgenomen uit Overleggen"
    assert shown["meeting"].startswith("Overgenomen uit Overleggen: ") and shown["meeting"].endswith("16-04-2026")
    notes = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text().startswith("Overgenomen")]
    assert len(notes) == 3
    f.meeting.setCurrentIndex(0)
    assert "meeting" not in dialog.prefill.shown() and "meeting_on" in dialog.prefill.shown()
    dialog.reject()
    assert all(r.step_id != "riec_regionaal" for r in routes.context(case_id).records)


def test_filled_fields_are_never_overwritten_and_corrections_get_no_suggestions(qtbot, register, routes, tmp_path):
    case_id = riec_case(register, tmp_path)
    preset = step("riec_regionaal", "")
    preset = preset.__class__(**{**preset.__dict__, "contacted": "", "meeting": "regionale_ondermijningstafel",
                                 "meeting_on": date(2026, 4, 2)})
    dialog = open_dialog(qtbot, register, case_id, "riec_regionaal", preset=preset)
    assert dialog.form.meeting_on.text() == "02-04-2026"
    assert set(dialog.prefill.shown()) == {"contacted"}
    dialog.reject()
    record = [r for r in routes.context(case_id).records if r.step_id == "lokaal_afstemmen"][-1]
    corrected = open_dialog(qtbot, register, case_id, "lokaal_afstemmen", correcting=record)
    assert corrected.prefill.notes == {}
    corrected.reject()
