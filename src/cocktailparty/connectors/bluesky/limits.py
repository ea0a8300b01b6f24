"""What a Bluesky post may hold, counted the way Bluesky counts: text in grapheme clusters, not code points."""

from __future__ import annotations

import regex

from cocktailparty.connectors.base import Limits
from cocktailparty.connectors.networks import NETWORKS

MAX_GRAPHEMES = 300  # app.bsky.feed.post#text maxGraphemes
MAX_TEXT_BYTES = 3000  # app.bsky.feed.post#text maxLength: lexicon string lengths are UTF-8 bytes
MAX_IMAGE_BYTES = 1_000_000  # app.bsky.embed.images#image maxSize

_GRAPHEME = regex.compile(r"\X")


def count_graphemes(text: str) -> int:
    """User-perceived characters (Unicode extended grapheme clusters), as Bluesky's apps count them:
    a skin-toned emoji, a flag, a ZWJ family or an Arabic letter with its diacritics is one."""
    return sum(1 for _ in _GRAPHEME.finditer(text))


LIMITS = Limits(
    max_chars=MAX_GRAPHEMES,
    count_chars=count_graphemes,
    max_media=4,
    max_media_bytes=MAX_IMAGE_BYTES,
    media_types=("image/jpeg", "image/png", "image/webp", "image/gif"),
    polls=False,
    video_types=NETWORKS["bluesky"].media.video_types,  # one video, alone (networks.py)
    max_video_bytes=NETWORKS["bluesky"].media.video_bytes,
)
