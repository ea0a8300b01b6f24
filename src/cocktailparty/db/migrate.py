"""Migrations: Alembic to the latest revision, in one transaction, by one process at a time.

Many processes may start at once on a new data directory (the web app's processes, the worker, a CLI
command): each takes a lock first (a file lock beside the SQLite database, an advisory lock on
PostgreSQL), so one migrates while the others wait and then find nothing left to do. The whole upgrade
is one transaction on both databases, so a process killed halfway leaves the schema as it was.

Alembic is imported only when there is something to migrate: with Mako and Pygments under it, it costs every
process a third of a second at start, and the usual start finds the schema current, which a read of
`alembic_version` and the migration files' own `revision` lines tell.
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

MIGRATIONS = Path(__file__).parent / "migrations"
# Any fixed number: the advisory lock every CocktailParty process takes to migrate a PostgreSQL database.
PG_LOCK_KEY = 0x636F636B7461696C  # "cocktail"


if TYPE_CHECKING:
    from alembic.config import Config

_REVISION = re.compile(r"^(down_)?revision\s*=\s*['\"](\w+)['\"]", re.MULTILINE)


def _config() -> Config:
    from alembic.config import Config  # late: see the module's docstring

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def head() -> str | None:
    """The latest revision: the one no migration builds on, read from the files' `revision` and
    `down_revision` lines (Alembic writes them so; a test holds this equal to Alembic's own answer)."""
    revisions: set[str] = set()
    built_on: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for down, revision in _REVISION.findall(path.read_text(encoding="utf-8")):
            (built_on if down else revisions).add(revision)
    heads = revisions - built_on
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads, not one: {sorted(heads)}")
    return heads.pop()


def current(connection: Connection) -> str | None:
    """The database's revision, as Alembic records it (None for a database never migrated)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    revision = connection.scalar(text("SELECT version_num FROM alembic_version"))
    return None if revision is None else str(revision)


def upgrade(engine: Engine, settings: Settings | None = None) -> bool:
    """Bring the schema to the latest migration; returns whether anything had to be done."""
    target = head()
    with engine.connect() as connection:
        if current(connection) == target:
            return False  # the usual case, decided without a lock
    with _migration_lock(engine), engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
        if current(connection) == target:
            return False  # another process migrated while this one waited
        from alembic import command  # late: see the module's docstring

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
