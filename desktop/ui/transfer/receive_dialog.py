"""Bestand › Overdracht ontvangen…: open a bundle or receipt, decide conflicts, save the receipt.

A refused file shows its own Dutch reason and changes nothing. When a returned case has
fields changed on both sides, ``ConflictDialog`` lists them and the officer picks per
field; nothing is written until every conflict is decided.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.transfer import MINE, RECORD, THEIRS, Conflict, ConflictsPending, TransferService
from desktop.ui.widgets import messages

OPEN_FILTER = "Schakel-bundel of bewijs (*.schakelbundel *.schakelbewijs);;Alle bestanden (*)"
RECEIPT_FILTER = "Schakel-bewijs (*.schakelbewijs)"
MAX_BYTES = 512 * 1024 * 1024

_TABLES = {"case_file": "Zaak", "person": "Betrokkene", "address": "Adres", "organisation": "Organisatie",
           "identifier": "Kenmerk", "enrichment": "Verrijking", "consent": "Toestemming",
           "intervention": "Interventie", "acute_call": "Acute melding", "checklist_answer": "Checklist",
           "route_step": "Routestap", "handover": "Overdracht"}


#: Dutch names of the columns most often in conflict (others are shown by their code).
_FIELDS = {"observations": "Wat is er gezien", "title": "Korte titel", "status": "Status",
           "next_action": "Volgende actie", "next_deadline": "Termijn", "outcome": "Uitkomst",
           "forms": "Vorm(en)", "minor": "Minderjarige betrokken", "acute": "Acuut",
           "reporter_department": "Afdeling melder", "reporter_function": "Functie melder",
           "reporter_name": "Naam melder", "name": "Naam", "alias": "Alias", "birth_date": "Geboortedatum",
           "nationality": "Nationaliteit", "notes": "Notities", "care_needs": "Zorgbehoefte",
           "safe_contact": "Veilig contact", "street": "Straat", "number": "Huisnummer", "postcode": "Postcode",
           "place": "Plaats", "value": "Waarde", "answer": "Antwoord", "note": "Toelichting",
           "result_summary": "Samenvatting resultaat", "feedback_summary": "Terugkoppeling",
           "extra": "Kenmerken (triage en vlaggen)"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransferReceive", text)


def _shown(value: Any) -> str:
    if value is None or value == "":
        return _tr("(leeg)")
    text = str(value)
    return text if len(text) <= 600 else text[:600] + "…"


class ConflictDialog(QDialog):
    """One row per conflicting field: keep my value or take the deputy's."""

    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicten bij het terugnemen"))
        self.conflicts = conflicts
        self.groups: dict[str, QButtonGroup] = {}
        intro = QLabel(self.tr("Deze velden zijn zowel bij u als bij de waarnemer gewijzigd sinds het uitlenen. "
                               "Kies per veld welke waarde blijft. Er is nog niets veranderd."))
        intro.setWordWrap(True)
        body = QWidget()
        rows = QVBoxLayout(body)
        for c in conflicts:
            rows.addWidget(self._row(c))
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Toepassen"))
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _row(self, c: Conflict) -> QWidget:
        what = self.tr("hele regel") if c.field == RECORD else _tr(_FIELDS.get(c.field, c.field))
        box = QWidget()
        layout = QVBoxLayout(box)
        title = QLabel(f"<b>{_TABLES.get(c.table, c.table)} · {what}</b> ({self.tr('zaak')} {c.case_number})")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        group = QButtonGroup(box)
        for index, (label, value) in enumerate(((self.tr("Eigen waarde houden"), c.mine),
                                                (self.tr("Waarde van de waarnemer nemen"), c.theirs))):
            button = QRadioButton(label)
            button.setAccessibleName(f"{label}: {what}")
            shown = QLabel(_shown(value))
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setIndent(24)
            group.addButton(button, index)
            layout.addWidget(button)
            layout.addWidget(shown)
        self.groups[c.key] = group
        return box

    def decisions(self) -> dict[str, str]:
        out = {}
        for key, group in self.groups.items():
            if group.checkedId() == 0:
                out[key] = MINE
            elif group.checkedId() == 1:
                out[key] = THEIRS
        return out

    def _accept_if_complete(self) -> None:
        if len(self.decisions()) < len(self.conflicts):
            messages.show_error(self, self.tr("Kies bij elk veld welke waarde blijft."))
            return
        self.accept()


def receive_flow(parent: QWidget, register: Any, path: str = "") -> Any:
    """Ask for a file (unless given), apply it, save the receipt. Returns the result or None."""
    path = path or messages.ask_open_file(parent, _tr("Overdracht ontvangen"), OPEN_FILTER)
    if not path:
        return None
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            messages.show_error(parent, _tr("Dit bestand is te groot voor een Schakel-bundel."))
            return None
        data = Path(path).read_bytes()
    except OSError as exc:
        messages.show_error(parent, exc)
        return None
    service = TransferService(register)
    try:
        result = _receive(parent, service, data)
    except Exception as exc:  # noqa: BLE001 - refusals carry their own Dutch reason
        messages.show_error(parent, exc)
        return None
    if result is None:
        return None
    _report(parent, result)
    return result


def _receive(parent: QWidget, service: TransferService, data: bytes) -> Any:
    try:
        return service.receive(data)
    except ConflictsPending as pending:
        dialog = ConflictDialog(pending.conflicts, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return service.receive(data, dialog.decisions())


def _report(parent: QWidget, result: Any) -> None:
    kinds = {"uitlenen": _tr("Zaken in waarneming ontvangen"), "overdracht": _tr("Zaken overgedragen gekregen"),
             "delen": _tr("Gedeelde zaken ontvangen"), "terug": _tr("Zaken teruggenomen"),
             "einde": _tr("Waarneming beëindigd; kopieën vernietigd"),
             "ontvangstbewijs": _tr("Ontvangstbewijs geregistreerd"),
             "vernietigingsbewijs": _tr("Vernietigingsbewijs geregistreerd")}
    text = kinds.get(result.kind, result.kind) + _tr(" (van {who}).").format(who=result.sender)
    if result.numbers:
        text += "\n" + _tr("Zaken: {n}").format(n=", ".join(result.numbers))
    messages.show_info(parent, text)
    if result.receipt is not None:
        save_receipt(parent, result.receipt, f"{result.receipt_kind}-{result.sha256[:8]}.schakelbewijs")


def save_receipt(parent: QWidget | None, receipt: bytes, name: str) -> bool:
    """Ask where to save a signed receipt for the sender; warn before leaving without one."""
    from desktop import safe_files

    while True:
        target = messages.ask_save_file(parent, _tr("Bewijs voor de afzender opslaan"), name, RECEIPT_FILTER)
        if target:
            try:
                safe_files.write_bytes(Path(target), receipt, overwrite=True)
                return True
            except Exception as exc:  # noqa: BLE001
                messages.show_error(parent, exc)
                continue
        if messages.confirm(parent, _tr("Zonder bewijs weet de afzender niet wat er met de bundel is "
                                        "gebeurd. Toch niet opslaan?")):
            return False
