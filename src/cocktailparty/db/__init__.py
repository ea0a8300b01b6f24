"""The database: the engine (SQLite with WAL by default, PostgreSQL via DATABASE_URL), sessions, and
migrations applied with Alembic, once, under a lock, before anything reads the schema."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from cocktailparty.config import Settings, get_settings
from cocktailparty.db.migrate import upgrade

__all__ = [
    "bind_sessions", "forget_engines", "get_engine", "make_engine", "pool_size", "private_folder", "release_connection",
    "restrict_files", "session_scope", "upgrade", "wrote_in_transaction",
]

# Connections beyond the web app's admitted requests: the warm-up thread, a CLI call sharing the process.
POOL_SPARE = 4


def pool_size(settings: Settings) -> int:
    """Every request the web app admits at once can hold a connection, with a few to spare: a request
    never waits for a connection while holding a thread another request needs (see web/admission.py)."""
    return settings.web_concurrency + POOL_SPARE


# A connection's flag, set while its transaction has written (see `wrote_in_transaction`).
_WROTE = "cocktail_wrote"
# The first words of statements that write nothing.
_FIRST_WORD = re.compile(r"\s*(\w+)")
_READS = frozenset({"SELECT", "PRAGMA", "BEGIN", "SAVEPOINT", "RELEASE", "ROLLBACK", "SHOW", "EXPLAIN"})


def _watch_writes(engine: Engine) -> None:
    """Remember, per connection, whether the transaction it is in has written (until it commits or rolls back)."""

    @event.listens_for(engine, "before_cursor_execute")
    def _wrote(connection, _cursor, statement, _parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if not connection.info.get(_WROTE):
            first = _FIRST_WORD.match(statement)
            if first is None or first.group(1).upper() not in _READS:
                connection.info[_WROTE] = True

    @event.listens_for(engine, "commit")
    @event.listens_for(engine, "rollback")
    def _ended(connection) -> None:  # type: ignore[no-untyped-def]
        connection.info.pop(_WROTE, None)

    @event.listens_for(engine.pool, "checkin")
    def _returned(_dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        record.info.pop(_WROTE, None)


def wrote_in_transaction(session: Session) -> bool:
    """Whether the transaction `session` is in has written anything yet (in the tests, where every block joins one
    transaction, whether any block of it has). A figure kept under a stamp the database raises is not read or kept
    then: PostgreSQL raises the stamps when the transaction commits, so inside it they do not yet tell its writes."""
    return bool(session.connection().info.get(_WROTE))


def make_engine(url: str, settings: Settings | None = None) -> Engine:
    size = pool_size(settings or get_settings())
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30}, pool_size=size, max_overflow=0, pool_timeout=30)
        _watch_writes(engine)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection, _record) -> None:  # type: ignore[no-untyped-def]
            # We emit BEGIN ourselves (below): the driver's own handling skips it before DDL, so a
            # migration that failed halfway would leave half its tables behind.
            connection.isolation_level = None
            cursor = connection.cursor()
            # WAL lets the worker write while the CLI and the web app read; foreign keys are off by default.
            cursor.execute("PRAGMA journal_mode=WAL")
            # In WAL mode NORMAL never corrupts the database and loses nothing when the process dies; only
            # a power cut can undo the last commits. FULL would fsync every commit and cap publishing at
            # about a hundred posts a second.
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
            # A transaction that will write takes the write lock at once (IMMEDIATE), so it waits its turn
            # (busy_timeout) instead of failing when another writer committed after it first read.
            mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
            connection.exec_driver_sql(f"BEGIN {mode}")

        return engine
    engine = create_engine(url, pool_pre_ping=True, pool_size=size, max_overflow=0, pool_timeout=30)
    _watch_writes(engine)
    return engine


_engines: dict[str, Engine] = {}
# Engines `bind_sessions` lent us: their owner disposes them, not `forget_engines`.
_borrowed: set[str] = set()
_engines_lock = threading.Lock()


def _engine_for(url: str, settings: Settings) -> Engine:
    # One engine per URL and process; the first caller migrates while the others wait for it.
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            # The data directory holds uploads, reports and the queue whichever database is used.
            private_folder(settings.data_dir)
            if url.startswith("sqlite:///"):
                private_folder(Path(url.removeprefix("sqlite:///")).parent)
            engine = make_engine(url, settings)
            upgrade(engine, settings)
            restrict_files(engine)
            if url.startswith("sqlite"):
                # SQLite keeps no statistics unless asked: without them it reads a workspace's every post
                # through the wrong index. A bounded ANALYZE (tens of milliseconds at 100,000 posts) once per
                # process fixes that; PostgreSQL analyzes by itself.
                with engine.begin() as connection:
                    connection.exec_driver_sql("PRAGMA analysis_limit=400")
                    connection.exec_driver_sql("ANALYZE")
            _engines[url] = engine
        return engine


def private_folder(folder: Path) -> Path:
    """A folder of ours (the data directory, uploads): made if missing, and readable by its owner only,
    so the database, its tokens and uploaded archives are not open to every account on the machine."""
    folder.mkdir(parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o077:
        folder.chmod(0o700)
    return folder


def restrict_files(engine: Engine) -> None:
    """The SQLite database and its WAL: readable and writable by their owner only."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return
    path = Path(database)
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if part.exists():
            part.chmod(0o600)


