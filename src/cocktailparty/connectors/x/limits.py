"""What an X post may hold, counted the way X counts (its weighted length): read by the composer and the checks
without loading the connector's HTTP client."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cocktailparty.connectors.base import Limits, OutgoingPost
from cocktailparty.connectors.networks import NETWORKS
from cocktailparty.connectors.x.text_length import MAX_WEIGHTED_LENGTH, weighted_length
from cocktailparty.errors import Message, message

POLL_OPTION_MAX_CHARS = 25
POLL_MINUTES = (5, 7 * 24 * 60)
ALT_TEXT_MAX_CHARS = 1_000
POST_ID = re.compile(r"[0-9]{1,19}")


@dataclass(frozen=True, slots=True)
class XLimits(Limits):
    """X's limits, plus the rules of a post that the generic checks do not know."""

    def problems(self, post: OutgoingPost) -> list[Message]:
        found = Limits.problems(self, post)
        if not post.text.strip() and not post.media:
            found.append(message("a post needs text or media"))
        if post.poll:
            if post.media:
                found.append(message("X cannot attach a poll and media to the same post"))
            if len(post.poll.options) < 2:
                found.append(message("a poll needs at least 2 options"))
            for number, option in enumerate(post.poll.options, 1):
                if not 1 <= len(option) <= POLL_OPTION_MAX_CHARS:
                    found.append(message("poll option %(number)s has %(length)s characters; X allows 1 to 25",
                                         number=number, length=len(option)))
            if not POLL_MINUTES[0] <= post.poll.duration_minutes <= POLL_MINUTES[1]:
                found.append(message("a poll on X lasts from 5 minutes to 7 days"))
        for media in post.media:
            if len(media.alt_text) > ALT_TEXT_MAX_CHARS:
                found.append(message("%(name)s: the alt text is longer than %(limit)s characters", name=media.path.name,
                                     limit=ALT_TEXT_MAX_CHARS))
        if post.reply_to is not None and not POST_ID.fullmatch(post.reply_to):
            found.append(message("%(reply_to)s is not the id of a post on X", reply_to=repr(post.reply_to)))
        return found


X_LIMITS = XLimits(
    max_chars=MAX_WEIGHTED_LENGTH,
    count_chars=weighted_length,
    max_media=4,
    max_media_bytes=5 * 2**20,  # images; X takes GIFs up to 15 MB, but one limit serves all our types
    media_types=("image/jpeg", "image/png", "image/gif", "image/webp"),
    polls=True,
    max_poll_options=4,
    video_types=NETWORKS["x"].media.video_types,  # one video, alone (networks.py)
    max_video_bytes=NETWORKS["x"].media.video_bytes,
)
