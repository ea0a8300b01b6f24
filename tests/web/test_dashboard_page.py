"""The dashboard: the promotional share of each channel's last window, the next posts in order, failed
and recently published posts, and nothing of another workspace."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

import factories
from cocktailparty import db
from cocktailparty.models import Channel, PostState, Workspace
from webclient import sign_up


def _channel(workspace_id: int, name: str) -> int:
    with db.session_scope() as session:
        return factories.channel(session, session.get_one(Workspace, workspace_id), name, token="t").id


def _posts(workspace_id: int, channel_id: int, tag: str, now: datetime) -> None:
    """Ten counted posts in the past (two promotional), seven of them published; one failed, one cancelled
    promotion, three scheduled ahead."""
    with db.session_scope() as session:
        workspace, channel = session.get_one(Workspace, workspace_id), session.get_one(Channel, channel_id)
        for number in range(10):
            due = now - timedelta(days=20 - number)
            state = PostState.PUBLISHED if number >= 3 else PostState.PUBLISHING
            factories.post(session, workspace, channel, f"{tag} past {number}", at=due, state=state,
                           category="promotional" if number in (4, 8) else "educational",
                           published_at=due + timedelta(minutes=1) if state == PostState.PUBLISHED else None)
        factories.post(session, workspace, channel, f"{tag} failed", category="news", state=PostState.FAILED,
                       at=now - timedelta(days=2), last_error=f"{tag} refused")
        factories.post(session, workspace, channel, f"{tag} cancelled", category="promotional",
                       state=PostState.CANCELLED, at=now - timedelta(days=1))
        for number in (3, 1, 2):  # inserted out of order: the page sorts them by time
            factories.post(session, workspace, channel, f"{tag} ahead {number}", at=now + timedelta(days=number))


def test_dashboard_shows_the_mix_next_failed_and_published_posts_of_its_own_workspace_only(
        client: TestClient, other_client: TestClient) -> None:
    now = datetime.now(UTC)
    mine = sign_up(client, "sara@example.com", "Acme")
    theirs = sign_up(other_client, "omar@example.com", "Rival")
    assert mine and theirs
    _posts(mine, _channel(mine, "brand"), "mine", now)
    _posts(theirs, _channel(theirs, "rival"), "theirs", now)

    page = client.get(f"/w/{mine}")
    assert page.status_code == 200
    html = page.text
    assert "theirs" not in html and "rival" not in html
    # The gauge: 2 promotional of the 10 counted posts (the failed and the cancelled ones do not count).
    gauge = re.search(r'data-channel="brand".*?</article>', html, re.S)
    assert gauge and 'aria-valuenow="20"' in gauge.group(0)
    assert "of the last 10 posts" in gauge.group(0)
    # The next posts, soonest first.
    ahead = [html.index(f"mine ahead {number}") for number in (1, 2, 3)]
    assert ahead == sorted(ahead)
    assert "mine failed" in html and "mine refused" in html
    # The five most recently published, and not the two before them.
    for number in range(5, 10):
        assert f"mine past {number}<" in html
    assert "mine past 3<" not in html and "mine past 4<" not in html
    assert "over its promotion cap" not in html and "Nothing is scheduled on" not in html

    assert "mine" not in other_client.get(f"/w/{theirs}").text
    assert other_client.get(f"/w/{mine}").status_code == 404
