"""Conversions between domain values and database columns (ISO dates, enum codes, lists)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


def d2s(value: date | None) -> str | None:
    return value.isoformat() if value else None


def s2d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def dt2s(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def s2dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def enum_or(enum: type[E], value: str | None, default: E) -> E:
    try:
        return enum(value) if value is not None else default
    except ValueError:
        return default


def join_codes(values) -> str:
    return ",".join(sorted(str(v) for v in values))


def split_codes(value: str | None) -> list[str]:
    return [v for v in (value or "").split(",") if v]


def now_s() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
