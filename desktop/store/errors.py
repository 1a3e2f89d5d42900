"""Store errors. ``message`` is Dutch and safe to show: it never contains case data."""

from __future__ import annotations

from desktop.errors import SchakelError, os_error_nl


class StoreError(SchakelError):
    """Base of store errors; ``message`` is Dutch and safe to show."""

    def __init__(self, message: str | None = None, **params: object) -> None:
        super().__init__(message, **params)


class NotSqlCipher(StoreError):
    """The loaded sqlite library is not SQLCipher 4: refuse to run (fail closed)."""


class DatabaseMissing(StoreError):
    pass


class DatabaseDamaged(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class DiskFull(StoreError):
    pass


class ReadOnlyLocation(StoreError):
    pass


class NotFound(StoreError):
    pass


__all__ = ["DatabaseDamaged", "DatabaseLocked", "DatabaseMissing", "DiskFull", "NotFound", "NotSqlCipher",
           "ReadOnlyLocation", "StoreError", "os_error_nl"]
