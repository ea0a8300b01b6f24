"""The web app, and a browser-like client for it: on the session's database inside the test's rolled-back
transaction (`rollback_env`; the client's requests run one at a time, each on a thread of the app's, all on the
test's connection), or, for a test marked `commits`, on a database of its own that really commits (`app_env`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cocktailparty.web import ratelimit
from cocktailparty.web.app import create_app


@pytest.fixture
def web_app(db_env: Path) -> Iterator[FastAPI]:
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
