"""Tab "Betrokkenen": persons, addresses, organisations and identifiers as tables."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.domain import labels
from desktop.domain import model as m
from desktop.ui.case.case_tabs_common import CaseContext, CaseTab, RowsModel, make_table
from desktop.ui.widgets.fields import enum_label


def _num(value: int | None) -> str:
    return "" if value is None else str(value)


class PersonsTab(CaseTab):
    def __init__(self, ctx: CaseContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        tr = self.tr
        self.persons = RowsModel([tr("Rol"), tr("Naam"), tr("Alias"), tr("Geboortedatum"),
                                  tr("Leeftijd (geschat)"), tr("Nationaliteit"), tr("BSN"),
                                  tr("Taal"), tr("Verblijfsstatus"), tr("Verblijft op")], self)
        self.addresses = RowsModel([tr("Adres"), tr("Postcode"), tr("Plaats"),
                                    tr("Ingeschreven (BRP)"), tr("Oppervlakte m² (BAG)")], self)
        self.organisations = RowsModel([tr("Naam"), tr("KvK-nummer"), tr("Soort"),
                                        tr("Regelt huisvesting op")], self)
        self.identifiers = RowsModel([tr("Soort"), tr("Waarde"), tr("Hoort bij")], self)
        layout = QVBoxLayout(self)
        self.empty_labels: list[QLabel] = []
        for title, model, stretch in (
            (tr("Personen"), self.persons, 1), (tr("Adressen"), self.addresses, 0),
            (tr("Organisaties"), self.organisations, 0),
            (tr("Telefoonnummers, kentekens en online kenmerken"), self.identifiers, 1),
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(make_table(model, title, stretch))
            layout.addWidget(box, 1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Betrokkenen")

    def refresh(self) -> None:
        c = self.ctx.case
        self.persons.set_rows([
            [enum_label(labels.PERSON_ROLE, p.role), p.name, p.alias,
             labels.format_date(p.birth_date), _num(p.estimated_age), p.nationality, p.bsn,
             p.language, enum_label(labels.RESIDENCE_STATUS, p.residence_status),
             _address_of(c, p.address_id)]
            for p in c.persons])
        self.addresses.set_rows([
            [_street(a), a.postcode, a.place, _num(a.brp_registered_count),
             _num(a.bag_floor_area_m2)] for a in c.addresses])
        self.organisations.set_rows([
            [o.name, o.kvk, enum_label(labels.ORGANISATION_TYPE, o.type),
             _address_of(c, o.housing_address_id)]
            for o in c.organisations])
        self.identifiers.set_rows([
            [enum_label(labels.IDENTIFIER_KIND, i.kind), i.value, _person_of(c, i.person_id)]
            for i in c.identifiers])


def _street(a: m.Address) -> str:
    house = a.number + (f"-{a.addition}" if a.addition else "")
    return " ".join(p for p in (a.street, house) if p)


def _address_of(case: m.Case, address_id: int | None) -> str:
    found = case.address_with_id(address_id)
    return found.one_line() if found else ""


def _person_of(case: m.Case, person_id: int | None) -> str:
    found = case.person_with_id(person_id)
    if found is None:
        return ""
    return found.name or found.alias or enum_label(labels.PERSON_ROLE, found.role)
