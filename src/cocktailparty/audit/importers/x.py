"""X (Twitter) archives: data/tweets.js and its parts, in a zip, an unpacked folder or on its own.

Each file is JavaScript, `window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]`, and can be
gigabytes long, so it is streamed element by element and only the fields we keep are read.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from cocktailparty.errors import ArchiveError, message

from .archive import Source
from .archive_importer import ArchiveImporter
from .base import ImportedPost, PostKind, ProgressCallback
from .json_stream import iter_json_array
from .timestamps import parse_twitter_time

# data/tweets.js, data/tweets-part1.js ... (or at the top, when given the data folder itself);
# archives before 2020 call them tweet.js.
_TWEET_FILES = re.compile(r"(?:^|(?:^|/)data/)(tweets?)(?:-part(\d+))?\.js$")
_YTD_ASSIGNMENT = re.compile(r"\s*window\.YTD\.\w+\.part\d+\s*=\s*")
_TWEET_FILE_START = re.compile(rb"\s*window\.YTD\.tweets?\.part\d+\s*=")
_STATUS_URL = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d+", re.IGNORECASE)
_EXPECTED = "an X archive tweets file (window.YTD.tweets.part0 = [ ... ])"


@dataclass(frozen=True, slots=True)
class Account:
    """Who owns the archive, from data/account.js, so a reply to oneself reads as a thread."""

    account_id: str = ""
    username: str = ""

    def wrote_the_parent_of(self, tweet: dict[str, Any]) -> bool:
        parent_id = tweet.get("in_reply_to_user_id_str") or ""
        parent_name = (tweet.get("in_reply_to_screen_name") or "").lower()
        return bool(
            (self.account_id and parent_id == self.account_id)
            or (self.username and parent_name == self.username.lower())
        )


class XImporter(ArchiveImporter):
    name = "x"
    network = "x"
    looked_for = message("X archive (data/tweets.js or a tweets.js file)")

    def find_members(self, source: Source) -> list[str]:
        if source.is_single_file:
            member = source.members()[0]
            head = source.read_head(member, 256).removeprefix(b"\xef\xbb\xbf")
            return [member] if _TWEET_FILE_START.match(head) else []
        found = source.find(_TWEET_FILES)
        # Should an archive hold both names, reading both would count every tweet twice.
        current = [member for member in found if posixpath.basename(member).startswith("tweets")]
        return sorted(current or found, key=_part_order)

    def read_member(self, source: Source, member: str, progress: ProgressCallback) -> Iterator[ImportedPost]:
        account = read_account(source, member)
        label = source.label(member)
        with source.open(member) as stream:
            items = iter_json_array(stream, label, progress, prefix=_YTD_ASSIGNMENT, expected=_EXPECTED)
            for number, item in enumerate(items, start=1):
                yield tweet_to_post(item, account, label, number)


def _part_order(member: str) -> tuple[str, int]:
    """tweets.js is part 0, then tweets-part1.js, tweets-part2.js ... tweets-part10.js."""
    match = _TWEET_FILES.search(member)
    part = match.group(2) if match else None
    return posixpath.dirname(member), int(part or 0)


def read_account(source: Source, tweets_member: str) -> Account:
    """The owner of the archive, or an unknown owner when account.js is absent or unreadable.

    It only serves to tell threads from replies, so a damaged account.js must not stop an
    import whose tweets are fine.
    """
    if source.is_single_file:
        return Account()
    member = posixpath.join(posixpath.dirname(tweets_member), "account.js")
    if member not in source.members():
        return Account()
    try:
        with source.open(member) as stream:
            for item in iter_json_array(stream, source.label(member), prefix=_YTD_ASSIGNMENT):
                details = item.get("account") if isinstance(item, dict) else None
                if isinstance(details, dict):
                    return Account(str(details.get("accountId") or ""), str(details.get("username") or ""))
    except ArchiveError:
        pass
    return Account()


def tweet_to_post(item: Any, account: Account, label: str, number: int) -> ImportedPost:
    """One archive element ({"tweet": {...}}, or the bare tweet in pre-2020 archives) as a post."""
    tweet = item.get("tweet", item) if isinstance(item, dict) else None
    if not isinstance(tweet, dict):
        raise ArchiveError(label, "archive.item_not_object", "element %(number)s is not a tweet object", number=number)
    tweet_id = tweet.get("id_str") or tweet.get("id")
    if not isinstance(tweet_id, str | int) or not tweet_id:
        raise ArchiveError(label, "archive.no_id", "element %(number)s has no id_str", number=number)
    text = tweet.get("full_text") or tweet.get("text") or ""
    if not isinstance(text, str):
        raise ArchiveError(label, "archive.no_text", "element %(number)s, field full_text: not text", number=number)
    created = tweet.get("created_at")
    if not isinstance(created, str):
        raise ArchiveError(label, "archive.bad_date", "element %(number)s, field created_at: missing", number=number)
    try:
        created_at = parse_twitter_time(created)
    except ValueError as exc:
        raise ArchiveError(label, "archive.bad_date", "element %(number)s, field created_at: %(exc)s", number=number,
                           exc=exc) from exc
    return ImportedPost(
        id=str(tweet_id),
        # X escapes &, < and > in tweet text as HTML entities.
        text=html.unescape(text) if "&" in text else text,
        created_at=created_at,
        kind=tweet_kind(tweet, text, account),
        likes=_count(tweet, "favorite_count", label, number),
        shares=_count(tweet, "retweet_count", label, number),
        network="x",
    )


def tweet_kind(tweet: dict[str, Any], text: str, account: Account) -> PostKind:
    if text.startswith("RT @"):
        return "repost"
    replies_to_someone = (
        tweet.get("in_reply_to_status_id_str")
        or tweet.get("in_reply_to_status_id")
        or tweet.get("in_reply_to_screen_name")
    )
    # A reply to one's own tweet continues a thread: a post to the audience, not a conversation.
    if replies_to_someone and not account.wrote_the_parent_of(tweet):
        return "reply"
    if _quotes_a_tweet(tweet):
        return "quote"
    return "post"


def _quotes_a_tweet(tweet: dict[str, Any]) -> bool:
    if tweet.get("is_quote_status") in (True, "true"):
        return True
    entities = tweet.get("entities")
    urls = entities.get("urls") if isinstance(entities, dict) else None
    if not urls:
        return False
    return any(isinstance(url, dict) and _STATUS_URL.match(str(url.get("expanded_url") or "")) for url in urls)


def _count(tweet: dict[str, Any], field: str, label: str, number: int) -> int:
    # Real archives store counts as strings ("12"); some tools write numbers.
    value = tweet.get(field)
    if value is None or value == "":
        return 0
    try:
        count = int(value)
    except (TypeError, ValueError):
        count = -1
    if count < 0:
        raise ArchiveError(label, "archive.bad_count", "element %(number)s, field %(field)s: not a count: %(value)s",
                           number=number, field=field, value=repr(value))
    return count
