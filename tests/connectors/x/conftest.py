"""Servers for the X connector tests (started in ../conftest.py), on 127.0.0.1 for the whole session: a stateful
fake of the X API, and Prism (npm @stoplight/prism-cli, installed in ./prism) holding traffic to X's official
OpenAPI description: `prism proxy` in front of the fake checks every request and answer of the round trips, and
`prism mock` answers with data generated from the spec. Prism missing from ./prism/node_modules (or
COCKTAIL_PRISM) skips the Prism tests, with the command that installs it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from x_fake import TOKEN, FakeX
from x_servers import Prism

from cocktailparty.connectors.base import ChannelConfig
from cocktailparty.connectors.x.connector import XConnector


@pytest.fixture
def x(prism: Prism, fake: FakeX) -> Iterator[XConnector]:
    """A connector talking to the fake through Prism's validating proxy."""
    connector = XConnector(ChannelConfig("x", base_url=prism.proxy, token=TOKEN))
    yield connector
    connector.close()
