"""The fake Bot API server (one per test session, on 127.0.0.1) and connectors pointed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fake_bot_api import FakeBotApi

from cocktailparty.connectors.base import ChannelConfig
from cocktailparty.connectors.telegram import TelegramConnector

MakeConnector = Callable[..., TelegramConnector]


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


@pytest.fixture
def make_connector(bot_api: FakeBotApi, api_url: str) -> MakeConnector:
    def make(token: str | None = None, channel: str = "@dubaicoffee", **extra: str) -> TelegramConnector:
        return TelegramConnector(ChannelConfig("telegram", api_url, token or bot_api.token, channel, extra=extra))

    return make


@pytest.fixture
def connector(make_connector: MakeConnector) -> TelegramConnector:
    return make_connector()
