"""Showing a new recovery code once: PDF for the safe, printing, and a required tick.

Used by the setup wizard (last page) and by Instellingen ("Nieuwe herstelcode").
The PDF comes from ``desktop.pdf.render.render_recovery_sheet``; printing draws a
simple sheet with QTextDocument (Qt cannot render the PDF itself without QtPdf).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets import messages

try:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
except ImportError:  # pragma: no cover - PySide6 without print support
    QPrinter = QPrintDialog = None  # type: ignore[assignment,misc]

PDF_NAME = "schakel-herstelcode.pdf"


@dataclass(frozen=True)
class SheetData:
    code: str
    vault_id: str
    municipality: str
    created: date


def display_code(code: str, per_line: int = 4) -> str:
    """The code in two lines of four groups (readable; parsing ignores the line break)."""
    groups = code.split("-")
    lines = ["-".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line)]
    return "\n".join(lines)


def sheet_html(data: SheetData) -> str:
    """The printed sheet (same facts as the PDF; nothing else from the register)."""
    e = html.escape
    return (
        "<h1>Herstelcode Schakel</h1>"
        "<p>Dit blad hoort in de kluis van de gemeente, gescheiden van de laptop. Met deze "
        "code kan het register worden geopend als de wachtwoordzin vergeten is of de sleutel "
        "op de computer verloren is gegaan. Maak geen kopieën of foto's.</p>"
        f"<p style='font-family:monospace; font-size:20pt; font-weight:bold'>{e(data.code)}</p>"
        f"<p>Register-id: {e(data.vault_id)}<br>Gemeente: {e(data.municipality)}<br>"
        f"Aangemaakt op: {data.created:%d-%m-%Y}</p>"
        "<p>Opgeborgen door: ____________________ &nbsp; Datum: ____________</p>"
    )


def print_sheet(printer: object, data: SheetData) -> None:
    document = QTextDocument()
    document.setHtml(sheet_html(data))
    document.print_(printer)


class RecoveryCodePanel(QWidget):
    """The code, "Opslaan als PDF…", "Afdrukken…" and the tick "veilig bewaard"."""

    confirmed_changed = Signal(bool)

    def __init__(self, data: SheetData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        intro = QLabel(self.tr(
            "Dit is uw herstelcode. Hiermee opent u het register als u uw wachtwoordzin "
            "vergeet of de sleutel op deze computer verloren gaat. Schakel toont de code maar "
            "één keer. Druk hem af en berg het blad op in de kluis van de gemeente."))
        intro.setWordWrap(True)
        self.code_label = QLabel()
        self.code_label.setProperty("role", "code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setAccessibleName(self.tr("Herstelcode"))
        self.save_pdf = QPushButton(self.tr("Opslaan als &PDF…"))
        self.save_pdf.setAccessibleName(self.tr("Herstelcode opslaan als PDF"))
        self.save_pdf.clicked.connect(self._save_pdf)
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.print_button.setAccessibleName(self.tr("Herstelcode afdrukken"))
        self.print_button.clicked.connect(self._print)
        self.print_button.setVisible(QPrinter is not None)
        pdf_hint = QLabel(self.tr("Een opgeslagen PDF is alleen bedoeld om af te drukken: "
                                  "verwijder het bestand daarna."))
        pdf_hint.setWordWrap(True)
        pdf_hint.setProperty("role", "hint")
        self.confirm = QCheckBox(self.tr("Ik heb de herstelcode veilig &bewaard"))
        self.confirm.setAccessibleName(self.tr("Ik heb de herstelcode veilig bewaard"))
        self.confirm.toggled.connect(self.confirmed_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_pdf)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for item in (intro, self.code_label):
            layout.addWidget(item)
        layout.addLayout(buttons)
        layout.addWidget(pdf_hint)
        layout.addSpacing(8)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        if data:
            self.set_data(data)

    def set_data(self, data: SheetData) -> None:
        self.data = data
        self.code_label.setText(display_code(data.code))
        self.confirm.setChecked(False)

    def is_confirmed(self) -> bool:
        return self.confirm.isChecked()

    def forget(self) -> None:
        """Drop the code from the widgets (after Finish / close)."""
        self.code_label.clear()
        self.data = None

    def _save_pdf(self) -> None:
        if self.data is None:
            return
        path = messages.ask_save_file(self, self.tr("Herstelcode opslaan als PDF"), PDF_NAME,
                                      self.tr("PDF-bestanden (*.pdf)"))
        if not path:
            return
        from desktop.pdf.render import render_recovery_sheet

        try:
            pdf = render_recovery_sheet(self.data.code, self.data.vault_id,
                                        self.data.municipality, self.data.created)
            Path(path).write_bytes(pdf)
        except OSError as exc:
            messages.show_error(self, exc)
            return
        messages.show_info(self, self.tr("De PDF is opgeslagen. Druk hem af, berg het blad op "
                                         "in de kluis en verwijder daarna het bestand."))

    def _print(self) -> None:
        if self.data is None or QPrinter is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_sheet(printer, self.data)


class RecoveryCodeDialog(QDialog):
    """A new recovery code from Instellingen; closes only after the tick."""

    def __init__(self, data: SheetData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe herstelcode"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.panel = RecoveryCodePanel(data, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Gereed"))
        self.ok.setAccessibleName(self.tr("Gereed"))
        self.ok.setEnabled(False)
        self.panel.confirmed_changed.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._force = False

    def accept(self) -> None:
        if self.panel.is_confirmed():
            self.panel.forget()
            super().accept()

    def reject(self) -> None:
        if self._force or self.panel.is_confirmed():
            self.panel.forget()
            super().reject()

    def close_for_lock(self) -> None:
        self._force = True
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._force or self.panel.is_confirmed():
            event.accept()
        else:
            event.ignore()
