"""Bluesky: posts, images, replies and mentions through the account's PDS (the `atproto` client)."""

from cocktailparty.connectors.base import ChannelConfig
from cocktailparty.connectors.bluesky.connector import BlueskyConnector
from cocktailparty.connectors.bluesky.limits import LIMITS, count_graphemes
from cocktailparty.connectors.bluesky.rkey import rkey_for
from cocktailparty.connectors.registry import register_connector

__all__ = ["LIMITS", "BlueskyConnector", "count_graphemes", "rkey_for"]


def _connect(config: ChannelConfig) -> BlueskyConnector:
    return BlueskyConnector(config)


register_connector("bluesky", _connect)
