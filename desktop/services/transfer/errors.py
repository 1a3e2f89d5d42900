"""Why a bundle or receipt is refused (Dutch, safe to show: no case data, no paths)."""

from __future__ import annotations

from desktop.errors import SchakelError
from desktop.i18n import N_


class TransferError(SchakelError):
    """A transfer could not be made (bad selection, missing key, ...)."""


class TransferRefused(TransferError):
    """A bundle was refused; the receiving register is untouched (CLI exit code 5)."""

    default_message = N_("De bundel is geweigerd; er is niets veranderd.")


class Damaged(TransferRefused):
    default_message = N_("Dit is geen leesbare Schakel-bundel (beschadigd of een ander bestand). "
                         "Er is niets veranderd.")


class NewerFormat(TransferRefused):
    default_message = N_("Deze bundel heeft formaat {version}, nieuwer dan deze versie van Schakel "
                         "kan lezen. Werk Schakel bij; er is niets veranderd.")


class NotAddressed(TransferRefused):
    default_message = N_("Deze bundel is niet aan dit register gericht en kan hier niet worden "
                         "geopend. Er is niets veranderd.")


class Tampered(TransferRefused):
    default_message = N_("De bundel is onderweg veranderd of beschadigd (controle van de versleuteling "
                         "mislukt). Er is niets veranderd.")


class BadSignature(TransferRefused):
    default_message = N_("De handtekening van de bundel klopt niet. Er is niets veranderd.")


class Untrusted(TransferRefused):
    default_message = N_("De afzender van deze bundel is onbekend of niet vertrouwd. Laat de beheerder "
                         "de sleutel in de map 'sleutels' zetten, of bevestig de vingerafdruk "
                         "telefonisch. Er is niets veranderd.")


class Replayed(TransferRefused):
    default_message = N_("Deze bundel is al eerder ontvangen of ouder dan wat dit register al heeft "
                         "(versie {version}, hier al {known}). Er is niets veranderd.")


class AlreadyReceived(Replayed):
    default_message = N_("Deze bundel is al eerder ontvangen (herhaald bestand). Er is niets veranderd.")


class WrongKind(TransferRefused):
    default_message = N_("Dit bestand past niet bij deze stap: {reason} Er is niets veranderd.")


class ConflictsPending(TransferError):
    """The return has fields changed on both sides; the owner must decide per field."""

    default_message = N_("{count} velden zijn zowel bij u als bij de waarnemer gewijzigd. Kies per "
                         "veld welke waarde blijft; er is nog niets veranderd.")

    def __init__(self, conflicts: list) -> None:
        super().__init__(None, count=len(conflicts))
        self.conflicts = conflicts


class BadAttachment(TransferRefused):
    default_message = N_("Een bijlage in de bundel klopt niet met haar controlegetal (SHA-256) of "
                         "grootte. De bundel is geweigerd; er is niets veranderd.")


class AttachmentLimit(TransferRefused):
    default_message = N_("De bijlagen in de bundel passen niet binnen het beleid van dit register: "
                         "{reason} Vraag de afzender om minder of kleinere bijlagen, of de beheerder "
                         "om ruimere grenzen. Er is niets veranderd.")