def get_engine(settings: Settings | None = None) -> Engine:
    settings = settings or get_settings()
    return _engine_for(settings.sqlalchemy_url, settings)


_factories: dict[tuple[str, bool], sessionmaker[Session]] = {}


def _sessions_for(settings: Settings, write: bool) -> sessionmaker[Session]:
    key = (settings.sqlalchemy_url, write)
    factory = _factories.get(key)
    if factory is None:
        engine = get_engine(settings)
        bind = engine.execution_options(sqlite_begin="IMMEDIATE") if write else engine
        factory = _factories[key] = sessionmaker(bind, expire_on_commit=False)
    return factory


@contextmanager
def session_scope(settings: Settings | None = None, *, write: bool = False) -> Iterator[Session]:
    """A session whose transaction commits when the block ends and rolls back on an error. `write` says
    the block will write: on SQLite it then takes the write lock when it begins (see make_engine)."""
    with _sessions_for(settings or get_settings(), write)() as session:
        try:
            yield session
        except BaseException:
            session.rollback()
            raise
        session.commit()


def bind_sessions(connection: Connection, settings: Settings | None = None) -> None:
    """Run every `session_scope` of these settings on `connection`, inside the transaction its owner began:
    a block's commit then only releases a savepoint, and the owner's rollback undoes everything. `get_engine`
    answers with the connection's engine (already migrated: its events, such as a statement counter, see every
    block). The tests run each test so, on a database migrated once; `forget_engines` ends it."""
    url = (settings or get_settings()).sqlalchemy_url
    with _engines_lock:
        if url in _engines and url not in _borrowed:
            _engines.pop(url).dispose()
        _engines[url] = connection.engine
        _borrowed.add(url)
    for write in (False, True):
        factory = _factories[(url, write)] = sessionmaker(connection, expire_on_commit=False,
                                                          join_transaction_mode="create_savepoint")
        if connection.dialect.name == "postgresql":
            event.listen(factory, "after_commit", lambda _session: _commit_point(connection))


def _commit_point(connection: Connection) -> None:
    """What a real commit does on PostgreSQL that releasing a savepoint does not, done at each bound block's end:
    the deferred triggers fire, and the workspaces' change and inbox stamps (migrations 0006 and 0018) forget that
    this transaction already raised them, so the next block raises them again as its own transaction would."""
    connection.exec_driver_sql("SET CONSTRAINTS ALL IMMEDIATE")
    connection.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    connection.exec_driver_sql("SELECT set_config(flag || workspace_id, '', true) FROM workspace_stamps, "
                               "(VALUES ('cocktail.stamp_'), ('cocktail.inbox_stamp_')) AS flags (flag)")


def release_connection(session: Session) -> None:
    """Before waiting on a network: commit what the block did so far and give its connection back to the
    pool, so a slow network never holds one of the few connections every request needs. The block goes on
    in a new transaction at its next query. Only for such waits, never as a way to save."""
    session.commit()


def forget_engines() -> None:
    """Drop the cached engines and session factories (after the settings changed, as in tests)."""
    with _engines_lock:
        _factories.clear()
        for url, engine in _engines.items():
            if url not in _borrowed:
                engine.dispose()
        _engines.clear()
        _borrowed.clear()
