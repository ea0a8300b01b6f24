"""What a Mastodon status may hold, counted the way Mastodon counts: read by the composer and the checks without
the connector."""

from __future__ import annotations

from mastodon import Mastodon

from cocktailparty.connectors.base import Limits


def count_chars(text: str) -> int:
    """Characters as Mastodon counts them: grapheme clusters, every http(s) URL as 23, and a
    remote mention (@user@domain) as its @user part only."""
    # Mastodon.py mirrors the server's StatusLengthValidator; it needs the graphemeu package for clusters.
    return int(Mastodon.get_status_length(text))


# Mastodon's defaults (instance settings can differ; `extra["max_chars"]` follows an instance's own limit).
MASTODON_LIMITS = Limits(
    max_chars=500,
    count_chars=count_chars,
    max_media=4,
    max_media_bytes=16 * 2**20,  # the image limit since Mastodon 4.3 (10 MiB before)
    media_types=("image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/heic", "image/heif"),
    polls=True,
    max_poll_options=4,
)
