"""Forward-only schema migrations keyed by ``PRAGMA user_version``.

Version 1 is ``schema_v1.sql``; every later version is one file ``schema_updates/NNN_topic.sql``,
applied in name order (version = 1 + number of files applied). Never edit or renumber a file once it
has landed on main: add a new one. Each migration runs inside one transaction. Before migrating an existing database
an encrypted copy is written with ``VACUUM INTO`` (same key) into ``backups/``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from importlib import resources
from pathlib import Path

from desktop.store.connection import Connection
from desktop.store.errors import StoreError
from desktop.store.tx import transaction

Migration = Callable[[Connection], None]


def _v1(conn: Connection) -> None:
    sql = resources.files("desktop.store").joinpath("schema_v1.sql").read_text(encoding="utf-8")
    for statement in _split_sql(sql):
        conn.execute(statement)


def _split_sql(sql: str) -> list[str]:
    """Split a schema script into statements (triggers contain ';' inside BEGIN…END)."""
    statements: list[str] = []
    buf: list[str] = []
    in_trigger = False
    for line in sql.splitlines():
        stripped = line.strip()
        if not buf and (not stripped or stripped.startswith("--")):
            continue
        buf.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            in_trigger = True
        if in_trigger:
            if upper.endswith("END;"):
                statements.append("\n".join(buf))
                buf, in_trigger = [], False
        elif stripped.endswith(";"):
            statements.append("\n".join(buf))
            buf = []
    return statements


def _sql_step(name: str) -> Migration:
    def step(conn: Connection) -> None:
        sql = resources.files("desktop.store").joinpath("schema_updates", name).read_text(encoding="utf-8")
        for statement in _split_sql(sql):
            conn.execute(statement)
    step.__name__ = f"_update_{name.removesuffix('.sql')}"
    return step


def _updates() -> list[str]:
    folder = resources.files("desktop.store").joinpath("schema_updates")
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".sql"))


MIGRATIONS: list[tuple[int, Migration]] = [(1, _v1)] + [
    (index + 2, _sql_step(name)) for index, name in enumerate(_updates())
]


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def latest_version(migrations: list[tuple[int, Migration]] | None = None) -> int:
    return (migrations or MIGRATIONS)[-1][0]


def migrate(conn: Connection, db_path: Path, migrations: list[tuple[int, Migration]] | None = None
            ) -> Path | None:
    """Bring the schema up to date. Returns the backup path when a backup was taken."""
    migrations = migrations or MIGRATIONS
    current = schema_version(conn)
    target = migrations[-1][0]
    if current > target:
        raise StoreError(
            "Dit register is gemaakt met een nieuwere versie van Schakel. Installeer die versie."
        )
    if current == target:
        return None
    backup = _backup_before_migration(conn, db_path, current) if current > 0 else None
    for version, step in migrations:
        if version <= current:
            continue
        with transaction(conn):
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
    return backup


def _backup_before_migration(conn: Connection, db_path: Path, current: int) -> Path:
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"voor-migratie-v{current}-{stamp}.db"
    conn.execute("VACUUM INTO ?", (str(target),))
    try:
        os.chmod(target, 0o600)  # issue 13: every file Schakel writes is owner-only
    except OSError:
        pass
    return target
