"""Store errors. ``message`` is Dutch and safe to show: it never contains case data."""

from __future__ import annotations


class StoreError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


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
