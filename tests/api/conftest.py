"""The web app, an HTTP client for its JSON API, and teams (see api_team.py): on the session's database inside the
test's rolled-back transaction (`rollback_env`), or on a database of its own for a test marked `commits`
(`app_env`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from api_team import Team, make_team
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cocktailparty.classify import Classifier
from cocktailparty.web import ratelimit
from cocktailparty.web.app import create_app


@pytest.fixture
def api_app(db_env: Path, classifier: Classifier) -> Iterator[FastAPI]:
    # `classifier` trains the model once per test session into the cache the app reads.
    ratelimit.reset()
    yield create_app()
    ratelimit.reset()


@pytest.fixture
def api(api_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(api_app, base_url="http://testserver/api/v1") as client:
        yield client


@pytest.fixture
def teams(api_app: FastAPI) -> Callable[[str], Team]:
    """Makes a team in the app's database: `teams("Acme")`."""
    return make_team


@pytest.fixture
def team(teams: Callable[[str], Team]) -> Team:
    return teams("Acme")
