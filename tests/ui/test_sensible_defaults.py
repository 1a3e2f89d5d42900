"""Issue 16, sensible defaults: no 112 as handover partner, consent from victims only,
the enrichment source follows the last one used. Fictional data only."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from desktop.domain import model as m
from desktop.ui.case.case_tabs_enrichment_form import EnrichmentForm
from desktop.ui.case.consent_dialog import ConsentDialog
from desktop.ui.route.route_handover_dialogs import StartHandoverDialog
from desktop.ui.widgets.fields import combo_value, set_combo_value


def make_case(register) -> m.Case:
    return register.cases.create(m.Case(
        forms={m.Form.LABOUR}, received_on=date(2026, 3, 2), reporter_department="Handhaving",
        observations="Matrassen in een loods.", title="Overnachten in bedrijfspand",
        persons=[m.Person(name="Fictief Slachtoffer", role=m.PersonRole.VICTIM),
                 m.Person(name="Fictieve Dader", role=m.PersonRole.PERPETRATOR)]))


def test_start_handover_has_no_default_partner(qtbot, register):
    case = make_case(register)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = StartHandoverDialog(register, case.id, parent=parent)
    assert dialog.partner.currentData() == ""
    assert "112" not in dialog.partner.currentText()
    assert not dialog.ok_button.isEnabled()
    assert dialog.problems.problems == []  # no red message before the first touch
    dialog.partner.setCurrentIndex(dialog.partner.findData("riec"))
    assert dialog.partner.currentData() == "riec"
    dialog.reject()


def test_consent_is_given_by_a_victim(qtbot, register):
    case = make_case(register)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ConsentDialog(register, case.id, parent=parent)
    offered = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert not any("Dader" in text for text in offered)
    assert "Fictief Slachtoffer" in dialog.person.currentText()  # the only victim: chosen
    # what is still needed shows as a hint, red only once the officer has done something
    assert dialog.problems.problems and dialog.problems.property("role") == "hint"
    dialog.status_buttons[m.ConsentStatus.GIVEN].setChecked(True)
    assert dialog.problems.property("role") == "error"
    dialog.reject()


def test_new_enrichment_entry_starts_with_the_last_source(qtbot, register):
    case = make_case(register)
    form = EnrichmentForm()
    qtbot.addWidget(form)
    EnrichmentForm.last_source = None
    form.edit(None, case)
    set_combo_value(form.source, m.EnrichmentSource.KVK)
    assert form.build() is not None
    form.edit(None, case)
    assert combo_value(form.source) == m.EnrichmentSource.KVK
    EnrichmentForm.last_source = None


def test_file_dialogs_start_in_a_real_folder_never_the_working_directory(tmp_path, monkeypatch):
    from desktop.ui.widgets import messages

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(messages, "_last_dir", "")
    start = messages.documents_dir()
    assert start and start != str(tmp_path) and __import__("os").path.isabs(start)
    chosen = tmp_path / "exports" / "zaak.pdf"
    chosen.parent.mkdir()
    messages.remember_dir(str(chosen))
    assert messages.documents_dir() == str(chosen.parent)  # the next dialog opens there


def test_consent_dialog_controls_stay_put_when_the_messages_go(qtbot, register):
    case = make_case(register)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ConsentDialog(register, case.id, parent=parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    scope = dialog.scope
    before = scope.mapTo(dialog, scope.rect().topLeft())
    dialog.status_buttons[m.ConsentStatus.GIVEN].setChecked(True)
    dialog.scope.setText("Zorgcoördinator: naam en contact")
    dialog.form.setCurrentIndex(dialog.form.findData(m.ConsentForm.WRITTEN.value))
    qtbot.wait(50)
    assert dialog.problems.problems == []
    assert scope.mapTo(dialog, scope.rect().topLeft()) == before
    dialog.reject()
