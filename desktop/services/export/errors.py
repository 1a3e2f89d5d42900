"""The export's error type (Dutch message, a code for the CLI's exit status)."""

from __future__ import annotations

from desktop.errors import SchakelError


class ExportError(SchakelError):
    """An export that cannot be made as asked; ``message`` is Dutch and has no case data."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.message, self.code = message, code
