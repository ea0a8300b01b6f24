"""The composer through its pages: the live check (category and why, counts per network, previews,
the guardrail's verdict), scheduling with and without an override, drafts, cancelling, and the
rules every page keeps (roles, CSRF, escaping, isolation between workspaces)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import select

import factories
from cocktailparty import db
from cocktailparty.models import Channel, Post, PostState, Workspace
from cocktailparty.posts.service import schedule
from cocktailparty.workspaces.classifier import classifier_for
from webclient import csrf, sign_up

PROMO_EN = "50% off all croissants today, order now!"
PROMO_AR = "خصم ٥٠٪ على جميع المعجنات اليوم! اطلب الآن"
QUESTION_AR = "ما هو نوع القهوة المفضل لديكم؟"


def add_channel(workspace_id: int, name: str = "brand", timezone: str = "UTC") -> int:
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        channel = factories.channel(session, workspace, name, token="t", timezone=timezone)
        return channel.id


def live_check(client: TestClient, workspace_id: int, text: str, **fields: Any) -> Response:
    token = csrf(client, f"/w/{workspace_id}/compose")
    return client.post(f"/w/{workspace_id}/compose/check", data={"text": text, **fields},
                       headers={"X-CSRF-Token": token, "HX-Request": "true"})


def post(client: TestClient, path: str, data: dict[str, Any], workspace_id: int) -> Response:
    token = csrf(client, f"/w/{workspace_id}/compose")
    return client.post(path, data={"csrf_token": token, **data}, follow_redirects=False)


def when(moment: datetime) -> dict[str, str]:
    return {"date": moment.strftime("%Y-%m-%d"), "time": moment.strftime("%H:%M")}


def posts() -> list[Post]:
    with db.session_scope() as session:
        found = list(session.scalars(select(Post).order_by(Post.id)))
        session.expunge_all()
        return found


def counts(fragment: str) -> dict[str, int]:
    """Each network's count from the check fragment's table."""
    rows = re.findall(r'<tr class="[^"]*" data-network="(\w+)">\s*<td>[^<]*</td>\s*<td class="num count">([\d,]+)</td>',
                      fragment)
    return {network: int(count.replace(",", "")) for network, count in rows}


def busy_channel(workspace_id: int, start: datetime) -> int:
    """A channel with eight value posts and two promotions ahead: a third promotion breaks 80/20."""
    channel_id = add_channel(workspace_id)
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        channel = session.get(Channel, channel_id)
        assert workspace is not None and channel is not None
        for hour in range(8):
            schedule(session, workspace, channel, f"Tip {hour}: keep bread in linen", start - timedelta(hours=hour + 1),
                     classifier_for(), category="educational")
        for hour in (1, 2):
            schedule(session, workspace, channel, f"Sale {hour}: 20% off", start + timedelta(hours=hour),
                     classifier_for(), category="promotional")
    return channel_id


def test_the_live_check_classifies_english_and_arabic_promotions(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    for text in (PROMO_EN, PROMO_AR):
        answer = live_check(client, workspace_id, text)
        assert answer.status_code == 200
        assert 'data-category="promotional"' in answer.text and 'data-kind="promotional"' in answer.text
        assert "Why:" in answer.text and "signals:" in answer.text
    assert "خصم" in live_check(client, workspace_id, PROMO_AR).text  # the deciding word is named


def test_the_live_check_shows_a_value_post_as_value(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    answer = live_check(client, workspace_id, QUESTION_AR)
    assert 'data-category="question"' in answer.text and 'data-kind="value"' in answer.text
    assert "guardrail-warning" not in answer.text


def test_a_category_chosen_by_hand_wins_and_the_classifier_is_still_shown(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    answer = live_check(client, workspace_id, QUESTION_AR, category="culture")
    assert 'data-category="culture"' in answer.text and "chosen by hand" in answer.text
    assert "The classifier would say: Questions." in answer.text
    assert live_check(client, workspace_id, QUESTION_AR, category="bogus").status_code == 422


def test_each_network_counts_the_way_it_does(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = add_channel(workspace_id)
    # X shortens every link, bare domains too, to 23; Mastodon only http(s) ones; Bluesky counts them all.
    text = ("Menus: bakery.example.com/menus/2026/winter/croissants-and-pastries and "
            "https://bakery.example.com/menus/2026/winter/breads-and-cakes-for-the-whole-family 🥐")
    answer = live_check(client, workspace_id, text, channel_id=str(channel_id))
    found = counts(answer.text)
    assert found["x"] != found["mastodon"] and found["mastodon"] != found["bluesky"]
    assert found["mastodon"] == len(text) - len("https://bakery.example.com/menus/2026/winter/breads-and-cakes-for-"
                                                 "the-whole-family") + 23
    assert found["testnet"] == len(text)  # the channel's own network is counted too
    # Over Bluesky's 300: its row is red and its preview marks the part it would not take.
    long_text = "Our bread story. " * 25
    answer = live_check(client, workspace_id, long_text)
    assert 'class="over" data-network="bluesky"' in answer.text and 'class="over" data-network="x"' in answer.text
    assert 'data-network="mastodon"' in answer.text and 'class="over" data-network="mastodon"' not in answer.text
    assert '<mark class="cut"' in answer.text and "Bluesky would not take the marked part." in answer.text


def test_the_guardrail_warns_with_the_fix_and_nothing_is_saved(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    start = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    channel_id = busy_channel(workspace_id, start)
    fields = {"channel_id": str(channel_id), **when(start + timedelta(hours=3))}
    warning = live_check(client, workspace_id, PROMO_EN, **fields)
    assert 'class="guardrail-warning" role="alert"' in warning.text
    assert "more value post" in warning.text and "above the 20% cap of 80/20" in warning.text
    assert 'name="force"' in warning.text and 'name="reason"' in warning.text
    assert "(UTC)" in warning.text  # the time is read in the channel's zone, and says so
    value = live_check(client, workspace_id, QUESTION_AR, **fields)
    assert "guardrail-warning" not in value.text and "adds to the give side" in value.text

    answer = post(client, f"/w/{workspace_id}/posts", {"text": PROMO_EN, **fields}, workspace_id)
    assert answer.status_code == 422
    assert 'class="guardrail-warning" role="alert"' in answer.text and "nothing was scheduled" in answer.text
    assert "more value post" in answer.text and 'name="reason"' in answer.text
    assert PROMO_EN in answer.text  # the text typed is kept
    assert len(posts()) == 10

    # Force needs a reason, and then it is saved with it.
    answer = post(client, f"/w/{workspace_id}/posts", {"text": PROMO_EN, "force": "1", "reason": " ", **fields},
                  workspace_id)
    assert answer.status_code == 422 and "needs a reason" in answer.text and len(posts()) == 10
    answer = post(client, f"/w/{workspace_id}/posts",
                  {"text": PROMO_EN, "force": "1", "reason": "launch day, agreed with the CEO", **fields}, workspace_id)
    assert answer.status_code == 303
    forced = posts()[-1]
    assert forced.text == PROMO_EN and forced.category == "promotional"
    assert forced.override_reason == "launch day, agreed with the CEO" and forced.state == PostState.SCHEDULED


def test_a_value_post_is_scheduled_in_the_channels_time_zone(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = add_channel(workspace_id, timezone="Asia/Riyadh")
    day = (datetime.now(UTC) + timedelta(days=10)).date()
    answer = post(client, f"/w/{workspace_id}/posts", {"text": QUESTION_AR, "channel_id": str(channel_id),
                                                       "date": day.isoformat(), "time": "01:30"}, workspace_id)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/w/{workspace_id}/calendar?view=week&date={day.isoformat()}"
    [saved] = posts()
    assert saved.category == "question" and saved.category_source == "classifier" and saved.state == "scheduled"
    assert saved.due_at == datetime(day.year, day.month, day.day, 1, 30, tzinfo=UTC) - timedelta(hours=3)
    assert saved.override_reason is None
    assert "Scheduled for" in client.get(f"/w/{workspace_id}/compose").text  # the flash, shown once


def test_bad_input_re_renders_the_composer_and_saves_nothing(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = add_channel(workspace_id)
    past = datetime.now(UTC) - timedelta(days=1)
    answer = post(client, f"/w/{workspace_id}/posts", {"text": QUESTION_AR, "channel_id": str(channel_id),
                                                       **when(past)}, workspace_id)
    assert answer.status_code == 422 and "in the past" in answer.text and QUESTION_AR in answer.text
    assert "This time has gone by" in live_check(client, workspace_id, QUESTION_AR, channel_id=str(channel_id),
                                                 **when(past)).text
    answer = post(client, f"/w/{workspace_id}/posts", {"text": QUESTION_AR, "channel_id": str(channel_id),
                                                       "date": "", "time": ""}, workspace_id)
    assert answer.status_code == 422 and "choose the date and time" in answer.text
    future = datetime.now(UTC) + timedelta(days=1)
    answer = post(client, f"/w/{workspace_id}/posts", {"text": "x" * 101, "channel_id": str(channel_id),
                                                       **when(future)}, workspace_id)
    assert answer.status_code == 422 and "the limit is 100" in answer.text
    assert posts() == []


def test_post_text_is_escaped(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    add_channel(workspace_id)
    script = "<script>alert(1)</script>"
    fragment = live_check(client, workspace_id, script).text
    assert script not in fragment and "&lt;script&gt;alert(1)&lt;/script&gt;" in fragment
    page = client.get(f"/w/{workspace_id}/compose", params={"text": script})
    assert script not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


def test_the_composer_is_prefilled_from_the_link(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    add_channel(workspace_id, timezone="Asia/Riyadh")
    page = client.get(f"/w/{workspace_id}/compose", params={"text": PROMO_EN, "at": "2031-03-04T09:15:00+00:00"})
    assert page.status_code == 200
    assert f">{PROMO_EN}</textarea>" in page.text
    assert 'value="2031-03-04"' in page.text and 'value="12:15"' in page.text and "Asia/Riyadh" in page.text
    assert 'data-category="promotional"' in page.text  # checked on arrival, no typing needed
    trigger = 'hx-trigger="input changed delay:300ms, media-changed from:body"'  # a file attached or taken off too
    assert f'hx-post="/w/{workspace_id}/compose/check" {trigger}' in page.text
    assert 'dir="auto"' in page.text and 'value="schedule"' in page.text


def test_drafts_are_saved_without_a_time(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = add_channel(workspace_id)
    answer = post(client, f"/w/{workspace_id}/posts", {"text": PROMO_AR, "channel_id": str(channel_id),
                                                       "action": "draft"}, workspace_id)
    assert answer.status_code == 303 and answer.headers["location"] == f"/w/{workspace_id}/library"
    [draft] = posts()
    assert draft.state == PostState.DRAFT and draft.due_at is None and draft.category == "promotional"


def test_cancelling_a_scheduled_post(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = add_channel(workspace_id)
    day = (datetime.now(UTC) + timedelta(days=3)).date()
    post(client, f"/w/{workspace_id}/posts", {"text": QUESTION_AR, "channel_id": str(channel_id),
                                              "date": day.isoformat(), "time": "10:00"}, workspace_id)
    [scheduled] = posts()
    answer = post(client, f"/w/{workspace_id}/posts/{scheduled.id}/cancel", {}, workspace_id)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/w/{workspace_id}/calendar?view=week&date={day.isoformat()}"
    assert posts()[0].state == PostState.CANCELLED and posts()[0].next_attempt_at is None
    again = post(client, f"/w/{workspace_id}/posts/{scheduled.id}/cancel", {}, workspace_id)
    assert again.status_code == 422 and "only a scheduled post" in again.text
    assert post(client, f"/w/{workspace_id}/posts/999/cancel", {}, workspace_id).status_code == 404


def test_a_viewer_sees_the_check_but_cannot_schedule(client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "owner@example.com")
    assert workspace_id
    channel_id = add_channel(workspace_id)
    sign_up(other_client, "viewer@example.com", "Elsewhere")
    with db.session_scope() as session:
        factories.joined(session, "viewer@example.com", workspace_id, "viewer")
    post(client, f"/w/{workspace_id}/posts", {"text": QUESTION_AR, "channel_id": str(channel_id),
                                              **when(datetime.now(UTC) + timedelta(days=1))}, workspace_id)
    [scheduled] = posts()

    page = other_client.get(f"/w/{workspace_id}/compose")
    assert page.status_code == 200 and "only editors schedule them" in page.text
    assert 'value="schedule"' not in page.text and 'value="draft"' not in page.text
    assert 'data-kind="promotional"' in live_check(other_client, workspace_id, PROMO_EN).text
    answer = post(other_client, f"/w/{workspace_id}/posts", {"text": QUESTION_AR, "channel_id": str(channel_id),
                                                             **when(datetime.now(UTC) + timedelta(days=1))},
                  workspace_id)
    assert answer.status_code == 403
    assert post(other_client, f"/w/{workspace_id}/posts/{scheduled.id}/cancel", {}, workspace_id).status_code == 403
    assert [p.state for p in posts()] == [PostState.SCHEDULED]


def test_another_workspaces_channel_and_posts_do_not_exist_here(client: TestClient, other_client: TestClient) -> None:
    mine = sign_up(client, "sara@example.com", "Riyadh Bakery")
    theirs = sign_up(other_client, "omar@example.com", "Jeddah Cafe")
    assert mine and theirs
    their_channel = add_channel(theirs, "their-brand")
    add_channel(mine)
    future = when(datetime.now(UTC) + timedelta(days=1))
    answer = post(client, f"/w/{mine}/posts", {"text": QUESTION_AR, "channel_id": str(their_channel), **future}, mine)
    assert answer.status_code == 404
    assert live_check(client, mine, QUESTION_AR, channel_id=str(their_channel)).status_code == 404
    assert "their-brand" not in client.get(f"/w/{mine}/compose").text
    assert posts() == []
    # Their post cannot be cancelled from my workspace, nor their composer opened.
    post(other_client, f"/w/{theirs}/posts", {"text": QUESTION_AR, "channel_id": str(their_channel), **future}, theirs)
    [their_post] = posts()
    assert post(client, f"/w/{mine}/posts/{their_post.id}/cancel", {}, mine).status_code == 404
    assert client.get(f"/w/{theirs}/compose").status_code == 404
    assert posts()[0].state == PostState.SCHEDULED


def test_posts_without_the_csrf_token_are_refused(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = add_channel(workspace_id)
    data = {"text": QUESTION_AR, "channel_id": str(channel_id), **when(datetime.now(UTC) + timedelta(days=1))}
    assert client.post(f"/w/{workspace_id}/posts", data=data).status_code == 403
    assert client.post(f"/w/{workspace_id}/posts", data={**data, "csrf_token": "forged"}).status_code == 403
    assert client.post(f"/w/{workspace_id}/compose/check", data=data).status_code == 403
    assert posts() == []
