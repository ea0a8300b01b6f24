"""Migrations: Alembic to the latest revision, in one transaction, by one process at a time.

Many processes may start at once on a new data directory (the web app's processes, the worker, a CLI
command): each takes a lock first (a file lock beside the SQLite database, an advisory lock on
PostgreSQL), so one migrates while the others wait and then find nothing left to do. The whole upgrade
is one transaction on both databases, so a process killed halfway leaves the schema as it was.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from cocktailparty.config import Settings

MIGRATIONS = Path(__file__).parent / "migrations"
# Any fixed number: the advisory lock every CocktailParty process takes to migrate a PostgreSQL database.
PG_LOCK_KEY = 0x636F636B7461696C  # "cocktail"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head() -> str | None:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, settings: Settings | None = None) -> bool:
    """Bring the schema to the latest migration; returns whether anything had to be done."""
    target = head()
    with engine.connect() as connection:
        if current(connection) == target:
            return False  # the usual case, decided without a lock
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
