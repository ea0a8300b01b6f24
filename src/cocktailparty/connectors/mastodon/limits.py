"""What a Mastodon status may hold, counted the way Mastodon counts: read by the composer and the checks without
the connector."""

from __future__ import annotations

import re

import regex

from cocktailparty.connectors.base import Limits
from cocktailparty.connectors.networks import NETWORKS
from cocktailparty.connectors.x.text_length import url_spans

URL_CHARS = 23
# A remote mention counts as its @user part only (the server's StatusLengthValidator; Mastodon.py's
# get_status_length spells it the same way).
_REMOTE_MENTION = re.compile(r"(^|[^/\w])@(([a-z0-9_]+)@[a-z0-9\.\-]+[a-z0-9]+)", re.IGNORECASE)
_GRAPHEME = regex.compile(r"\X")


def count_chars(text: str) -> int:
    """Characters as Mastodon counts them: grapheme clusters, every http(s) URL as 23, and a remote mention
    (@user@domain) as its @user part only. The URLs are found by twitter-text's grammar, which the server and
    Mastodon.py use too (X's counting has it: connectors/x/text_length.py); a test holds this count equal to
    Mastodon.py's, which the composer no longer loads (its import weighs on the web process). One difference: a
    run of more than 1,000 characters without a space is counted as text, as X's counting does (searching it for
    links takes quadratic time), where Mastodon would count a link that long as 23."""
    parts, position = [], 0
    for start, end in url_spans(text):
        if text[start:end].lower().startswith(("http://", "https://")):  # Mastodon counts links with a scheme only
            parts.append(text[position:start] + "x" * URL_CHARS)
            position = end
    countable = _REMOTE_MENTION.sub(r"\1@\3", "".join(parts) + text[position:])
    return sum(1 for _ in _GRAPHEME.finditer(countable))


# Mastodon's defaults (instance settings can differ; `extra["max_chars"]` follows an instance's own limit).
MASTODON_LIMITS = Limits(
    max_chars=500,
    count_chars=count_chars,
    max_media=4,
    max_media_bytes=16 * 2**20,  # the image limit since Mastodon 4.3 (10 MiB before)
    media_types=("image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/heic", "image/heif"),
    polls=True,
    max_poll_options=4,
    video_types=NETWORKS["mastodon"].media.video_types,  # one video, alone (networks.py)
    max_video_bytes=NETWORKS["mastodon"].media.video_bytes,
)
