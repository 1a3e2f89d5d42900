"""Guard against the PySide6 6.12.0 regression on Python 3.11 that drops references to
None (model data() returning None through C++) and True (Signal.emit), which aborts the
process after a few minutes of use. pyproject.toml excludes that release."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal


class _Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


class _Emitter(QObject):
    fired = Signal(bool)


def test_model_data_returning_none_keeps_refcount(qapp):
    model = _Model()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(500):
        index.data(Qt.ItemDataRole.DisplayRole)
    assert sys.getrefcount(None) - before > -50


def test_signal_emit_keeps_refcount_of_true(qapp):
    emitter = _Emitter()
    emitter.fired.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(20):
        emitter.fired.emit(True)
    assert sys.getrefcount(True) - before > -10
