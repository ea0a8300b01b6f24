"""Bluesky: posts, images, replies and mentions through the account's PDS (the `atproto` client), registered as
"bluesky".

The package holds only what the composer reads (the limits and the count) and the record key; `connector` is
imported when a channel is first used (connectors/networks.py), and registers itself."""

from cocktailparty.connectors.bluesky.limits import LIMITS, count_graphemes
from cocktailparty.connectors.bluesky.rkey import rkey_for

__all__ = ["LIMITS", "count_graphemes", "rkey_for"]
