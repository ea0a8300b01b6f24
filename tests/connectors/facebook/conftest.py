"""The fake Graph server (one per test session, on 127.0.0.1) and a connector pointed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fake_graph import SPEC_DIR, FakeGraph

from cocktailparty.connectors.base import ChannelConfig
from cocktailparty.connectors.facebook.connector import FacebookConnector


@pytest.fixture(scope="session")
def graph_server() -> Iterator[tuple[FakeGraph, str]]:
    if not SPEC_DIR.is_dir():
        pytest.fail(f"the Graph specs the fake is built from are missing: {SPEC_DIR}")
    fake = FakeGraph()
    base_url = fake.start()
    yield fake, base_url
    fake.stop()


@pytest.fixture
def graph(graph_server: tuple[FakeGraph, str]) -> FakeGraph:
    fake, _ = graph_server
    fake.reset()
    return fake


@pytest.fixture
def graph_url(graph_server: tuple[FakeGraph, str]) -> str:
    return graph_server[1]


MakeConnector = Callable[..., FacebookConnector]


@pytest.fixture
def make_connector(graph: FakeGraph, graph_url: str) -> Iterator[MakeConnector]:
    made: list[FacebookConnector] = []

    def make(token: str | None = None, page_id: str | None = None) -> FacebookConnector:
        extra = {"page_id": page_id or graph.page_id}
        connector = FacebookConnector(ChannelConfig("facebook", graph_url, token or graph.token, extra=extra))
        made.append(connector)
        return connector

    yield make
    for connector in made:
        connector.close()


@pytest.fixture
def connector(make_connector: MakeConnector) -> FacebookConnector:
    return make_connector()
