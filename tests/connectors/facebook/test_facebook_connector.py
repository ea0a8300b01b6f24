"""The Facebook connector against the fake Graph server: publishing, look-ups, comments and error translation."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_graph import FakeGraph

from cocktailparty.connectors.base import (
    AuthError,
    ChannelConfig,
    Media,
    OutgoingPost,
    Poll,
    RateLimited,
    RejectedError,
    TransientError,
)
from cocktailparty.connectors.facebook import LIMITS
from cocktailparty.connectors.facebook.connector import FacebookConnector
from cocktailparty.connectors.facebook.graph import GraphClient
from cocktailparty.connectors.registry import connector_for
from cocktailparty.errors import Message


def english(problems: list[Message]) -> list[str]:
    return [str(problem) for problem in problems]

ARABIC = "رمضان كريم من فريق مقهى دبي! ☕ شاركونا: ما هو مشروبكم المفضل على الإفطار؟"
MakeConnector = Callable[..., FacebookConnector]


def read_back(graph_url: str, token: str, object_id: str, fields: str) -> dict[str, Any]:
    """Ask the server itself, over HTTP, what it stored."""
    answer = httpx.get(f"{graph_url}/{object_id}", params={"fields": fields, "access_token": token})
    body: dict[str, Any] = answer.json()
    return body


def test_publish_text_and_read_it_back(connector: FacebookConnector, graph: FakeGraph, graph_url: str) -> None:
    published = connector.publish(OutgoingPost(key="p1", text="Five tips for a better flat white"))

    stored = read_back(graph_url, graph.token, published.remote_id, "message,created_time,permalink_url")
    assert stored["message"] == "Five tips for a better flat white"
    assert published.remote_id.startswith(f"{graph.page_id}_")
    assert published.url == f"https://www.facebook.com/{graph.page_id}/posts/{published.remote_id.split('_')[1]}"
    assert abs(published.published_at - datetime.now(UTC)) < timedelta(minutes=1)


def test_arabic_text_round_trips_unchanged(connector: FacebookConnector, graph: FakeGraph, graph_url: str) -> None:
    text = ARABIC + "\n\u200fعيد مبارك 🌙👨‍👩‍👧"
    published = connector.publish(OutgoingPost(key="ar", text=text))

    assert read_back(graph_url, graph.token, published.remote_id, "message")["message"] == text


def test_first_link_becomes_the_preview_card(connector: FacebookConnector, graph: FakeGraph) -> None:
    connector.publish(OutgoingPost(key="link", text="Our roaster explains crema: https://example.com/crema ☕"))

    sent = [params for method, path, params in graph.requests if path.endswith("/feed")]
    assert sent[-1]["link"] == "https://example.com/crema"


def test_photos_go_up_unpublished_then_attach_to_one_post(
    connector: FacebookConnector, graph: FakeGraph, graph_url: str, make_png: Callable[..., Path]
) -> None:
    first, second = make_png("cup.png", 10), make_png("beans.png", 200)
    post = OutgoingPost(key="photos", text="صور من حفل المكتب", media=(
        Media(first, "image/png", alt_text="كوب قهوة"), Media(second, "image/png")))

    published = connector.publish(post)

    stored = read_back(graph_url, graph.token, published.remote_id, "message,full_picture,status_type")
    assert stored["message"] == "صور من حفل المكتب" and stored["status_type"] == "added_photos"
    photos = [node for node in graph.nodes.values() if node.kind == "Photo"]
    assert [p.fields["page_story_id"] for p in photos] == [published.remote_id] * 2
    assert {p.content for p in photos} == {first.read_bytes(), second.read_bytes()}  # bytes intact
    assert photos[0].fields["alt_text_custom"] == "كوب قهوة"


def test_limits_count_code_points_as_facebook_does() -> None:
    assert LIMITS.count_chars("قهوة") == 4
    assert LIMITS.count_chars("👍🏽") == 2  # thumbs up and a skin tone: two code points
    assert LIMITS.count_chars("👨‍👩‍👧") == 5  # three people joined by two zero-width joiners
    assert english(LIMITS.problems(OutgoingPost(key="k", text="ق" * 63_206))) == []
    assert english(LIMITS.problems(OutgoingPost(key="k", text="🌙" * 63_206))) == []
    assert "63,207" in english(LIMITS.problems(OutgoingPost(key="k", text="ق" * 63_207)))[0]
    assert english(LIMITS.problems(OutgoingPost(key="k", text="?", poll=Poll(("a", "b"))))) == (
        ["this network has no polls"]
    )


def test_too_long_text_is_refused_before_any_request(connector: FacebookConnector, graph: FakeGraph) -> None:
    with pytest.raises(RejectedError, match="63,207 characters"):
        connector.publish(OutgoingPost(key="long", text="🌙" * 63_207))
    assert graph.requests == []


def test_find_published_after_a_crash(make_connector: MakeConnector, graph: FakeGraph) -> None:
    before = datetime.now(UTC) - timedelta(minutes=1)
    post = OutgoingPost(key="crash", text=ARABIC)
    published = make_connector().publish(post)  # ...and the worker dies before saving the answer

    restarted = make_connector()
    found = restarted.find_published(post, since=before)

    assert found is not None and found.remote_id == published.remote_id
    assert found.url and graph.page_id in found.url
    assert restarted.find_published(OutgoingPost(key="other", text="never posted"), since=before) is None
    assert restarted.find_published(post, since=datetime.now(UTC) + timedelta(minutes=1)) is None


def test_find_published_pages_through_the_feed(make_connector: MakeConnector) -> None:
    connector = make_connector()
    before = datetime.now(UTC) - timedelta(minutes=1)
    oldest = connector.publish(OutgoingPost(key="0", text="the first of many"))
    for n in range(120):
        connector.publish(OutgoingPost(key=str(n + 1), text=f"post number {n + 1}"))

    found = connector.find_published(OutgoingPost(key="0", text="the first of many"), since=before)

    assert found is not None and found.remote_id == oldest.remote_id


def test_reply_to_a_comment_and_find_it_again(connector: FacebookConnector, graph: FakeGraph) -> None:
    post_id = connector.publish(OutgoingPost(key="q", text="What do you drink at iftar?")).remote_id
    comment_id = graph.add_comment(post_id, "Layla", "تمر وقهوة عربية")
    reply = OutgoingPost(key="r", text="اختيار رائع يا ليلى!", reply_to=comment_id)

    published = connector.publish(reply)

    assert graph.nodes[published.remote_id].fields["message"] == "اختيار رائع يا ليلى!"
    assert graph.nodes[published.remote_id].parent == comment_id
    found = connector.find_published(reply, since=datetime.now(UTC) - timedelta(minutes=1))
    assert found is not None and found.remote_id == published.remote_id


def test_delete_removes_the_post_and_is_safe_to_repeat(
    connector: FacebookConnector, graph: FakeGraph, graph_url: str
) -> None:
    post_id = connector.publish(OutgoingPost(key="d", text="posted by mistake")).remote_id

    connector.delete(post_id)

    assert read_back(graph_url, graph.token, post_id, "message")["error"]["error_subcode"] == 33
    connector.delete(post_id)  # a retried job finds it gone and succeeds


def test_fetch_comments_oldest_first_without_the_pages_own_replies(
    connector: FacebookConnector, graph: FakeGraph
) -> None:
    start = datetime.now(UTC) - timedelta(hours=3)
    post_id = connector.publish(OutgoingPost(key="c", text="Which blend should we bring back?")).remote_id
    graph.add_comment(post_id, "Old Timer", "too old to count", created=start - timedelta(hours=1))
    first = graph.add_comment(post_id, "Layla", "الخلطة الإثيوبية من فضلكم", created=start + timedelta(hours=1))
    reply = graph.add_comment(first, "Omar", "+1 Ethiopian!", created=start + timedelta(hours=2))
    connector.publish(OutgoingPost(key="r", text="شكراً على رأيك", reply_to=first))
    mention = graph.add_mention("Sara", "Best karak in town at @dubaicoffee", created=start + timedelta(minutes=90))

    comments = connector.fetch_comments(since=start)

    assert [c.remote_id for c in comments] == [first, mention, reply]
    assert [c.in_reply_to for c in comments] == [post_id, None, first]
    assert comments[0].author == "Layla" and comments[0].text == "الخلطة الإثيوبية من فضلكم"
    assert comments[0].created_at == (start + timedelta(hours=1)).replace(microsecond=0)
    assert len(connector.fetch_comments()) == 4  # without `since`, the old comment too


def test_verify_returns_the_page_username(make_connector: MakeConnector) -> None:
    assert make_connector().verify() == "dubaicoffee"
    assert make_connector(page_id="").verify() == "dubaicoffee"  # no Page id: the token's own Page (GET /me)


def test_verify_refuses_another_pages_token(make_connector: MakeConnector) -> None:
    with pytest.raises(AuthError, match="not to Page 999: reconnect the channel"):
        make_connector(page_id="999").verify()


def test_registry_builds_the_facebook_connector(graph: FakeGraph, graph_url: str) -> None:
    config = ChannelConfig("facebook", graph_url, graph.token, extra={"page_id": graph.page_id})
    assert isinstance(connector_for(config), FacebookConnector)


# --- error translation ----------------------------------------------------------------------------------


def test_bad_token_is_an_auth_error(make_connector: MakeConnector) -> None:
    with pytest.raises(AuthError, match="reconnect the channel"):
        make_connector(token="not-a-token").verify()


def test_expired_token_is_an_auth_error(connector: FacebookConnector, graph: FakeGraph) -> None:
    graph.token_expired = True
    with pytest.raises(AuthError, match="revoked or expired"):
        connector.publish(OutgoingPost(key="e", text="hello"))


def test_missing_permission_is_an_auth_error(connector: FacebookConnector, graph: FakeGraph) -> None:
    graph.fail_next(403, {"error": {"message": "(#200) Requires pages_manage_posts permission", "code": 200}})
    with pytest.raises(AuthError, match="pages_manage_posts"):
        connector.publish(OutgoingPost(key="e", text="hello"))


def test_http_429_with_retry_after(connector: FacebookConnector, graph: FakeGraph) -> None:
    graph.fail_next(429, {"error": {"message": "Too many calls", "code": 4}}, {"Retry-After": "7"})
    with pytest.raises(RateLimited) as caught:
        connector.publish(OutgoingPost(key="e", text="hello"))
    assert caught.value.retry_after == 7.0 and caught.value.retryable


def test_page_rate_limit_uses_the_business_usage_estimate(connector: FacebookConnector, graph: FakeGraph) -> None:
    usage = {graph.page_id: [{"type": "pages", "call_count": 100, "total_cputime": 12, "total_time": 30,
                              "estimated_time_to_regain_access": 3}]}
    graph.fail_next(400, {"error": {"message": "(#32) Page request limit reached", "code": 32}},
                    {"X-Business-Use-Case-Usage": json.dumps(usage)})
    with pytest.raises(RateLimited) as caught:
        connector.fetch_comments()
    assert caught.value.retry_after == 180.0  # Meta gives minutes


def test_rate_limit_without_an_estimate(connector: FacebookConnector, graph: FakeGraph) -> None:
    graph.fail_next(400, {"error": {"message": "(#17) User request limit reached", "code": 17}},
                    {"X-App-Usage": json.dumps({"call_count": 100, "total_cputime": 5, "total_time": 9})})
    with pytest.raises(RateLimited) as caught:
        connector.verify()
    assert caught.value.retry_after is None


@pytest.mark.parametrize("status, body", [
    (500, {"error": {"message": "An unknown error occurred", "code": 1}}),
    (503, {"error": {"message": "Service temporarily unavailable", "code": 2, "is_transient": True}}),
    (502, {}),
])
def test_server_errors_are_transient(connector: FacebookConnector, graph: FakeGraph, status: int,
                                     body: dict[str, Any]) -> None:
    graph.fail_next(status, body)
    with pytest.raises(TransientError) as caught:
        connector.publish(OutgoingPost(key="e", text="hello"))
    assert type(caught.value) is TransientError


def test_timeout_is_transient(graph: FakeGraph, graph_url: str) -> None:
    graph.stall_next(1.0)
    impatient = GraphClient(graph.token, graph_url, timeout=0.2)
    with pytest.raises(TransientError, match="did not answer in time"):
        impatient.get(f"/{graph.page_id}", {"fields": "id"})
    impatient.close()


def test_unreachable_server_is_transient(graph_url: str, graph: FakeGraph) -> None:
    closed = FacebookConnector(ChannelConfig("facebook", "http://127.0.0.1:9/v21.0", graph.token,
                                             extra={"page_id": graph.page_id}))
    with pytest.raises(TransientError, match=r"could not reach the server at 127\.0\.0\.1") as caught:
        closed.verify()
    # Nothing of the OS's words: they would tell whoever set the address how the port behaved.
    assert "refused" not in str(caught.value).lower() and "errno" not in str(caught.value).lower()


def test_duplicate_post_is_rejected(connector: FacebookConnector) -> None:
    connector.publish(OutgoingPost(key="a", text="Same words twice"))
    with pytest.raises(RejectedError, match="duplicate"):
        connector.publish(OutgoingPost(key="b", text="Same words twice"))


def test_refused_photo_is_rejected(connector: FacebookConnector, tmp_path: Path) -> None:
    not_an_image = tmp_path / "notes.png"
    not_an_image.write_bytes(b"plain text pretending to be a PNG")
    with pytest.raises(RejectedError, match="Requires upload file"):
        connector.publish(OutgoingPost(key="x", text="look", media=(Media(not_an_image, "image/png"),)))


def test_a_channel_without_token_is_an_auth_error(graph_url: str) -> None:
    with pytest.raises(AuthError, match="no Page access token"):
        FacebookConnector(ChannelConfig("facebook", graph_url, None))
