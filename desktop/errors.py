"""The one error base of Schakel, at the bottom layer (no Qt, no other desktop imports).

Every error whose text may be shown to a person derives from ``SchakelError``. It carries a
message id (the Dutch source text, marked with ``N_`` so the extractor finds it) and named
parameters; ``message`` is the text in the current language, rendered through the catalogue
(``desktop.i18n.translate``). The GUI shows any ``SchakelError`` as is, the CLI prints it —
both through the same catalogue. Messages never contain case data, keys or paths.
"""

from __future__ import annotations

from typing import Any

from desktop.i18n import N_, translate


class SchakelError(Exception):
    """Base class; ``message`` is safe to show (translated, no personal data)."""

    default_message: str = N_("Er ging iets mis.")

    def __init__(self, message: str | None = None, *args: Any, **params: Any) -> None:
        self.message_id = message if isinstance(message, str) and message else self.default_message
        self.params = params
        self.message = render(self.message_id, params)
        super().__init__(self.message, *args)


def render(message_id: str, params: dict[str, Any] | None = None) -> str:
    """Translate a message id and fill in its ``{named}`` parameters (format-safe)."""
    text = translate(message_id)
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation never hides the error
        return message_id.format(**params) if _formats(message_id, params) else message_id


def _formats(text: str, params: dict[str, Any]) -> bool:
    try:
        text.format(**params)
    except (KeyError, IndexError, ValueError):
        return False
    return True


def user_message(exc: BaseException, fallback: str | None = None) -> str:
    """The text to show for ``exc``: its message when it is a SchakelError, else a neutral one."""
    if isinstance(exc, SchakelError) and exc.message:
        return exc.message
    message = getattr(exc, "message", None)
    if isinstance(exc, SchakelError) and isinstance(message, str) and message:
        return message
    return fallback or translate(N_("Er ging iets mis. Probeer het opnieuw."))


def os_error_nl(exc: OSError) -> str:
    """A short Dutch reason for an OSError (never the path, which may contain a name)."""
    import errno

    reasons = {
        errno.ENOSPC: "de schijf is vol", errno.EACCES: "geen toegang tot de map",
        errno.EPERM: "geen toestemming", errno.ENOENT: "de map bestaat niet",
        errno.EROFS: "de schijf is alleen-lezen", errno.EFBIG: "het bestand wordt te groot",
        errno.EDQUOT: "de schijfruimte-quota is op",
    }
    return reasons.get(exc.errno or 0, "schrijffout")
