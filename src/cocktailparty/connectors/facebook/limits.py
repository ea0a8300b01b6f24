"""What a Facebook Page post may hold (Graph API), read by the composer and the checks without the connector."""

from __future__ import annotations

from cocktailparty.connectors.base import Limits
from cocktailparty.connectors.networks import NETWORKS

LIMITS = Limits(
    max_chars=63_206,  # Graph's limit for a Page post's message
    count_chars=len,  # Facebook counts Unicode code points, which is what len() counts
    # Graph documents no maximum for attached_media; ten keeps a post within what the composer shows well.
    max_media=10,
    max_media_bytes=4 * 2**20,  # Page photos "should be less than 4 MB"
    media_types=("image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff"),
    polls=False,  # the Pages API has no polls
    video_types=NETWORKS["facebook"].media.video_types,  # one video, alone (networks.py)
    max_video_bytes=NETWORKS["facebook"].media.video_bytes,
)
