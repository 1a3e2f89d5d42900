"""Building blocks of the step dialog: mnemonics for content labels, check lists, problem routing.

Route content supplies the labels (option texts, field labels), so mnemonics are assigned
at run time: the first letter of each label not used yet in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class Mnemonics:
    """Hands out unique Alt+letter shortcuts within one window."""

    def __init__(self, reserved: str = "") -> None:
        self.used = set(reserved.lower())

    def label(self, text: str) -> str:
        """``text`` with its '&' escaped and a mnemonic on the first free letter (if any)."""
        escaped = text.replace("&", "&&")
        for i, ch in enumerate(text):
            if ch.isalpha() and ch.isascii() and ch.lower() not in self.used:
                self.used.add(ch.lower())
                prefix = text[:i].replace("&", "&&")
                return prefix + "&" + text[i:].replace("&", "&&")
        return escaped

    def take(self, text: str) -> str:
        """Reserve the mnemonic already written in ``text`` ('&x')."""
        index = text.find("&")
        if 0 <= index < len(text) - 1:
            self.used.add(text[index + 1].lower())
        return text


class CheckList(QListWidget):
    """A compact list of checkable items (id in UserRole); Space toggles the current item."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: list[tuple[str, str]], checked: set[str] = frozenset()) -> None:
        self.blockSignals(True)
        self.clear()
        for key, text in choices:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if key in checked
                               else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        row = max(self.sizeHintForRow(0) if self.count() else 0, self.fontMetrics().height() + 4)
        rows = min(max(self.count(), 1), 6)
        self.setFixedHeight((row + 2 * self.spacing()) * rows + 2 * self.frameWidth() + 4)

    def checked(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, keys: set[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in keys
                               else Qt.CheckState.Unchecked)


class CheckGroup(QWidget):
    """One QCheckBox per choice (kept for the dialog's lifetime; unused ones are hidden)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def add(self, key: str, text: str, accessible_name: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(accessible_name)
        box.toggled.connect(lambda _on: self.changed.emit())
        self.boxes[key] = box
        self._layout.addWidget(box)
        return box

    def show_only(self, keys: list[str], checked: set[str]) -> None:
        self.blockSignals(True)
        for key, box in self.boxes.items():
            box.setVisible(key in keys)
            box.setChecked(key in keys and key in checked)
        self.blockSignals(False)

    def checked(self) -> list[str]:
        return [k for k, b in self.boxes.items() if b.isVisibleTo(self) and b.isChecked()]

    def visible_keys(self) -> list[str]:
        return [k for k, b in self.boxes.items() if b.isVisibleTo(self)]


def route_problem(problem: str, labels: dict[str, str]) -> str:
    """Which part of the step dialog a Dutch engine problem belongs to.

    ``labels``: part key -> the label the engine uses in "<label> ontbreekt".
    Returns a part key ("date", "decision", "contacted", "meeting", "review", "next",
    "handover", a field key) or "general".
    """
    text = problem.lower()
    for key, label in labels.items():
        if text == f"{label} ontbreekt".lower():
            return key
    rules = (
        ("datum van afronden", "date"),
        ("herbeoordelingsdatum", "review"),
        ("besluit", "decision"),
        ("standaardbericht", "decision"),
        ("vervolgstap", "next"),
        ("overleg of gecontacteerde partner", "contacted"),
        ("overleg", "meeting"),
        ("bespreking in", "meeting"),
        ("toestemming", "handover"),
        ("overdracht", "handover"),
        ("partner", "contacted"),
    )
    for needle, key in rules:
        if needle in text:
            return key
    return "general"
