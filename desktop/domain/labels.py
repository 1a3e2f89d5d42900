"""Dutch labels for every domain enum and audit action. Plain Python: no Qt.

The strings are Dutch *source texts*: ``N_`` marks them for translation tooling
(like ``QT_TRANSLATE_NOOP``) without translating here. The GUI translates them at
display time with context ``CONTEXT`` (``QCoreApplication.translate("labels", text)``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from desktop.domain import model as m

CONTEXT = "labels"


def N_(text: str) -> str:  # noqa: N802 - conventional name for a translation marker
    """Mark ``text`` for translation; returns it unchanged."""
    return text


FORM = {
    m.Form.SEXUAL: N_("seksuele uitbuiting"),
    m.Form.LABOUR: N_("arbeidsuitbuiting"),
    m.Form.CRIMINAL: N_("criminele uitbuiting"),
    m.Form.ORGAN: N_("orgaanverwijdering"),
    m.Form.UNKNOWN: N_("onbekend"),
}
SIGNAL_TYPE = {
    m.SignalType.PERSON: N_("een persoon"),
    m.SignalType.LOCATION: N_("een locatie of organisatie"),
}
TRI_STATE = {m.TriState.YES: N_("ja"), m.TriState.NO: N_("nee"), m.TriState.UNKNOWN: N_("onbekend")}
STATUS = {
    m.CaseStatus.NEW: N_("nieuw"),
    m.CaseStatus.IN_PROGRESS: N_("in behandeling"),
    m.CaseStatus.HANDED_OVER: N_("overgedragen"),
    m.CaseStatus.WAITING: N_("wacht op terugkoppeling"),
    m.CaseStatus.CLOSED: N_("afgesloten"),
}
PERSON_ROLE = {
    m.PersonRole.VICTIM: N_("mogelijk slachtoffer"),
    m.PersonRole.PERPETRATOR: N_("mogelijke dader"),
    m.PersonRole.OTHER: N_("overig"),
}
RESIDENCE_STATUS = {
    m.ResidenceStatus.UNKNOWN: N_("onbekend"),
    m.ResidenceStatus.NL: N_("Nederlands"),
    m.ResidenceStatus.EU_EEA: N_("EU/EER"),
    m.ResidenceStatus.NON_EU_LAWFUL: N_("niet-EU, rechtmatig verblijf"),
    m.ResidenceStatus.NON_EU_IRREGULAR: N_("niet-EU, geen rechtmatig verblijf"),
}
HOW_OBSERVED = {
    m.HowObserved.COUNTER: N_("aan de balie"),
    m.HowObserved.INSPECTION: N_("bij controle of inspectie"),
    m.HowObserved.HOME_VISIT: N_("bij huisbezoek"),
    m.HowObserved.PHONE: N_("telefonisch"),
    m.HowObserved.DOCUMENT: N_("uit dossier of stukken"),
    m.HowObserved.PARTNER: N_("via ketenpartner"),
    m.HowObserved.OTHER: N_("anders"),
}
IDENTIFIER_KIND = {
    m.IdentifierKind.PHONE: N_("telefoonnummer"),
    m.IdentifierKind.AD_PHONE: N_("telefoonnummer uit advertentie"),
    m.IdentifierKind.PLATE: N_("kenteken"),
    m.IdentifierKind.URL: N_("website (URL)"),
    m.IdentifierKind.HANDLE: N_("online account"),
    m.IdentifierKind.EMAIL: N_("e-mailadres"),
}
ORGANISATION_TYPE = {
    m.OrganisationType.EMPLOYER: N_("werkgever"),
    m.OrganisationType.AGENCY: N_("uitzendbureau"),
    m.OrganisationType.LANDLORD: N_("verhuurder"),
    m.OrganisationType.HOSPITALITY: N_("horeca"),
    m.OrganisationType.SEX_BUSINESS: N_("seksinrichting"),
    m.OrganisationType.OTHER: N_("overig"),
}
ENRICHMENT_SOURCE = {
    m.EnrichmentSource.BRP: N_("BRP (Basisregistratie Personen)"),
    m.EnrichmentSource.RNI: N_("RNI (niet-ingezetenen)"),
    m.EnrichmentSource.BAG: N_("BAG (adressen en gebouwen)"),
    m.EnrichmentSource.KVK: N_("KvK / Handelsregister"),
    m.EnrichmentSource.HANDHAVING: N_("Handhaving (historie)"),
    m.EnrichmentSource.VERGUNNINGEN: N_("Vergunningen"),
    m.EnrichmentSource.BIBOB: N_("Bibob (eerdere screenings)"),
    m.EnrichmentSource.WIJKTEAM: N_("Wijkteam / sociaal domein"),
    m.EnrichmentSource.LEERPLICHT: N_("Leerplicht"),
    m.EnrichmentSource.WI: N_("Werk & Inkomen / schuldhulp"),
    m.EnrichmentSource.BELASTINGEN: N_("Belastingen / WOZ"),
    m.EnrichmentSource.LAA: N_("LAA-signaal (adreskwaliteit)"),
    m.EnrichmentSource.EIGEN_REGISTER: N_("Eigen register (eerdere signalen)"),
    m.EnrichmentSource.OPEN_BRON: N_("Open bronnen"),
    m.EnrichmentSource.OTHER: N_("Andere bron"),
}
CONSULTED = {
    m.Consulted.YES: N_("ja"),
    m.Consulted.NO: N_("nee"),
    m.Consulted.NOT_APPLICABLE: N_("niet van toepassing"),
    m.Consulted.PENDING: N_("aangevraagd"),
}
SHARING_RESTRICTION = {
    m.SharingRestriction.FREE: N_("vrij te delen binnen de route"),
    m.SharingRestriction.INTERNAL: N_("alleen intern"),
    m.SharingRestriction.APPROVAL: N_("alleen na toestemming"),
    m.SharingRestriction.NEVER: N_("nooit delen"),
}
SPECIAL_CATEGORY = {
    m.SpecialCategory.HEALTH: N_("gezondheid"),
    m.SpecialCategory.SEX_LIFE: N_("seksueel leven"),
    m.SpecialCategory.ETHNICITY: N_("etniciteit"),
    m.SpecialCategory.RELIGION: N_("religie"),
    m.SpecialCategory.CRIMINAL: N_("strafrechtelijke gegevens"),
}
CONSENT_STATUS = {
    m.ConsentStatus.GIVEN: N_("gegeven"),
    m.ConsentStatus.REFUSED: N_("geweigerd"),
    m.ConsentStatus.NOT_ASKED: N_("niet gevraagd"),
    m.ConsentStatus.NOT_POSSIBLE: N_("niet mogelijk"),
}
CONSENT_FORM = {m.ConsentForm.WRITTEN: N_("schriftelijk"), m.ConsentForm.ORAL: N_("mondeling")}
INTERVENTION_KIND = {
    m.InterventionKind.ADMINISTRATIVE: N_("bestuurlijk"),
    m.InterventionKind.CRIMINAL: N_("strafrechtelijk"),
    m.InterventionKind.CARE: N_("zorg"),
    m.InterventionKind.FISCAL: N_("fiscaal"),
}

#: Emergency services offered in the acute guidance (stored as AcuteCall.service).
ACUTE_SERVICES = (N_("112"), N_("politie 0900-8844"), N_("Veilig Thuis 0800-2000"))

#: Common legal grounds for consulting a source (pick list; free text stays allowed).
#: The exact articles differ per municipality: the privacy officer should confirm them.
LEGAL_GROUNDS = (
    N_("AVG art. 6 lid 1 sub e – publieke taak (openbare orde en veiligheid)"),
    N_("AVG art. 6 lid 1 sub c – wettelijke verplichting"),
    N_("AVG art. 6 lid 1 sub a – toestemming van betrokkene"),
    N_("Wet BRP – gemeentelijk reglement gegevensverstrekking"),
    N_("Wet Bibob"),
    N_("Jeugdwet / Wmo 2015 – taakuitvoering sociaal domein"),
    N_("Wet verplichte meldcode huiselijk geweld en kindermishandeling"),
)

#: Departments offered as completion for "afdeling melder" (free text stays allowed).
COMMON_DEPARTMENTS = (
    N_("Burgerzaken"), N_("Handhaving"), N_("Wijkteam"), N_("Leerplicht"), N_("Vergunningen"),
    N_("Belastingen"), N_("Werk en Inkomen"), N_("Openbare Orde en Veiligheid"),
    N_("Schuldhulpverlening"), N_("Publiekszaken"),
)

#: Audit action codes → readable Dutch. "{other}" is the other case's number.
AUDIT_ACTION = {
    "zaak_aangemaakt": N_("Zaak aangemaakt"),
    "zaak_gewijzigd": N_("Zaak gewijzigd"),
    "zaak_ingezien": N_("Zaak ingezien"),
    "zaak_geimporteerd": N_("Zaak geïmporteerd"),
    "zaak_verwijderd": N_("Zaak verwijderd"),
    "zaken_gekoppeld": N_("Gekoppeld aan zaak {other}"),
    "koppeling_verwijderd": N_("Koppeling met zaak {other} verwijderd"),
    "export_gemaakt": N_("Export gemaakt"),
    "verrijking_gewijzigd": N_("Verrijking gewijzigd"),
    "verrijking_toegevoegd": N_("Verrijking toegevoegd"),
    "route_stap_vastgelegd": N_("Routestap vastgelegd"),
    "checklist_ingevuld": N_("Checklist ingevuld"),
    "register_aangemaakt": N_("Register aangemaakt"),
    "register_geimporteerd": N_("Register geïmporteerd"),
    "ontgrendeld": N_("Register ontgrendeld"),
    "instelling_gewijzigd": N_("Instelling gewijzigd"),
    "backup_gemaakt": N_("Back-up gemaakt"),
    "controle_uitgevoerd": N_("Register gecontroleerd"),
    "demogegevens_toegevoegd": N_("Demogegevens toegevoegd"),
    "sleutelbos_uitgezet": N_("Sleutelbos uitgezet"),
    "herstelcode_vernieuwd": N_("Herstelcode vernieuwd"),
    "gegevenssleutel_vervangen": N_("Gegevenssleutel vervangen"),
    "sleutelbos_aangezet": N_("Sleutelbos aangezet"),
    "wachtwoordzin_gewijzigd": N_("Wachtwoordzin gewijzigd"),
    "checklist_beantwoord": N_("Checklist beantwoord"),
    "route_gestart": N_("Route gestart"),
    "toestemming_vastgelegd": N_("Toestemming vastgelegd"),
    "interventie_vastgelegd": N_("Interventie vastgelegd"),
    "triage_gewijzigd": N_("Kenmerken (triage) gewijzigd"),
    "triage_afwijking": N_("Afwijking van afgeleide triage vastgelegd"),
    "registratie_vastgelegd": N_("Registratie ZVH / melding CoMensha vastgelegd"),
    "verwante_fenomenen": N_("Verwante fenomenen vastgelegd"),
    "routestap_afgerond": N_("Routestap afgerond"),
    "routestap_gecorrigeerd": N_("Routestap gecorrigeerd"),
    "overdracht_gestart": N_("Overdracht gestart"),
    "overdracht_afgerond": N_("Overdracht afgerond"),
    "overleg_gepland": N_("Overleg gepland"),
    "overleg_zaak_ingebracht": N_("Ingebracht in overleg"),
    "overleg_zaak_teruggetrokken": N_("Teruggetrokken uit overleg"),
    "overleg_afspraak_vastgelegd": N_("Afspraak uit overleg vastgelegd"),
    "zaak_vernietigd": N_("Zaak vernietigd (bewaartermijn verstreken)"),
    "bewaarblokkade_ingesteld": N_("Bewaarblokkade ingesteld"),
    "bewaarblokkade_opgeheven": N_("Bewaarblokkade opgeheven"),
    "inzageverzoek_verstrekt": N_("Inzageverzoek beantwoord"),
    "logboek_geexporteerd": N_("Logboek geëxporteerd"),
    "statistiek_geexporteerd": N_("Statistiek geëxporteerd"),
    # waarneming and overdracht (issue 17); the detail holds the bundle's SHA-256
    "uitwisselsleutel_aangemaakt": N_("Uitwisselsleutel aangemaakt"),
    "uitwisselsleutel_geexporteerd": N_("Uitwisselsleutel geëxporteerd"),
    "sleutel_bevestigd": N_("Sleutel van collega bevestigd (vingerafdruk)"),
    "bundel_uitlenen": N_("Uitgeleend voor waarneming"),
    "bundel_overdracht": N_("Overgedragen aan opvolger (bundel gemaakt)"),
    "bundel_delen": N_("Minimaal gedeeld met andere gemeente"),
    "bundel_terug": N_("Teruggegeven aan eigenaar"),
    "bundel_einde": N_("Waarneming vroegtijdig beëindigd"),
    "bundel_ontvangen": N_("Bundel ontvangen"),
    "bundel_teruggenomen": N_("Teruggenomen na waarneming"),
    "bundel_ontvangstbewijs": N_("Ontvangstbewijs geregistreerd"),
    "bundel_vernietigingsbewijs": N_("Vernietigingsbewijs geregistreerd"),
    "bundel_vernietigd": N_("Kopie van waarneming vernietigd"),
    "bundel_overdracht_afgerond": N_("Overdracht aan opvolger afgerond"),
    # attachments (issue 20); the detail holds id, type and size, never the file name
    "bijlage_toegevoegd": N_("Bijlage toegevoegd"),
    "bijlage_bekeken": N_("Bijlage bekeken"),
    "bijlage_opgeslagen_als": N_("Bijlage buiten Schakel opgeslagen"),
    "bijlage_geexporteerd": N_("Bijlage meegestuurd met een export"),
    "bijlage_verwijderd": N_("Bijlage verwijderd"),
}
UNKNOWN_ACTION = N_("Actie: {code}")
UNKNOWN_CASE = N_("(onbekende zaak)")


def label(mapping: dict[str, Any], value: StrEnum | str | None, default: str = "") -> str:
    """Dutch source label for an enum value (untranslated); the code itself when unmapped."""
    if value is None:
        return default
    return str(mapping.get(value, str(value)))


def audit_text(action: str, detail: str, number_for: Callable[[int], str | None]
               ) -> tuple[str, str]:
    """(template, other-case number) for an audit row; the caller translates the template.

    ``number_for`` maps a case id (the detail of link actions) to its case number.
    """
    template = AUDIT_ACTION.get(action)
    if template is None:
        return UNKNOWN_ACTION, action
    other = ""
    if "{other}" in template:
        number = number_for(int(detail)) if detail.isdigit() else None
        other = number or UNKNOWN_CASE
    return template, other


def format_date(value: date | datetime | None) -> str:
    """dd-mm-jjjj ('' for None)."""
    if value is None:
        return ""
    return value.strftime("%d-%m-%Y")


def format_datetime(value: datetime | None) -> str:
    """dd-mm-jjjj uu:mm ('' for None)."""
    if value is None:
        return ""
    return value.strftime("%d-%m-%Y %H:%M")
