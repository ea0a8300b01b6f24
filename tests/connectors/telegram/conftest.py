"""Connectors pointed at the fake Bot API server (one per test session, on 127.0.0.1, started in ../conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fake_bot_api import FakeBotApi

from cocktailparty.connectors.base import ChannelConfig
from cocktailparty.connectors.telegram.connector import TelegramConnector

MakeConnector = Callable[..., TelegramConnector]


@pytest.fixture
def make_connector(bot_api: FakeBotApi, api_url: str) -> MakeConnector:
    def make(token: str | None = None, channel: str = "@dubaicoffee", **extra: str) -> TelegramConnector:
        return TelegramConnector(ChannelConfig("telegram", api_url, token or bot_api.token, channel, extra=extra))

    return make


@pytest.fixture
def connector(make_connector: MakeConnector) -> TelegramConnector:
    return make_connector()
