"""Dutch for the Qt strings that Qt's own ``qtbase_nl.qm`` lacks (the file dialog, mainly).

On Linux (and wherever the native dialog is not available) Qt draws its own file dialog;
Qt's Dutch catalogue misses a few of its newer strings, so officers saw "Look in:" and
"Files of type:". This translator answers only those and lets every other lookup fall
through to the next catalogue. Keys are Qt's (context, source, disambiguation).
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

_OTHER = "All other platforms"

SUPPLEMENT: dict[tuple[str, str, str | None], str] = {
    ("QFileDialog", "&Look in:", None): "&Zoeken in:",
    ("QFileDialog", "Files of &type:", None): "Bestands&type:",
    ("QFileDialog", "Alt+Left", None): "Alt+Links",
    ("QFileDialog", "Alt+Right", None): "Alt+Rechts",
    ("QAbstractFileIconProvider", "Folder", _OTHER): "Map",
    ("QAbstractFileIconProvider", "Drive", None): "Station",
    ("QAbstractFileIconProvider", "File", _OTHER): "Bestand",
    ("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"): "Bestandsmap",
    ("QAbstractFileIconProvider", "Folder", "Match OS X Finder"): "Map",
}


class QtSupplement(QTranslator):
    """Answers the ``SUPPLEMENT`` strings; anything else goes to the next translator."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        return SUPPLEMENT.get((context, source, disambiguation or None))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False
