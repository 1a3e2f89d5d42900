import sys
sys.path.insert(0, "/work/main/tests/ui")
from test_export_dialog import *  # noqa
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

def test_dbg(qtbot, register, case):
    dialog = open_dialog(qtbot, register, [case.id])
    key = key_where(dialog, lambda f: f.editable)
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(dialog.tree.item_for(key), 0)
    QTest.keyClick(dialog.tree, Qt.Key.Key_F2)
    editor = dialog.tree.focusWidget()
    print("editor", editor, "state", dialog.tree.state(), "app focus", QApplication.focusWidget(), "active", QApplication.activeWindow())
    QTest.keyClicks(editor, "Graag beoordelen")
    print("text", getattr(editor, "text", lambda: None)())
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(200)
    print("after", dialog.tree.state(), repr(dialog.tree.item_for(key).text(1)))
    assert False
