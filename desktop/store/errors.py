"""Store errors. ``message`` is Dutch and safe to show: it never contains case data."""

from __future__ import annotations

from desktop.errors import SchakelError


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


def os_error_nl(exc: OSError) -> str:
    """A short Dutch reason for an OSError (never the path, which may contain a name)."""
    import errno

    reasons = {
        errno.ENOSPC: "de schijf is vol", errno.EACCES: "geen toegang tot de map",
        errno.EPERM: "geen toestemming", errno.ENOENT: "de map bestaat niet",
        errno.EROFS: "de schijf is alleen-lezen", errno.EFBIG: "het bestand wordt te groot",
        errno.EDQUOT: "de schijfruimte-quota is op",
    }
    return reasons.get(exc.errno or 0, "schrijffout")
