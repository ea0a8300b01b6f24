"""Fixtures for the Mastodon connector tests: accounts made through the API as on a real instance, on the
session's mastodon-mock server (started in ../conftest.py, on 127.0.0.1 and a free port)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from mastodon_mock_server import Account, Faults, MockServer, sign_up, write_png

from cocktailparty.connectors.base import ChannelConfig
from cocktailparty.connectors.mastodon.connector import MastodonConnector


@pytest.fixture(scope="session")
def alice(mastodon_server: MockServer, app_credentials: tuple[str, str]) -> Account:
    """The channel's account: the one the connector publishes as."""
    return sign_up(mastodon_server, app_credentials, "alice")


@pytest.fixture(scope="session")
def bob(mastodon_server: MockServer, app_credentials: tuple[str, str]) -> Account:
    """Someone in the audience who replies and mentions."""
    return sign_up(mastodon_server, app_credentials, "bob")


@pytest.fixture(scope="session")
def channel_config(mastodon_server: MockServer) -> Callable[..., ChannelConfig]:
    """A ChannelConfig for this server: channel_config(token, max_chars="1000")."""

    def make(token: str, **extra: str) -> ChannelConfig:
        return ChannelConfig(network="mastodon", base_url=mastodon_server.base_url, token=token, extra=extra)

    return make


@pytest.fixture
def connector(channel_config: Callable[..., ChannelConfig], alice: Account) -> MastodonConnector:
    return MastodonConnector(channel_config(alice.token), request_timeout=5.0)


@pytest.fixture
def faults(mastodon_server: MockServer) -> Iterator[Faults]:
    injector = Faults(mastodon_server.base_url)
    yield injector
    injector.clear()


@pytest.fixture
def png_file(tmp_path: Path) -> Path:
    return write_png(tmp_path / "pixel.png")
