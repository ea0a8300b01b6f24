"""Shared fixtures: one trained classifier per test session (cached where the data directory says), and the
application with the fake network registered, on one of two databases (SQLite, or PostgreSQL when
COCKTAIL_TEST_DATABASE_URL is set):
- `rollback_env` (and `session`): the database migrated once per test session, each test inside a transaction
  rolled back at its end. The default for service and repository tests.
- `app_env`: a database of the test's own that really commits (a new SQLite file, or PostgreSQL emptied), for
  tests whose work other threads or processes must see; marked `commits` in a domain's directory."""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from cocktailparty import db
from cocktailparty.classify import Classifier, load_classifier
from cocktailparty.config import get_settings
from cocktailparty.connectors import registry
from cocktailparty.models import Base
from cocktailparty.worker import tasks
from fake_network import SERVER, FakeServer
from outbound_fakes import fake_dns, listener, odd_server, other_listener  # noqa: F401  (fixtures for every test)

# Every local test server listens on 127.0.0.1 over plain http: the outbound guard's address check is lifted for
# the suite (and the servers and subprocesses it starts). Tests of the guard turn it back on (`guard_on`).
os.environ["COCKTAIL_ALLOW_PRIVATE_ADDRESSES"] = "1"
get_settings.cache_clear()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        names = getattr(item, "fixturenames", ())
        if "app_env" in names and "rollback_env" in names:
            raise pytest.UsageError(f"{item.nodeid}: app_env and rollback_env are two databases; take one")


@pytest.fixture
def guard_on() -> Iterator[None]:
    """The outbound guard as in production: private addresses refused, https only."""
    before = os.environ.get("COCKTAIL_ALLOW_PRIVATE_ADDRESSES")
    os.environ["COCKTAIL_ALLOW_PRIVATE_ADDRESSES"] = "0"
    get_settings.cache_clear()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("COCKTAIL_ALLOW_PRIVATE_ADDRESSES", None)
        else:
            os.environ["COCKTAIL_ALLOW_PRIVATE_ADDRESSES"] = before
        get_settings.cache_clear()


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # CI and developers keep the trained model between runs in COCKTAIL_DATA_DIR; otherwise a temp dir.
    data_dir = os.environ.get("COCKTAIL_DATA_DIR")
    if not data_dir:
        return tmp_path_factory.mktemp("models")
    models = Path(data_dir) / "models"
    models.mkdir(parents=True, exist_ok=True)  # the tests' data dirs link to it: it must exist
    return models


@pytest.fixture(scope="session")
def classifier(model_cache: Path) -> Classifier:
    return load_classifier(model_cache)


# Rows another connection may have committed to the shared PostgreSQL database (an `app_env` test, an earlier
# run): the next rolled-back test empties it first.
_committed = True


def _truncate(connection: Connection) -> None:
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


def _forget() -> None:
    get_settings.cache_clear()
    db.forget_engines()
    tasks._queue.cache_clear()


def _use(data_dir: Path, monkeypatch: pytest.MonkeyPatch, model_cache: Path, database: str | None) -> None:
    """The application's environment for one test: its own data directory, `database` (or SQLite in that
    directory), no Redis, the shared classifier cache, and a fresh fake network."""
    monkeypatch.setenv("COCKTAIL_DATA_DIR", str(data_dir))
    if database:
        monkeypatch.setenv("DATABASE_URL", database)
    else:
        monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("REDIS_URL", raising=False)
    # The classifier cache is shared with the session so the model trains once.
    (data_dir / "models").symlink_to(model_cache, target_is_directory=True)
    _forget()
    fresh = FakeServer()
    for name in vars(fresh):
        setattr(SERVER, name, getattr(fresh, name))
    assert "testnet" in registry.networks()


@pytest.fixture
def app_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model_cache: Path) -> Iterator[Path]:
    """The application on a database of its own that really commits: a new SQLite file, or the PostgreSQL
    database emptied. For tests whose work other threads or processes must see (the worker's threads, a live
    server, a browser, concurrent writers); a test in a domain's own directory that needs it is marked
    `commits`. The others take `rollback_env`."""
    global _committed
    database = os.environ.get("COCKTAIL_TEST_DATABASE_URL")
    _use(tmp_path, monkeypatch, model_cache, database)
    if database:
        _committed = True
        with db.get_engine().begin() as connection:
            _truncate(connection)
    yield tmp_path
    _forget()


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Engine]]:
    """The database every rolled-back test shares, migrated once per test session: a SQLite file, or the
    PostgreSQL database of COCKTAIL_TEST_DATABASE_URL."""
    url = (os.environ.get("COCKTAIL_TEST_DATABASE_URL")
           or f"sqlite:///{tmp_path_factory.mktemp('database') / 'cocktail.db'}")
    engine = db.make_engine(get_settings().model_copy(update={"database_url": url}).sqlalchemy_url)
    db.upgrade(engine)
    yield url, engine
    engine.dispose()


def _rows_left(connection: Connection) -> bool:
    tables = [table.name for table in Base.metadata.sorted_tables]
    return bool(connection.scalar(text("SELECT " + " OR ".join(f"EXISTS (SELECT 1 FROM {t})" for t in tables))))


@pytest.fixture
def rollback_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model_cache: Path,
                 migrated_database: tuple[str, Engine]) -> Iterator[Path]:
    """The application on the session's migrated database, inside one transaction rolled back when the test
    ends: every `session_scope` the services open joins it (each block a savepoint). Single-threaded tests
    only; one whose work another thread or process must see takes `app_env`."""
    global _committed
    url, engine = migrated_database
    if _committed and engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            _truncate(connection)
    _committed = False
    _use(tmp_path, monkeypatch, model_cache, url)
    connection = engine.connect()
    transaction = connection.begin()
    db.bind_sessions(connection)
    try:
        yield tmp_path
    finally:
        _forget()
        if transaction.is_active:
            transaction.rollback()
        connection.close()
    with engine.connect() as check:
        leaked = _rows_left(check)
    if leaked:  # something opened its own engine and committed past the test's transaction
        _committed = True
        if engine.dialect.name == "sqlite":
            with engine.begin() as connection:
                for table in reversed(Base.metadata.sorted_tables):
                    connection.execute(table.delete())
        pytest.fail("rows were committed outside the test's transaction: give this test `app_env` (and mark it "
                    "`commits`)")


@pytest.fixture
def db_env(request: pytest.FixtureRequest) -> Path:
    """`rollback_env`, or `app_env` for a test marked `commits`: for fixtures shared by both kinds of test."""
    return Path(request.getfixturevalue("app_env" if request.node.get_closest_marker("commits") else "rollback_env"))


@pytest.fixture
def session(rollback_env: Path) -> Iterator[Session]:
    """A session in the test's rolled-back transaction, for tests that call services directly."""
    with db.session_scope() as opened:
        yield opened


@pytest.fixture
def make_png(tmp_path: Path) -> Callable[..., Path]:
    """A real 2x2 grey PNG (its signature holds \\r\\n, which a careless multipart parser would mangle)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    def make(name: str, shade: int = 0) -> Path:
        rows = b"".join(b"\x00" + bytes([shade, shade]) for _ in range(2))
        png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
               + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
        path = tmp_path / name
        path.write_bytes(png)
        return path

    return make
