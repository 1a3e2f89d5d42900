"""Layout of the export dialog: where its widgets go, and its size on the screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QSplitter, QVBoxLayout


def arrange(dialog: Any) -> None:
    """Place the dialog's widgets (made in ``ExportDialog._build``) in their layouts."""
    tr = dialog.tr
    profile_label = QLabel(tr("&Profiel:"))
    profile_label.setBuddy(dialog.profile)
    top = QGridLayout()
    top.addWidget(profile_label, 0, 0)
    top.addWidget(dialog.profile, 0, 1)
    top.addWidget(dialog.description, 0, 2)
    top.addWidget(QLabel(tr("Zaken:")), 1, 0)
    top.addWidget(dialog.cases_label, 1, 1, 1, 2)
    top.addWidget(dialog.add_case, 1, 3)
    top.setColumnStretch(1, 1)
    top.setColumnStretch(2, 1)
    preview_label = QLabel(tr("&Voorbeeld – alles hieronder met een vinkje verlaat de "
                              "kluis. Haal het vinkje weg bij wat niet nodig is."))
    preview_label.setBuddy(dialog.tree)
    preview_label.setWordWrap(True)
    actions = QHBoxLayout()
    actions.addWidget(preview_label, 1)
    actions.addWidget(dialog.add_reason)
    actions.addWidget(dialog.remove_added)
    buttons = QHBoxLayout()
    buttons.addWidget(dialog.save_panel.confirm, 1)
    buttons.addWidget(dialog.progress_bar)
    buttons.addWidget(dialog.save_button)
    buttons.addWidget(dialog.cancel_button)
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(dialog.tree)
    split.addWidget(dialog.findings)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    split.setChildrenCollapsible(False)
    layout = QVBoxLayout(dialog)
    layout.addLayout(top)
    layout.addLayout(actions)
    layout.addWidget(split, 1)
    layout.addWidget(dialog.attachments)
    layout.addWidget(dialog.save_panel)
    layout.addWidget(dialog.error)
    layout.addLayout(buttons)


def fit_to_screen(dialog: QDialog) -> None:
    """Large enough for the preview, never larger than the screen."""
    screen = (dialog.parentWidget() or dialog).screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen else None
    width, height = 1180, 760
    if room is not None:
        width, height = min(width, int(room.width() * 0.92)), min(height,
                                                                int(room.height() * 0.9))
    dialog.resize(width, height)
