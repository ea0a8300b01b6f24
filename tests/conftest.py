"""Shared fixtures: one trained classifier per test session (cached where the data directory says),
and `app_env`: the application on a fresh database (SQLite in a temp dir, or PostgreSQL when
COCKTAIL_TEST_DATABASE_URL is set) with the fake network registered."""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

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


@pytest.fixture
def app_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model_cache: Path) -> Iterator[Path]:
    monkeypatch.setenv("COCKTAIL_DATA_DIR", str(tmp_path))
    database = os.environ.get("COCKTAIL_TEST_DATABASE_URL")
    if database:
        monkeypatch.setenv("DATABASE_URL", database)
    else:
        monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("REDIS_URL", raising=False)
    # The classifier cache is shared with the session so the model trains once.
    (tmp_path / "models").symlink_to(model_cache, target_is_directory=True)
    get_settings.cache_clear()
    db.forget_engines()
    tasks._queue.cache_clear()
    if database:
        with db.get_engine().begin() as connection:
            tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    fresh = FakeServer()
    for name in vars(fresh):
        setattr(SERVER, name, getattr(fresh, name))
    assert "testnet" in registry.networks()
    yield tmp_path
    get_settings.cache_clear()
    db.forget_engines()
    tasks._queue.cache_clear()


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
