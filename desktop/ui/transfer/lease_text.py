"""The one-line state of a case that is lent out, held as deputy or handed over (Dutch)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("LeaseText", text)


def _day(value: str | None) -> str:
    if not value:
        return "?"
    try:
        return date.fromisoformat(value).strftime("%d-%m-%Y")
    except ValueError:
        return value


def lease_text(lease: Any) -> str:
    """E.g. "In waarneming bij J. de Vries tot 31-01-2027 (alleen-lezen)"; "" without a lease."""
    if lease is None:
        return ""
    if lease.role == "uitgeleend":
        text = _tr("In waarneming bij {who} tot {until}").format(who=lease.peer_label, until=_day(lease.until))
        return text + (_tr(" (alleen-lezen)") if lease.readonly else _tr(" (vroegtijdig beëindigd)"))
    if lease.role == "waarnemer":
        if lease.readonly:
            return _tr("Teruggegeven aan {who}; wordt vernietigd na het ontvangstbewijs").format(
                who=lease.peer_label)
        return _tr("Waarneming voor {who} tot {until}").format(who=lease.peer_label, until=_day(lease.until))
    return _tr("Overgedragen aan {who}; wacht op ontvangstbewijs (alleen-lezen)").format(who=lease.peer_label)


def case_lease_text(register: Any, case_id: int) -> str:
    """The state line for the case view heading (empty when the case is not in a transfer)."""
    from desktop.services.transfer import TransferService

    try:
        return lease_text(TransferService(register).lease(case_id))
    except Exception:  # noqa: BLE001 - a heading never fails the case view
        return ""


def readonly_reason(register: Any, case_id: int | None) -> str:
    """Why a case can't be edited (lent out, returned or handed over); "" when it can."""
    if case_id is None:
        return ""
    from desktop.services.transfer import TransferService

    try:
        lease = TransferService(register).lease(case_id)
    except Exception:  # noqa: BLE001 - the button stays usable; saving is still guarded by the register
        return ""
    if lease is None or not lease.readonly:
        return ""
    return _tr("Bewerken kan niet: {state}.").format(state=lease_text(lease))
