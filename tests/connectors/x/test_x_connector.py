"""Round trips through the connector against the stateful fake, every request and answer checked against X's
OpenAPI description by `prism proxy --errors` (a violation turns into an error answer, so into a failed test)."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from x_fake import ME, TOKEN, FakeX, Injected
from x_servers import Prism

from cocktailparty.connectors.base import ChannelConfig, Media, OutgoingPost, Poll, RejectedError, TransientError
from cocktailparty.connectors.registry import connector_for
from cocktailparty.connectors.x import X_LIMITS
from cocktailparty.connectors.x.connector import XConnector

ARABIC = "عيد مبارك! ☕️ قهوتنا الجديدة «يرغاتشيفي» وصلت — خصم ١٠٪ & توصيل مجاني <اليوم فقط>"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64  # the fake stores bytes; X itself would check the image


def read_back(prism: Prism, post_id: str) -> dict[str, Any]:
    """The post as the server holds it, read through the validating proxy."""
    response = httpx.get(
        f"{prism.proxy}/2/tweets/{post_id}",
        params={"post.fields": "created_at,entities,attachments", "expansions": "author_id,referenced_posts"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 200, response.text
    post: dict[str, Any] = response.json()["data"]
    return post


def test_the_proxy_holds_both_directions_to_the_spec(x: XConnector, fake: FakeX, prism: Prism) -> None:
    # Proof that the round trips below are checked: a request or an answer that breaks the spec is stopped.
    auth = {"Authorization": f"Bearer {TOKEN}"}
    bogus = httpx.post(f"{prism.proxy}/2/tweets", json={"text": "hi", "bogus": 1}, headers=auth)
    assert bogus.status_code == 422 and fake.requests == []
    fake.inject(Injected(200, {"data": {"id": 12, "username": "cocktailparty"}}))  # an id must be a string
    with pytest.raises(TransientError, match="not valid"):
        x.verify()


def test_the_registry_builds_the_x_connector() -> None:
    connector = connector_for(ChannelConfig("x", token=TOKEN))
    assert isinstance(connector, XConnector)
    assert connector.network == "x" and connector.limits is X_LIMITS and X_LIMITS.polls


def test_verify_returns_the_handle(x: XConnector) -> None:
    assert x.verify() == "cocktailparty"


def test_publish_text_and_read_it_back(x: XConnector, fake: FakeX, prism: Prism) -> None:
    before = datetime.now(UTC)
    published = x.publish(OutgoingPost("post-1", "Tips for a better pour-over: https://cocktail.party/blog/v60"))

    stored = read_back(prism, published.remote_id)
    assert stored["author_id"] == ME["id"]
    assert stored["text"].startswith("Tips for a better pour-over: https://t.co/")  # X wraps links
    assert stored["entities"]["urls"][0]["expanded_url"] == "https://cocktail.party/blog/v60"
    assert published.url == f"https://x.com/i/status/{published.remote_id}"  # no lookup spent on the handle
    assert before <= published.published_at <= datetime.now(UTC)
    assert (fake.requests[0].method, fake.requests[0].path) == ("POST", "/2/tweets")


def test_arabic_text_round_trips(x: XConnector, fake: FakeX, prism: Prism) -> None:
    x.verify()
    published = x.publish(OutgoingPost("post-ar", ARABIC))

    assert fake.requests[-1].body.decode("utf-8") == '{"text":"' + ARABIC + '"}'
    stored = read_back(prism, published.remote_id)
    assert html.unescape(stored["text"]) == ARABIC  # X escapes & < >; the letters come back untouched
    assert published.url == f"https://x.com/cocktailparty/status/{published.remote_id}"


def test_publish_with_media_and_alt_text(x: XConnector, fake: FakeX, prism: Prism, tmp_path: Path) -> None:
    photo, gif = tmp_path / "cup.png", tmp_path / "pour.gif"
    photo.write_bytes(PNG)
    gif.write_bytes(b"GIF89a" + b"\x00" * 32)
    cup, pour = Media(photo, "image/png", "فنجان قهوة"), Media(gif, "image/gif")

    published = x.publish(OutgoingPost("post-media", "صورة اليوم", media=(cup, pour)))

    uploads = list(fake.media.values())
    assert [media["category"] for media in uploads] == ["tweet_image", "tweet_gif"]
    assert [media["alt_text"] for media in uploads] == ["فنجان قهوة", None]
    assert read_back(prism, published.remote_id)["attachments"]["media_keys"] == [m["media_key"] for m in uploads]


def test_media_bytes_arrive_intact(fake: FakeX, tmp_path: Path) -> None:
    # Straight to the fake: Prism's proxy re-encodes binary bodies as UTF-8 text (stoplightio/prism#1321),
    # so through it an image arrives damaged, though the upload request itself is checked above.
    photo = tmp_path / "cup.png"
    photo.write_bytes(PNG)
    direct = XConnector(ChannelConfig("x", base_url=fake.base_url, token=TOKEN))
    direct.publish(OutgoingPost("post-media", "☕", media=(Media(photo, "image/png"),)))
    assert [media["bytes"] for media in fake.media.values()] == [PNG]


def test_a_file_that_cannot_be_read_is_rejected_before_anything_is_posted(x: XConnector, fake: FakeX) -> None:
    missing = Media(Path("/nonexistent/cup.png"), "image/png")
    with pytest.raises(RejectedError, match=r"cup\.png: cannot read the file"):
        x.publish(OutgoingPost("post-missing", "photo", media=(missing,)))
    assert fake.posts == {}


def test_poll_and_reply(x: XConnector, fake: FakeX, prism: Prism) -> None:
    question = x.publish(OutgoingPost("poll", "Hot or iced?", poll=Poll(("☕ Hot", "🧊 Iced"), duration_minutes=60)))
    assert fake.posts[question.remote_id]["poll"] == {"options": ["☕ Hot", "🧊 Iced"], "duration_minutes": 60}

    asked = fake.add_mention("layla", "@cocktailparty هل تفتحون يوم الجمعة؟")
    answer = x.publish(OutgoingPost("reply", "نعم، من ٤ عصرًا حتى منتصف الليل", reply_to=asked))

    stored = read_back(prism, answer.remote_id)
    assert stored["referenced_posts"] == [{"type": "replied_to", "id": asked}]
    assert stored["text"] == "@layla نعم، من ٤ عصرًا حتى منتصف الليل"  # X puts the audience in front


def test_the_votes_of_a_poll_are_read_through_the_validating_proxy(x: XConnector, fake: FakeX) -> None:
    poll = Poll(("قهوة", "شاي", "كلاهما"), duration_minutes=5)
    question = x.publish(OutgoingPost("votes", "قهوة أم شاي؟", poll=poll))
    fake.vote(question.remote_id, 2, votes=5)
    fake.vote(question.remote_id, 1, votes=3)
    open_poll = x.fetch_poll(question.remote_id)
    assert open_poll is not None and open_poll.options == (("قهوة", 3), ("شاي", 5), ("كلاهما", 0))
    assert not open_poll.closed and open_poll.votes == 8
    fake.close_poll(question.remote_id)
    closed = x.fetch_poll(question.remote_id)
    assert closed is not None and closed.closed
    asked = fake.requests[-1]
    assert asked.query["expansions"] == "attachments.poll_ids" and "options" in asked.query["poll.fields"]
    plain = x.publish(OutgoingPost("plain", "No poll here"))
    assert x.fetch_poll(plain.remote_id) is None


def test_find_published_after_a_crash(prism: Prism, fake: FakeX, tmp_path: Path) -> None:
    start = datetime.now(UTC) - timedelta(seconds=5)
    photo = tmp_path / "cup.png"
    photo.write_bytes(PNG)
    posts = [
        OutgoingPost("with-link", "New beans & new prices: https://cocktail.party/shop?utm_source=x <3"),
        OutgoingPost("arabic", ARABIC),
        OutgoingPost("with-media", "Fresh from the roaster", media=(Media(photo, "image/png"),)),
    ]
    first = XConnector(ChannelConfig("x", base_url=prism.proxy, token=TOKEN))
    published = [first.publish(post) for post in posts]
    first.close()  # the worker died before recording what X answered

    after_restart = XConnector(ChannelConfig("x", base_url=prism.proxy, token=TOKEN))
    for post, original in zip(posts, published, strict=True):
        found = after_restart.find_published(post, since=start)
        assert found is not None and found.remote_id == original.remote_id
        assert found.url == f"https://x.com/cocktailparty/status/{original.remote_id}"
    assert after_restart.find_published(OutgoingPost("other", "Never posted"), since=start) is None


def test_find_published_tells_apart_posts_of_equal_text(x: XConnector, fake: FakeX, tmp_path: Path) -> None:
    start = datetime.now(UTC) - timedelta(seconds=5)
    photos = []
    for name in ("a.png", "b.png"):
        (tmp_path / name).write_bytes(PNG)
        photos.append(Media(tmp_path / name, "image/png"))
    one = OutgoingPost("one", "", media=(photos[0],))  # photos without a caption
    two = OutgoingPost("two", "", media=tuple(photos))
    poll = OutgoingPost("poll", "Which one?", poll=Poll(("A", "B")))
    published = {post.key: x.publish(post).remote_id for post in (one, two)}
    fake.add_own_post("Which one?")  # the same words, once without the poll

    for post in (one, two):
        found = x.find_published(post, since=start)
        assert found is not None and found.remote_id == published[post.key]
    assert x.find_published(poll, since=start) is None
    assert x.find_published(OutgoingPost("three", "", media=(*photos, photos[0])), since=start) is None


def test_find_published_looks_only_since_the_given_time(x: XConnector, fake: FakeX) -> None:
    now = datetime.now(UTC)
    fake.add_own_post("Weekly roast: Kenya AA", at=now - timedelta(days=7))
    post = OutgoingPost("weekly", "Weekly roast: Kenya AA")
    assert x.find_published(post, since=now - timedelta(hours=1)) is None  # last week's post is not this one
    assert x.find_published(post, since=now - timedelta(days=8)) is not None
    assert fake.requests[-1].query["start_time"] == (now - timedelta(days=8)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_find_published_reads_past_the_first_page_and_checks_the_answered_post(x: XConnector, fake: FakeX) -> None:
    asked = fake.add_mention("omar", "@cocktailparty open today?")
    reply = x.publish(OutgoingPost("reply", "Yes, until midnight!", reply_to=asked))
    for number in range(120):  # newer posts push the reply onto the second page of 100
        fake.add_own_post(f"Daily tip number {number}")

    found = x.find_published(OutgoingPost("reply", "Yes, until midnight!", reply_to=asked), since=datetime(2026, 1, 1))

    assert found is not None and found.remote_id == reply.remote_id
    assert [request.query.get("pagination_token") for request in fake.requests[-2:]] == [None, "100"]
    other = fake.add_mention("sara", "@cocktailparty and tomorrow?")
    same_text_other_question = OutgoingPost("r", "Yes, until midnight!", reply_to=other)
    assert x.find_published(same_text_other_question, since=datetime(2026, 1, 1)) is None


def test_delete(x: XConnector, fake: FakeX, prism: Prism) -> None:
    published = x.publish(OutgoingPost("gone", "A post with a typo"))
    x.delete(published.remote_id)

    assert published.remote_id not in fake.posts
    gone = httpx.get(f"{prism.proxy}/2/tweets/{published.remote_id}", headers={"Authorization": f"Bearer {TOKEN}"})
    assert gone.status_code == 404, gone.text
    x.delete(published.remote_id)  # already gone: nothing to do, no error


def test_fetch_comments_oldest_first(x: XConnector, fake: FakeX) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    ours = x.publish(OutgoingPost("q", "What is your favourite roast?"))
    reply = fake.add_mention("layla", "Medium, always", in_reply_to=ours.remote_id, at=now - timedelta(minutes=1))
    newer = fake.add_mention("omar", "@cocktailparty شكرًا على القهوة!", at=now)
    older = fake.add_mention("sara", "@cocktailparty & friends <3", at=now - timedelta(minutes=30))
    fake.add_mention("old", "@cocktailparty long ago", at=now - timedelta(days=3))

    comments = x.fetch_comments(since=now - timedelta(hours=1))

    assert [comment.remote_id for comment in comments] == [older, reply, newer]
    assert [comment.author for comment in comments] == ["sara", "layla", "omar"]
    assert comments[0].text == "@cocktailparty & friends <3"  # unescaped
    assert comments[1].text == "@cocktailparty Medium, always" and comments[1].in_reply_to == ours.remote_id
    assert comments[2].text == "@cocktailparty شكرًا على القهوة!" and comments[2].in_reply_to is None
    assert comments[2].created_at == now
    assert len(x.fetch_comments()) == 4  # without `since`, whatever X still holds
