"""Overview of a case's checklist answers: counts only, never a score (domain.md §5.1)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.content.catalog import ChecklistCatalog
from desktop.domain import labels
from desktop.domain.checklist_answers import ChecklistSummary
from desktop.services.checklists import seen_by_label
from desktop.ui.checklists.checklist_model import plural
from desktop.ui.widgets.fields import buddy_label, enum_label, tr_label


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    tree.header().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(False)
    return tree


class ChecklistSummaryView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Overzicht van de signalen"))
        title.setProperty("role", "heading")
        self.headline = QLabel()
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        hint = QLabel(self.tr(
            "Geen score of kans: alleen hoeveel signalen als gezien zijn aangemerkt, per"
            " categorie en per vorm van uitbuiting, en wie ze zag. Het gaat om combinaties;"
            " signalen zijn geen bewijs."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.unresolved = QLabel()
        self.unresolved.setProperty("role", "error")
        self.unresolved.setWordWrap(True)
        self.categories = _tree(self.tr("Gezien per categorie"),
                                [self.tr("Lijst en categorie"), self.tr("Gezien")])
        self.categories.setRootIsDecorated(True)
        self.forms = _tree(self.tr("Gezien per vorm van uitbuiting"),
                           [self.tr("Vorm van uitbuiting"), self.tr("Gezien")])
        self.contributors = _tree(self.tr("Gezien door"),
                                  [self.tr("Afdeling of bron"), self.tr("Gezien")])
        grid = QGridLayout()
        grid.addWidget(buddy_label(self.tr("Per &categorie"), self.categories), 0, 0)
        grid.addWidget(self.categories, 1, 0, 3, 1)
        grid.addWidget(buddy_label(self.tr("Per &vorm van uitbuiting"), self.forms), 0, 1)
        grid.addWidget(self.forms, 1, 1)
        grid.addWidget(buddy_label(self.tr("Gezien &door"), self.contributors), 2, 1)
        grid.addWidget(self.contributors, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (title, self.headline, hint, self.steps, self.unresolved):
            layout.addWidget(widget)
        layout.addLayout(grid, 1)

    def set_summary(self, summary: ChecklistSummary, catalog: ChecklistCatalog) -> None:
        who = len([c for c in summary.contributors if c])
        self.headline.setText(self.tr("{seen} als gezien aangemerkt, door {who}.").format(
            seen=plural(summary.seen, self.tr("1 signaal"), self.tr("{n} signalen")),
            who=plural(who, self.tr("1 afdeling of bron"), self.tr("{n} afdelingen of bronnen"))))
        steps = [self.tr("{title}: {n} van {total} stappen gedaan.").format(
            title=catalog.latest(lid).title, n=n, total=len(catalog.latest(lid).items))
            for lid, n in summary.steps_done.items()]
        self.steps.setText(" ".join(steps))
        self.steps.setVisible(bool(steps))
        self.unresolved.setText(self.tr(
            "{n} antwoord(en) horen bij een lijstversie die niet meer in de inhoud staat; ze"
            " tellen hier niet mee. Vraag de functioneel beheerder het oude lijstbestand terug"
            " te zetten.").format(n=len(summary.unresolved)))
        self.unresolved.setVisible(bool(summary.unresolved))
        self._fill_categories(summary, catalog)
        self.forms.clear()
        for form, n in sorted(summary.per_form.items(), key=lambda kv: (-kv[1], kv[0].value)):
            name = enum_label(labels.FORM, form)
            QTreeWidgetItem(self.forms, [name[:1].upper() + name[1:], str(n)])
        if summary.general:
            row = QTreeWidgetItem(self.forms, [self.tr("Algemeen (elke vorm)"), str(summary.general)])
            row.setToolTip(0, self.tr("Signalen uit de algemene lijst tellen hier één keer, niet "
                                      "onder elke vorm."))
        self.contributors.clear()
        for who, n in sorted(summary.contributors.items(), key=lambda kv: (-kv[1], kv[0])):
            name = tr_label(seen_by_label(who, short=True)) if who \
                else self.tr("(niet ingevuld)")
            row = QTreeWidgetItem(self.contributors, [name, str(n)])
            row.setToolTip(0, tr_label(seen_by_label(who)))

    def _fill_categories(self, summary: ChecklistSummary, catalog: ChecklistCatalog) -> None:
        self.categories.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        for (list_id, category), n in sorted(summary.per_category.items(),
                                             key=lambda kv: _order(catalog, *kv[0])):
            parent = parents.get(list_id)
            if parent is None:
                title = catalog.latest(list_id).title if catalog.has(list_id) else list_id
                parent = parents[list_id] = QTreeWidgetItem(self.categories, [title, ""])
                parent.setToolTip(0, title)
            row = QTreeWidgetItem(parent, [summary.category_titles[(list_id, category)], str(n)])
            row.setToolTip(0, row.text(0))
        for list_id, parent in parents.items():
            parent.setText(1, str(summary.per_list[list_id]))
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            parent.setFont(1, font)
        self.categories.expandAll()


def _order(catalog: ChecklistCatalog, list_id: str, category: str) -> tuple[int, int, str]:
    """Display order: lists as in the catalog, categories as in the list."""
    if not catalog.has(list_id):
        return (len(catalog.list_ids()), 0, list_id + category)
    categories = [c.id for c in catalog.latest(list_id).categories]
    where = categories.index(category) if category in categories else len(categories)
    return (catalog.list_ids().index(list_id), where, category)
