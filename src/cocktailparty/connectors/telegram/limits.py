"""What a Telegram message may hold, counted the way Telegram counts (UTF-16 code units): read by the composer and
the checks without loading python-telegram-bot.

The numbers are the Bot API's, as python-telegram-bot's constants state them for the Bot API version it follows;
a test holds them equal to those constants, so an upgrade of the library that changes one is noticed."""

from __future__ import annotations

from dataclasses import dataclass

from cocktailparty import errors
from cocktailparty.connectors.base import Limits, OutgoingPost
from cocktailparty.connectors.networks import NETWORKS

TEXT_CHARS = 4096  # MessageLimit.MAX_TEXT_LENGTH
CAPTION_CHARS = 1024  # MessageLimit.CAPTION_LENGTH
ALBUM_ITEMS = 10  # MediaGroupLimit.MAX_MEDIA_LENGTH
QUESTION_CHARS = 300  # PollLimit.MAX_QUESTION_LENGTH
OPTION_CHARS = 100  # PollLimit.MAX_OPTION_LENGTH
MIN_POLL_OPTIONS = 1  # PollLimit.MIN_OPTION_NUMBER
MAX_POLL_OPTIONS = 12  # PollLimit.MAX_OPTION_NUMBER
MAX_POLL_SECONDS = 2_628_000  # PollLimit.MAX_OPEN_PERIOD


def count_utf16(text: str) -> int:
    """Telegram measures text in UTF-16 code units: an emoji outside the BMP counts twice."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True, slots=True)
class TelegramLimits(Limits):
    """Telegram's limits beyond the common ones: a photo's caption and a poll's question are shorter
    than a message. The numbers are the Bot API's (see above)."""

    max_caption_chars: int = CAPTION_CHARS
    max_question_chars: int = QUESTION_CHARS
    max_option_chars: int = OPTION_CHARS
    min_poll_options: int = MIN_POLL_OPTIONS
    max_poll_seconds: int = MAX_POLL_SECONDS

    def problems(self, post: OutgoingPost) -> list[errors.Message]:
        found = Limits.problems(self, post)  # explicit: zero-argument super() breaks in slotted dataclasses
        found.extend(errors.message("%(path)s does not exist", path=str(media.path)) for media in post.media
                     if not media.path.is_file())
        length = self.count_chars(post.text)
        if not post.text.strip() and not post.media:
            found.append(errors.message("Telegram cannot send an empty message"))
        if post.media and length > self.max_caption_chars:
            found.append(errors.message("with a photo the text is a caption: %(length)s characters as Telegram "
                                        "counts them; the limit is %(limit)s", length=length,
                                        limit=self.max_caption_chars))
        if len(post.media) > 1 and not post.text.strip():  # each photo's alt text is its own caption
            found.extend(errors.message("%(file)s: its alt text is its caption in the album: %(length)s characters "
                                        "as Telegram counts them; the limit is %(limit)s", file=media.path.name,
                                        length=self.count_chars(media.alt_text), limit=self.max_caption_chars)
                         for media in post.media if self.count_chars(media.alt_text) > self.max_caption_chars)
        if post.poll:
            if post.media:
                found.append(errors.message("a Telegram poll cannot carry a photo: post the photo separately"))
            if length > self.max_question_chars:
                found.append(errors.message("the text is the poll's question: %(length)s characters; the limit is "
                                            "%(limit)s", length=length, limit=self.max_question_chars))
            if len(post.poll.options) < self.min_poll_options:
                found.append(errors.plural("a poll needs at least %(num)s option",
                                           "a poll needs at least %(num)s options", self.min_poll_options))
            found.extend(errors.message("poll option %(option)s is longer than %(limit)s characters",
                                        option=repr(option), limit=self.max_option_chars)
                         for option in post.poll.options if self.count_chars(option) > self.max_option_chars)
            if post.poll.duration_minutes * 60 > self.max_poll_seconds:
                found.append(errors.plural("a Telegram poll closes by itself after at most %(num)s day",
                                           "a Telegram poll closes by itself after at most %(num)s days",
                                           self.max_poll_seconds // 86400))
        return found


LIMITS = TelegramLimits(
    max_chars=TEXT_CHARS,
    count_chars=count_utf16,
    max_media=ALBUM_ITEMS,  # one photo (sendPhoto), or an album of 2 to 10 (sendMediaGroup)
    max_media_bytes=10 * 2**20,  # the Bot API's limit for an uploaded photo
    media_types=("image/jpeg", "image/png"),
    polls=True,
    max_poll_options=MAX_POLL_OPTIONS,
    video_types=NETWORKS["telegram"].media.video_types,  # one video, alone (networks.py)
    max_video_bytes=NETWORKS["telegram"].media.video_bytes,
)
