"""The four kinds of records that can be added inline to a signal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain import labels
from desktop.domain import model as m
from desktop.domain.validation import check_bsn, check_kvk, check_phone, check_postcode
from desktop.ui.intake.intake_rows import FieldSpec, RecordList, RecordRow, int_checker
from desktop.ui.widgets.fields import combo_value

PHONE_KINDS = (m.IdentifierKind.PHONE, m.IdentifierKind.AD_PHONE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Intake", text)


def person_specs() -> list[FieldSpec]:
    return [
        FieldSpec("role", _tr("Rol"), "combo", mapping=labels.PERSON_ROLE, enum=m.PersonRole),
        FieldSpec("name", _tr("Naam"), span=2),
        FieldSpec("alias", _tr("Alias / roepnaam")),
        FieldSpec("birth_date", _tr("Geboortedatum"), "date"),
        FieldSpec("estimated_age", _tr("Geschatte leeftijd"), "int",
                  checker=int_checker(_tr("Geschatte leeftijd"))),
        FieldSpec("bsn", _tr("BSN"), checker=check_bsn),
        FieldSpec("nationality", _tr("Nationaliteit")),
        FieldSpec("language", _tr("Taal")),
        FieldSpec("residence_status", _tr("Verblijfsstatus"), "combo",
                  mapping=labels.RESIDENCE_STATUS, enum=m.ResidenceStatus),
        FieldSpec("address_id", _tr("Verblijft op (adres)"), "link", span=2),
    ]


def address_specs() -> list[FieldSpec]:
    return [
        FieldSpec("street", _tr("Straat"), span=2),
        FieldSpec("number", _tr("Huisnummer")),
        FieldSpec("addition", _tr("Toevoeging")),
        FieldSpec("postcode", _tr("Postcode"), checker=check_postcode),
        FieldSpec("place", _tr("Plaats"), span=2),
        # the risk-address view weighs these (overcrowding): filled from BRP and BAG
        FieldSpec("brp_registered_count", _tr("Ingeschreven (BRP)"), "int",
                  checker=int_checker(_tr("Ingeschreven (BRP)")), span=2),
        FieldSpec("bag_floor_area_m2", _tr("Oppervlakte m² (BAG)"), "int",
                  checker=int_checker(_tr("Oppervlakte m² (BAG)")), span=2),
    ]


def organisation_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", _tr("Naam organisatie"), span=2),
        FieldSpec("kvk", _tr("KvK-nummer"), checker=check_kvk),
        FieldSpec("type", _tr("Soort"), "combo", mapping=labels.ORGANISATION_TYPE,
                  enum=m.OrganisationType, span=2),
        FieldSpec("housing_address_id", _tr("Regelt huisvesting op"), "link", span=2),
    ]


def identifier_specs() -> list[FieldSpec]:
    return [
        FieldSpec("kind", _tr("Soort kenmerk"), "combo", mapping=labels.IDENTIFIER_KIND,
                  enum=m.IdentifierKind, span=2),
        FieldSpec("value", _tr("Nummer, kenteken of adres"), span=3),
        FieldSpec("person_id", _tr("Hoort bij (persoon)"), "link", span=2),
    ]


def make_identifier_row() -> RecordRow:
    """Identifier rows check the value as a phone number when the kind is a phone."""
    row = RecordRow(_tr("Kenmerk"), identifier_specs(), m.Identifier, columns=7)
    kind_combo = row.fields["kind"].inner
    value = row.fields["value"]

    def check(text: str) -> str | None:
        return check_phone(text) if combo_value(kind_combo) in PHONE_KINDS else None

    value.checker = check
    kind_combo.currentIndexChanged.connect(lambda _i: value.validate() if value.text() else None)
    return row


def person_list() -> RecordList:
    return RecordList(_tr("Betrokken personen"), "persons", _tr("+ &Persoon toevoegen"),
                      lambda: RecordRow(_tr("Persoon"), person_specs(), m.Person))


def address_list() -> RecordList:
    return RecordList(_tr("Adressen"), "addresses", _tr("+ Adr&es toevoegen"),
                      lambda: RecordRow(_tr("Adres"), address_specs(), m.Address, columns=7))


def organisation_list() -> RecordList:
    return RecordList(_tr("Organisaties en bedrijven"), "organisations",
                      _tr("+ Organisat&ie toevoegen"),
                      lambda: RecordRow(_tr("Organisatie"), organisation_specs(), m.Organisation,
                                        columns=7))


def identifier_list() -> RecordList:
    return RecordList(_tr("Telefoonnummers, kentekens en online kenmerken"), "identifiers",
                      _tr("+ Kenme&rk toevoegen"), make_identifier_row)
