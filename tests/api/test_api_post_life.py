"""The post's whole life through the API: schedule on several channels (all or nothing, each channel's
answer listed), edit, cancel, delete, retry a failed post, duplicate; the same rules as the pages and the
command line (not in the past, an override needs a reason), and another workspace's post is a 404."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from api_team import Team
from fastapi.testclient import TestClient

import factories
from cocktailparty import db
from cocktailparty.errors import message, plural
from cocktailparty.models import Post, PostState, Role, Workspace
from cocktailparty.models.base import note_error

SOON = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
QUESTION = "Which flavour should we bake next week: pistachio or rose?"
PROMO = "20% off every cake today, order now!"


def _second_channel(team: Team, busy: bool = True) -> int:
    """Another channel of the team; busy: two promotions and eight value posts, a third promotion breaks 80/20."""
    with db.session_scope() as session:
        workspace = session.get(Workspace, team.workspace_id)
        assert workspace is not None
        channel = factories.channel(session, workspace, "busy", token="t")
        for hour in range(8 if busy else 0):
            factories.post(session, workspace, channel, f"Tip {hour}", category="educational",
                           at=SOON - timedelta(hours=hour + 1))
        for hour in (1, 2) if busy else ():
            factories.post(session, workspace, channel, f"Sale {hour}", category="promotional",
                           at=SOON + timedelta(hours=hour))
        return channel.id


def _post(api: TestClient, team: Team, text: str = QUESTION, at: datetime = SOON) -> dict[str, object]:
    answer = api.post("/posts", headers=team.auth(), json={"channel_id": team.channel_id, "text": text,
                                                            "at": at.isoformat()})
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


def _fail(post_id: object) -> None:
    with db.session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None
        post.state, post.last_error, post.attempts = PostState.FAILED, "the network timed out", 5


def test_batch_is_all_or_nothing_with_each_channels_answer(api: TestClient, team: Team) -> None:
    busy = _second_channel(team)
    body = {"channel_ids": [team.channel_id, busy], "text": PROMO, "at": SOON.isoformat()}
    refused = api.post("/posts/batch", headers=team.auth(), json=body)
    assert refused.status_code == 409, refused.text
    answers = {answer["channel"]: answer for answer in refused.json()["channels"]}
    assert answers["brand"]["ok"] and not answers["busy"]["ok"] and answers["busy"]["code"] == "post.guardrail_refused"
    assert api.get("/posts", headers=team.auth(), params={"channel_id": team.channel_id}).json()["items"] == []
    made = api.post("/posts/batch", headers=team.auth(), json={**body, "force": True, "reason": "launch day"})
    assert made.status_code == 201, made.text
    assert [(post["channel_id"], post["override_reason"]) for post in made.json()["items"]] == [
        (team.channel_id, None), (busy, "launch day")]
    # In Arabic, the refusal says so in Arabic.
    arabic = api.post("/posts/batch", headers={**team.auth(), "Accept-Language": "ar"}, json=body)
    assert arabic.status_code == 409 and "busy" in arabic.json()["detail"]


def test_a_past_time_is_refused_when_scheduling_editing_and_duplicating(api: TestClient, team: Team) -> None:
    past = datetime(2020, 1, 1, 9, tzinfo=UTC).isoformat()
    post = _post(api, team)
    for method, path, body in (
        ("POST", "/posts", {"channel_id": team.channel_id, "text": QUESTION, "at": past}),
        ("POST", "/posts/batch", {"channel_ids": [team.channel_id], "text": QUESTION, "at": past}),
        ("PATCH", f"/posts/{post['id']}", {"at": past}),
        ("POST", f"/posts/{post['id']}/duplicate", {"at": past}),
    ):
        answer = api.request(method, path, headers=team.auth(), json=body)
        assert answer.status_code == 422 and answer.json()["code"] == "post.in_past", (path, answer.text)


def test_edit_rechecks_the_guardrail_and_an_override_needs_a_reason(api: TestClient, team: Team) -> None:
    busy = _second_channel(team)
    post = api.post("/posts", headers=team.auth(), json={"channel_id": busy, "text": QUESTION,
                                                          "at": (SOON + timedelta(hours=3)).isoformat()}).json()
    refused = api.patch(f"/posts/{post['id']}", headers=team.auth(), json={"category": "promotional"})
    assert refused.status_code == 409 and refused.json()["fix"]
    no_reason = api.patch(f"/posts/{post['id']}", headers=team.auth(), json={"category": "promotional",
                                                                              "force": True})
    assert no_reason.status_code == 422 and no_reason.json()["code"] == "post.override_needs_reason"
    edited = api.patch(f"/posts/{post['id']}", headers=team.auth(), json={"text": "Milk or lemon?"})
    assert edited.status_code == 200 and edited.json()["text"] == "Milk or lemon?"
    assert api.patch(f"/posts/{post['id']}", headers=team.auth(Role.VIEWER), json={"text": "x"}).status_code == 403


def test_cancel_retry_delete_duplicate(api: TestClient, team: Team) -> None:
    first, second = _post(api, team), _post(api, team, "Milk or lemon?")
    cancelled = api.post(f"/posts/{first['id']}/cancel", headers=team.auth(Role.EDITOR))
    assert cancelled.status_code == 200 and cancelled.json()["state"] == "cancelled"
    not_failed = api.post(f"/posts/{first['id']}/retry", headers=team.auth())
    assert not_failed.status_code == 422 and not_failed.json()["code"] == "post.not_retryable"
    _fail(second["id"])
    retried = api.post(f"/posts/{second['id']}/retry", headers=team.auth())
    assert retried.status_code == 200 and retried.json()["state"] == "scheduled"
    assert retried.json()["last_error"] is None and retried.json()["attempts"] == 1
    copies = api.post(f"/posts/{second['id']}/duplicate", headers=team.auth(), json={})
    assert copies.status_code == 201 and copies.json()["items"][0]["state"] == "draft"
    assert api.delete(f"/posts/{first['id']}", headers=team.auth(Role.VIEWER)).status_code == 403
    assert api.delete(f"/posts/{first['id']}", headers=team.auth()).status_code == 204
    assert api.get(f"/posts/{first['id']}", headers=team.auth()).status_code == 404


def test_another_workspaces_post_is_404_for_every_change(api: TestClient, teams: Callable[[str], Team]) -> None:
    mine, theirs = teams("Acme"), teams("Other")
    post = _post(api, theirs)
    for method, path, body in (("PATCH", f"/posts/{post['id']}", {"text": "mine"}),
                               ("POST", f"/posts/{post['id']}/cancel", None),
                               ("POST", f"/posts/{post['id']}/retry", None),
                               ("POST", f"/posts/{post['id']}/duplicate", None),
                               ("DELETE", f"/posts/{post['id']}", None)):
        answer = api.request(method, path, headers=mine.auth(), json=body)
        assert answer.status_code == 404, (path, answer.text)
    batch = api.post("/posts/batch", headers=mine.auth(), json={"channel_ids": [theirs.channel_id], "text": QUESTION,
                                                                 "at": SOON.isoformat()})
    assert batch.status_code == 404


def test_a_failed_posts_error_comes_in_the_language_asked_for(api: TestClient, team: Team) -> None:
    failed = _post(api, team)
    with db.session_scope() as session:
        post = session.get(Post, failed["id"])
        assert post is not None
        post.state = PostState.FAILED
        note_error(post, plural("gave up after %(num)s attempt: %(error)s", "gave up after %(num)s attempts: %(error)s",
                                8, error=message("channel disconnected")))
    english = api.get(f"/posts/{failed['id']}", headers=team.auth()).json()["last_error"]
    arabic = api.get(f"/posts/{failed['id']}", headers={**team.auth(), "Accept-Language": "ar"}).json()["last_error"]
    assert english == "gave up after 8 attempts: channel disconnected"
    assert arabic == "توقفنا بعد ٨ محاولات: فُصلت القناة"
