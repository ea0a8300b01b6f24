"""Migrations: Alembic to the latest revision, in one transaction, by one process at a time.

Many processes may start at once on a new data directory (the web app's processes, the worker, a CLI
command): each takes a lock first (a file lock beside the SQLite database, an advisory lock on
PostgreSQL), so one migrates while the others wait and then find nothing left to do. The whole upgrade
is one transaction on both databases, so a process killed halfway leaves the schema as it was.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from cocktailparty.config import Settings

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
# Any fixed number: the advisory lock every CocktailParty process takes to migrate a PostgreSQL database.
PG_LOCK_KEY = 0x636F636B7461696C  # "cocktail"
# What a migration file says of itself: `revision = '0017'`, `down_revision = '0016'` (or a tuple of them, or None).
_REVISION = re.compile(r"^(down_revision|revision)\b[^=]*=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


@cache
def _latest_revisions() -> frozenset[str]:
    """The revisions no migration file revises, read from the files' own `revision` and `down_revision` lines: one,
    the head, when the history is a line. Alembic stays the authority (it migrates, and `head()` is its answer); this
    only lets a process whose database is up to date say so without importing Alembic, about 10 MB that every process
    would otherwise hold for the rest of its life (issue #13: the web process's memory). A test holds the two equal."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for name, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            (revisions if name == "revision" else revised).update(_QUOTED.findall(value))
    return frozenset(revisions - revised)


def _up_to_date(connection: Connection) -> bool:
    """Whether the database is at the newest migration, told by its alembic_version row alone. False when in doubt
    (no such table, several rows, a history that branches): Alembic then decides."""
    if not inspect(connection).has_table("alembic_version"):
        return False
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    latest = _latest_revisions()
    return len(rows) == 1 and len(latest) == 1 and rows[0] in latest


def upgrade(engine: Engine, settings: Settings | None = None) -> bool:
    """Bring the schema to the latest migration; returns whether anything had to be done."""
    with engine.connect() as connection:
        if _up_to_date(connection):
            return False  # the usual case, decided without a lock and without Alembic
    from alembic import command

    target = head()
    with engine.connect() as connection:
        if current(connection) == target:
            return False
    with _migration_lock(engine), engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
        if current(connection) == target:
            return False  # another process migrated while this one waited
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if not database or database == ":memory:":
            yield
            return
        lock_path = Path(database).with_name(Path(database).name + ".migrate-lock")
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
            os.close(descriptor)
    elif engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PG_LOCK_KEY})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PG_LOCK_KEY})
                connection.commit()
    else:
        yield
