"""Mastodon: publish, find, delete and read mentions through Mastodon.py, registered as "mastodon".

The package holds only what the composer reads (the limits and the count); `connector` is imported when a channel
is first used (connectors/networks.py), and registers itself."""

from cocktailparty.connectors.mastodon.limits import MASTODON_LIMITS, count_chars

__all__ = ["MASTODON_LIMITS", "count_chars"]
