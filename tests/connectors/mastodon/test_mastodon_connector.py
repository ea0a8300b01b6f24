"""The Mastodon connector against a real Mastodon API server (mastodon-mock): publish and read back,
media, polls, finding a post after a crash, delete, and the inbox of replies and mentions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from mastodon_mock_server import Account, MockServer

from cocktailparty.connectors.base import (
    AuthError,
    ChannelConfig,
    Media,
    OutgoingPost,
    Poll,
    Published,
    RejectedError,
)
from cocktailparty.connectors.mastodon.connector import MastodonConnector
from cocktailparty.connectors.registry import connector_for

ARABIC = "عيد مبارك! كل عام وأنتم بخير 🌙✨ نَتَمَنّى لَكُم أيّاماً سَعيدة\n\nشاركونا صوركم: https://example.com/eid?lang=ar"


def unique(text: str) -> str:
    """The server is shared by the whole session: a marker keeps each test's posts apart."""
    return f"{text} [{uuid.uuid4().hex[:8]}]"


def post_of(text: str, **fields: Any) -> OutgoingPost:
    return OutgoingPost(key=f"post-{uuid.uuid4()}", text=text, **fields)


def own_status_ids(alice: Account) -> list[str]:
    return [str(status.id) for status in alice.client.account_statuses(alice.client.me().id, limit=40)]


def test_registered_under_its_network_name(channel_config: Callable[..., ChannelConfig], alice: Account) -> None:
    connector = connector_for(channel_config(alice.token))
    assert isinstance(connector, MastodonConnector)
    assert connector.network == "mastodon"


def test_a_channel_without_a_token_asks_to_reconnect(mastodon_server: MockServer) -> None:
    with pytest.raises(AuthError, match="reconnect the channel"):
        connector_for(ChannelConfig(network="mastodon", base_url=mastodon_server.base_url))


def test_verify_returns_the_fediverse_handle(connector: MastodonConnector, mastodon_server: MockServer) -> None:
    assert connector.verify() == f"@alice@{mastodon_server.host}"


def test_publish_text_and_read_it_back(connector: MastodonConnector, alice: Account) -> None:
    text = unique("Five tips for a calmer inbox, from our support team")
    before = datetime.now(UTC)

    published = connector.publish(post_of(text))

    assert isinstance(published, Published)
    assert published.url and published.remote_id in published.url
    assert before - timedelta(seconds=5) <= published.published_at <= datetime.now(UTC) + timedelta(seconds=5)
    on_server = alice.client.status(published.remote_id)
    assert on_server.account.username == "alice"
    assert alice.client.status_source(published.remote_id).text == text


def test_arabic_text_round_trips_exactly(connector: MastodonConnector, alice: Account) -> None:
    text = unique(ARABIC)

    published = connector.publish(post_of(text))

    assert alice.client.status_source(published.remote_id).text == text
    assert "عيد مبارك" in alice.client.status(published.remote_id).content


def test_publish_with_an_image_and_its_alt_text(connector: MastodonConnector, alice: Account, png_file: Path) -> None:
    post = post_of(unique("Our office on the first day of Ramadan"),
                   media=(Media(png_file, "image/png", alt_text="صورة المكتب"),))

    published = connector.publish(post)

    [attachment] = alice.client.status(published.remote_id).media_attachments
    assert attachment.description == "صورة المكتب"
    assert requests.get(attachment.url, timeout=5).content == png_file.read_bytes()


def test_publish_a_poll(connector: MastodonConnector, alice: Account) -> None:
    post = post_of(unique("Which flavour should we bring to the team breakfast?"),
                   poll=Poll(("Dates", "Knafeh", "Croissants"), duration_minutes=60))

    published = connector.publish(post)

    poll = alice.client.status(published.remote_id).poll
    assert [option.title for option in poll.options] == ["Dates", "Knafeh", "Croissants"]
    assert poll.expires_at - datetime.now(UTC) > timedelta(minutes=55)


def test_a_post_over_the_limit_is_refused_before_anything_is_sent(connector: MastodonConnector, alice: Account) -> None:
    before = own_status_ids(alice)

    with pytest.raises(RejectedError, match="501 characters"):
        connector.publish(post_of("x" * 501))

    assert own_status_ids(alice) == before


def test_publishing_twice_with_one_key_makes_one_status(connector: MastodonConnector, alice: Account) -> None:
    # The publisher retries with the same key when the first answer was lost: the Idempotency-Key header
    # makes the server hand back the status it already made.
    post = post_of(unique("Welcome to our two new colleagues!"))

    first = connector.publish(post)
    second = connector.publish(post)

    assert second.remote_id == first.remote_id
    assert own_status_ids(alice).count(first.remote_id) == 1


