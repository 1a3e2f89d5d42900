"""First run: explain, choose municipality and route, choose how to unlock, create, and
show the recovery code once.

Nothing is written before "Register aanmaken" (the commit page): cancelling before
that leaves the data folder as it was. The recovery code only exists once the vault
is created, so it is shown after that step; from then on the wizard cannot be
cancelled and "Voltooien" needs the tick "Ik heb de herstelcode veilig bewaard".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.services.register import Register
from desktop.services.session import VaultService
from desktop.ui.shell import theme
from desktop.ui.shell.recovery_sheet import RecoveryCodePanel, SheetData
from desktop.ui.shell.setup_pages import DetailsPage, UnlockChoicePage


class IntroPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welkom bij Schakel"))
        self.setSubTitle(self.tr("Eerst richt u het register in. Dat duurt een paar minuten."))
        text = QLabel(self.tr(
            "Schakel bewaart de signalen van mensenhandel die u ontvangt, de betrokken "
            "personen en organisaties en de stappen in de meldroute, alleen op deze computer. "
            "Alles staat versleuteld in één register dat alleen te openen is met uw "
            "wachtwoordzin, uw aanmelding op deze computer of de herstelcode."))
        text.setWordWrap(True)
        moving = QLabel(self.tr("Verhuist u naar een nieuwe laptop? Zet dan de back-up van uw "
                                "register terug in plaats van een nieuw register te maken."))
        moving.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Bestaande &back-up terugzetten…"))
        self.restore_button.setAccessibleName(self.tr("Bestaande back-up terugzetten"))
        self.restore_button.setAutoDefault(False)  # Enter keeps meaning "Volgende"
        self.restore_button.clicked.connect(lambda: self.wizard().restore_backup())
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(moving)
        layout.addLayout(row)


class RecoveryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Uw herstelcode"))
        self.setSubTitle(self.tr("Het register is aangemaakt. Bewaar nu de herstelcode."))
        self.panel = RecoveryCodePanel(parent=self)
        self.panel.confirmed_changed.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.setFinalPage(True)

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.panel.is_confirmed()


class SetupWizard(QWizard):
    """``register`` holds the open register after the wizard was accepted."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.register: Register | None = None
        self.restored = False  # a backup was restored instead of creating a register
        self.setWindowTitle(self.tr("Schakel instellen"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, theme.app_icon().pixmap(48, 48))
        self.intro = IntroPage(self)
        self.details = DetailsPage(service.policy, self)
        self.unlock_choice = UnlockChoicePage(service, self)
        self.recovery = RecoveryPage(self)
        for page in (self.intro, self.details, self.unlock_choice, self.recovery):
            self.addPage(page)
        self.setMinimumSize(660, 540)

    def restore_backup(self) -> None:
        """New laptop: restore a ``.schakelbackup``; the wizard then closes and the officer
        unlocks the restored register on the unlock screen."""
        from desktop.ui.shell.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.service.data_dir, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.restored = True
            super().reject()

    @property
    def created(self) -> bool:
        return self.register is not None

    def creation_done(self, register: Register, code: str) -> None:
        """Called by the commit page when the vault exists."""
        self.register = register
        vault_id = register.setting("vault_id")
        self.recovery.panel.set_data(
            SheetData(code, vault_id, self.details.municipality(), date.today())
        )

    def _locked_in(self) -> bool:
        """True once creation started: from then on there is no way back."""
        return self.created or self.unlock_choice.creating

    def accept(self) -> None:
        if self.created and self.recovery.panel.is_confirmed():
            self.recovery.panel.forget()
            super().accept()

    def reject(self) -> None:
        """Cancel is only possible before anything was written."""
        if not self._locked_in():
            self.unlock_choice.fields.clear()
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._locked_in():
            event.ignore()
        else:
            super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape and self._locked_in():
            event.accept()
            return
        super().keyPressEvent(event)
