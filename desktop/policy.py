"""The organisation's policy file (TOML, read-only for the officer). Qt-free.

Read from ``desktop.paths.machine_policy_paths()`` and from an explicit ``--policy
FILE``. Layering: built-in defaults, then the explicit file, then the machine files,
so a setting made by the machine's administrator cannot be overridden by a file an
officer passes on the command line. Missing machine files are skipped; a missing
explicit file, bad TOML, an unknown setting or a bad value raises ``PolicyError``
naming the file and the setting. See ``docs/beleid.voorbeeld.toml``.

Settings (one naming, Dutch, all optional):

=============================== ============================ =========================
TOML key                        ``Policy`` field             default
=============================== ============================ =========================
``wachtwoordzin_verplicht``     ``require_passphrase``       true
``sleutelbos_toegestaan``       ``allow_keyring``            true
``vergrendelen_na_minuten``     ``idle_lock_minutes``        10 (1..240)
``max_vergrendelen_na_minuten`` ``max_idle_lock_minutes``    60 (1..240, >= the above)
``standaard_route``             ``default_route``            "" (the app's default)
``gemeente``                    ``municipality``             ""
``inhoud_map``                  ``content_dir``              none (only bundled forms)
``export_map``                  ``export_dir``               none (Documents): default
                                                             folder for saved PDF exports
``[bewaartermijnen]``           ``retention``                see ``DEFAULT_RETENTION``
``windows_hello_verplicht``     ``require_presence``         on when the keyring is allowed:
                                                             presence check before a keyring
                                                             unlock after an idle lock
``bijlage_max_mb``              ``max_attachment_mb``        50 (1..2000): per file
``bijlagen_per_zaak_max_mb``    ``max_case_attachments_mb``  500 (1..20000): per case
``bijlagen_per_zaak_max``       ``max_case_attachments``     100 (1..1000): files per case
``pdf_versleutelen``            ``encrypt_pdf_required``     "optioneel"; "verplicht": every
                                                             PDF export needs a password
=============================== ============================ =========================

Folders may be relative (to the policy file's folder); ``%PROGRAMDATA%`` is resolved through
the known-folder API; ``~`` and other environment variables only in ``export_map`` (the
officer's own folder), never in ``inhoud_map`` (content steers what leaves the register).
The machine policy is found by ``desktop.policy_sources`` (registry, then file; never through
an environment variable). ``[bewaartermijnen]`` maps an
outcome code to months (1..1200); a table in a later file adds to or replaces codes
of an earlier one. ``DEFAULT_RETENTION`` is a design default, not a legal figure
(no national retention period is known; see domain.md 6.7).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from desktop.errors import SchakelError

MIN_IDLE = 1
MAX_IDLE = 240
MAX_RETENTION_MONTHS = 1200
DEFAULT_RETENTION: Mapping[str, int] = MappingProxyType(
    {"ander_fenomeen": 12, "geen_actie": 12, "overgedragen": 60}
)
_CODE = re.compile(r"[a-z0-9_]+")


class PolicyError(SchakelError):
    """A broken policy file. ``message`` is Dutch and names the file and setting."""

    def __init__(self, path: Path, detail: str, key: str | None = None) -> None:
        self.path = path
        self.key = key
        self.message = f"Beleidsbestand {path}: {detail}"
        super().__init__(self.message)


@dataclass(frozen=True)
class Policy:
    require_passphrase: bool = True
    allow_keyring: bool = True
    idle_lock_minutes: int = 10
    max_idle_lock_minutes: int = 60
    default_route: str = ""
    content_dir: Path | None = None
    export_dir: Path | None = None
    retention: Mapping[str, int] = field(default_factory=lambda: DEFAULT_RETENTION)
    municipality: str = ""
    require_presence: bool | None = None  # None: on whenever keyring unlock is allowed
    sources: tuple[str, ...] = ()  # where the settings in force came from (shown in Over Schakel)
    max_attachment_mb: int = 50
    max_case_attachments_mb: int = 500
    max_case_attachments: int = 100
    encrypt_pdf_required: bool = False  # pdf_versleutelen = "verplicht"

    @property
    def presence_required(self) -> bool:
        """User presence (Windows Hello) before a keyring unlock after an idle lock."""
        return self.allow_keyring if self.require_presence is None else self.require_presence

    def source_text(self) -> str:
        return ", ".join(self.sources) if self.sources else "ingebouwde standaardinstellingen"

    def idle_minutes(self, preferred: int | None = None) -> int:
        """The officer's own idle-lock choice, kept within 1..max; the policy's if none."""
        if preferred is None:
            return self.idle_lock_minutes
        return max(MIN_IDLE, min(preferred, self.max_idle_lock_minutes))


_BOOLS = {"wachtwoordzin_verplicht": "require_passphrase", "sleutelbos_toegestaan": "allow_keyring",
          "windows_hello_verplicht": "require_presence"}
_MINUTES = {
    "vergrendelen_na_minuten": "idle_lock_minutes",
    "max_vergrendelen_na_minuten": "max_idle_lock_minutes",
}
_TEXTS = {"standaard_route": "default_route", "gemeente": "municipality"}
_DIRS = {"inhoud_map": "content_dir", "export_map": "export_dir"}
_TABLE = "bewaartermijnen"
_ATTACH = {"bijlage_max_mb": ("max_attachment_mb", 2000),
           "bijlagen_per_zaak_max_mb": ("max_case_attachments_mb", 20000),
           "bijlagen_per_zaak_max": ("max_case_attachments", 1000)}
_PDF_KEY = "pdf_versleutelen"
_PDF_VALUES = {"verplicht": True, "optioneel": False}
_KNOWN = {*_BOOLS, *_MINUTES, *_TEXTS, *_DIRS, _TABLE, *_ATTACH, _PDF_KEY}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise PolicyError(path, "het bestand bestaat niet.") from exc
    except OSError as exc:
        raise PolicyError(path, "het bestand kan niet worden gelezen.") from exc
    except UnicodeDecodeError as exc:
        raise PolicyError(path, "het bestand is geen UTF-8-tekst.") from exc
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"line (\d+), column (\d+)", str(exc))
        at = f" (regel {where[1]}, kolom {where[2]})" if where else ""
        raise PolicyError(path, f"geen geldige TOML{at}.") from exc


def _bool(path: Path, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise PolicyError(path, f"'{key}' moet true of false zijn.", key)
    return value


def _minutes(path: Path, key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_IDLE <= value <= MAX_IDLE:
        raise PolicyError(
            path, f"'{key}' moet een geheel getal van {MIN_IDLE} tot en met {MAX_IDLE} zijn.", key
        )
    return value


def _text(path: Path, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise PolicyError(path, f"'{key}' moet tekst zijn (tussen aanhalingstekens).", key)
    return value.strip()


def _dir(path: Path, key: str, value: Any) -> Path:
    text = _text(path, key, value)
    if not text:
        raise PolicyError(path, f"'{key}' is leeg; laat de regel weg of noem een map.", key)
    folder = Path(_expand(path, key, text))
    return folder if folder.is_absolute() else (path.parent / folder).resolve()


def _expand(path: Path, key: str, text: str) -> str:
    """``%PROGRAMDATA%`` through the known-folder API and ``~`` for the export folder only.

    Other environment variables are refused: a user can set them for their own processes, so
    they must not steer where the content (checklists, export profiles) is read from.
    """
    if text.upper().startswith("%PROGRAMDATA%"):
        from desktop.policy_sources import program_data_dir

        try:
            text = str(program_data_dir()) + text[len("%PROGRAMDATA%"):]
        except (OSError, AttributeError):
            raise PolicyError(path, f"'{key}': %PROGRAMDATA% bestaat alleen op Windows.", key) from None
    if key == "export_map":  # the officer's own export folder: their variables are harmless here
        return os.path.expanduser(os.path.expandvars(text))
    if "%" in text or "$" in text or text.startswith("~"):
        raise PolicyError(path, f"'{key}': omgevingsvariabelen en ~ worden hier niet gebruikt "
                                "(alleen %PROGRAMDATA%); noem de map voluit.", key)
    return text


def _retention(path: Path, value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise PolicyError(path, f"'{_TABLE}' moet een tabel zijn: [{_TABLE}].", _TABLE)
    result = {}
    for code, months in value.items():
        key = f"{_TABLE}.{code}"
        if not _CODE.fullmatch(code):
            raise PolicyError(path, f"'{key}': een uitkomstcode bevat alleen a-z, 0-9 en _.", key)
        if isinstance(months, bool) or not isinstance(months, int):
            raise PolicyError(path, f"'{key}' moet een aantal maanden zijn.", key)
        if not 1 <= months <= MAX_RETENTION_MONTHS:
            raise PolicyError(
                path, f"'{key}' moet tussen 1 en {MAX_RETENTION_MONTHS} maanden liggen.", key
            )
        result[code] = months
    return result


def _parse(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """Policy field values set by one file."""
    fields: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _KNOWN:
            raise PolicyError(path, f"onbekende instelling '{key}'.", key)
        if key in _BOOLS:
            fields[_BOOLS[key]] = _bool(path, key, value)
        elif key in _MINUTES:
            fields[_MINUTES[key]] = _minutes(path, key, value)
        elif key in _TEXTS:
            fields[_TEXTS[key]] = _text(path, key, value)
        elif key in _ATTACH:
            name, top = _ATTACH[key]
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= top:
                raise PolicyError(path, f"'{key}' moet een geheel getal van 1 tot en met {top} zijn.", key)
            fields[name] = value
        elif key in _DIRS:
            fields[_DIRS[key]] = _dir(path, key, value)
        elif key == _PDF_KEY:
            if value not in _PDF_VALUES:
                raise PolicyError(path, f"'{key}' moet \"verplicht\" of \"optioneel\" zijn.", key)
            fields["encrypt_pdf_required"] = _PDF_VALUES[value]
        else:
            fields["retention"] = _retention(path, value)
    return fields


def _merge(fields: dict[str, Any], new: dict[str, Any]) -> None:
    fields["retention"] = {**fields["retention"], **new.pop("retention", {})}
    fields.update(new)


def _check_idle(fields: dict[str, Any], sources: dict[str, Path]) -> None:
    """Idle lock within the maximum; an unset idle time follows a lower maximum."""
    maximum = fields.get("max_idle_lock_minutes", Policy.max_idle_lock_minutes)
    if "idle_lock_minutes" not in fields:
        fields["idle_lock_minutes"] = min(Policy.idle_lock_minutes, maximum)
    elif fields["idle_lock_minutes"] > maximum:
        raise PolicyError(
            sources["idle_lock_minutes"],
            "'vergrendelen_na_minuten' is groter dan 'max_vergrendelen_na_minuten'.",
            "vergrendelen_na_minuten",
        )


def load_policy(
    explicit: Path | None = None, machine_paths: Sequence[Path] | None = None,
    registry: Mapping[str, Any] | None | bool = True,
) -> Policy:
    """The effective policy: defaults < ``explicit`` file < machine file < registry (HKLM).

    ``machine_paths`` defaults to ``paths.machine_policy_paths()``; ``registry=True`` reads
    ``HKLM\\SOFTWARE\\Policies\\Schakel`` on Windows (a mapping is used as is, for tests;
    None/False skips it). An explicit file is refused for a non-administrator when a machine
    policy exists, so an officer cannot test a laxer policy against the real register.
    """
    from desktop import policy_sources

    if machine_paths is None:
        from desktop.paths import machine_policy_paths

        machine_paths = machine_policy_paths()
    machine_files = [p for p in machine_paths if p.exists()]
    if registry is True:
        registry = policy_sources.read_registry_policy()
    registry_values = registry if isinstance(registry, Mapping) else None
    if explicit is not None and (machine_files or registry_values is not None) and not policy_sources.is_admin():
        raise PolicyError(explicit, "--policy is niet toegestaan: op deze computer geldt een machinebeleid "
                                    "van de beheerder.")
    files = ([explicit] if explicit is not None else []) + machine_files
    fields: dict[str, Any] = {"retention": dict(DEFAULT_RETENTION)}
    sources: dict[str, Path] = {}
    for path in files:
        new = _parse(path, _read_toml(path))
        sources.update(dict.fromkeys(new, path))
        _merge(fields, new)
    labels = [f"bestand {path}" for path in files]
    if registry_values is not None:
        where = Path(policy_sources.REGISTRY_LABEL)
        new = _parse(where, _registry_as_toml(where, registry_values))
        sources.update(dict.fromkeys(new, where))
        _merge(fields, new)
        labels.append(f"register {policy_sources.REGISTRY_LABEL}")
    _check_idle(fields, sources)
    return Policy(**{**fields, "retention": MappingProxyType(fields["retention"]), "sources": tuple(labels)})


def _registry_as_toml(where: Path, values: Mapping[str, Any]) -> dict[str, Any]:
    """Registry values in the shape of the TOML file (REG_DWORD 0/1 for true/false settings)."""
    data: dict[str, Any] = {}
    for key, value in values.items():
        if type(value).__name__ == "_Unsupported":
            raise PolicyError(where, f"'{key}' heeft een registertype dat niet wordt gebruikt "
                                     "(gebruik REG_DWORD of REG_SZ).", key)
        if key in _BOOLS and isinstance(value, int) and not isinstance(value, bool):
            if value not in (0, 1):
                raise PolicyError(where, f"'{key}' moet 0 (uit) of 1 (aan) zijn.", key)
            value = bool(value)
        if isinstance(value, Mapping):  # [bewaartermijnen]: the ADMX list writes months as REG_SZ
            value = {code: int(months) if isinstance(months, str) and months.strip().isdigit() else months
                     for code, months in value.items()}
        data[key] = value
    return data
