"""Polls through the pages: the composer's poll fields (checked against the chosen channel's network as they are
typed, refused with the question-post advice where the network has no polls) and a post's poll on its page,
before and after its votes are read, in English and Arabic."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select

import factories
from cocktailparty import db
from cocktailparty.connectors.base import PollResult
from cocktailparty.models import Channel, Post, PostState, Workspace
from cocktailparty.polls.service import keep_votes
from webclient import csrf, post_form, sign_up

SOON = (datetime.now(UTC) + timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
QUESTION = "Coffee or tea with your morning pastry?"


def _channel(workspace_id: int, network: str, name: str) -> int:
    with db.session_scope() as session:
        return factories.channel(session, session.get_one(Workspace, workspace_id), name, network=network,
                                 base_url="https://social.example", token="t").id


def _compose(client: TestClient, workspace_id: int, channel_id: int, options: list[str], minutes: str = "1440"):  # type: ignore[no-untyped-def]
    token = csrf(client, f"/w/{workspace_id}/compose")
    return client.post(f"/w/{workspace_id}/posts", data={
        "csrf_token": token, "channel_id": str(channel_id), "text": QUESTION, "date": SOON.strftime("%Y-%m-%d"),
        "time": SOON.strftime("%H:%M"), "poll_option": options, "poll_minutes": minutes}, follow_redirects=False)


def _posts(workspace_id: int) -> list[Post]:
    with db.session_scope() as session:
        found = list(session.scalars(select(Post).where(Post.workspace_id == workspace_id)))
        session.expunge_all()
        return found


def test_a_poll_is_scheduled_from_the_composer_and_shown_on_its_page(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    mastodon = _channel(workspace_id, "mastodon", "bakery")
    page = client.get(f"/w/{workspace_id}/compose").text
    assert 'name="poll_option"' in page and page.count('name="poll_option"') == 4 and 'name="poll_minutes"' in page
    answer = _compose(client, workspace_id, mastodon, ["Coffee", "Tea", "", ""], "60")
    assert answer.status_code == 303, answer.text
    [post] = _posts(workspace_id)
    assert post.poll == {"options": ["Coffee", "Tea"], "minutes": 60} and post.state == PostState.SCHEDULED
    shown = client.get(f"/w/{workspace_id}/posts/{post.id}").text
    assert '<li dir="auto">Coffee</li><li dir="auto">Tea</li>' in shown
    assert "Open for 60 minutes once published." in shown


def test_a_network_without_polls_refuses_with_the_advice_and_keeps_what_was_typed(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    plain = _channel(workspace_id, "testnet", "plain")
    answer = _compose(client, workspace_id, plain, ["Coffee", "Tea"])
    assert answer.status_code == 422
    assert "has no polls: ask it as a question post instead" in answer.text
    assert 'value="Coffee"' in answer.text and 'value="Tea"' in answer.text  # nothing typed is lost
    assert _posts(workspace_id) == []


def test_the_live_check_names_the_poll_problem_for_the_chosen_network(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    mastodon = _channel(workspace_id, "mastodon", "bakery")
    token = csrf(client, f"/w/{workspace_id}/compose")
    check = client.post(f"/w/{workspace_id}/compose/check", data={
        "csrf_token": token, "channel_id": str(mastodon), "text": QUESTION, "poll_option": ["A" * 51, "B"]})
    assert check.status_code == 200 and 'data-code="post.poll_option_too_long"' in check.text
    assert "Mastodon takes at most 50" in check.text
    fine = client.post(f"/w/{workspace_id}/compose/check", data={
        "csrf_token": token, "channel_id": str(mastodon), "text": QUESTION, "poll_option": ["A", "B"]})
    assert "poll-problem" not in fine.text


def test_the_votes_and_the_drafted_result_on_the_posts_page_in_both_languages(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    mastodon = _channel(workspace_id, "mastodon", "bakery")
    now = datetime.now(UTC)
    with db.session_scope() as session:
        workspace, channel = session.get(Workspace, workspace_id), session.get(Channel, mastodon)
        assert workspace is not None and channel is not None
        post = factories.post(session, workspace, channel, "قهوة أم شاي؟", state=PostState.PUBLISHED, at=now,
                              published_at=now, remote_id="1", poll={"options": ["قهوة", "شاي"], "minutes": 60},
                              poll_ends_at=now)
        keep_votes(session, workspace, channel, post, PollResult((("قهوة", 1), ("شاي", 3)), closed=True, voters=4),
                   now)
        post_id, follow_up = post.id, post.poll_results["follow_up"] if post.poll_results else None
    page = client.get(f"/w/{workspace_id}/posts/{post_id}").text
    assert "75%" in page and "3 votes" in page and f"#item-{follow_up}" in page
    assert 'class="poll-option winner" data-votes="3"' in page
    post_form(client, "/language", {"lang": "ar", "next": f"/w/{workspace_id}"}, page="/")
    arabic = client.get(f"/w/{workspace_id}/posts/{post_id}").text
    assert "٧٥٪" in arabic and "٣ أصوات" in arabic and "صيغت النتيجة مسودةً في المكتبة" in arabic
    library = client.get(f"/w/{workspace_id}/library").text
    assert "نتائج استطلاعنا «قهوة أم شاي؟»: شاي ٧٥٪، قهوة ٢٥٪ (٤ أصوات)" in library