def test_find_published_after_a_crash(channel_config: Callable[..., ChannelConfig], alice: Account) -> None:
    since = datetime.now(UTC) - timedelta(seconds=1)
    post = post_of(unique(ARABIC), reply_to=None)
    published = MastodonConnector(channel_config(alice.token)).publish(post)

    # A fresh process after the crash: nothing in memory, only the post and the time of the attempt.
    found = MastodonConnector(channel_config(alice.token)).find_published(post, since)

    assert found == published


def test_find_published_matches_media_posts_and_replies(connector: MastodonConnector, png_file: Path) -> None:
    since = datetime.now(UTC) - timedelta(seconds=1)
    parent = connector.publish(post_of(unique("A thread about our new opening hours")))
    reply = post_of(unique("Part two: weekends"), reply_to=parent.remote_id,
                    media=(Media(png_file, "image/png"),))
    published = connector.publish(reply)

    assert connector.find_published(reply, since) == published


def test_find_published_ignores_other_posts(connector: MastodonConnector) -> None:
    since = datetime.now(UTC) - timedelta(seconds=1)
    text = unique("Our **new** menu is out")
    connector.publish(post_of(text))

    never_sent = post_of(unique("A post that never went out"))
    # Same words once Mastodon renders the markup, but not the same text.
    looks_alike = post_of(text.replace("**new**", "new"))
    same_text_as_reply = post_of(text, reply_to="1")

    assert connector.find_published(never_sent, since) is None
    assert connector.find_published(looks_alike, since) is None
    assert connector.find_published(same_text_as_reply, since) is None


def test_find_published_looks_only_after_since(connector: MastodonConnector) -> None:
    post = post_of(unique("Happy New Year from all of us"))
    connector.publish(post)

    assert connector.find_published(post, datetime.now(UTC) + timedelta(seconds=2)) is None


def test_delete(connector: MastodonConnector, alice: Account) -> None:
    published = connector.publish(post_of(unique("A post with a typo")))

    connector.delete(published.remote_id)

    assert published.remote_id not in own_status_ids(alice)
    connector.delete(published.remote_id)  # a second delete (a retried job) is not an error


def test_fetch_comments_returns_replies_and_mentions_oldest_first(connector: MastodonConnector, bob: Account) -> None:
    published = connector.publish(post_of(unique("What should we write about next?")))
    since = datetime.now(UTC)
    reply = bob.client.status_post("@alice كيف أحجز موعداً؟ 🙏", in_reply_to_id=published.remote_id)
    mention = bob.client.status_post("Thanks @alice for the quick answer!\nGreat service.")
    bob.client.status_post("A post that does not mention anyone")

    comments = connector.fetch_comments(since)

    assert [c.remote_id for c in comments] == [str(reply.id), str(mention.id)]
    first, second = comments
    assert (first.author, first.text, first.in_reply_to) == ("bob", "@alice كيف أحجز موعداً؟ 🙏", published.remote_id)
    assert (second.text, second.in_reply_to) == ("Thanks @alice for the quick answer!\nGreat service.", None)
    assert first.created_at <= second.created_at and first.created_at.tzinfo is not None


def test_fetch_comments_since_leaves_out_older_ones(connector: MastodonConnector, bob: Account) -> None:
    old = bob.client.status_post(unique("@alice an older question"))
    since = datetime.now(UTC)
    new = bob.client.status_post(unique("@alice a newer question"))

    ids = [comment.remote_id for comment in connector.fetch_comments(since)]

    assert str(new.id) in ids and str(old.id) not in ids
    assert str(old.id) in [comment.remote_id for comment in connector.fetch_comments()]


def test_the_votes_of_a_poll_are_read(connector: MastodonConnector, alice: Account, bob: Account,
                                      new_account: Callable[[str], Account]) -> None:
    published = connector.publish(OutgoingPost(key="poll-votes", text="قهوة أم شاي؟",
                                               poll=Poll(("قهوة", "شاي"), duration_minutes=5)))
    poll = bob.client.status(published.remote_id).poll
    bob.client.poll_vote(poll.id, [1])
    new_account(f"voter1{uuid.uuid4().hex[:6]}").client.poll_vote(poll.id, [1])
    new_account(f"voter2{uuid.uuid4().hex[:6]}").client.poll_vote(poll.id, [0])
    result = connector.fetch_poll(published.remote_id)
    assert result is not None and result.options == (("قهوة", 1), ("شاي", 2))
    assert result.votes == 3 and result.voters == 3 and not result.closed
    plain = connector.publish(OutgoingPost(key="no-poll", text="No poll here"))
    assert connector.fetch_poll(plain.remote_id) is None
