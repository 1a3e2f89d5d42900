"""Zaak › Waarneming… and Zaak › Overdragen…: choose a trusted colleague, save the bundle.

The Waarneming dialog follows the case's state: lend it (with an end date); for a lent
case, show "in waarneming bij … tot …" and offer an early end (with a warning); for a case
held as deputy, offer to give it back.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.transfer import KEEP_SETTING, TransferService
from desktop.ui.transfer.key_dialog import add_trusted_key
from desktop.ui.transfer.lease_text import lease_text
from desktop.ui.widgets import messages

BUNDLE_FILTER = "Schakel-bundel (*.schakelbundel)"


class RecipientPicker(QWidget):
    """A combo of trusted colleagues plus "Sleutel toevoegen…"."""

    def __init__(self, service: TransferService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Ontvanger"))
        self.add_button = QPushButton(self.tr("Sleutel &toevoegen…"))
        self.add_button.clicked.connect(self._add)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.add_button)
        self.reload()

    def reload(self, select: str = "") -> None:
        self.keys = self.service.trusted()
        self.combo.clear()
        for key in self.keys:
            self.combo.addItem(key.label(), key.key_id)
        if select:
            self.combo.setCurrentIndex(max(0, self.combo.findData(select)))

    def _add(self) -> None:
        key = add_trusted_key(self, self.service)
        if key is not None:
            self.reload(key.key_id)

    def current(self) -> Any:
        kid = self.combo.currentData()
        return next((k for k in self.keys if k.key_id == kid), None)


class _SendBase(QDialog):
    def __init__(self, register: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register, self.case_id = register, case_id
        self.service = TransferService(register)
        self.number = register.cases.get(case_id).number
        self.layout_ = QVBoxLayout(self)
        self.setMinimumWidth(520)
        self.saved_path = ""

    def _attachments_note(self, text: str) -> None:
        """Say which files travel with the case (count and size; never a file name)."""
        rows = self.register.attachments.list(self.case_id)
        if rows:
            from desktop.services.attachments import size_text

            note = QLabel(text.format(n=len(rows), size=size_text(sum(r.size for r in rows))))
            note.setWordWrap(True)
            note.setObjectName("bijlagen")
            self.layout_.addWidget(note)

    def _save(self, default_name: str, make) -> bool:
        path = messages.ask_save_file(self, self.tr("Bundel opslaan"), default_name, BUNDLE_FILTER)
        if not path:
            return False
        try:
            made = make(path)
        except Exception as exc:  # noqa: BLE001 - our errors carry a Dutch message
            messages.show_error(self, exc)
            return False
        self.saved_path = path
        messages.show_info(self, self.tr(
            "De bundel is opgeslagen en versleuteld voor de ontvanger.\nSHA-256: {sha}\nStuur het bestand "
            "via de gebruikelijke beveiligde weg; de ontvanger stuurt een ontvangstbewijs terug.").format(
            sha=made.sha256))
        self.register.changed("case", self.case_id)
        self.accept()
        return True

    def _buttons(self, ok_text: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        return buttons

    def send(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class WaarnemingDialog(_SendBase):
    """Lend a case to a deputy, end a lease early, or give a case back."""

    def __init__(self, register: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(register, case_id, parent)
        self.setWindowTitle(self.tr("Waarneming – zaak {n}").format(n=self.number))
        self.lease = self.service.lease(case_id)
        self.state = QLabel(lease_text(self.lease) or self.tr(
            "Leen deze zaak uit aan een waarnemer (zelfde verwerkingsverantwoordelijke). De zaak wordt "
            "bij u alleen-lezen tot de waarnemer hem teruggeeft of de waarneming eindigt; daarna "
            "vernietigt de waarnemer zijn kopie en stuurt een vernietigingsbewijs."))
        self.state.setWordWrap(True)
        self.state.setObjectName("staat")
        self.layout_.addWidget(self.state)
        self._add_excerpt()
        role = self.lease.role if self.lease else ""
        readonly = bool(self.lease and self.lease.readonly)
        if role == "":
            self._build_lend()
        elif role == "uitgeleend" and readonly:
            self.mode = "end"
            self.layout_.addWidget(self._buttons(self.tr("Waarneming &beëindigen…")))
        elif role == "waarnemer" and not readonly:
            self.mode = "return"
            self.layout_.addWidget(self._buttons(self.tr("&Teruggeven…")))
        else:
            self.mode = "none"
            close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            close.rejected.connect(self.reject)
            self.layout_.addWidget(close)

    def _add_excerpt(self) -> None:
        """The audit rows that came with the case from the other register (codes, no content)."""
        from desktop.services.access.audit_report import action_label

        rows = self.service.excerpt(self.case_id)
        if not rows:
            return
        self.excerpt = QListWidget()
        self.excerpt.setAccessibleName(self.tr("Logboek van het andere register"))
        for row in rows[-200:]:
            self.excerpt.addItem(f"{row['at'][:16].replace('T', ' ')} · {action_label(row['action'])}")
        self.excerpt.setMaximumHeight(140)
        self.layout_.addWidget(QLabel(self.tr("Logboek van deze zaak uit het andere register ({n} regels):")
                                      .format(n=len(rows))))
        self.layout_.addWidget(self.excerpt)

    def _build_lend(self) -> None:
        self.mode = "lend"
        self.recipient = RecipientPicker(self.service)
        self.until = QDateEdit(QDate.fromString((date.today() + timedelta(days=28)).isoformat(), "yyyy-MM-dd"))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd-MM-yyyy")
        self.until.setAccessibleName(self.tr("Einddatum van de waarneming"))
        form = QFormLayout()
        form.addRow(self.tr("&Waarnemer:"), self.recipient)
        form.addRow(self.tr("&Tot en met:"), self.until)
        self.layout_.addLayout(form)
        self._attachments_note(self.tr("Bijlagen: {n} ({size}) reizen versleuteld mee; wat de waarnemer "
                                       "toevoegt, komt bij teruggave bij u."))
        self.layout_.addWidget(self._buttons(self.tr("&Uitlenen…")))

    def send(self) -> None:
        if self.mode == "lend":
            key = self.recipient.current()
            if key is None:
                messages.show_error(self, self.tr("Kies een waarnemer (of voeg zijn sleutel toe)."))
                return
            until = date.fromisoformat(self.until.date().toString("yyyy-MM-dd"))
            self._save(f"waarneming-{self.number}.schakelbundel", lambda p: self.service.create(
                [self.case_id], key, "lend", p, until=until, overwrite=True))
        elif self.mode == "end":
            if not messages.confirm(self, self.tr(
                    "De waarneming vroegtijdig beëindigen? U kunt de zaak daarna weer bewerken. Wijzigingen "
                    "die de waarnemer nog niet heeft teruggegeven, komen alleen nog binnen als hij de zaak "
                    "teruggeeft voordat hij deze bundel ontvangt; daarna vernietigt hij zijn kopie.")):
                return
            self._save(f"einde-waarneming-{self.number}.schakelbundel",
                       lambda p: self.service.end_lease([self.case_id], p, overwrite=True))
        elif self.mode == "return":
            self._save(f"terug-{self.number}.schakelbundel",
                       lambda p: self.service.give_back([self.case_id], p, overwrite=True))


class HandoverDialog(_SendBase):
    """Hand a case to a successor (ownership moves) or share it minimised with a legal ground."""

    def __init__(self, register: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(register, case_id, parent)
        self.setWindowTitle(self.tr("Overdragen – zaak {n}").format(n=self.number))
        lease = self.service.lease(case_id)
        if lease is not None:
            self.layout_.addWidget(QLabel(lease_text(lease)))
            close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            close.rejected.connect(self.reject)
            self.layout_.addWidget(close)
            self.full = None
            return
        self.full = QRadioButton(self.tr("Aan een &opvolger (volledige zaak; de opvolger wordt eigenaar)"))
        self.full.setChecked(True)
        self.minimal = QRadioButton(self.tr("Aan een collega in een andere &gemeente (minimaal, met grondslag)"))
        self.ground = QLineEdit()
        self.ground.setAccessibleName(self.tr("Grondslag voor het delen"))
        self.ground.setPlaceholderText(self.tr("bv. artikel en wet, afspraak in convenant"))
        self.recipient = RecipientPicker(self.service)
        form = QFormLayout()
        form.addRow(self.tr("&Ontvanger:"), self.recipient)
        form.addRow(self.full)
        form.addRow(self.minimal)
        form.addRow(self.tr("G&rondslag:"), self.ground)
        note = QLabel(self.tr("Na het ontvangstbewijs van de opvolger verdwijnt de zaak uit uw register."))
        note.setWordWrap(True)
        self.keep_stub = QCheckBox(self.tr("Zaaknummer en ontvangstbewijs &bewaren (voor de bewaarplicht)"))
        self.keep_stub.setChecked(register.setting(KEEP_SETTING, "stub") != "niets")
        self.layout_.addLayout(form)
        self.layout_.addWidget(note)
        self.layout_.addWidget(self.keep_stub)
        self._attachments_note(self.tr("Bijlagen: {n} ({size}) reizen versleuteld mee naar een opvolger; "
                                       "bij minimaal delen niet."))
        self.ground.setEnabled(False)
        self.minimal.toggled.connect(self.ground.setEnabled)
        self.full.toggled.connect(self.keep_stub.setEnabled)
        self.layout_.addWidget(self._buttons(self.tr("&Overdragen…")))

    def send(self) -> None:
        if self.full is None:
            return
        key = self.recipient.current()
        if key is None:
            messages.show_error(self, self.tr("Kies een ontvanger (of voeg zijn sleutel toe)."))
            return
        mode = "handover" if self.full.isChecked() else "share"
        ground = self.ground.text()
        keep = "stub" if self.keep_stub.isChecked() else "niets"
        if mode == "handover" and self.register.setting(KEEP_SETTING, "stub") != keep:
            self.register.set_setting(KEEP_SETTING, keep)
        self._save(f"overdracht-{self.number}.schakelbundel", lambda p: self.service.create(
            [self.case_id], key, mode, p, legal_ground=ground, overwrite=True))
