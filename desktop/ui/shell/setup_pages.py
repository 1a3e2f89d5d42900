"""The input pages of the setup wizard: municipality and route; how to unlock (commit)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.policy import Policy
from desktop.services.route.choices import route_choices
from desktop.services.session import VaultService
from desktop.services.ui_types import KeyringState
from desktop.ui.shell import keyring_text
from desktop.ui.widgets import messages, worker
from desktop.ui.widgets.passphrase import PassphraseFields


class DetailsPage(QWizardPage):
    """Municipality name and the reporting route."""

    def __init__(self, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Gemeente en meldroute"))
        self.setSubTitle(self.tr("Deze gegevens komen op formulieren en bepalen de stappen "
                                 "die Schakel voorstelt."))
        self.name = QLineEdit(policy.municipality)
        self.name.setAccessibleName(self.tr("Naam van de gemeente"))
        self.name.setPlaceholderText(self.tr("bijvoorbeeld Gemeente Schakeldam"))
        self.route = QComboBox()
        self.route.setAccessibleName(self.tr("Meldroute"))
        self._fill_routes(policy.default_route, policy.content_dir)
        name_label = QLabel(self.tr("&Gemeente:"))
        name_label.setBuddy(self.name)
        route_label = QLabel(self.tr("&Meldroute:"))
        route_label.setBuddy(self.route)
        note = QLabel(self.tr("De meldroute kunt u later per zaak volgen; de functioneel "
                              "beheerder kan routes toevoegen."))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        form = QFormLayout(self)
        form.addRow(name_label, self.name)
        form.addRow(route_label, self.route)
        form.addRow("", note)
        self.registerField("municipality*", self.name)

    def _fill_routes(self, default_route: str, content_dir) -> None:
        choices = route_choices(content_dir)
        if not choices:
            self.route.addItem(self.tr("Standaardroute van Schakel"), "")
        for route_id, title in choices:
            self.route.addItem(title, route_id)
        index = self.route.findData(default_route) if default_route else -1
        self.route.setCurrentIndex(max(index, 0))

    def municipality(self) -> str:
        return self.name.text().strip()

    def route_id(self) -> str:
        return str(self.route.currentData() or "")


class UnlockChoicePage(QWizardPage):
    """Passphrase (twice) and/or the OS keyring; "Register aanmaken" creates the vault."""

    def __init__(self, service: VaultService, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.service, self.policy = service, service.policy
        self.keyring_state: KeyringState | None = None
        self.creating = False
        self._done = False
        self.setTitle(self.tr("Hoe ontgrendelt u Schakel?"))
        self.setSubTitle(self.tr("Kies een wachtwoordzin die alleen u kent."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Register &aanmaken"))
        self.fields = PassphraseFields(self, optional=False)
        self.keyring_box = QCheckBox(keyring_text.option_text())
        self.keyring_box.setAccessibleName(keyring_text.option_text().replace("&", ""))
        self.keyring_box.toggled.connect(self._keyring_toggled)
        self.keyring_info = QLabel()
        self.keyring_info.setWordWrap(True)
        self.keyring_info.setProperty("role", "hint")
        self.recheck = QPushButton(self.tr("Opnieuw &controleren"))
        self.recheck.setAccessibleName(self.tr("Sleutelbos opnieuw controleren"))
        self.recheck.clicked.connect(self.check_keyring)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.setAccessibleName(self.tr("Melding"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Register wordt aangemaakt"))
        self._layout()
        self.check_keyring()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        if not self.policy.require_passphrase:
            optional = QLabel(self.tr("Uw organisatie staat toe dat u alleen met uw aanmelding "
                                      "ontgrendelt; laat de wachtwoordzin dan leeg."))
            optional.setWordWrap(True)
            optional.setProperty("role", "hint")
            layout.addWidget(optional)
        layout.addWidget(self.fields)
        layout.addSpacing(6)
        layout.addWidget(self.keyring_box)
        layout.addWidget(self.keyring_info)
        layout.addWidget(self.recheck)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        self._show_keyring_state()

    # -- keyring -----------------------------------------------------------------
    def check_keyring(self) -> None:
        """Ask the OS keyring for its state off the GUI thread (it may show a prompt)."""
        self.keyring_state = None
        self._show_keyring_state()
        if not self.policy.allow_keyring:
            return
        worker.run_in_background(self.service.keyring_state, self._keyring_known,
                                 lambda _exc: self._keyring_known(KeyringState.UNAVAILABLE),
                                 owner=self)

    def _keyring_known(self, state: KeyringState) -> None:
        self.keyring_state = state
        self._show_keyring_state()

    def _show_keyring_state(self) -> None:
        usable = self.policy.allow_keyring and self.keyring_state == KeyringState.AVAILABLE
        self.keyring_box.setVisible(self.policy.allow_keyring)
        self.keyring_box.setEnabled(usable)
        if not usable:
            self.keyring_box.setChecked(False)
        self.keyring_info.setText(keyring_text.state_text(self.keyring_state,
                                                          self.policy.allow_keyring))
        self.recheck.setVisible(self.keyring_state == KeyringState.LOCKED)

    def _keyring_toggled(self, checked: bool) -> None:
        self.fields.optional = checked and not self.policy.require_passphrase

    # -- create ---------------------------------------------------------------------
    def problem(self) -> str | None:
        problem = self.fields.problem()
        if problem:
            return problem
        if not self.fields.passphrase() and not self.keyring_box.isChecked():
            return self.tr("Kies een wachtwoordzin of ontgrendelen met uw aanmelding.")
        return None

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        if self._done:
            return True
        if self.creating:
            return False
        problem = self.problem()
        self.error.setText(problem or "")
        if problem:
            return False
        self._create()
        return False

    def _create(self) -> None:
        wizard: QWizard = self.wizard()
        details = wizard.details  # type: ignore[attr-defined]
        args = (self.fields.passphrase() or None, self.keyring_box.isChecked(),
                details.municipality(), details.route_id())
        self.busy.setVisible(True)
        self.creating = True
        buttons = [wizard.button(b) for b in (QWizard.WizardButton.BackButton,
                                              QWizard.WizardButton.CommitButton,
                                              QWizard.WizardButton.CancelButton)]
        worker.run_in_background(lambda: self.service.create(*args), self._created,
                                 self._failed, owner=self,
                                 busy=[self.fields, self.keyring_box, *buttons])

    def _created(self, result: tuple) -> None:
        register, code = result
        self.creating = False
        self.busy.setVisible(False)
        self._done = True
        self.fields.clear()
        self.wizard().creation_done(register, code)  # type: ignore[attr-defined]
        self.wizard().next()

    def _failed(self, exc: BaseException) -> None:
        self.creating = False
        self.busy.setVisible(False)
        self.error.setText(messages.error_text(exc))
