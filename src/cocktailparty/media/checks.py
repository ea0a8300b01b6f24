"""Each network's media rules applied to a post's files before it is scheduled (pure: facts in, problems out).
A problem says which file and why, whether it blocks scheduling, and whether a mechanical fix exists (a
re-encode: smaller, fewer pixels, or JPEG for a format the network does not take)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cocktailparty.connectors.networks import Network
from cocktailparty.errors import Message, message


@dataclass(frozen=True, slots=True)
class Facts:
    """What the checks need to know of one attached file."""

    media_id: int
    name: str
    mime_type: str
    kind: str
    size: int
    width: int
    height: int
    duration_ms: int | None = None
    alt_text: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    network: str
    name: str  # the file's name ("" for the post as a whole)
    code: str
    text: Message
    blocks: bool = True  # False: a warning (missing alt text)
    media_id: int | None = None
    fix: str | None = None  # "reencode" when the app can make the file fit


def check(network: Network, files: Sequence[Facts]) -> list[Problem]:
    limits = network.media
    found: list[Problem] = []
    images = [item for item in files if item.kind == "image"]
    videos = [item for item in files if item.kind == "video"]

    def problem(item: Facts | None, code: str, text: Message, *, blocks: bool = True, fix: str | None = None) -> None:
        found.append(Problem(network.id, item.name if item else "", code, text, blocks,
                             item.media_id if item else None, fix))

    if len(images) > limits.images:
        problem(None, "media.too_many_images", message("%(network)s takes at most %(limit)s pictures in a post",
                                                        network=network.name, limit=limits.images))
    if videos and not limits.videos:
        problem(videos[0], "media.no_video", message("%(network)s posts from CocktailParty cannot carry a video yet",
                                                     network=network.name))
    elif len(videos) > limits.videos:
        problem(None, "media.too_many_videos", message("%(network)s takes at most %(limit)s video in a post",
                                                        network=network.name, limit=limits.videos))
    if videos and images and not limits.mix_images_and_video:
        problem(None, "media.video_alone", message("%(network)s takes a video alone, without pictures",
                                                    network=network.name))
    for item in images:
        _image(network, item, problem)
    for item in videos:
        if not limits.videos:
            continue
        if item.mime_type not in limits.video_types:
            problem(item, "media.video_format", message("%(file)s: %(network)s does not take %(type)s videos",
                                                        file=item.name, network=network.name, type=item.mime_type))
        if item.size > limits.video_bytes:
            problem(item, "media.video_too_large",
                    message("%(file)s is %(size)s MB; %(network)s takes videos up to %(limit)s MB", file=item.name,
                            size=_mb(item.size), network=network.name, limit=_mb(limits.video_bytes)))
        if limits.video_seconds and (item.duration_ms or 0) > limits.video_seconds * 1000:
            problem(item, "media.video_too_long",
                    message("%(file)s lasts %(seconds)s s; %(network)s takes videos up to %(limit)s s",
                            file=item.name, seconds=round((item.duration_ms or 0) / 1000),
                            network=network.name, limit=round(limits.video_seconds)))
    return found


def _image(network: Network, item: Facts, report: Callable[..., None]) -> None:
    limits = network.media
    animated = item.mime_type == "image/gif" and (item.duration_ms or 0) > 0
    fixable = None if animated else "reencode"
    if item.mime_type not in limits.image_types:
        report(item, "media.image_format", message("%(file)s: %(network)s does not take %(type)s pictures",
                                                   file=item.name, network=network.name, type=item.mime_type),
               fix=fixable)
    elif item.size > limits.image_bytes:
        report(item, "media.image_too_large",
               message("%(file)s is %(size)s MB; %(network)s takes pictures up to %(limit)s MB", file=item.name,
                       size=_mb(item.size), network=network.name, limit=_mb(limits.image_bytes)), fix=fixable)
    long_side, short_side = max(item.width, item.height), max(min(item.width, item.height), 1)
    if limits.max_side and long_side > limits.max_side:
        report(item, "media.image_too_wide",
               message("%(file)s is %(width)s × %(height)s pixels; %(network)s takes sides up to %(limit)s",
                       file=item.name, width=item.width, height=item.height, network=network.name,
                       limit=limits.max_side), fix=fixable)
    if limits.max_pixels_sum and item.width + item.height > limits.max_pixels_sum:
        report(item, "media.image_too_big",
               message("%(file)s is %(width)s × %(height)s pixels; %(network)s takes width and height adding up to "
                       "%(limit)s at most", file=item.name, width=item.width, height=item.height,
                       network=network.name, limit=limits.max_pixels_sum), fix=fixable)
    if limits.max_aspect and long_side / short_side > limits.max_aspect:
        report(item, "media.image_shape",
               message("%(file)s is too long and thin for %(network)s: crop it to a ratio of %(limit)s to 1 at most",
                       file=item.name, network=network.name, limit=round(limits.max_aspect)))
    if limits.alt_text and not item.alt_text.strip():
        report(item, "media.no_alt_text",
               message("%(file)s has no alt text: people who cannot see it will not know what it shows",
                       file=item.name), blocks=False)
    elif limits.alt_text and limits.alt_text_chars and len(item.alt_text) > limits.alt_text_chars:
        report(item, "media.alt_text_too_long",
               message("%(file)s: the alt text is %(length)s characters; %(network)s takes %(limit)s",
                       file=item.name, length=len(item.alt_text), network=network.name, limit=limits.alt_text_chars))


def _mb(size: int) -> float:
    return round(size / 2**20, 1)
