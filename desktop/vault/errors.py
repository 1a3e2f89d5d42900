"""Vault errors. Each has a Dutch ``message`` fit to show the officer as is.

Messages never contain key material, passphrases, paths or other personal data.
"""

from __future__ import annotations

from desktop.errors import SchakelError


class VaultError(SchakelError):
    """Base class. ``message`` is Dutch and safe to show."""

    default_message = "Er ging iets mis met de kluis."


class WrongPassphrase(VaultError):
    default_message = "De wachtwoordzin klopt niet."


class WrongRecoveryCode(VaultError):
    default_message = "De herstelcode klopt niet."


class RecoveryCodeMalformed(WrongRecoveryCode):
    """The text typed is not a recovery code at all (wrong length or characters)."""

    default_message = "Dit is geen geldige herstelcode."


class KeyringUnavailable(VaultError):
    default_message = (
        "Op deze computer is geen veilige sleutelbos beschikbaar (zoals Windows "
        "Referentiebeheer of de macOS-sleutelhanger). Ontgrendel met uw wachtwoordzin "
        "of herstelcode."
    )


class KeyringLocked(VaultError):
    default_message = (
        "De sleutelbos van deze computer is vergrendeld. Ontgrendel de sleutelbos "
        "(of meld u opnieuw aan) en probeer het nog eens, of gebruik uw wachtwoordzin."
    )


class KeyringEntryMissing(VaultError):
    default_message = (
        "De sleutel van Schakel staat niet (meer) in de sleutelbos van deze computer. "
        "Ontgrendel met uw wachtwoordzin of herstelcode; daarna kunt u de sleutelbos "
        "opnieuw koppelen."
    )


class KeyringEntryInvalid(VaultError):
    default_message = (
        "De sleutel in de sleutelbos hoort niet bij deze kluis. Ontgrendel met uw "
        "wachtwoordzin of herstelcode; daarna kunt u de sleutelbos opnieuw koppelen."
    )


class SlotMissing(VaultError):
    default_message = "Deze kluis kan niet op deze manier worden ontgrendeld."
    NO_PASSPHRASE = (
        "Deze kluis heeft geen wachtwoordzin. Ontgrendel met de sleutelbos of de herstelcode."
    )
    NO_KEYRING = (
        "Deze kluis is niet gekoppeld aan de sleutelbos van deze computer. Ontgrendel met uw "
        "wachtwoordzin of herstelcode."
    )
    NO_DAILY_SLOT = "Kies een wachtwoordzin of de sleutelbos om de kluis dagelijks te ontgrendelen."
    LAST_DAILY_SLOT = (
        "Stel eerst een wachtwoordzin in; anders kunt u de kluis alleen nog met de herstelcode "
        "openen."
    )


class VaultMissing(VaultError):
    default_message = "Er is hier geen kluis gevonden."


class VaultExists(VaultError):
    default_message = (
        "Er bestaat hier al een kluis. Schakel maakt geen nieuwe sleutel zolang er een "
        "kluis is; ontgrendel de bestaande kluis."
    )


class VaultLocked(VaultError):
    default_message = "De kluis is vergrendeld. Ontgrendel de kluis eerst."


class WrongKey(VaultError):
    default_message = "De opgegeven sleutel hoort niet bij deze kluis."


class HeaderDamaged(VaultError):
    default_message = (
        "Het sleutelbestand van de kluis is beschadigd. Zet een reservekopie terug of "
        "neem contact op met de functioneel beheerder."
    )


class HeaderTampered(HeaderDamaged):
    """Well-formed, but its MAC or key check does not match: altered or mixed up."""

    default_message = (
        "Het sleutelbestand van de kluis is gewijzigd of beschadigd. Zet een reservekopie "
        "terug of neem contact op met de functioneel beheerder."
    )


class PolicyViolation(VaultError):
    default_message = "Dit is niet toegestaan door het beleid van uw organisatie."


class PassphraseRequired(PolicyViolation):
    default_message = "Uw organisatie vereist een wachtwoordzin voor de kluis."


class KeyringForbidden(PolicyViolation):
    default_message = (
        "Uw organisatie staat niet toe dat de sleutel in de sleutelbos van deze computer staat."
    )


class WeakPassphrase(VaultError):
    default_message = "Deze wachtwoordzin is te zwak."


class DatabaseMissing(VaultError):
    default_message = "Het databasebestand van de kluis ontbreekt."


class RotationFailed(VaultError):
    default_message = (
        "Het vernieuwen van de sleutel is niet gelukt. De kluis gebruikt nog de oude "
        "sleutel en is niet beschadigd."
    )


class LegacySlot(VaultError):
    default_message = (
        "Deze kluis heeft nog een sleutelvak uit een oudere Schakel. Ontgrendel één keer met de "
        "wachtwoordzin en maak een nieuwe herstelcode; daarna kan deze handeling wel."
    )


class StaleHeader(HeaderDamaged):
    """An older key file than the one the database was last used with (revoked secrets)."""

    default_message = (
        "Dit sleutelbestand is verouderd: de wachtwoordzin, herstelcode of sleutel is sindsdien "
        "gewijzigd. Gebruik het huidige sleutelbestand of zet een recente back-up terug."
    )
