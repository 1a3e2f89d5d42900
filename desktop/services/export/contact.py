"""The officer as contact on dossier PDFs: settings keys and the printed pairs. Qt-free, light."""

from __future__ import annotations

from typing import Any

CONTACT_SETTINGS = (("Contactpersoon", "officer_name"), ("Functie", "officer_function"),
                    ("Telefoon", "officer_phone"), ("E-mail", "officer_email"))


def contact_pairs(register: Any) -> tuple[tuple[str, str], ...]:
    """(label, value) for every contact setting that is filled in."""
    pairs = [(label, register.setting(key).strip()) for label, key in CONTACT_SETTINGS]
    return tuple((label, value) for label, value in pairs if value)
