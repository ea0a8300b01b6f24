"""Mastodon: publish, find, delete and read mentions through Mastodon.py; registers itself as "mastodon"."""

from cocktailparty.connectors.mastodon.connector import MASTODON_LIMITS, MastodonConnector
from cocktailparty.connectors.mastodon.text import count_chars
from cocktailparty.connectors.registry import register_connector

register_connector("mastodon", MastodonConnector)

__all__ = ["MASTODON_LIMITS", "MastodonConnector", "count_chars"]
