"""Repeated row editors (persons, addresses, organisations, identifiers) with add/remove.

A row is declared as a list of ``FieldSpec``; the generic ``RecordRow`` builds the inputs,
reads/writes the domain object and keeps the original object (ids and fields the intake
does not show stay intact when a stored case is edited).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.validation import FieldError, parse_date_nl
from desktop.ui.intake.intake_links import LinkCombo
from desktop.ui.widgets.fields import (
    Checker,
    FieldFrame,
    LineField,
    combo_value,
    date_checker,
    fill_combo,
    set_combo_value,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordRow", text)


@dataclass(frozen=True)
class FieldSpec:
    key: str  # attribute of the domain object and last part of the error path
    label: str  # already translated
    kind: str = "text"  # text | combo | date | int | link (a row of another list)
    checker: Checker | None = None
    mapping: dict | None = None  # combo: enum value -> label
    enum: type[StrEnum] | None = None
    span: int = 1


def int_checker(label: str) -> Checker:
    def check(text: str) -> str | None:
        if text.strip() and not text.strip().isdigit():
            return _tr("{label} moet een getal zijn.").format(label=label)
        return None

    return check


class RecordRow(QFrame):
    """One editable record (e.g. one person) with its own remove button."""

    changed = Signal()
    remove_requested = Signal(object)
    def __init__(self, noun: str, specs: list[FieldSpec], factory: Callable[[], Any],
                 parent: QWidget | None = None, columns: int = 5):
        super().__init__(parent)
        self.COLUMNS = columns
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.noun, self.specs, self.factory = noun, specs, factory
        self.original: Any = None
        self.fields: dict[str, FieldFrame] = {}
        self._labels: dict[str, QLabel] = {}
        self.title = QLabel()
        self.remove_button = QPushButton(_tr("Verwijderen"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.remove_button)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        column = 0
        line = 0
        for spec in specs:
            if column + spec.span > self.COLUMNS:
                column, line = 0, line + 1
            frame = self._make_field(spec)
            label = QLabel(spec.label)
            label.setBuddy(frame.inner)
            self._labels[spec.key] = label
            grid.addWidget(label, line * 2, column, 1, spec.span)
            grid.addWidget(frame, line * 2 + 1, column, 1, spec.span, Qt.AlignmentFlag.AlignTop)
            column += spec.span
        for c in range(self.COLUMNS):
            grid.setColumnStretch(c, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(grid)
        self.set_number(1)

    def _make_field(self, spec: FieldSpec) -> FieldFrame:
        if spec.kind == "link":
            link = LinkCombo()
            link.currentIndexChanged.connect(self.changed)
            frame = FieldFrame(link, spec.label)
        elif spec.kind == "combo":
            combo = QComboBox()
            fill_combo(combo, spec.mapping or {})
            combo.currentIndexChanged.connect(self.changed)
            frame = FieldFrame(combo, spec.label)
        else:
            frame = LineField(spec.label, spec.checker,
                              placeholder="dd-mm-jjjj" if spec.kind == "date" else "")
            frame.edited.connect(self.changed)
        self.fields[spec.key] = frame
        return frame

    def set_number(self, number: int) -> None:
        self.title.setText(f"<b>{self.noun} {number}</b>")
        self.remove_button.setAccessibleName(
            _tr("{noun} {n} verwijderen").format(noun=self.noun, n=number))
        for spec in self.specs:
            self.fields[spec.key].inner.setAccessibleName(f"{self.noun} {number}: {spec.label}")

    # -- values ----------------------------------------------------------------------
    def field(self, key: str) -> FieldFrame | None:
        return self.fields.get(key)

    def link_combo(self, key: str) -> LinkCombo:
        """The combo of a ``link`` field (a row of another list)."""
        inner = self.fields[key].inner
        if not isinstance(inner, LinkCombo):
            raise TypeError(f"{key} is not a link field")
        return inner

    def _get(self, spec: FieldSpec) -> str:
        frame = self.fields[spec.key]
        if spec.kind == "link":
            position = self.link_combo(spec.key).position()
            return "" if position is None else str(position)
        if spec.kind == "combo":
            return str(combo_value(frame.inner) or "")
        return frame.text()

    def _set(self, spec: FieldSpec, text: str) -> None:
        frame = self.fields[spec.key]
        if spec.kind == "link":  # a draft keeps the row position
            self.link_combo(spec.key).set_pending("pos", int(text) if text.isdigit() else None)
        elif spec.kind == "combo":
            set_combo_value(frame.inner, spec.enum(text) if spec.enum and text else text)
        else:
            frame.set_text(text)

    def state(self) -> dict[str, Any]:
        data: dict[str, Any] = {s.key: self._get(s) for s in self.specs}
        data["id"] = getattr(self.original, "id", None)
        return data

    def restore(self, data: dict[str, Any], originals: dict[int, Any]) -> None:
        self.original = originals.get(data.get("id")) if data.get("id") is not None else None
        for spec in self.specs:
            self._set(spec, str(data.get(spec.key, "") or ""))

    def load(self, obj: Any) -> None:
        self.original = obj
        for spec in self.specs:
            if spec.kind == "link":  # a stored record keeps the id of the one it points at
                self.link_combo(spec.key).set_pending("id", getattr(obj, spec.key))
            else:
                self._set(spec, _to_text(getattr(obj, spec.key), spec))

    def is_blank(self) -> bool:
        return all(not self._get(s).strip() for s in self.specs if s.kind not in ("combo", "link"))

    def build(self, path: str, problems: list[FieldError] | None) -> Any:
        """The domain object; unparseable values are reported in ``problems`` (when given)."""
        obj = copy.deepcopy(self.original) if self.original is not None else self.factory()
        for spec in self.specs:
            if spec.kind == "link":  # set by RowLinks.apply, which sees the other list
                continue
            text = self._get(spec)
            try:
                setattr(obj, spec.key, _from_text(text, spec))
            except ValueError as exc:
                if problems is not None:
                    problems.append(FieldError(f"{path}.{spec.key}", str(exc)))
                setattr(obj, spec.key, None)
        return obj

    def validate_all(self) -> None:
        for frame in self.fields.values():
            if isinstance(frame, LineField):
                frame.validate()


def _to_text(value: Any, spec: FieldSpec) -> str:
    if value is None:
        return ""
    if spec.kind == "date":
        return value.strftime("%d-%m-%Y")
    return str(value)


def _from_text(text: str, spec: FieldSpec) -> Any:
    if spec.kind == "combo":
        return spec.enum(text) if spec.enum and text else text
    if spec.kind == "date":
        message = date_checker(spec.label)(text)
        if message:
            raise ValueError(message)
        return parse_date_nl(text, spec.label)
    if spec.kind == "int":
        if not text.strip():
            return None
        if not text.strip().isdigit():
            raise ValueError(_tr("{label} moet een getal zijn.").format(label=spec.label))
        return int(text.strip())
    return text.strip()


class RecordList(QGroupBox):
    """A titled list of ``RecordRow`` with an add button; ``path`` is e.g. "persons"."""

    changed = Signal()
    rows_changed = Signal()  # a row was added or removed (the tab chain follows)

    def __init__(self, title: str, path: str, add_text: str,
                 make_row: Callable[[], RecordRow], parent: QWidget | None = None):
        super().__init__(title, parent)
        self.path, self._make_row = path, make_row
        self.rows: list[RecordRow] = []
        self._layout = QVBoxLayout(self)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.clicked.connect(self._add_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        self._layout.addLayout(bar)

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.setFocus()
        self.changed.emit()

    def add_row(self) -> RecordRow:
        row = self._make_row()
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove_row)
        self._layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        row.set_number(len(self.rows))
        row.setFocusProxy(next(iter(row.fields.values())))
        self.rows_changed.emit()
        return row

    def remove_row(self, row: RecordRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        for i, other in enumerate(self.rows):
            other.set_number(i + 1)
        target = self.rows[min(index, len(self.rows) - 1)] if self.rows else self.add_button
        self.rows_changed.emit()
        target.setFocus()
        self.changed.emit()

    def clear_rows(self) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        self.rows_changed.emit()

    def focus_chain(self) -> list[QWidget]:
        """Every row's inputs and remove button in reading order, then the add button."""
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [frame.inner for frame in row.fields.values()] + [row.remove_button]
        return chain + [self.add_button]

    def state(self) -> list[dict[str, Any]]:
        return [row.state() for row in self.rows]

    def restore(self, items: list[dict[str, Any]], originals: dict[int, Any]) -> None:
        self.clear_rows()
        for data in items:
            self.add_row().restore(data, originals)

    def load(self, objects: list[Any]) -> None:
        self.clear_rows()
        for obj in objects:
            self.add_row().load(obj)

    def build(self, problems: list[FieldError] | None) -> list[Any]:
        """Domain objects of the non-blank rows (error paths use the kept row index)."""
        kept = [row for row in self.rows if not row.is_blank()]
        return [row.build(f"{self.path}[{i}]", problems) for i, row in enumerate(kept)]

    def field_for(self, index: int, key: str) -> FieldFrame | None:
        kept = [row for row in self.rows if not row.is_blank()]
        return kept[index].field(key) if 0 <= index < len(kept) else None
