"""Translator loading: Qt's own Dutch strings (QWizard, QMessageBox buttons) and ours.

Source strings are Dutch already; ``schakel_nl.qm`` (if present) only carries
corrections. ``qtbase_nl.qm`` is looked up in Qt's translations folder and, for
frozen builds that do not ship it there, in ``resources/translations``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import i18n as core_i18n
from desktop.resources import resource_path
from desktop.ui.shell.qt_supplement import QtSupplement

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def _qt_translation_dirs() -> list[Path]:
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [Path(qt_dir), resource_path("translations")]


def _load(app: QCoreApplication, name: str, folders: list[Path]) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator(app)
        if (folder / f"{name}.qm").is_file() and translator.load(name, str(folder)):
            app.installTranslator(translator)
            return translator
    return None


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Set the Dutch locale and install the translators found; returns them."""
    QLocale.setDefault(DUTCH)
    loaded = [
        _load(app, "qtbase_nl", _qt_translation_dirs()),
        _load(app, "schakel_nl", [resource_path("translations")]),
    ]
    if loaded[0] is not None:  # Qt's catalogue misses a few file-dialog strings
        supplement = QtSupplement(app)
        app.installTranslator(supplement)
        loaded.append(supplement)
    # The core's texts (errors, labels, PDF fixed texts) go through the same catalogue.
    core_i18n.set_translator(lambda text: QCoreApplication.translate(core_i18n.CONTEXT, text))
    return [t for t in loaded if t is not None]


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
