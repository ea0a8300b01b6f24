"""Migrations run once, under a lock, in one transaction: many processes starting on a new database at
the same moment all come up, and the schema they leave is exactly the models'."""

from __future__ import annotations

import os
import secrets
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from cocktailparty import db
from cocktailparty.config import Settings
from cocktailparty.db import migrate
from cocktailparty.db.migrate import _latest_revisions, current, head
from cocktailparty.models import Base

RACE = """
import sys
from cocktailparty import db
from cocktailparty.db.migrate import current
engine = db.get_engine()
with engine.connect() as connection:
    print(current(connection))
"""


def test_the_newest_migration_read_from_the_files_is_alembics_head() -> None:
    # A process whose database is at this revision starts without importing Alembic (db.migrate._up_to_date).
    assert _latest_revisions() == {head()}


def test_a_database_one_migration_behind_is_migrated_then_found_up_to_date(tmp_path: Path) -> None:
    config = migrate._config()
    newest = ScriptDirectory.from_config(config).get_revision(head())
    assert newest is not None and isinstance(newest.down_revision, str)
    engine = create_engine(f"sqlite:///{tmp_path / 'behind.db'}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, newest.down_revision)
    assert migrate.upgrade(engine) is True
    assert migrate.upgrade(engine) is False
    with engine.connect() as connection:
        assert migrate.current(connection) == head()
    engine.dispose()


@pytest.fixture
def fresh_database(tmp_path: Path) -> Iterator[str]:
    """An empty database: a new SQLite file, or a new PostgreSQL database beside the test one."""
    server = os.environ.get("COCKTAIL_TEST_DATABASE_URL")
    if not server:
        yield f"sqlite:///{tmp_path / 'data' / 'cocktail.db'}"
        return
    name = f"cocktail_migrate_{secrets.token_hex(4)}"
    admin = create_engine(Settings(database_url=server).sqlalchemy_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def _settings(url: str, tmp_path: Path) -> Settings:
    if url.startswith("sqlite"):
        return Settings(data_dir=Path(url.removeprefix("sqlite:///")).parent)
    return Settings(data_dir=tmp_path / "data", database_url=url)


def _process_env(settings: Settings) -> dict[str, str]:
    """The environment of a CocktailParty process on these settings' data directory and database."""
    env = {**os.environ, "COCKTAIL_DATA_DIR": str(settings.data_dir)}
    if settings.database_url:
        env["DATABASE_URL"] = settings.database_url
    else:
        env.pop("DATABASE_URL", None)
    return env


def test_processes_starting_together_on_a_new_database_all_come_up(fresh_database: str, tmp_path: Path) -> None:
    settings = _settings(fresh_database, tmp_path)
    env = _process_env(settings)
    racers = [subprocess.Popen([sys.executable, "-c", RACE], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True) for _ in range(8)]
    results = [racer.communicate(timeout=120) for racer in racers]
    assert [(racer.returncode, err.strip().splitlines()[-1:] if err.strip() else []) for racer, (_, err)
            in zip(racers, results, strict=True)] == [(0, [])] * 8
    assert {out.strip() for out, _ in results} == {head()}
    engine = db.make_engine(settings.sqlalchemy_url, settings)
    try:
        assert set(inspect(engine).get_table_names()) >= set(Base.metadata.tables)
    finally:
        engine.dispose()


def test_the_migrated_schema_is_the_models_schema(fresh_database: str, tmp_path: Path) -> None:
    settings = _settings(fresh_database, tmp_path)
    db.private_folder(settings.data_dir)
    engine = db.make_engine(settings.sqlalchemy_url, settings)
    try:
        assert db.upgrade(engine, settings) is True
        assert db.upgrade(engine, settings) is False  # at head: nothing to do
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
    finally:
        engine.dispose()


# A command on a database at the head: the schema is checked without loading Alembic (and Mako under it).
STARTS_WITHOUT_ALEMBIC = """
import sys
from cocktailparty import db
from cocktailparty.cli import app
db.get_engine()
print(sorted(name for name in ("alembic", "mako") if name in sys.modules))
"""


def test_a_process_on_a_current_database_does_not_load_alembic(fresh_database: str, tmp_path: Path) -> None:
    settings = _settings(fresh_database, tmp_path)
    db.private_folder(settings.data_dir)
    engine = db.make_engine(settings.sqlalchemy_url, settings)
    try:
        assert db.upgrade(engine, settings) is True
        with engine.connect() as connection:
            assert current(connection) == head() == MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()
    env = _process_env(settings)
    started = subprocess.run([sys.executable, "-c", STARTS_WITHOUT_ALEMBIC], env=env, capture_output=True, text=True,
                             timeout=120)
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == "[]"


def test_a_database_never_migrated_has_no_revision(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        with engine.connect() as connection:
            assert current(connection) is None
    finally:
        engine.dispose()


def test_sqlite_ddl_is_transactional(tmp_path: Path) -> None:
    """A migration that fails halfway leaves no half-made tables behind."""
    settings = Settings(data_dir=tmp_path)
    engine = db.make_engine(settings.sqlalchemy_url, settings)
    try:
        with pytest.raises(RuntimeError), engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE halfway (x INTEGER)")
            raise RuntimeError("the migration failed here")
        assert "halfway" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_the_data_directory_and_database_are_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    settings = Settings(data_dir=data)
    db.forget_engines()
    try:
        db.get_engine(settings)
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        assert stat.S_IMODE((data / "cocktail.db").stat().st_mode) == 0o600
    finally:
        db.forget_engines()


def test_the_data_directory_is_private_when_the_database_is_elsewhere(tmp_path: Path) -> None:
    """Uploads, reports and the queue live in the data directory whatever the database (PostgreSQL, or a SQLite
    file elsewhere): it is made private all the same."""
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    server = os.environ.get("COCKTAIL_TEST_DATABASE_URL")
    settings = Settings(data_dir=data, database_url=server or f"sqlite:///{tmp_path / 'elsewhere' / 'cocktail.db'}")
    db.forget_engines()
    try:
        db.get_engine(settings)
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
    finally:
        db.forget_engines()
