"""An unlocked register: the open database plus the use cases that work on it.

GUI and CLI only talk to this object and its service attributes; they never see SQL
or key material. ``lock()`` checkpoints and closes the database and drops the key.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.policy import Policy
from desktop.store import audit, migrations
from desktop.store.connection import Connection, close_db, open_db
from desktop.store.errors import StoreError
from desktop.store.tx import transaction

if TYPE_CHECKING:
    from desktop.content.problems import ContentProblem
    from desktop.services.attachments import AttachmentService
    from desktop.services.checklists import ChecklistService
    from desktop.services.export.service import ExportService
    from desktop.services.meetings import MeetingService
    from desktop.services.monitoring.retention import RetentionService
    from desktop.services.route.service import RouteService


class Locked(StoreError):
    def __init__(self) -> None:
        super().__init__("Het register is vergrendeld.")


class Register:
    def __init__(self, data_dir: Path, db_path: Path, key: bytes, policy: Policy, conn: Connection):
        self.data_dir = data_dir
        self.db_path = db_path
        self.policy = policy
        self._key: bytearray | None = bytearray(key)  # zeroed on lock (docs/vergrendelen.md)
        self._conn: Connection | None = conn
        self._lock = threading.RLock()
        self._readers = threading.local()  # per-thread read connections (see ``reader``)
        self._reader_conns: list[Connection] = []
        self._readers_lock = threading.Lock()  # guards _reader_conns only (never the GUI's lock)
        self._content_lock = threading.RLock()  # content catalogues load under this, not _lock
        self.on_change: list[Any] = []  # callbacks(kind: str, case_id: int | None)
        self.on_lock: list[Any] = []  # callbacks() run after the database is closed
        self.on_commit: list[Any] = []  # callbacks() after a commit that appended audit rows
        self.audit_anchor: Any = None  # () -> anchored audit head | None (set by the session)
        from desktop.services.cases import CaseService
        from desktop.services.links import LinkService

        self.cases = CaseService(self)
        self.links = LinkService(self)

    # -- lifecycle ---------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path, db_path: Path, key: bytes, policy: Policy, *,
             create: bool = False) -> Register:
        conn = open_db(db_path, key, create=create)
        try:
            migrations.migrate(conn, db_path)
        except Exception:
            close_db(conn)
            raise
        return cls(data_dir, db_path, key, policy, conn)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def lock(self) -> None:
        with self._lock:
            conn, self._conn, key, self._key = self._conn, None, self._key, None
            if key is not None:
                key[:] = bytes(len(key))
            with self._readers_lock:
                readers, self._reader_conns = self._reader_conns, []
            for reader in readers:
                reader.close()
            close_db(conn)
            callbacks, self.on_lock = list(self.on_lock), []
        for callback in callbacks:
            callback()

    close = lock

    def key(self) -> bytes:
        if self._key is None:
            raise Locked()
        return bytes(self._key)

    # -- plumbing for services ----------------------------------------------
    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise Locked()
        return self._conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction; an error rolls everything back (previous state intact)."""
        with self._lock:
            before = audit.last_id(self.conn) if self.on_commit else 0
            with transaction(self.conn) as conn:
                yield conn
            if self.on_commit and audit.last_id(conn) != before:  # anchor follows (issue 13)
                for callback in list(self.on_commit):
                    callback()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._lock:
            yield self.conn

    @contextmanager
    def reader(self) -> Iterator[Connection]:
        """A read-only connection of this thread's own, for workers (WAL: its reads never wait
        for the GUI's connection nor block it; no register lock is taken). Sees committed data."""
        conn = getattr(self._readers, "conn", None)
        if conn is None or self._conn is None:
            key = self.key()
            conn = open_db(self.db_path, key)
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA cache_size = -8192")  # 8 MiB: workers scan, they need no hot cache
            with self._readers_lock:
                if self._conn is None:
                    conn.close()
                    raise Locked()
                self._reader_conns.append(conn)
            self._readers.conn = conn
        yield conn

    def audit(self, conn: Connection, action: str, case_id: int | None = None, detail: str = "") -> None:
        audit.append(conn, action, case_id, detail)

    def subscribe(self, event: str, callback: Callable[..., None]) -> Callable[[], None]:
        """Register ``callback`` for ``event`` and return the function that unsubscribes it.

        Events: ``"change"`` (callback(kind, case_id) after a use case changed data), ``"lock"``
        (callback() after the database is closed), ``"commit"`` (callback() after a commit that
        appended audit rows). Callers never touch the callback lists themselves.
        """
        lists = {"change": self.on_change, "lock": self.on_lock, "commit": self.on_commit}
        if event not in lists:
            raise ValueError(f"unknown event {event!r}")
        lists[event].append(callback)

        def unsubscribe() -> None:
            current = {"change": self.on_change, "lock": self.on_lock, "commit": self.on_commit}[event]
            if callback in current:
                current.remove(callback)

        return unsubscribe

    def changed(self, kind: str, case_id: int | None = None) -> None:
        for callback in list(self.on_change):
            callback(kind, case_id)

    # -- signal checklists (content loaded on first use, then cached) ---------
    @property
    def checklists(self) -> ChecklistService:
        """The checklist service over the bundled plus the municipality's lists."""
        return self._checklist_parts()[0]

    @property
    def content_problems(self) -> list[ContentProblem]:
        """Content files that were skipped (file, line, field, Dutch message)."""
        return list(self._checklist_parts()[1])

    def _checklist_parts(self) -> tuple[ChecklistService, list[ContentProblem]]:
        # Content is loaded under its own lock, never the database lock: a worker loading
        # content after unlock must not make the GUI thread's reads wait (issue 21).
        with self._content_lock:
            parts = getattr(self, "_checklist_cache", None)
            if parts is None:
                from desktop.content.catalog import load_default_catalog
                from desktop.services.checklists import ChecklistService

                catalog, problems = load_default_catalog(self.policy.content_dir)
                parts = self._checklist_cache = (ChecklistService(self, catalog), problems)
            return parts

    # -- reporting route and consultation tables (route content loaded on first use) ----
    @property
    def routes(self) -> RouteService:
        """The route service (bundled plus the municipality's route files)."""
        with self._lock:
            service = getattr(self, "_route_service", None)
            if service is None:
                from desktop.services.route.service import RouteService

                service = self._route_service = RouteService(self)
            return service

    @property
    def exports(self) -> ExportService:
        """The export pipeline (profiles loaded once per unlock); the one place it is built."""
        with self._lock:
            service = getattr(self, "_export_service", None)
            if service is None:
                from desktop.services.export.service import ExportService

                service = self._export_service = ExportService(self)
            return service

    @property
    def meetings(self) -> MeetingService:
        """Consultation tables (overleggen) and the cases brought into them."""
        with self._lock:
            service = getattr(self, "_meeting_service", None)
            if service is None:
                from desktop.services.meetings import MeetingService

                service = self._meeting_service = MeetingService(self)
            return service

    # -- retention (schedule, legal hold, purge) -------------------------------
    @property
    def retention(self) -> RetentionService:
        """Retention schedule, legal hold and the purge of due cases."""
        with self._lock:
            service = getattr(self, "_retention", None)
            if service is None:
                from desktop.services.monitoring.retention import RetentionService

                service = self._retention = RetentionService(self)
            return service

    # -- attachments (encrypted, chunked inside the database) ------------------
    @property
    def attachments(self) -> AttachmentService:
        """Files of a case: add, list, preview from memory, save as, remove."""
        with self._lock:
            service = getattr(self, "_attachments", None)
            if service is None:
                from desktop.services.attachments import AttachmentService

                service = self._attachments = AttachmentService(self)
            return service

    # -- settings and drafts (inside the encrypted database) ------------------
    def setting(self, key: str, default: str | None = None) -> str:
        """A stored setting; without a stored value ``default`` or the declared default
        (``desktop/services/settings_catalog.py``)."""
        with self.read() as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        if row:
            return str(row[0])
        if default is not None:
            return default
        from desktop.services import settings_catalog

        return settings_catalog.default(key)

    def set_setting(self, key: str, value: str) -> None:
        """Store a declared setting; an undeclared key or a value out of bounds is refused."""
        from desktop.services import settings_catalog

        settings_catalog.check(key, value)
        with self.write() as conn:
            conn.execute("INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key)"
                         " DO UPDATE SET value = excluded.value", (key, value))
            self.audit(conn, "instelling_gewijzigd", detail=key)

    def save_draft(self, key: str, payload: dict[str, Any]) -> None:
        from desktop.store.codec import now_s

        with self.write() as conn:
            conn.execute("INSERT INTO draft(key, payload, updated_at) VALUES (?,?,?) ON CONFLICT(key)"
                         " DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
                         (key, json.dumps(payload, ensure_ascii=False), now_s()))

    def load_draft(self, key: str) -> dict[str, Any] | None:
        with self.read() as conn:
            row = conn.execute("SELECT payload FROM draft WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def drop_draft(self, key: str) -> None:
        with self.write() as conn:
            conn.execute("DELETE FROM draft WHERE key = ?", (key,))

    # -- audit viewing --------------------------------------------------------
    def audit_entries(self, **filters: Any) -> list[audit.AuditEntry]:
        with self.read() as conn:
            return audit.entries(conn, **filters)

    def verify_audit(self) -> audit.ChainReport:
        with self.read() as conn:
            return audit.verify_chain(conn)
