"""The post's whole life through the pages: the posts list, a post's page with its buttons (edit, cancel,
delete, retry a failed post, duplicate), and the composer scheduling one post on several channels (all or
nothing, each channel's answer shown). The same rules as the API and the command line."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import select

import factories
from cocktailparty import db
from cocktailparty.errors import message
from cocktailparty.models import AuditRun, CategoryCorrection, Channel, Post, PostState, Role, Workspace
from cocktailparty.models.base import note_error
from webclient import csrf, post_form, sign_up

SOON = (datetime.now(UTC) + timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
QUESTION = "ما هو نوع القهوة المفضل لديكم؟"
PROMO = "20% off every cake today, order now!"


def _channel(workspace_id: int, name: str, busy: bool = False) -> int:
    with db.session_scope() as session:
        workspace = session.get_one(Workspace, workspace_id)
        channel = factories.channel(session, workspace, name, token="t")
        for hour in range(8 if busy else 0):
            factories.post(session, workspace, channel, f"Tip {hour}", category="educational",
                           at=SOON - timedelta(hours=hour + 1))
        for hour in (1, 2) if busy else ():
            factories.post(session, workspace, channel, f"Sale {hour}", category="promotional",
                           at=SOON + timedelta(hours=hour))
        return channel.id


def _add(workspace_id: int, channel_id: int, state: PostState = PostState.SCHEDULED, text: str = QUESTION) -> int:
    with db.session_scope() as session:
        return factories.post(session, session.get_one(Workspace, workspace_id), session.get_one(Channel, channel_id),
                              text, state=state, at=SOON,
                              last_error="the network timed out" if state == PostState.FAILED else None).id


def _form(client: TestClient, path: str, data: dict[str, Any], workspace_id: int) -> Response:
    token = csrf(client, f"/w/{workspace_id}/posts")
    return client.post(path, data={"csrf_token": token, **data}, follow_redirects=False)


def _post(post_id: int) -> Post | None:
    with db.session_scope() as session:
        found = session.get(Post, post_id)
        if found is not None:
            session.expunge(found)
        return found


def _when(moment: datetime) -> dict[str, str]:
    return {"date": moment.strftime("%Y-%m-%d"), "time": moment.strftime("%H:%M")}


def test_the_post_page_shows_the_buttons_its_state_allows(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel = _channel(workspace_id, "brand")
    scheduled, failed = _add(workspace_id, channel), _add(workspace_id, channel, PostState.FAILED)
    page = client.get(f"/w/{workspace_id}/posts/{scheduled}").text
    assert 'id="cancel-post"' in page and 'id="save-post"' in page and 'id="retry-post"' not in page
    page = client.get(f"/w/{workspace_id}/posts/{failed}").text
    assert 'id="retry-post"' in page and 'id="cancel-post"' not in page and "the network timed out" in page
    listing = client.get(f"/w/{workspace_id}/posts").text
    assert f'href="/w/{workspace_id}/posts/{scheduled}"' in listing and QUESTION in listing


def test_cancel_and_retry_through_the_pages(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel = _channel(workspace_id, "brand")
    scheduled, failed = _add(workspace_id, channel), _add(workspace_id, channel, PostState.FAILED)
    path = f"/w/{workspace_id}/posts/{scheduled}"
    answer = _form(client, f"{path}/cancel", {"next": path}, workspace_id)
    assert answer.status_code == 303 and answer.headers["location"] == path
    assert _post(scheduled).state == PostState.CANCELLED  # type: ignore[union-attr]
    again = _form(client, f"{path}/retry", {}, workspace_id)
    assert again.status_code == 422 and "only a failed post" in again.text
    answer = _form(client, f"/w/{workspace_id}/posts/{failed}/retry", {}, workspace_id)
    assert answer.status_code == 303
    retried = _post(failed)
    assert retried and retried.state == PostState.SCHEDULED and retried.last_error is None


def test_editing_refuses_a_past_time_and_saves_nothing(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel = _channel(workspace_id, "brand")
    post_id = _add(workspace_id, channel)
    path = f"/w/{workspace_id}/posts/{post_id}"
    answer = _form(client, f"{path}/edit", {"text": "Milk or lemon?", "date": "2020-01-01", "time": "09:00",
                                            "category": "question"}, workspace_id)
    assert answer.status_code == 422 and "in the past" in answer.text and "Milk or lemon?" in answer.text
    assert _post(post_id).text == QUESTION  # type: ignore[union-attr]
    later = SOON + timedelta(days=1)
    answer = _form(client, f"{path}/edit", {"text": "Milk or lemon?", **_when(later), "category": "question"},
                   workspace_id)
    assert answer.status_code == 303
    edited = _post(post_id)
    assert edited and edited.text == "Milk or lemon?" and edited.due_at == later


def test_delete_and_duplicate_through_the_pages(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    brand, other = _channel(workspace_id, "brand"), _channel(workspace_id, "other")
    post_id = _add(workspace_id, brand)
    answer = _form(client, f"/w/{workspace_id}/posts/{post_id}/duplicate",
                   {"channel_ids": [str(brand), str(other)], **_when(SOON + timedelta(days=1))}, workspace_id)
    assert answer.status_code == 303
    with db.session_scope() as session:
        copies = [(post.channel_id, post.state) for post in session.scalars(select(Post).where(Post.id != post_id))]
    assert sorted(copies) == sorted([(brand, "scheduled"), (other, "scheduled")])
    answer = _form(client, f"/w/{workspace_id}/posts/{post_id}/delete", {}, workspace_id)
    assert answer.status_code == 303 and _post(post_id) is None


def test_the_composer_schedules_on_several_channels_all_or_nothing(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    quiet, busy = _channel(workspace_id, "quiet"), _channel(workspace_id, "busy", busy=True)
    assert 'name="also"' in client.get(f"/w/{workspace_id}/compose").text
    with db.session_scope() as session:
        before = len(list(session.scalars(select(Post.id))))
    data = {"text": PROMO, "channel_id": str(quiet), "also": [str(busy)], **_when(SOON)}
    answer = _form(client, f"/w/{workspace_id}/posts", data, workspace_id)
    assert answer.status_code == 422
    answers = dict(re.findall(r'<li data-channel="(\w+)" class="(\w+)">', answer.text))
    assert answers == {"quiet": "ok", "busy": "refused"}
    with db.session_scope() as session:
        assert len(list(session.scalars(select(Post.id)))) == before
    answer = _form(client, f"/w/{workspace_id}/posts", {**data, "force": "1", "reason": "launch day"}, workspace_id)
    assert answer.status_code == 303
    with db.session_scope() as session:
        assert len(list(session.scalars(select(Post.id)))) == before + 2


def test_a_viewer_gets_no_buttons_and_cannot_change(client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    post_id = _add(workspace_id, _channel(workspace_id, "brand"))
    sign_up(other_client, "omar@example.com", workspace="Omar's")
    with db.session_scope() as session:
        factories.joined(session, "omar@example.com", workspace_id, Role.VIEWER)
    page = other_client.get(f"/w/{workspace_id}/posts/{post_id}").text
    assert 'id="cancel-post"' not in page and 'id="save-post"' not in page
    for action in ("cancel", "delete", "edit", "retry", "duplicate"):
        assert _form(other_client, f"/w/{workspace_id}/posts/{post_id}/{action}", {}, workspace_id).status_code == 403


# --- Corrections of a category (issue 9) -------------------------------------------------------------------

PROMO_CONFIDENT = "50% off all croissants today, order now!"
STORY = "Meet Huda, who bakes our sourdough every morning at dawn"


def _promotion(workspace_id: int, channel_id: int) -> int:
    with db.session_scope() as session:
        return factories.post(session, session.get_one(Workspace, workspace_id), session.get_one(Channel, channel_id),
                              PROMO_CONFIDENT, category="promotional", category_source="classifier", confidence=0.9,
                              at=SOON).id


def test_a_relabel_in_the_list_waits_for_the_owner_and_the_dashboard_counts_it(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    post_id = _promotion(workspace_id, _channel(workspace_id, "brand"))
    listing = f"/w/{workspace_id}/posts"
    assert f'action="/w/{workspace_id}/posts/{post_id}/category"' in client.get(listing).text
    answer = _form(client, f"/w/{workspace_id}/posts/{post_id}/category", {"category": "question", "next": listing},
                   workspace_id)
    assert answer.status_code == 303 and "needs a reason" in client.get(listing).text
    _form(client, f"/w/{workspace_id}/posts/{post_id}/category",
          {"category": "question", "reason": "a poll", "next": listing}, workspace_id)
    assert _post(post_id).category == "promotional"  # type: ignore[union-attr]
    board = client.get(f"/w/{workspace_id}").text
    assert 'data-relabelled="1" data-waiting="1"' in board
    page = client.get(listing).text
    found = re.search(rf'action="/w/{workspace_id}/corrections/(\d+)/accept"', page)
    assert found and "relabelled as Questions" in page
    _form(client, f"/w/{workspace_id}/corrections/{found.group(1)}/accept", {"next": listing}, workspace_id)
    assert _post(post_id).category == "question"  # type: ignore[union-attr]
    assert 'data-relabelled="1" data-waiting="0"' in client.get(f"/w/{workspace_id}").text


def test_the_audit_report_rows_can_be_corrected_and_the_audit_run_again(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    with db.session_scope() as session:
        run = AuditRun(workspace_id=workspace_id, file_name="posts.csv", path="", size=10, lang="en", status="done",
                       result={"posts": 3, "promotional_share": 0.33, "within_cap": False, "cap": 0.2,
                               "preset": "80/20", "violations": 0, "corrections_changed": 2,
                               "rows": [{"id": "1", "date": "2026-01-01T00:00:00Z", "text": STORY,
                                         "category": "promotional"}]})
        session.add(run)
        session.flush()
        run_id = run.id
    page = client.get(f"/w/{workspace_id}/audit/{run_id}").text
    assert STORY in page and 'data-changed="2"' in page and 'id="audit-rerun"' in page
    fields = {"text": STORY, "category": "news", "source": "audit",
              "next": f"/w/{workspace_id}/audit/{run_id}"}
    answer = _form(client, f"/w/{workspace_id}/corrections", fields, workspace_id)
    assert answer.status_code == 303
    with db.session_scope() as session:
        [correction] = session.scalars(select(CategoryCorrection))
        assert (correction.text, correction.category, correction.source) == (STORY, "news", "audit")
    # Its archive was removed: the page says so rather than queue an audit that cannot run.
    again = _form(client, f"/w/{workspace_id}/audit/{run_id}/rerun", {}, workspace_id)
    assert again.status_code == 422 and "upload it again" in again.text


def test_a_failed_posts_error_is_shown_in_the_readers_language(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel = _channel(workspace_id, "brand")
    failed = _add(workspace_id, channel, PostState.FAILED)
    with db.session_scope() as session:
        post = session.get(Post, failed)
        assert post is not None
        note_error(post, message("%(error)s (reconnect the channel, then reschedule the post)",
                                 error=message("channel disconnected")))
    assert "channel disconnected (reconnect the channel" in client.get(f"/w/{workspace_id}/posts/{failed}").text
    post_form(client, "/language", {"lang": "ar", "next": f"/w/{workspace_id}"}, page="/")
    page = client.get(f"/w/{workspace_id}/posts/{failed}").text
    assert "فُصلت القناة (أعد ربط القناة ثم أعد جدولة المنشور)" in page and "reconnect" not in page
