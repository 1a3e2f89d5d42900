"""Waarneming and overdracht: cases to a deputy or successor as signed, encrypted bundles.

``TransferService(register)`` is the entry point for the GUI and the CLI. See
docs/overdracht.md for the format, the legal frame and the threat model.
"""

from desktop.services.transfer.errors import ConflictsPending, TransferError, TransferRefused
from desktop.services.transfer.keys import BadKeyFile, PublicKey, read_key_file
from desktop.services.transfer.merge import MINE, RECORD, THEIRS, Conflict
from desktop.services.transfer.service import KEEP_SETTING, Created, TransferService

__all__ = ["KEEP_SETTING", "BadKeyFile", "Conflict", "ConflictsPending", "Created", "MINE", "PublicKey", "RECORD",
           "THEIRS", "TransferError", "TransferRefused", "TransferService", "read_key_file"]
