"""Whatever shape an archive's items take, an importer yields a post or raises ArchiveError.

Exports are produced by code we do not control; a field of the wrong type must become a clear
error naming the item, never an AttributeError or TypeError from deep inside an importer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cocktailparty.audit.importers.facebook import facebook_item_to_post
from cocktailparty.audit.importers.instagram import instagram_item_to_post
from cocktailparty.audit.importers.mastodon import activity_to_post
from cocktailparty.audit.importers.tabular import match_fields, record_to_post
from cocktailparty.audit.importers.timestamps import FlexibleDateParser
from cocktailparty.audit.importers.x import Account, tweet_to_post
from cocktailparty.errors import ArchiveError

anything = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def shaped_like(keys: list[str]) -> st.SearchStrategy[Any]:
    """Objects with the keys a format uses, holding values of any type (and sometimes not objects)."""
    return st.dictionaries(st.sampled_from(keys), anything, max_size=len(keys)) | anything


TWEET_KEYS = ["id_str", "id", "full_text", "created_at", "favorite_count", "retweet_count",
              "in_reply_to_status_id_str", "in_reply_to_screen_name", "in_reply_to_user_id_str",
              "entities", "is_quote_status"]  # fmt: skip
FACEBOOK_KEYS = ["timestamp", "data", "attachments", "title"]
INSTAGRAM_KEYS = ["media", "title", "creation_timestamp"]
ACTIVITY_KEYS = ["type", "object", "actor", "published", "id"]
RECORD_KEYS = ["text", "created_at", "id", "likes", "shares", "comments", "kind", "network"]


def yields_post_or_archive_error(convert: Callable[[Any], object], item: Any) -> None:
    try:
        convert(item)
    except ArchiveError as error:
        assert str(error).startswith("f.json: ")


@settings(max_examples=100, deadline=None)
@given(st.builds(lambda tweet, wrap: {"tweet": tweet} if wrap else tweet, shaped_like(TWEET_KEYS), st.booleans()))
def test_x(item: Any) -> None:
    yields_post_or_archive_error(lambda value: tweet_to_post(value, Account("1", "me"), "f.json", 1), item)


@settings(max_examples=100, deadline=None)
@given(shaped_like(FACEBOOK_KEYS))
def test_facebook(item: Any) -> None:
    yields_post_or_archive_error(lambda value: facebook_item_to_post(value, "f.json", 1), item)


@settings(max_examples=100, deadline=None)
@given(shaped_like(INSTAGRAM_KEYS))
def test_instagram(item: Any) -> None:
    yields_post_or_archive_error(lambda value: instagram_item_to_post(value, "f.json", 1), item)


@settings(max_examples=100, deadline=None)
@given(
    st.builds(
        lambda activity, kind, note: (
            {**activity, "type": kind, "object": note} if isinstance(activity, dict) else activity
        ),
        shaped_like(ACTIVITY_KEYS),
        st.sampled_from(["Create", "Announce", "Like"]),
        shaped_like(["type", "id", "content", "published", "inReplyTo", "likes", "oneOf", "quote", "summary"])
        | st.builds(lambda note: {**note, "type": "Note"} if isinstance(note, dict) else note, anything),
    )
)
def test_mastodon(item: Any) -> None:
    yields_post_or_archive_error(lambda value: activity_to_post(value, "f.json", 1), item)


@settings(max_examples=100, deadline=None)
@given(
    st.fixed_dictionaries(
        {"text": anything, "created_at": anything},  # the importer checks these columns exist first
        optional={key: anything for key in RECORD_KEYS[2:]},
    )
)
def test_jsonl_record(record: dict[str, Any]) -> None:
    columns = match_fields(list(record))
    dates = FlexibleDateParser()
    yields_post_or_archive_error(lambda value: record_to_post(value, columns, dates, "f.json", 1), record)
