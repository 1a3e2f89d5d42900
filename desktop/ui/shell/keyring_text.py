"""How the OS keyring is called on this platform, and what its state means (Dutch)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from desktop.services.ui_types import KeyringState


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyringText", text)


def option_text(platform: str = sys.platform) -> str:
    """Label of the "unlock with the OS login" choice."""
    if platform == "win32":
        return _tr("&Ontgrendelen met Windows-aanmelding")
    if platform == "darwin":
        return _tr("&Ontgrendelen met de macOS-sleutelhanger")
    return _tr("&Ontgrendelen met de sleutelbos van uw aanmelding")


def button_text(platform: str = sys.platform) -> str:
    """Label of the unlock-screen button."""
    if platform == "win32":
        return _tr("Ontgrendel met W&indows")
    if platform == "darwin":
        return _tr("Ontgrendel met de s&leutelhanger")
    return _tr("Ontgrendel met de s&leutelbos")


def store_name(platform: str = sys.platform) -> str:
    if platform == "win32":
        return _tr("Windows Referentiebeheer")
    if platform == "darwin":
        return _tr("de macOS-sleutelhanger")
    return _tr("de sleutelbos van uw aanmelding")


def state_text(state: KeyringState | None, allowed: bool) -> str:
    """Plain explanation of whether the keyring can be used at setup."""
    if not allowed:
        return _tr("Uw organisatie staat niet toe dat de sleutel op deze manier wordt bewaard.")
    if state is None:
        return _tr("Sleutelbos van deze computer controleren…")
    if state == KeyringState.AVAILABLE:
        return _tr("De sleutel wordt dan bewaard in {store}. Schakel opent dan zonder "
                   "wachtwoordzin zolang u bent aangemeld.").format(store=store_name())
    if state == KeyringState.LOCKED:
        return _tr("De sleutelbos van deze computer is vergrendeld. Ontgrendel hem en kies "
                   "'Opnieuw controleren', of ga verder met alleen een wachtwoordzin.")
    return _tr("Dit kan niet op deze computer: er is geen veilige sleutelbos gevonden. U "
               "ontgrendelt Schakel met uw wachtwoordzin.")
