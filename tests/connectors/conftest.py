"""The local servers of the connector tests, one of each per test session on 127.0.0.1: mastodon-mock, the
reference Bluesky PDS, the X fake behind Prism, the fake Telegram Bot API. They live here, above the networks'
folders, so a test of several networks at once (test_media_every_network.py) shares them with each network's own
tests instead of starting a second of each."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).parent
for folder in ("mastodon", "bluesky", "x", "telegram"):  # the servers' helper modules, as their own tests import them
    if str(HERE / folder) not in sys.path:
        sys.path.insert(0, str(HERE / folder))

from bluesky_pds import LocalPds, missing_requirement, start_local_pds  # noqa: E402
from fake_bot_api import FakeBotApi  # noqa: E402
from mastodon import Mastodon  # noqa: E402
from mastodon_mock_server import Account, MockServer, sign_up, start_server, stop_server  # noqa: E402
from x_fake import FakeX  # noqa: E402
from x_servers import INSTALL, PRISM, SPEC, Prism, free_port, start, wait_for  # noqa: E402


@pytest.fixture(scope="session")
def mastodon_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    if importlib.util.find_spec("mastodon_mock") is None:
        pytest.fail("mastodon-mock is not installed (pip install mastodon-mock==0.6.1)")
    process, server = start_server(tmp_path_factory.mktemp("mastodon_mock"))
    yield server
    stop_server(process)


@pytest.fixture(scope="session")
def app_credentials(mastodon_server: MockServer) -> tuple[str, str]:
    client_id, client_secret = Mastodon.create_app(
        "CocktailParty tests", scopes=["read", "write"], api_base_url=mastodon_server.base_url
    )
    return client_id, client_secret


@pytest.fixture(scope="session")
def new_account(mastodon_server: MockServer, app_credentials: tuple[str, str]) -> Callable[[str], Account]:
    """One more account, for a test that spoils its token."""
    return lambda username: sign_up(mastodon_server, app_credentials, username)


@pytest.fixture(scope="session")
def local_pds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalPds]:
    reason = missing_requirement()
    if reason:
        pytest.fail(reason)
    pds = start_local_pds(tmp_path_factory.mktemp("pds"))
    yield pds
    pds.stop()


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


@pytest.fixture(scope="session")
def bot_api_server() -> Iterator[tuple[FakeBotApi, str]]:
    fake = FakeBotApi()
    api_url = fake.start()
    yield fake, api_url
    fake.stop()


@pytest.fixture
def bot_api(bot_api_server: tuple[FakeBotApi, str]) -> FakeBotApi:
    fake, _ = bot_api_server
    fake.reset()
    return fake


@pytest.fixture
def api_url(bot_api_server: tuple[FakeBotApi, str]) -> str:
    return bot_api_server[1]
