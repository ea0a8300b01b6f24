"""The web app on a fresh database (see `app_env`), an HTTP client for its JSON API, and teams (see
api_team.py)."""

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
def api_app(app_env: Path, classifier: Classifier) -> Iterator[FastAPI]:
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
