"""Translatable text below the GUI, without Qt.

``N_("Dutch text")`` marks a text for extraction and returns it unchanged (the Dutch source
text is the message id, as in Qt Linguist and gettext). ``translate(text)`` returns the text in
the current language: the GUI installs Qt's translator with ``set_translator`` at start-up
(the empty context, where lupdate puts ``N_`` texts), so the core's messages go through the
same ``.ts``/``.qm`` catalogue as the GUI's. Without a translator (CLI, tests) the Dutch source text is returned.

Extraction: ``python installer/translations.py extract`` runs ``pyside6-lupdate`` over the whole package
with ``N_`` as an alias of ``QT_TR_NOOP`` and writes ``resources/translations/*.ts``.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = ""  # lupdate puts N_ texts (alias of QT_TR_NOOP) in the empty context

_translator: Callable[[str], str] | None = None


def N_(text: str) -> str:  # noqa: N802 - conventional name of the marker
    """Mark ``text`` for translation; it is translated where it is shown."""
    return text


def set_translator(fn: Callable[[str], str] | None) -> None:
    """Install (or remove, with None) the function that translates a message id."""
    global _translator
    _translator = fn


def translate(text: str) -> str:
    if _translator is None or not text:
        return text
    try:
        translated = _translator(text)
    except Exception:  # a broken catalogue never hides a message
        return text
    return translated or text
