"""The fake Graph server (one per test session, on 127.0.0.1) and a connector pointed at it."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fake_graph import SPEC_DIR, FakeGraph

from cocktailparty.connectors.base import ChannelConfig
from cocktailparty.connectors.facebook import FacebookConnector


@pytest.fixture(scope="session")
def graph_server() -> Iterator[tuple[FakeGraph, str]]:
    if not SPEC_DIR.is_dir():
        pytest.skip(f"the Graph specs the fake is built from are missing: {SPEC_DIR}")
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
