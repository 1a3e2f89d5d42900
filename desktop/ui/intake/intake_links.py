"""Links between intake rows: "Verblijft op" (person → address), "Regelt huisvesting op"
(organisation → address) and "Hoort bij" (identifier → person).

A ``LinkCombo`` lists the rows of the other list as they are typed ("Adres 2: Proefstraat 7,
Schakeldam"); it remembers the row object, so removing or reordering rows never moves a link
to another record. ``RowLinks.apply`` turns the choices into ids (stored records) or unsaved
indexes (new records) on the built case; the store resolves the latter on save.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain import labels
from desktop.domain import model as m
from desktop.ui.widgets.fields import enum_label

if TYPE_CHECKING:
    from desktop.ui.intake.intake_rows import RecordList, RecordRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Intake", text)


class LinkCombo(QComboBox):
    """Choice of one row of another list, or none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.targets: list[RecordRow | None] = [None]
        self.pending: tuple[str, int] | None = None  # ("id", record id) or ("pos", row index)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.currentTextChanged.connect(self.setToolTip)  # the full text when it is cut off
        self.addItem(_tr("— geen —"))

    def current_target(self) -> RecordRow | None:
        index = self.currentIndex()
        return self.targets[index] if 0 <= index < len(self.targets) else None

    def position(self) -> int | None:
        """Index of the chosen row in the other list (drafts), also while still pending."""
        if self.pending is not None and self.pending[0] == "pos":
            return self.pending[1]
        return self.currentIndex() - 1 if self.currentIndex() > 0 else None

    def set_pending(self, kind: str, value: int | None) -> None:
        self.pending = None if value is None else (kind, value)
        self.setCurrentIndex(0)

    def set_targets(self, rows: list[RecordRow], label: Callable[[RecordRow, int], str]) -> None:
        keep = self._resolve(rows) if self.pending is not None else self.current_target()
        self.blockSignals(True)
        self.clear()
        self.targets = [None, *rows]
        self.addItem(_tr("— geen —"))
        for number, row in enumerate(rows, start=1):
            self.addItem(label(row, number))
        self.setCurrentIndex(self.targets.index(keep) if keep in self.targets else 0)
        self.blockSignals(False)

    def _resolve(self, rows: list[RecordRow]) -> RecordRow | None:
        kind, value = self.pending or ("", -1)
        self.pending = None
        if kind == "pos":
            return rows[value] if 0 <= value < len(rows) else None
        return next((r for r in rows if getattr(r.original, "id", None) == value), None)


def _person_label(row: RecordRow, number: int) -> str:
    data = row.state()
    who = data.get("name") or data.get("alias") or ""
    role = enum_label(labels.PERSON_ROLE, m.PersonRole(data["role"])) if data.get("role") else ""
    text = " – ".join(p for p in (who, role) if p)
    return _tr("Persoon {n}").format(n=number) + (f": {text}" if text else "")


def _address_label(row: RecordRow, number: int) -> str:
    data = row.state()
    house = " ".join(p for p in (data.get("street", ""), data.get("number", "")) if p)
    text = ", ".join(p for p in (house, data.get("place", "")) if p)
    return _tr("Adres {n}").format(n=number) + (f": {text}" if text else "")


LABELS: dict[str, Callable[[Any, int], str]] = {"persons": _person_label,
                                                 "addresses": _address_label}


class RowLinks:
    """Keeps every link combo's choices in step with the rows they point at."""

    def __init__(self, lists: dict[str, RecordList]):
        self._lists = lists
        self.paused = False  # while a case or draft is loaded: resolve once, at the end
        for source, _id, _ref, target in m.RECORD_LINKS:
            lists[source].rows_changed.connect(self.refresh)
            lists[target].rows_changed.connect(self.refresh)
            lists[target].changed.connect(self.refresh)  # labels follow the typing
        self.refresh()

    def refresh(self) -> None:
        if self.paused:
            return
        for source, id_attr, _ref, target in m.RECORD_LINKS:
            rows = self._lists[target].rows
            for row in self._lists[source].rows:
                combo = row.fields[id_attr].inner
                if isinstance(combo, LinkCombo):
                    combo.set_targets(rows, LABELS[target])

    def apply(self, case: m.Case) -> None:
        """Set ids (stored records) or unsaved indexes (new ones) on the built case."""
        for source, id_attr, ref_attr, target in m.RECORD_LINKS:
            kept_targets = [r for r in self._lists[target].rows if not r.is_blank()]
            kept_sources = [r for r in self._lists[source].rows if not r.is_blank()]
            for row, item in zip(kept_sources, getattr(case, source), strict=False):
                chosen = row.link_combo(id_attr).current_target()
                setattr(item, id_attr, None)
                setattr(item, ref_attr, None)
                if chosen in kept_targets:
                    index = kept_targets.index(chosen)
                    referred = getattr(case, target)[index]
                    if referred.id is not None:
                        setattr(item, id_attr, referred.id)
                    else:
                        setattr(item, ref_attr, index)
