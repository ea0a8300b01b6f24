"""The connector against `prism mock --errors --dynamic`: every request must satisfy X's OpenAPI description
(Prism answers 422 otherwise), and the connector must read the spec's answers, whatever optional parts and
partial `errors` they carry, into our types without a raw dict or a library exception escaping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from x_servers import Prism

from cocktailparty.connectors.base import ChannelConfig, Comment, OutgoingPost, Poll, Published, RejectedError
from cocktailparty.connectors.x.connector import XConnector

USER_ID = "2244994945"  # the spec's example user id: Prism generates user ids that break the path's pattern


@pytest.fixture
def mocked(prism: Prism) -> XConnector:
    return XConnector(ChannelConfig("x", base_url=prism.mock, token="any-token", extra={"user_id": USER_ID}))


def test_the_mock_refuses_what_the_spec_does_not_allow(prism: Prism) -> None:
    # Proof that the checks below can fail: an unknown field and a missing token are refused.
    auth = {"Authorization": "Bearer any-token"}
    assert httpx.post(f"{prism.mock}/2/tweets", json={"text": "hi", "bogus": 1}, headers=auth).status_code == 422
    assert httpx.post(f"{prism.mock}/2/tweets", json={"text": "hi"}).status_code == 401
    answer = httpx.post(f"{prism.mock}/2/tweets", json={"text": "hi", "poll": {"options": ["only"]}}, headers=auth)
    assert answer.status_code == 422


def test_verify(mocked: XConnector) -> None:
    assert isinstance(mocked.verify(), str)


@pytest.mark.parametrize(
    "post",
    [
        OutgoingPost("text", "Hello from CocktailParty"),
        OutgoingPost("arabic", "مرحبا من كوكتيل بارتي ☕️ https://cocktail.party/ar"),
        OutgoingPost("poll", "قهوة أم شاي؟", poll=Poll(("قهوة ☕", "شاي 🍵"), duration_minutes=24 * 60)),
        OutgoingPost("reply", "Thank you!", reply_to="1346889436626259968"),
    ],
    ids=["text", "arabic", "poll", "reply"],
)
def test_publish_requests_match_the_spec(mocked: XConnector, post: OutgoingPost) -> None:
    published = mocked.publish(post)
    assert isinstance(published, Published) and published.remote_id.isdigit()
    assert published.url is not None and published.url.endswith(f"/status/{published.remote_id}")


def test_delete_request_matches_the_spec(mocked: XConnector) -> None:
    # The generated answer may say {"deleted": false}; what matters is that Prism took the request (no 422).
    try:
        mocked.delete("1346889436626259968")
    except RejectedError as error:
        assert error.message.startswith("X did not delete post 1346889436626259968"), error.message


def test_timelines_read_the_spec_answers_into_our_types(mocked: XConnector) -> None:
    since = datetime.now(UTC) - timedelta(days=1)
    comments = mocked.fetch_comments(since=since)
    assert all(isinstance(comment, Comment) and comment.created_at.tzinfo for comment in comments)
    assert [comment.created_at for comment in comments] == sorted(comment.created_at for comment in comments)
    found = mocked.find_published(OutgoingPost("k", "Hello"), since=since)
    assert found is None or isinstance(found, Published)
