"""The local feed server for the curation tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from feed_server import FeedServer


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    server = FeedServer()
    yield server
    server.close()
