"""What each built-in network is, in one place: its name, where its connector and its text limits live, what
it can carry (polls, replies, alt text, video) and its media limits. The composer, the channels page, the
command line, the media checks and the connectors read it here; nothing else spells a network's facts.

The text limits (the network's way of counting) live in each network's `limits` module, which loads no client
library: the web app reads them on every keystroke in the composer without the weight of atproto, Mastodon.py or
python-telegram-bot. The connector module (with its client library) is imported only when a channel of the network
is first used. Everything else here is plain data, cheap to read on every page."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import import_module

from cocktailparty.connectors.base import Limits

IMAGE_TYPES = ("image/jpeg", "image/png", "image/webp", "image/gif")
MB = 2**20


@dataclass(frozen=True, slots=True)
class MediaLimits:
    """What one post on the network may carry, as its documentation states it (sources in the comments of
    NETWORKS). `videos` is 0 where our connector cannot publish a video yet, whatever the network takes."""

    images: int  # most images in one post
    image_bytes: int
    image_types: tuple[str, ...]
    videos: int = 0  # most videos in one post (a video is always alone)
    video_bytes: int = 0
    video_types: tuple[str, ...] = ()
    video_seconds: float = 0.0  # longest video
    max_side: int = 0  # longest side in pixels an image may have (0: no stated limit)
    max_pixels_sum: int = 0  # width + height limit (Telegram's photos)
    max_aspect: float = 0.0  # longest side over shortest side (0: no stated limit)
    alt_text: bool = True  # whether the network stores a description per image
    alt_text_chars: int = 0  # the longest alt text it takes (0: no stated limit)
    mix_images_and_video: bool = False
    # The shape the network's timeline crops one picture to (width / height; 0 shows it whole).
    preview_aspect: float = 0.0

    def accepts(self, mime_type: str) -> bool:
        return mime_type in self.image_types or mime_type in self.video_types


@dataclass(frozen=True, slots=True)
class Network:
    """One network as the product knows it."""

    id: str
    name: str
    connector_module: str  # imported when a channel of the network is first used: registers the connector
    limits_at: tuple[str, str]  # (module, attribute) of its text Limits: a module that loads no client library
    media: MediaLimits
    polls: bool = False
    poll_option_chars: int = 0  # the longest poll option the network takes
    poll_minutes: tuple[int, int] = (0, 0)  # the shortest and longest a poll may run
    replies: bool = True
    link_cards: bool = True  # the network shows a card for the first link of a post
    # The address of the server is the user's to give (Mastodon) rather than the network's own.
    own_server: bool = False
    # What the account may do from the inbox to someone else's comment through the network's API: like, hide
    # (and show again), delete_comment. The connector implements each one listed; the inbox offers only these.
    comment_actions: tuple[str, ...] = ()

    def limits(self) -> Limits | None:
        return _limits(self.id)


NETWORKS: dict[str, Network] = {network.id: network for network in (
    Network(
        # developer.x.com "Media best practices": 4 images (5 MB), or 1 GIF (15 MB), or 1 video (512 MB,
        # 140 s; MP4, sent by the chunked upload: initialize, append, finalize, status); alt text up to 1,000
        # characters; a single picture is shown 16:9 in the timeline.
        "x", "X", "cocktailparty.connectors.x.connector", ("cocktailparty.connectors.x.limits", "X_LIMITS"),
        MediaLimits(images=4, image_bytes=5 * MB, image_types=IMAGE_TYPES, videos=1, video_bytes=512 * MB,
                    video_types=("video/mp4",), video_seconds=140.0, max_side=8192, alt_text_chars=1000,
                    preview_aspect=16 / 9),
        # POST /2/tweets: a poll of 2 to 4 options of at most 25 characters, open 5 to 10,080 minutes.
        # POST /2/users/{id}/likes; PUT /2/tweets/{id}/hidden (replies in conversations the account started).
        polls=True, poll_option_chars=25, poll_minutes=(5, 7 * 24 * 60), comment_actions=("like", "hide"),
    ),
    Network(
        # docs.joinmastodon.org /api/v2/media and the server's configuration (4.3 defaults): 4 attachments,
        # images 16 MB, video 99 MB; alt text 1,500 characters; the web UI crops one picture to 16:9.
        "mastodon", "Mastodon", "cocktailparty.connectors.mastodon.connector",
        ("cocktailparty.connectors.mastodon.limits", "MASTODON_LIMITS"),
        MediaLimits(images=4, image_bytes=16 * MB,
                    image_types=(*IMAGE_TYPES, "image/avif", "image/heic", "image/heif"),
                    videos=1, video_bytes=99 * MB, video_types=("video/mp4",), video_seconds=0.0,
                    alt_text_chars=1500, preview_aspect=16 / 9),
        # The instance's configuration.polls (4.3 defaults): 4 options of 50 characters, 5 minutes to a month.
        # POST /api/v1/statuses/:id/favourite; an account cannot hide or delete another's status.
        polls=True, poll_option_chars=50, poll_minutes=(5, 43_829), own_server=True, comment_actions=("like",),
    ),
    Network(
        # AT Protocol lexicon app.bsky.embed.images: 4 images of at most 1,000,000 bytes each, with alt text
        # and their aspect ratio; app.bsky.embed.video: one MP4 of at most 100,000,000 bytes (docs.bsky.app
        # "Uploading Video": up to 3 minutes), uploaded to the PDS with uploadBlob (the docs' "simple method": the
        # video service processes it once the post is out; the PDS's own blob limit applies first).
        "bluesky", "Bluesky", "cocktailparty.connectors.bluesky.connector",
        ("cocktailparty.connectors.bluesky.limits", "LIMITS"),
        MediaLimits(images=4, image_bytes=1_000_000, image_types=IMAGE_TYPES, videos=1, video_bytes=100_000_000,
                    video_types=("video/mp4",), video_seconds=180.0, alt_text_chars=2000, preview_aspect=0.0),
        comment_actions=("like",),  # an app.bsky.feed.like record in the account's repository
    ),
    Network(
        # core.telegram.org/bots/api#sendphoto: a photo of at most 10 MB, width + height at most 10,000, ratio
        # at most 20; #sendmediagroup: an album of 2 to 10 photos. No alt text (the caption is the post's text).
        # #sendvideo: "Bots can currently send video files of up to 50 MB in size" (MP4); no stated length.
        "telegram", "Telegram", "cocktailparty.connectors.telegram.connector",
        ("cocktailparty.connectors.telegram.limits", "LIMITS"),
        MediaLimits(images=10, image_bytes=10 * MB, image_types=("image/jpeg", "image/png"), videos=1,
                    video_bytes=50 * MB, video_types=("video/mp4",), max_pixels_sum=10_000, max_aspect=20.0,
                    alt_text=False),
        # core.telegram.org/bots/api#sendpoll: 2 to 10 options of 1 to 100 characters. The poll is sent without
        # an open_period and closed by stopPoll when its time is up, which returns its final votes.
        polls=True, poll_option_chars=100, poll_minutes=(5, 30 * 24 * 60), link_cards=True,
    ),
    Network(
        # developers.facebook.com Page photos: "less than 4 MB"; JPEG, PNG, GIF, BMP, TIFF; alt_text_custom.
        # Page videos (POST /{page-id}/videos with the file as `source`, the non-resumable upload): under 1 GB and
        # 20 minutes; MP4 is the recommended format.
        "facebook", "Facebook", "cocktailparty.connectors.facebook.connector",
        ("cocktailparty.connectors.facebook.limits", "LIMITS"),
        MediaLimits(images=10, image_bytes=4 * MB,
                    image_types=("image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff"), videos=1,
                    video_bytes=1024 * MB, video_types=("video/mp4",), video_seconds=20 * 60.0, preview_aspect=0.0),
        # Graph API Comment node: POST /{comment-id}/likes, POST /{comment-id} is_hidden, DELETE /{comment-id}.
        comment_actions=("like", "hide", "delete_comment"),
    ),
)}


def network(network_id: str) -> Network | None:
    return NETWORKS.get(network_id)


def comment_actions(network_id: str) -> tuple[str, ...]:
    """What the inbox may do to a comment on this network (nothing on a network that is not built in)."""
    found = NETWORKS.get(network_id)
    return found.comment_actions if found else ()


def name_of(network_id: str) -> str:
    """The network's name as people write it (a plugin's id when it is not built in)."""
    found = NETWORKS.get(network_id)
    return found.name if found else network_id


@cache
def _limits(network_id: str) -> Limits | None:
    """A built-in network's text limits (its client library is imported once per process), or None when the
    network's optional library is missing."""
    module, attribute = NETWORKS[network_id].limits_at
    try:
        limits = getattr(import_module(module), attribute)
    except ImportError:
        return None
    return limits if isinstance(limits, Limits) else None
