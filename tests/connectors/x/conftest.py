"""Servers for the X connector tests, on 127.0.0.1 for the whole session: a stateful fake of the X API, and
Prism (npm @stoplight/prism-cli, installed in ./prism) holding traffic to X's official OpenAPI description:
`prism proxy` in front of the fake checks every request and answer of the round trips, and `prism mock`
answers with data generated from the spec. Prism missing from ./prism/node_modules (or COCKTAIL_PRISM)
skips the Prism tests, with the command that installs it."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from x_fake import TOKEN, FakeX
from x_servers import INSTALL, PRISM, SPEC, Prism, free_port, start, wait_for

from cocktailparty.connectors.base import ChannelConfig
from cocktailparty.connectors.x import XConnector


@pytest.fixture(scope="session")
def x_fake() -> Iterator[FakeX]:
    fake = FakeX()
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def prism(x_fake: FakeX, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    if not PRISM.exists():
        pytest.fail(f"Prism is not installed at {PRISM}: run `{INSTALL}` (Node 20)")
    if not SPEC.exists():
        pytest.fail(f"the X OpenAPI description is missing: {SPEC}")
    logs = tmp_path_factory.mktemp("prism")
    mock_port, proxy_port = free_port(), free_port()
    # --errors: a request or an answer that breaks the spec gets an error answer instead of going through.
    # --dynamic: the mock's ids then follow the spec's patterns (its static examples break them).
    mock = ["mock", "-p", str(mock_port), "--dynamic", "--seed", "7", str(SPEC)]
    proxy = ["proxy", "-p", str(proxy_port), str(SPEC), x_fake.base_url]
    servers = {
        mock_port: start([str(PRISM), *mock, "-h", "127.0.0.1", "--errors"], logs / "mock.log"),
        proxy_port: start([str(PRISM), *proxy, "-h", "127.0.0.1", "--errors"], logs / "proxy.log"),
    }
    try:
        for port, process in servers.items():  # both load the spec at once: about 5 s on two cores
            wait_for(port, process, timeout=90)
        yield Prism(f"http://127.0.0.1:{mock_port}", f"http://127.0.0.1:{proxy_port}", logs)
    finally:
        for process in servers.values():
            process.terminate()
        for process in servers.values():
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def fake(x_fake: FakeX) -> FakeX:
    """The fake, emptied for one test."""
    x_fake.reset()
    return x_fake


@pytest.fixture
def x(prism: Prism, fake: FakeX) -> Iterator[XConnector]:
    """A connector talking to the fake through Prism's validating proxy."""
    connector = XConnector(ChannelConfig("x", base_url=prism.proxy, token=TOKEN))
    yield connector
    connector.close()
