"""The web app on a fresh database (see `app_env`), and a browser-like client for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cocktailparty.web import ratelimit
from cocktailparty.web.app import create_app


@pytest.fixture
def web_app(app_env: Path) -> Iterator[FastAPI]:
    ratelimit.reset()
    yield create_app()
    ratelimit.reset()


@pytest.fixture
def client(web_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(web_app, base_url="http://testserver") as test_client:
        yield test_client


@pytest.fixture
def other_client(web_app: FastAPI) -> Iterator[TestClient]:
    """A second browser: another person, with their own cookies."""
    with TestClient(web_app, base_url="http://testserver") as test_client:
        yield test_client
