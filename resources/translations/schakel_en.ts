<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <source>seksuele uitbuiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arbeidsuitbuiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criminele uitbuiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orgaanverwijdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een locatie of organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in behandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overgedragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wacht op terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mogelijk slachtoffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mogelijke dader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU/EER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet-EU, rechtmatig verblijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet-EU, geen rechtmatig verblijf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aan de balie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bij controle of inspectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bij huisbezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telefonisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uit dossier of stukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via ketenpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telefoonnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telefoonnummer uit advertentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kenteken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mailadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>werkgever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uitzendbureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verhuurder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horeca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seksinrichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRP (Basisregistratie Personen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNI (niet-ingezetenen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAG (adressen en gebouwen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KvK / Handelsregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handhaving (historie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergunningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibob (eerdere screenings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkteam / sociaal domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werk &amp; Inkomen / schuldhulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belastingen / WOZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAA-signaal (adreskwaliteit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen register (eerdere signalen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet van toepassing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aangevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrij te delen binnen de route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen na toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nooit delen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gezondheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seksueel leven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>etniciteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>religie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strafrechtelijke gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet mogelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schriftelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mondeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestuurlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strafrechtelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiscaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>112</source>
        <extracomment>Emergency services offered in the acute guidance (stored as AcuteCall.service).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>politie 0900-8844</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veilig Thuis 0800-2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVG art. 6 lid 1 sub e – publieke taak (openbare orde en veiligheid)</source>
        <extracomment>Common legal grounds for consulting a source (pick list; free text stays allowed). The exact articles differ per municipality: the privacy officer should confirm them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVG art. 6 lid 1 sub c – wettelijke verplichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVG art. 6 lid 1 sub a – toestemming van betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wet BRP – gemeentelijk reglement gegevensverstrekking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wet Bibob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeugdwet / Wmo 2015 – taakuitvoering sociaal domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wet verplichte meldcode huiselijk geweld en kindermishandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burgerzaken</source>
        <extracomment>Departments offered as completion for &quot;afdeling melder&quot; (free text stays allowed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handhaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belastingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werk en Inkomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openbare Orde en Veiligheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schuldhulpverlening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publiekszaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak aangemaakt</source>
        <extracomment>Audit action codes → readable Dutch. &quot;{other}&quot; is the other case&apos;s number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak ingezien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak geïmporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppeld aan zaak {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppeling met zaak {other} verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrijking gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrijking toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routestap vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist ingevuld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register geïmporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register ontgrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instelling gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demogegevens toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelbos uitgezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcode vernieuwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevenssleutel vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelbos aangezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventie vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerken (triage) gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwijking van afgeleide triage vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registratie ZVH / melding CoMensha vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwante fenomenen vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routestap afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routestap gecorrigeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleg gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingebracht in overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruggetrokken uit overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak uit overleg vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak vernietigd (bewaartermijn verstreken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaarblokkade ingesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaarblokkade opgeheven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzageverzoek beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logboek geëxporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistiek geëxporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitwisselsleutel aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitwisselsleutel geëxporteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel van collega bevestigd (vingerafdruk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgeleend voor waarneming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgedragen aan opvolger (bundel gemaakt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimaal gedeeld met andere gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruggegeven aan eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarneming vroegtijdig beëindigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundel ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teruggenomen na waarneming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvangstbewijs geregistreerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vernietigingsbewijs geregistreerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie van waarneming vernietigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht aan opvolger afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage bekeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage buiten Schakel opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage meegestuurd met een export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actie: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(onbekende zaak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging iets mis. Probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewaartermijnen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logboek…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nzageverzoek…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;porteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RetentionDialog</source>
        <comment>Van 1 zaak is de bewaartermijn verstreken. Bekijk en vernietig deze via Extra → Bewaartermijnen.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RetentionDialog</source>
        <comment>Van {n} zaken is de bewaartermijn verstreken. Bekijk en vernietig ze via Extra → Bewaartermijnen.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geraadpleegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deelbeperking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijzondere categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrijkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe verri&amp;jking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrijking toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerde verrijking bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestandsnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlagen van de zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;stand toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestanden als bijlage toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plakken (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schermafbeelding of bestand van het klembord toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerde bijlage buiten Schakel opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerde bijlage verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origineel verwijderen na toevoegen (verplaatsen naar Schakel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep bestanden hierheen, kies &apos;Bestand toevoegen…&apos; of plak een schermafbeelding met Ctrl+V. Bijlagen blijven versleuteld in het register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerde verrijking verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per bron: wat is geraadpleegd, op welke grond en met welke deelbeperking. Vat samen, kopieer geen registers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden niet geraadpleegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum raadpleging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenmerk of referentie in de bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibob: leg alleen vast dát er een screening is, nooit de inhoud ervan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrijking &amp;opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ann&amp;uleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrijking opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewerken annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ken&amp;merk in bron:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geraadpleegd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden (bij &apos;nee&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwer&amp;p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondsl&amp;ag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eelbeperking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijzondere &amp;categorie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samenvatting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum en tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historie van deze zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie wanneer wat met deze zaak heeft gedaan (de inhoud van wijzigingen wordt niet vastgelegd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gecorrigeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht aan {p} gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling van {p} ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist {t} beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrijking {s} toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrijking {s} gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van koppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppelde signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppelde zaak openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontko&amp;ppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppeling met geselecteerde zaak verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeftijd (geschat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationaliteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verblijfsstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verblijft op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingeschreven (BRP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppervlakte m² (BAG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regelt huisvesting op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoort bij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adressen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoonnummers, kentekens en online kenmerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen signalen uit de CCV-lens als gezien aangemerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 leefgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} leefgebieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen uit {where}; vul &apos;gezien door&apos; in om te zien welke afdelingen bijdragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 afdeling of bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} afdelingen of bronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen uit {where} en {by}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap</source>
        <extracomment>keys that answer the current item; None cycles onbekend → gezien → niet gezien</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezien door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} van {total} gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} van {total} gezien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (acuut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak &amp;toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog een zaak aan deze export toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportprofiel (ontvanger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen met &amp;reden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerd gegeven toevoegen met een reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weer w&amp;eglaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegd gegeven weer weglaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren, niets opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voorbeeld – alles hieronder met een vinkje verlaat de kluis. Haal het vinkje weg bij wat niet nodig is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map voor de export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarschuwing over de gekozen map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beveiligen met een &amp;wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF beveiligen met een wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herhaal wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik heb &amp;gecontroleerd dat alleen noodzakelijke gegevens zijn opgenomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevestiging: alleen noodzakelijke gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw organisatie eist een wachtwoord op elke export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weggelaten / toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versleuteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports van deze zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe export van deze zaak maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elke export van deze zaak staat hieronder (uit het exportlogboek). De inhoud zelf wordt niet bewaard; de SHA-256 herkent het bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TE LAAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herbeoordelen op {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streefdatum {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 dag over tijd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} dagen over tijd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgerond op {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>besproken in {m} ({d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benaderd: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eerder afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht aan {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gestart op {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog nodig voordat u kunt opslaan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit exportprofiel staat deze bijlage niet toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef per meegestuurde bijlage een reden (komt in het exportlogboek).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand bestaat niet (meer).</source>
        <extracomment>Largest image (declared width × height) that is stored and previewed: 100 megapixels (a 48 MP phone photo passes; a 5 KB PNG declaring 100 000 × 100 000 does not).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen (geen toegang?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is een snelkoppeling (symbolische link), geen bestand. Kies het bestand zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen gewoon bestand (een map of apparaat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand verdween voordat het kon worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand veranderde terwijl het werd geopend; probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is leeg (0 bytes); er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is {size} MB; het beleid staat per bijlage ten hoogste {limit} MB toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kon niet helemaal worden gelezen (verdwenen of schijf losgekoppeld?); er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand werd groter terwijl het werd gelezen; er is niets opgeslagen. Probeer het opnieuw als het klaar is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand werd kleiner of verdween terwijl het werd gelezen; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is een programma of script; die worden niet als bijlage opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De naam van het bestand belooft {promised}, maar de inhoud is {actual}. Het is niet opgeslagen: controleer waar het vandaan komt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De afmetingen van deze afbeelding zijn niet te lezen; het bestand is beschadigd of geen echte afbeelding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De afbeelding zegt {width} × {height} beeldpunten te zijn, meer dan de {limit} megapixel die Schakel opent (mogelijk een &apos;decompressiebom&apos;). Niet opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze zaak is uitgeleend of overgedragen en daarom alleen-lezen; er is niets gewijzigd.</source>
        <extracomment>Types shown inside the app (from memory); every other type only through &quot;Opslaan als…&quot;. Largest file previewed in memory.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het origineel wordt uit de map verwijderd. Veilig wissen is op SSD&apos;s niet mogelijk: resten kunnen op de schijf achterblijven tot ze worden overschreven. Versleutel de schijf (BitLocker) en leeg de prullenbak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit type wordt niet in Schakel getoond; gebruik &apos;Opslaan als…&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is te groot om in Schakel te tonen; gebruik &apos;Opslaan als…&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze zaak heeft al {count} bijlagen, het maximum volgens het beleid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bijlagen van deze zaak zouden samen {total} MB worden; het beleid staat per zaak ten hoogste {limit} MB toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bijlage is opgeslagen, maar het origineel kon niet worden verwijderd; verwijder het zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bijlage is beschadigd (controlegetal klopt niet); er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan is mislukt (schijf vol of geen toegang); er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bijlage is beschadigd (controlegetal klopt niet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na een vergrendeling opent de sleutelbos het register niet zonder controle dat u het bent. Ontgrendel met uw wachtwoordzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Hello heeft niet bevestigd dat u het bent. Ontgrendel met uw wachtwoordzin of probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het beleid vraagt een aanwezigheidscontrole voor de sleutelbos; de opdrachtregel ontgrendelt daarom alleen met de wachtwoordzin (--passphrase-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevestig dat u het bent om Schakel te ontgrendelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de waarde is geen tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de waarde is geen geheel getal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de waarde ligt buiten de grenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de waarde is geen van de toegestane keuzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de waarde is te lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de waarde bevat een ongeldig teken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instelling &apos;{key}&apos; niet opgeslagen: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldroute van dit register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registernummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelversie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch vergrendelen na (minuten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map voor exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolomtoewijzing bij importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na overdracht bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam in uitwisselsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functie in uitwisselsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze instelling bestaat niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bundel is geweigerd; er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen leesbare Schakel-bundel (beschadigd of een ander bestand). Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bundel heeft formaat {version}, nieuwer dan deze versie van Schakel kan lezen. Werk Schakel bij; er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bundel is niet aan dit register gericht en kan hier niet worden geopend. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bundel is onderweg veranderd of beschadigd (controle van de versleuteling mislukt). Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De handtekening van de bundel klopt niet. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De afzender van deze bundel is onbekend of niet vertrouwd. Laat de beheerder de sleutel in de map &apos;sleutels&apos; zetten, of bevestig de vingerafdruk telefonisch. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bundel is al eerder ontvangen of ouder dan wat dit register al heeft (versie {version}, hier al {known}). Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bundel is al eerder ontvangen (herhaald bestand). Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand past niet bij deze stap: {reason} Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} velden zijn zowel bij u als bij de waarnemer gewijzigd. Kies per veld welke waarde blijft; er is nog niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een bijlage in de bundel klopt niet met haar controlegetal (SHA-256) of grootte. De bundel is geweigerd; er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bijlagen in de bundel passen niet binnen het beleid van dit register: {reason} Vraag de afzender om minder of kleinere bijlagen, of de beheerder om ruimere grenzen. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bijlagen van deze zaken zijn samen {total} MB; één bundel kan ten hoogste {limit} MB aan bijlagen dragen. Verstuur minder zaken per bundel.</source>
        <extracomment>Most attachment bytes in one bundle: the bundle is sealed in one piece, so creating and receiving hold it several times in memory (measured ~6.5x the file bytes, docs/overdracht.md). Decoded, verified files of one bundle: case UUID -&gt; [(attachment, chunks)].</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de bundel draagt meer dan {limit} MB aan bijlagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een bestand is {size} MB, het maximum per bestand is {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zaak {number} zou {count} bijlagen krijgen, het maximum is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de bijlagen van zaak {number} zouden samen {total} MB worden, het maximum is {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>een bijlage wordt hier niet aangenomen ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is geen geldig Schakel-sleutelbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zaak {number} staat al in dit register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deze zaken zijn niet tussen u en deze afzender in waarneming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit is een bundel, geen ontvangstbewijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dit bewijs hoort niet bij een bundel die dit register verstuurde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De getypte vingerafdruk komt niet overeen met de sleutel. De sleutel is niet vertrouwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende soort overdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sleutel van de ontvanger is niet vertrouwd. Laat hem in de map &apos;sleutels&apos; zetten of bevestig de vingerafdruk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een einddatum van de waarneming in de toekomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg de grondslag vast voor delen met een andere gemeente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen zaken die u in waarneming heeft, kunt u teruggeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef per keer zaken van één eigenaar terug, met een vertrouwde sleutel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen uitgeleende zaken kunt u terugroepen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roep per keer zaken van één waarnemer terug, met een vertrouwde sleutel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies ten minste één zaak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak {number} is al uitgeleend, overgedragen of in waarneming hier; die kunt u niet opnieuw versturen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaknummer (bijvoorbeeld 2026-0042):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een gekoppelde zaak of typ een zaaknummer (bijvoorbeeld 2026-0042):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen met reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom is &apos;{label}&apos; nodig voor deze ontvanger? De reden komt in het exportlogboek.
({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een reden van minstens {n} tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevindingen van de minimalisatiecontrole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volledige tekst van het veld, bevindingen gemarkeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weg&amp;laten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bevinding weglaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Houden met re&amp;den…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bevinding houden met een reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alles weglaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle open bevindingen weglaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waarneming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdragen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijn &amp;uitwisselsleutel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht waarnemingen en overdrachten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlopen waarnemingen &amp;vernietigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht &amp;ontvangen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaa&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>beschikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet beschikbaar op deze computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beschikbaar, maar de sleutel van Schakel ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over Schakel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Schakel gebruikt {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Schakel gebruikt de sleutelbos niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevensmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelbos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelt bij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen inactiviteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beleid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt / PySide6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versleuteld register voor de aandachtsfunctionaris mensenhandel. Alle gegevens blijven op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessRequestDialog</name>
    <message>
        <source>Inzageverzoek (AVG artikel 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de verzoeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaken zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geboortedatum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BSN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meenemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevonden via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevonden zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volgende: gegevens beoordelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens beoordelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek alle zaken waarin de verzoeker voorkomt. Namen worden gevonden zonder accenten en met kleine verschillen (“Lukasz Wisniewski” vindt “Łukasz Wiśniewski”). Controleer de identiteit van de verzoeker voordat u gegevens verstrekt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevonden za&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul een naam in (minstens 3 tekens) of een BSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen persoon in deze zaak lijkt op de verzoeker; de naam staat in de tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen zaken gevonden. U kunt toch een antwoord maken: er staan dan geen gegevens in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden weglaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens over de verzoeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden voor weglaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting bij het weglaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toelichting (verplicht bij “anders”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoord op het inzageverzoek opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toe&amp;lichting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vink uit wat over een ander gaat (AVG art. 15 lid 4) of niet verstrekt mag worden (UAVG art. 41), en kies de reden. Regels met “Let op” bevatten vrije tekst of gegevens die ook over anderen kunnen gaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef bij elk weggelaten onderdeel een reden; bij “anders” ook een toelichting (zaak {list}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoord op inzageverzoek opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het antwoord is opgeslagen als {name}: {kept} onderdelen opgenomen, {removed} weggelaten. Vastgelegd in het exportlogboek (nr. {log}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcutePanel</name>
    <message>
        <source>{label}: gebruik dd-mm-jjjj uu:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acuut – direct gevaar of spoed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vink aan bij direct gevaar: u ziet meteen wie u belt. Bellen gaat altijd vóór registreren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Minderjarige en seksuele uitbuiting: dit is altijd acuut.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;Direct gevaar? Bel 112.&lt;/b&gt;&lt;br&gt;Geen direct gevaar, wel spoed: politie &lt;b&gt;0900-8844&lt;/b&gt;.&lt;br&gt;Minderjarige betrokken: Veilig Thuis &lt;b&gt;0800-2000&lt;/b&gt; (meldcode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst bellen; leg daarna vast wie er is gebeld. Het formulier blijft gewoon bruikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebelde dienst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebeld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdstip van bellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek &amp;vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek met hulpdienst vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegde gesprekken met hulpdiensten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerd gesprek verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;jdstip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} – gebeld door {who} op {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag aan de tafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak &amp;vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraak vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uit de agenda halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak uit de agenda halen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namen toegestaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namen toegestaan op de agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag op&amp;slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zaaknummer of tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gevonden zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbrengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak inbrengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda &amp;maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;raag aan de tafel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zaak zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan eerst een overleg of kies er een.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(staat al op de agenda)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreedDialog</name>
    <message>
        <source>Afspraak vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze bespreking rondt nu geen stap van de route af (de stap is niet aan de beurt of al afgerond). Alleen de afspraak wordt vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat is afgesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wat is afgesproken:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDetail</name>
    <message>
        <source>Geselecteerd signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie bij dit signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optioneel, kort en feitelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezien &amp;door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notitie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Antwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afdeling of bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geselecteerde stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedaan door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezien door (afdeling of bron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een signaal in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaak gezien door: {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na te gaan in: {register}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acuut signaal: bij &apos;gezien&apos; verschijnt wie u belt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Voorbeeld van de bijlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een bijlage om een voorbeeld te zien. Afbeeldingen en PDF&apos;s worden in Schakel getoond; andere bestanden alleen via &apos;Opslaan als…&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afbeelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze PDF bevat scripts (JavaScript of automatische acties). Schakel voert die nooit uit; het voorbeeld is alleen een afbeelding van de pagina&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste {shown} van {count} pagina&apos;s; de rest via &apos;Opslaan als…&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagina {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit type wordt niet in Schakel getoond (om niets buiten de kluis te zetten). Gebruik &apos;Opslaan als…&apos; als u het echt moet openen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Bijlagen ({n})</source>
        <extracomment>Titles of tabs not built yet (translation context = the tab&apos;s class name, as its ``self.tr``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlagen toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bijlage(n) versleuteld opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het klembord bevat geen afbeelding en geen bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schermafbeelding versleuteld opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage opslaan als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toch hier opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage opgeslagen buiten Schakel (vastgelegd in het logboek).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlage &apos;{name}&apos; verwijderen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Logboek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. 2026-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot en met datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter toepassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keten controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleer of het logboek onafgebroken is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;PDF opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logboek opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum en tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logboekregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat van de controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zaak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handeling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tot en met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het logboek bevat wie, wanneer, welke handeling en het zaaknummer; nooit de inhoud van een zaak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle handelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak {nr} bestaat niet (meer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier is de keten verbroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logboek opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het logboek is opgeslagen als {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Staafdiagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Geen zaken gevonden met deze zoekopdracht of filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam, adres, kenteken, telefoon, zaaknummer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (niet afgesloten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op vorm van uitbuiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle vormen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen &amp;te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen zaken met verstreken termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw signaal registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zakenlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 zaak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>← &amp;Terug naar de lijst</source>
        <extracomment>Titles with a count, for tabs whose class has no ``quick_title`` of its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar de zakenlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen van de zaak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Er staat nog een concept van een nieuw signaal klaar (Nieuw signaal).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CcvMatrixView</name>
    <message>
        <source>CCV-lens criminele uitbuiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eén signaal zegt weinig. Signalen uit verschillende leefgebieden, gezien door verschillende afdelingen, maken samen criminele uitbuiting zichtbaar. Per vak: de signalen die als gezien zijn aangemerkt en wie ze zag. Dit is geen score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle &amp;indicatorgroepen tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle indicatorgroepen tonen, ook zonder signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCV-matrix: leefgebieden tegen indicatorgroepen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistCaseTab</name>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Alleen &amp;gezien</source>
        <extracomment>share of the view&apos;s width per column (the signal text gets the rest)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen gezien tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niets als gezien aangemerkt in deze lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is een minderjarige bij deze zaak betrokken: doorloop de stappen van de meldcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze zaak gebruikt versie {v} van deze lijst; er is een nieuwere versie ({new}). De antwoorden blijven bij versie {v} zodat ze bij elkaar passen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen &amp;gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G/1 gedaan · N/2 niet gedaan · O/3 nog open · spatie: volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G/1 gezien · N/2 niet gezien · O/3 onbekend · spatie: volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toetsen in de lijst; Tab gaat naar &apos;Gezien door&apos; en &apos;Notitie&apos;, Enter bewaart en gaat terug naar de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stappen: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistSummaryView</name>
    <message>
        <source>Overzicht van de signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen score of kans: alleen hoeveel signalen als gezien zijn aangemerkt, per categorie en per vorm van uitbuiting, en wie ze zag. Het gaat om combinaties; signalen zijn geen bewijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezien per categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst en categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezien per vorm van uitbuiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorm van uitbuiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezien door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afdeling of bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;vorm van uitbuiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezien &amp;door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seen} als gezien aangemerkt, door {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 afdeling of bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} afdelingen of bronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {n} van {total} stappen gedaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} antwoord(en) horen bij een lijstversie die niet meer in de inhoud staat; ze tellen hier niet mee. Vraag de functioneel beheerder het oude lijstbestand terug te zetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algemeen (elke vorm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen uit de algemene lijst tellen hier één keer, niet onder elke vorm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Lijsten en overzichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lijsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 inhoudsbestand overgeslagen: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} inhoudsbestanden overgeslagen: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (controleer met &apos;schakel forms check&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seen} in {lists}, door {who}. Geen score: het gaat om combinaties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 signaal gezien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} signalen gezien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lijsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 afdeling of bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} afdelingen of bronnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCV-lens criminele uitbuiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix van leefgebieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tellingen, geen score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} van {total} stappen gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gezien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risicoadres: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Acuut signaal:&lt;/b&gt; {items}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Direct gevaar? Bel 112.&lt;/b&gt;&lt;br&gt;Geen direct gevaar, wel spoed: politie &lt;b&gt;0900-8844&lt;/b&gt;.&lt;br&gt;Minderjarige betrokken: Veilig Thuis &lt;b&gt;0800-2000&lt;/b&gt; (meldcode).&lt;/p&gt;&lt;p&gt;Eerst bellen; leg daarna op het tabblad Signaal vast wie er is gebeld.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acuut: wie u belt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseHandoverDialog</name>
    <message>
        <source>Terugkoppeling van partner vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht aan {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vat alleen samen wat nodig is voor het vervolg (geen details uit het onderzoek van de partner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting van de terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht &amp;geannuleerd (geen terugkoppeling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht geannuleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samenvatting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum van de terugkoppeling ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samenvatting van de terugkoppeling ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmKeyDialog</name>
    <message>
        <source>Sleutel van een collega vertrouwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel van: {who}
Bel uw collega op een bekend nummer en laat de vingerafdruk voorlezen. Typ de cijfers hieronder; alleen als ze kloppen wordt de sleutel vertrouwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgelezen vingerafdruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vertrouwen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflicten bij het terugnemen</source>
        <extracomment>Dutch names of the columns most often in conflict (others are shown by their code).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze velden zijn zowel bij u als bij de waarnemer gewijzigd sinds het uitlenen. Kies per veld welke waarde blijft. Er is nog niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toepassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hele regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigen waarde houden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarde van de waarnemer nemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies bij elk veld welke waarde blijft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Toestemming vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg vast of de betrokkene toestemming geeft om gegevens te delen met de zorgkant (zorgcoördinator, opvang, CoMensha). Zonder vastgelegde status kan de overdracht aan de zorgcoördinator niet starten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet aan een persoon gekoppeld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ge&amp;weigerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;niet gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet &amp;mogelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reikwijdte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>welke ontvanger, welke gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet van toepassing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Betrokkene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reikwijdte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ingetrokken op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kies een status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Toestemming betrokkene (delen met de zorgkant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming &amp;vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrekking of wi&amp;jziging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrekking of wijziging van de toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet vastgelegd. Nodig vóór een overdracht aan de zorgcoördinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reikwijdte: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingetrokken op {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactBox</name>
    <message>
        <source>Contact op exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contactgegevens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactgegevens op exports wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen contactgegevens: de overdrachten noemen dan geen contactpersoon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact op exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze gegevens staan als contactpersoon op de overdrachten aan het RIEC en de zorgcoördinator. Laat leeg wat niet op de PDF hoort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentBanner</name>
    <message>
        <source>Overgeslagen inhoudsbestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding over inhoudsbestanden sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Gemeente en meldroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze gegevens komen op formulieren en bepalen de stappen die Schakel voorstelt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld Gemeente Schakeldam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gemeente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meldroute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De meldroute kunt u later per zaak volgen; de functioneel beheerder kan routes toevoegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standaardroute van Schakel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&lt;h1&gt;Nog geen signalen geregistreerd&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg hier elk signaal van mogelijke mensenhandel vast dat bij u binnenkomt: van een collega, een ketenpartner of uit eigen waarneming. Schakel bewaart alles versleuteld op deze computer en stelt voor welke signalen bij elkaar horen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw signaal registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw signaal registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heeft u al een register, bijvoorbeeld in een spreadsheet? Lees het in één keer in via &lt;b&gt;Extra › Importeren…&lt;/b&gt;: u koppelt de kolommen en ziet eerst een voorbeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestaand register &amp;inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestaand register inlezen (Extra, Importeren)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentForm</name>
    <message>
        <source>Verrijking bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe verrijking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} / {max} tekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef aan waarom deze bron niet is geraadpleegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentTab</name>
    <message>
        <source>Verrijking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een verrijking in de tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrijking verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze verrijking verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen: de zaak zelf is nog niet volledig. Kies &apos;Bewerken&apos; op het tabblad Signaal.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrijking opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportAttachments</name>
    <message>
        <source>Bijlagen meesturen (alleen afbeeldingen, elk met een reden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standaard gaat er geen bijlage mee. Vink alleen aan wat de ontvanger echt nodig heeft; de reden komt in het exportlogboek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak {n}: {name} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden om deze bijlage mee te sturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden voor bijlage {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bestandsnaam bevat de naam {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvanger: {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen exportprofiel beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Los eerst alle bevindingen van de minimalisatiecontrole op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vink eerst aan dat u hebt gecontroleerd dat alleen noodzakelijke gegevens zijn opgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF wordt opgemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF wordt opgeslagen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgebroken; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen voorbeeld.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <source>Exports ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderbroken: er is geen bestand gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weggelaten: {n}× ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tekst gehouden: {label} (reden: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toegevoegd: {label} (reden: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niets weggelaten of toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export opgeslagen: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Houden met reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom moet dit gegeven ({what}) naar deze ontvanger? De reden komt in het exportlogboek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een reden van minstens {n} tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weggelaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gehouden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (alleen weglaten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimalisatiecontrole: geen namen, nummers, adressen of bijzondere gegevens gevonden die deze ontvanger niet mag krijgen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimalisatiecontrole: {open} van {total} bevinding(en) open. Los elke bevinding op: weglaten of houden met een reden. Pas daarna kunt u bevestigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimalisatiecontrole: alle {total} bevinding(en) opgelost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>Kenmerken (triage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prostitutie of sekswerk in beeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slachtoffer heeft &amp;zorg, opvang of advies nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Georganiseerd of ondermijnend element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleenstaande &amp;minderjarige vreemdeling (amv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mogelijk slachtoffer én verdachte (&amp;non-punishment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binnenlan&amp;dse mensenhandel of loverboy (ook 18+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij de intake: {forms} · minderjarige: {minor} · {acute}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet acuut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Overdragen – zaak {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan een &amp;opvolger (volledige zaak; de opvolger wordt eigenaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan een collega in een andere &amp;gemeente (minimaal, met grondslag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslag voor het delen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. artikel en wet, afspraak in convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ontvanger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rondslag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na het ontvangstbewijs van de opvolger verdwijnt de zaak uit uw register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaknummer en ontvangstbewijs &amp;bewaren (voor de bewaarplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlagen: {n} ({size}) reizen versleuteld mee naar een opvolger; bij minimaal delen niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdragen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een ontvanger (of voeg zijn sleutel toe).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>loopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geannuleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdrachten (kunnen naast elkaar lopen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdrachten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht &amp;starten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling &amp;ontvangen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling van partner vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgesteld op grond van de kenmerken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen voorstellen: zet kenmerken aan of start een overdracht zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bellen: geen overdracht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopt al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: overdracht aan {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Werkwijze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkwijze in Schakel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Historie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Register importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen bestand gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand kiezen (CSV of Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom in het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veld in Schakel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppeling van kolommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld van de eerste rijen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaken importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Koppeling van kolommen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voorbeeld (rode cellen hebben een probleem):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problemen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eén rij per persoon; rijen met hetzelfde registratienummer worden één zaak. Zaken zonder problemen worden in één keer opgeslagen; een zaak met een probleem wordt overgeslagen en hieronder genoemd. De koppeling wordt onthouden voor de volgende keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rij {n} gelezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rijen controleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand wordt gelezen en gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {rows} rijen, {cols} kolommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen:
{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veld voor kolom {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet importeren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het veld “{field}” is aan twee kolommen gekoppeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppel eerst de verplichte velden: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cases} zaken uit {rows} rijen kunnen worden geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 zaak wordt overgeslagen vanwege een probleem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} zaken worden overgeslagen vanwege een probleem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaken opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De zaken worden opgeslagen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import afgebroken; er is niets opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïmporteerd: {cases} zaken uit {rows} rijen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet geïmporteerd: {n} zaken (zie de problemen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registratienummer {ref} niet geïmporteerd: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets geïmporteerd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeAttachments</name>
    <message>
        <source>Bijlagen (schermafbeelding, foto, e-mail, scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlagen kie&amp;zen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestanden kiezen om als bijlage op te slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst leegmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen bijlagen niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlagen kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep bestanden hierheen of kies ze. Ze worden versleuteld opgeslagen zodra het signaal is opgeslagen; laat ze daarna niet in Downloads staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het signaal is opgeslagen, maar deze bijlagen niet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>&lt;h2&gt;Nieuw signaal registreren&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signaal {n} bewerken&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;luiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten, concept blijft bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept weggooien en opnieuw beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept van {when} hersteld: u gaat verder waar u was gebleven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept weggegooid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal {n} opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen: controleer de gemarkeerde velden ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <source>Effect vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een interventie is wat partners of de gemeente ondernemen: bestuurlijk (bv. sluiting, Bibob), strafrechtelijk, zorg of fiscaal. Leg het effect vast zodra het bekend is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort interventie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. pand gesloten, slachtoffer in opvang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routestap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;mschrijving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start&amp;datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routestap:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionPanel</name>
    <message>
        <source>Interventies en effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interventie toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effect vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Welkom bij Schakel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst richt u het register in. Dat duurt een paar minuten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schakel bewaart de signalen van mensenhandel die u ontvangt, de betrokken personen en organisaties en de stappen in de meldroute, alleen op deze computer. Alles staat versleuteld in één register dat alleen te openen is met uw wachtwoordzin, uw aanmelding op deze computer of de herstelcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verhuist u naar een nieuwe laptop? Zet dan de back-up van uw register terug in plaats van een nieuw register te maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestaande &amp;back-up terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestaande back-up terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>&lt;b&gt;Mogelijk verwante signalen&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaken die een persoon, adres, organisatie, telefoonnummer of kenteken met dit signaal delen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen overeenkomsten gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppeld met zaak {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak {n} wordt gekoppeld na opslaan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <source>Gekoppelde signalen ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppeld aan 1 ander signaal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppeld aan {n} andere signalen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit signaal is nog niet aan andere signalen gekoppeld. Voorstellen staan rechts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppeling verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO – fictieve gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min. zonder gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slaapstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vergrendelen van Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schermvergrendeling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message>
        <source>Overleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleggen en tafels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan een overleg, breng zaken in met een vraag aan de tafel en leg na afloop per zaak vast wat is afgesproken. Dat rondt de bijbehorende stap van de route af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;luiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw overleg plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats van het overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bv. stadhuis, kamer 2.14 of online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleg plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soor&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;aats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overleggen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de datum van het overleg in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorDialog</name>
    <message>
        <source>Monitor – statistiek mensenhandel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle jaren (per jaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzichten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistiek opslaan als CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jaaroverzicht (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaaroverzicht opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overzicht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron: {live} zaken in het register en de anonieme statistiek van {gone} vernietigde zaken. Op dit scherm staan exacte aantallen; in CSV en PDF staan aantallen van 1 tot en met 4 als “&lt; 5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistiek opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De statistiek is opgeslagen als {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaaroverzicht opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaaroverzicht opmaken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaaroverzicht opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het jaaroverzicht is opgeslagen als {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyKeyDialog</name>
    <message>
        <source>Mijn uitwisselsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk van dit register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Functie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuur het sleutelbestand aan uw collega en lees de vingerafdruk telefonisch voor. Het bestand bevat alleen openbare gegevens; uw privésleutels blijven in de kluis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel &amp;exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel opgeslagen. Vingerafdruk om voor te lezen:
{fp}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Nieuwe wachtwoordzin instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U hebt het register geopend met de herstelcode. Kies nu een nieuwe wachtwoordzin; daarmee ontgrendelt u Schakel voortaan. Bewaar de herstelcode weer veilig: hij blijft geldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin herhalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;kens tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterkte van de wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe wachtwoordzin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nogmaa&amp;ls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een zin van vier of meer losse woorden is sterk en goed te onthouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeer zwak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zwak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sterk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeer sterk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul een wachtwoordzin in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze wachtwoordzin is te zwak; de tip onder het veld helpt u een sterkere te kiezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <source>Betrokkenen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhenomenaPanel</name>
    <message>
        <source>Raakt aan verwante fenomenen (CCV-lens)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTree</name>
    <message>
        <source>Gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld: gegevens die de kluis verlaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dubbelklik of F2 om te typen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vast onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit – {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegd; reden: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevat een open bevinding van de minimalisatiecontrole (zie hieronder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>Ontvanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel &amp;toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Nieuwe herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gereed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gereed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Dit is uw herstelcode. Hiermee opent u het register als u uw wachtwoordzin vergeet of de sleutel op deze computer verloren gaat. Schakel toont de code maar één keer. Druk hem af en berg het blad op in de kluis van de gemeente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcode opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcode afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een opgeslagen PDF is alleen bedoeld om af te drukken: verwijder het bestand daarna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik heb de herstelcode veilig &amp;bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik heb de herstelcode veilig bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De PDF is opgeslagen. Druk hem af, berg het blad op in de kluis en verwijder daarna het bestand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Uw herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het register is aangemaakt. Bewaar nu de herstelcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Registratie vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle meldingen komen samen bij het Zorg- en Veiligheidshuis, dat ze registreert en doorgeeft aan CoMensha. Leg per betrokkene de datums vast. Voor CoMensha is schriftelijke toestemming van die betrokkene nodig. Laat een datum leeg als het (nog) niet is gebeurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(zonder naam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geregistreerd bij het Zorg- en Veiligheidshuis op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeld bij CoMensha op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Betrokkene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zorg- en Veiligheidshuis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CoMensha:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <source>Registratie Zorg- en Veiligheidshuis en CoMensha (per betrokkene)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorg- en Veiligheidshuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoMensha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registraties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een melding bij CoMensha vraagt schriftelijke toestemming van die betrokkene (reikwijdte noemt CoMensha).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registratie vast&amp;leggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registratie vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(zonder naam)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Back-up terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een back-upbestand (.schakelbackup). Schakel controleert de back-up eerst volledig; pas daarna wordt het huidige register opzij gezet in de map &apos;backups&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-upbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bla&amp;deren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-upbestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met de &amp;wachtwoordzin van de back-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met de &amp;herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin of herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up&amp;bestand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sleutel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schakel-back-ups (*.schakelbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een bestaand back-upbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de wachtwoordzin of herstelcode van de back-up in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up wordt gecontroleerd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgebroken; het huidige register is ongewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De back-up is teruggezet. Ontgrendel nu het register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het huidige register gaat dan opzij naar de map &apos;backups&apos;. Toch terugzetten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet teruggezet; het huidige register is ongewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Bewaartermijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn verstreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle afgesloten zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zaaknummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek op zaaknummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat wordt vernietigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewaarblokkade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaarblokkade instellen of opheffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vernietigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangevinkte zaken vernietigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korte omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vernietigen vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaarblokkade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tonen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De termijn telt vanaf het afsluiten van de zaak en hangt af van de uitkomst (beleidsbestand). Een zaak met een bewaarblokkade wordt nooit vernietigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vernietigen ({n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen zaken aangevinkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} zaken worden definitief gewist, met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van de bewaarblokkade (bv. lopend onderzoek, bezwaar of rechtszaak):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een zaak in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bewaarblokkade van zaak {nr} opheffen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} zaken definitief vernietigen? Alle persoonsgegevens van deze zaken worden gewist; dit kan niet ongedaan worden gemaakt. Alleen de anonieme statistiek en het logboek blijven bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vernietigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaken worden vernietigd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} zaken vernietigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgeslagen wegens bewaarblokkade: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskAddressView</name>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geraadpleegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppeld via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrijking bij dit signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verrijking bij dit signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrijking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risicoadres: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonoppervlak (BAG): {n} m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingeschreven (BRP): {n} personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signaal gemarkeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zelfde register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een signaal om de gekoppelde verrijking te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen register genoemd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na te gaan in: {register}. Deze zaak heeft nog geen verrijking uit dit register; leg raadplegingen vast op het tabblad Verrijking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na te gaan in: {register}. {n} vastgelegde raadpleging(en) in deze zaak.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteStepDialog</name>
    <message>
        <source>Stap corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctie &amp;opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap &amp;afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De oorspronkelijke vastlegging van {d} blijft in de historie bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteTab</name>
    <message>
        <source>Stap &amp;afronden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap &amp;corrigeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stappen van de route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stappen van de &amp;route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versie {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start bij de eerste vastlegging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende actie: {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streefdatum {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze stap is nu niet aan de beurt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <source>&amp;Map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een bestaande map om de export in op te slaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het wachtwoord moet minstens {n} tekens hebben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestandsnaam: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map voor de export kiezen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin w&amp;ijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wachtwoordzin is gewijzigd en de sleutelsleutel vernieuwd: een oud sleutelbestand met de oude wachtwoordzin opent dit register niet meer in Schakel. Bestaat er een oude back-up die met de oude wachtwoordzin opent (bijvoorbeeld na verlies van een laptop), vervang dan ook de gegevenssleutel hieronder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendelen met uw aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sleutel staat niet meer in {store}. Zet het vinkje uit en weer aan om hem opnieuw te koppelen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan: de sleutel staat in {store}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;herstelcode maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe herstelcode maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak een nieuwe code als de oude is gebruikt of gezien kan zijn. De oude code opent dit register daarna niet meer. Een oude back-up blijft wel openen met de code van toen: vervang de gegevenssleutel als zo&apos;n back-up in verkeerde handen kan zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuwe herstelcode maken? De huidige herstelcode opent dit register daarna niet meer (oude back-ups wel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versleutel het register opnieuw met een nieuwe sleutel, bijvoorbeeld na verlies van een laptop of back-up. Daarna opent een oud sleutelbestand met een oude wachtwoordzin of herstelcode dit register niet meer; de oude back-up zelf blijft daarmee wel leesbaar. De huidige wachtwoordzin, herstelcode en Windows-aanmelding blijven werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;grendelen na:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevenssleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevenssleutel &amp;vervangen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevenssleutel vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevenssleutel vervangen? Het register wordt kort gesloten en opnieuw versleuteld; maak eerst een back-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen na minuten zonder gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder gebruik (uw organisatie staat hoogstens {n} minuten toe)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Schakel instellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalTab</name>
    <message>
        <source>B&amp;ewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} – gebeld door {who} op {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaaknummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waargenomen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam melder (gevoelig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermoedelijke vorm(en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minderjarige betrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat is er gezien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende actie / termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zolang de zaak loopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bewaarblokkade: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartHandoverDialog</name>
    <message>
        <source>Overdracht starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kies een partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze overdracht kan nog niet starten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toestemming vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht &amp;starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In stap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start&amp;datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies aan welke partner u overdraagt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Datum afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standaardbericht aan de melder (zonder informatie over partners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst van het bericht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bericht kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herbeoordelen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie is benaderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet in een overleg besproken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleg (tafel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervolgstap(pen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht starten aan {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdracht starten aan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppelen met zaak {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Wordt gekoppeld (ongedaan maken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppeling met zaak {n} ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Gekoppeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppeld met zaak {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>{n} waarneming(en) verlopen: vernietig de kopieën via Zaak › Verlopen waarnemingen vernietigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open of selecteer eerst een zaak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen verlopen waarnemingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De waarneming van {n} is verlopen. Uw kopieën worden nu vernietigd en u stuurt de eigenaar een vernietigingsbewijs. Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vernietigd: {n}. Sla het bewijs op voor {who}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferOverviewDialog</name>
    <message>
        <source>Waarnemingen en overdrachten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lopende waarnemingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgedragen aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvangstbewijs (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgedragen zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgeleend, in waarneming of overgedragen (wacht op bewijs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgedragen zaken waarvan alleen zaaknummer en bewijs zijn bewaard:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <source>Afwijken van de afgeleide triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schakel leidt af uit geboortedata, geschatte leeftijden en aangevinkte signalen: minderjarige {m}, {a}. Wijkt u af, leg dan vast waarom (bv. leeftijd bevestigd met een identiteitsbewijs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minderjarige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoals afgeleid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van de afwijking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minderjarige:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cuut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Afgeleide triage (minderjarig, acuut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;fwijken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwijken van de afgeleide triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet acuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minderjarige: {minor} · {acute}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afwijking: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minderjarig: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acuut: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgeleid zonder afwijking: minderjarige {m}, {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets afgeleid: vul leeftijden in of vink signalen aan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockChoicePage</name>
    <message>
        <source>Hoe ontgrendelt u Schakel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin die alleen u kent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw &amp;controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelbos opnieuw controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register wordt aangemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw organisatie staat toe dat u alleen met uw aanmelding ontgrendelt; laat de wachtwoordzin dan leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin of ontgrendelen met uw aanmelding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Schakel is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het registerbestand ontbreekt. Zet een back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het sleutelbestand van het register ontbreekt. Zet een back-up terug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her&amp;stelcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord&amp;zin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcode &amp;gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de herstelcode in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul uw wachtwoordzin in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaarnemingDialog</name>
    <message>
        <source>Waarneming – zaak {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leen deze zaak uit aan een waarnemer (zelfde verwerkingsverantwoordelijke). De zaak wordt bij u alleen-lezen tot de waarnemer hem teruggeeft of de waarneming eindigt; daarna vernietigt de waarnemer zijn kopie en stuurt een vernietigingsbewijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarneming &amp;beëindigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teruggeven…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logboek van het andere register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logboek van deze zaak uit het andere register ({n} regels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einddatum van de waarneming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waarnemer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tot en met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijlagen: {n} ({size}) reizen versleuteld mee; wat de waarnemer toevoegt, komt bij teruggave bij u.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uitlenen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een waarnemer (of voeg zijn sleutel toe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De waarneming vroegtijdig beëindigen? U kunt de zaak daarna weer bewerken. Wijzigingen die de waarnemer nog niet heeft teruggegeven, komen alleen nog binnen als hij de zaak teruggeeft voordat hij deze bundel ontvangt; daarna vernietigt hij zijn kopie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met afbreken…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SendBase</name>
    <message>
        <source>Bundel opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bundel is opgeslagen en versleuteld voor de ontvanger.
SHA-256: {sha}
Stuur het bestand via de gebruikelijke beveiligde weg; de ontvanger stuurt een ontvangstbewijs terug.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>{label} is geen geldige tijd (gebruik uu:mm).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
