"""Route tab panels of issue 15: derived triage with override, registration per person,
adjacent phenomena; continuous step numbering. Real widgets, real register, fictional data."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from desktop.domain import model as m
from desktop.ui.case.case_view import CaseView
from desktop.ui.route.route_tab import RouteTab
from desktop.ui.route.triage_dialogs import RegistrationDialog, TriageDialog

D0 = date(2026, 3, 2)
TODAY = date(2026, 3, 9)


@pytest.fixture
def tab(qtbot, register):
    register.routes.today = lambda: TODAY
    case = m.Case(forms={m.Form.SEXUAL}, received_on=D0, observed_at=datetime(2026, 3, 1, 9),
                  reporter_department="Leerplicht", observations="Fictieve waarneming.",
                  title="Fictief", persons=[
                      m.Person(role=m.PersonRole.VICTIM, name="Fictief Een", estimated_age=15),
                      m.Person(role=m.PersonRole.VICTIM, name="Fictief Twee",
                               birth_date=date(1990, 1, 1))])
    case_id = register.cases.create(case).id
    view = CaseView(register, case_id)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.tabs.setCurrentWidget(view.tab(RouteTab))
    yield view
    route_tab = view.tab(RouteTab)
    if route_tab.dialog is not None:
        route_tab.dialog.reject()


def test_panel_shows_derived_triage_and_override_is_saved(qtbot, tab, register):
    route_tab = tab.tab(RouteTab)
    panel = route_tab.triage_panel
    assert panel.summary.text() == "Minderjarige: ja · acuut"
    assert "betrokkene 1 is jonger dan 18 (geschatte leeftijd)" in panel.reasons.text()
    assert "minderjarige bij seksuele uitbuiting" in panel.reasons.text()
    rows = [r.spoken() for r in route_tab.timeline.model_.rows]
    assert any("1. Acuut" in s for s in rows) and not any(" R1 " in s for s in rows)
    panel.override_button.click()
    dialog = route_tab.dialog
    assert isinstance(dialog, TriageDialog)
    dialog.minor.setCurrentIndex(dialog.minor.findData("nee"))
    assert not dialog.ok_button.isEnabled()  # a reason is required
    assert "Reden van de afwijking ontbreekt" in dialog.problems.text()
    dialog.reason.setText("Leeftijd bevestigd met paspoort")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: route_tab.dialog is None)
    route_tab = tab.tab(RouteTab)
    assert route_tab.triage_panel.summary.text().startswith("Minderjarige: nee · niet acuut")
    assert register.routes.triage(route_tab.ctx.case.id).overridden


def test_registration_dialog_refuses_comensha_without_written_consent(qtbot, tab, register):
    route_tab = tab.tab(RouteTab)
    panel = route_tab.registration_panel
    assert panel.model.rowCount() == 2
    panel.record_button.click()
    dialog = route_tab.dialog
    assert isinstance(dialog, RegistrationDialog)
    dialog.zvh.set_text("09-03-2026")
    dialog.comensha.set_text("09-03-2026")
    dialog.comensha.edited.emit()
    assert not dialog.ok_button.isEnabled()
    assert "schriftelijke toestemming" in dialog.problems.text()
    dialog.comensha.set_text("")
    dialog.comensha.edited.emit()
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: route_tab.dialog is None)
    panel = tab.tab(RouteTab).registration_panel
    first = panel.model.index(0, 1)
    assert panel.model.data(first, Qt.ItemDataRole.DisplayRole) == "09-03-2026"


def test_phenomena_toggle_is_saved(qtbot, tab, register):
    route_tab = tab.tab(RouteTab)
    box = route_tab.phenomena_panel.boxes["vakantieparken"]
    box.setChecked(True)
    case_id = route_tab.ctx.case.id
    assert register.routes.context(case_id).case.adjacent_phenomena == ["vakantieparken"]
