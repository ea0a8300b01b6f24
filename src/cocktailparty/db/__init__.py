"""The database: the engine (SQLite with WAL by default, PostgreSQL via DATABASE_URL), sessions, and
migrations applied with Alembic on first use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from cocktailparty.config import Settings, get_settings

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection, _record) -> None:  # type: ignore[no-untyped-def]
            # WAL lets the worker write while the CLI and the web app read; foreign keys are off by default.
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            # In WAL mode NORMAL never corrupts the database and loses nothing when the process dies; only
            # a power cut can undo the last commits. FULL would fsync every commit and cap publishing at
            # about a hundred posts a second.
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def upgrade(engine: Engine) -> None:
    """Bring the schema to the latest migration."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@lru_cache(maxsize=4)
def _engine_for(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    upgrade(engine)
    if url.startswith("sqlite"):
        # SQLite keeps no statistics unless asked: without them it reads a workspace's every post through the
        # wrong index. A bounded ANALYZE (tens of milliseconds at 100,000 posts) once per process fixes that;
        # PostgreSQL analyzes by itself.
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA analysis_limit=400")
            connection.exec_driver_sql("ANALYZE")
    return engine


def get_engine(settings: Settings | None = None) -> Engine:
    return _engine_for((settings or get_settings()).sqlalchemy_url)


@lru_cache(maxsize=4)
def _sessions_for(url: str) -> sessionmaker[Session]:
    return sessionmaker(_engine_for(url), expire_on_commit=False)


@contextmanager
def session_scope(settings: Settings | None = None) -> Iterator[Session]:
    """A session whose transaction commits when the block ends and rolls back on an error."""
    with _sessions_for((settings or get_settings()).sqlalchemy_url)() as session, session.begin():
        yield session


def forget_engines() -> None:
    """Drop the cached engines and session factories (after the settings changed, as in tests)."""
    _sessions_for.cache_clear()
    _engine_for.cache_clear()
