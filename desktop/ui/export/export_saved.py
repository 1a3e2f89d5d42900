"""After an export is saved: say where, and offer "Map openen" (issue 16).

The notice is not modal (the officer may carry on and close it later); "Map openen" opens
the folder in the system's file manager through ``QDesktopServices`` (nothing else is started).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportSaved", text)


def offer_open_folder(parent: QWidget | None, path: Path) -> QMessageBox:
    """Show the saved notice for ``path``; returns the (open) message box."""
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Export opgeslagen"),
                      _tr("De PDF is opgeslagen als {name} in de map:\n{folder}").format(
                          name=path.name, folder=str(path.parent)), parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    open_button = box.addButton(_tr("&Map openen"), QMessageBox.ButtonRole.ActionRole)
    open_button.setAccessibleName(_tr("De map met de export openen"))
    close_button = box.addButton(_tr("&Sluiten"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close_button)
    box.setEscapeButton(close_button)

    def clicked(button: QAbstractButton) -> None:
        if button is open_button:
            open_folder(parent, path.parent)

    box.buttonClicked.connect(clicked)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


def open_folder(parent: QWidget | None, folder: Path) -> bool:
    """Open ``folder`` in the file manager; a Dutch message when the system refuses."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.warning(parent, _tr("Map openen"),
                        _tr("De map kon niet worden geopend. Open hem zelf:\n{folder}").format(
                            folder=str(folder)))
    return False
