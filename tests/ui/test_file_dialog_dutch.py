"""Qt's own file dialog speaks Dutch (issue 16): Qt's catalogue misses a few of its strings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel

from desktop.ui.shell import i18n
from desktop.ui.shell.qt_supplement import SUPPLEMENT


@pytest.fixture
def dutch(qapp):
    translators = i18n.install_translators(qapp)
    yield
    i18n.remove_translators(qapp, translators)


def test_the_widget_file_dialog_has_no_english_labels(dutch, qtbot, tmp_path):
    (tmp_path / "map").mkdir()
    dialog = QFileDialog(None, "Bijlagen kiezen", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setNameFilters(["PDF (*.pdf)"])
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "&Zoeken in:" in texts and "Bestands&type:" in texts
    assert not [t for t in texts if "Look" in t or "type:" in t.lower() and "Files" in t]
    model = dialog.findChild(QComboBox, "lookInCombo")
    assert model is not None
    # the type column of a folder reads "Map", not "Folder"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder",
                                      "All other platforms") == "Map"


def test_the_supplement_leaves_other_strings_to_qt(dutch):
    assert QCoreApplication.translate("QFileDialog", "&Open") == "&Openen"  # qtbase_nl
    assert QCoreApplication.translate("QFileDialog", "no such text") == "no such text"
    assert all(text.strip() for text in SUPPLEMENT.values())
