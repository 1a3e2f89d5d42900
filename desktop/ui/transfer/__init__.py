"""GUI for waarneming and overdracht: Zaak › Waarneming…/Overdragen…, Bestand › Overdracht ontvangen…"""
