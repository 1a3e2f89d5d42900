"""Every setting stored in the register, declared once as data (as Electrum's ConfigVar and
Vorta's settings list do): key, type, default, bounds and a translatable label.

The ``setting`` table (inside the encrypted database) holds text values. ``Register.set_setting``
refuses a key that is not declared here and a value outside its bounds, so a typo or a hostile
value never lands silently; ``Register.setting`` falls back to the declared default.
Settings about the machine (window geometry) live in QSettings and never carry case data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.errors import SchakelError
from desktop.i18n import N_


@dataclass(frozen=True)
class SettingVar:
    key: str
    label: str  # translatable (N_)
    kind: str = "text"  # text | int | choice | json | id
    default: str = ""
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    max_length: int = 500

    def check(self, value: str) -> None:
        if not isinstance(value, str):
            raise SettingRefused(self.key, N_("de waarde is geen tekst"))
        if self.kind == "int":
            if not re.fullmatch(r"-?\d+", value.strip()):
                raise SettingRefused(self.key, N_("de waarde is geen geheel getal"))
            number = int(value)
            if (self.minimum is not None and number < self.minimum) or (
                    self.maximum is not None and number > self.maximum):
                raise SettingRefused(self.key, N_("de waarde ligt buiten de grenzen"))
        elif self.kind == "choice" and value not in self.choices:
            raise SettingRefused(self.key, N_("de waarde is geen van de toegestane keuzes"))
        elif self.kind != "json" and len(value) > self.max_length:
            raise SettingRefused(self.key, N_("de waarde is te lang"))
        if "\x00" in value:
            raise SettingRefused(self.key, N_("de waarde bevat een ongeldig teken"))


class SettingRefused(SchakelError):
    """A setting that is not declared or a value outside its bounds."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(N_("Instelling '{key}' niet opgeslagen: {reason}."), key=key, reason=reason)


SETTINGS: tuple[SettingVar, ...] = (
    SettingVar("municipality", N_("Gemeente"), max_length=200),
    SettingVar("route_id", N_("Meldroute van dit register"), kind="id", max_length=100),
    SettingVar("vault_id", N_("Registernummer"), kind="id", max_length=100),
    SettingVar("kek_id", N_("Sleutelversie"), kind="id", max_length=100),
    SettingVar("idle_minutes", N_("Automatisch vergrendelen na (minuten)"), kind="int", default="10",
               minimum=1, maximum=240),
    SettingVar("export_folder", N_("Map voor exports"), max_length=4096),
    SettingVar("import_mapping", N_("Kolomtoewijzing bij importeren"), kind="json"),
    SettingVar("officer_name", N_("Contactpersoon"), max_length=200),
    SettingVar("officer_function", N_("Functie"), max_length=200),
    SettingVar("officer_phone", N_("Telefoon"), max_length=50),
    SettingVar("officer_email", N_("E-mail"), max_length=200),
    SettingVar("transfer_keep_after_handover", N_("Na overdracht bewaren"), kind="choice", default="stub",
               choices=("niets", "stub")),
    SettingVar("transfer_officer_name", N_("Naam in uitwisselsleutel"), max_length=200),
    SettingVar("transfer_officer_function", N_("Functie in uitwisselsleutel"), max_length=200),
)
BY_KEY = {s.key: s for s in SETTINGS}
# Keys other modules own under a prefix (e.g. drafts per case), validated by their owners.
PREFIXES: tuple[str, ...] = ()


def declared(key: str) -> SettingVar | None:
    return BY_KEY.get(key)


def check(key: str, value: str) -> None:
    """Raise ``SettingRefused`` unless ``key`` is declared and ``value`` fits it."""
    var = BY_KEY.get(key)
    if var is None:
        if key.startswith(PREFIXES) and PREFIXES:
            return
        raise SettingRefused(key, N_("deze instelling bestaat niet"))
    var.check(value)


def default(key: str) -> str:
    var = BY_KEY.get(key)
    return var.default if var else ""
