"""The record key a post is created under, derived from our own post key, so that publishing the same
post twice is refused by the PDS itself instead of showing the audience a duplicate."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

_BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz"
# app.bsky.feed.post requires TID record keys (a 53-bit microsecond clock and a 10-bit clock id, 13 characters).
# The clock cannot be the real publishing time: a retry after a crash comes later and must give the same key.
# So it is taken from the key's hash inside 2000-2020, before Bluesky existed: such keys never collide with the
# TIDs the PDS and other apps mint from the current time, and they list after every real post (listRecords
# lists newest key first). Bluesky's apps order posts by createdAt, which stays the real time.
_WINDOW_START_US = int(datetime(2000, 1, 1, tzinfo=UTC).timestamp() * 1_000_000)
_WINDOW_SPAN_US = int(datetime(2020, 1, 1, tzinfo=UTC).timestamp() * 1_000_000) - _WINDOW_START_US


def rkey_for(key: str) -> str:
    """The TID-shaped record key that belongs to our post `key` (the same key always gives the same rkey)."""
    digest = hashlib.sha256(f"cocktailparty:{key}".encode()).digest()
    clock_us = _WINDOW_START_US + int.from_bytes(digest[:8]) % _WINDOW_SPAN_US
    clock_id = int.from_bytes(digest[8:10]) & 0x3FF
    value = clock_us << 10 | clock_id
    chars = []
    for _ in range(13):
        chars.append(_BASE32_SORTABLE[value & 31])
        value >>= 5
    return "".join(reversed(chars))
