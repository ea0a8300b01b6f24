"""The response target on the pages: set by an owner on the settings page (refused values kept and said, nothing
saved), an open question past the target marked on the inbox page, and the share answered within the target per
channel and per teammate on the dashboard, in English and in Arabic."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

import factories
from cocktailparty import db
from cocktailparty.connectors.base import Comment
from cocktailparty.inbox import job
from cocktailparty.models import Workspace
from fake_network import SERVER
from webclient import post_form, sign_up

GULF_WEEK = ["Sun", "Mon", "Tue", "Wed", "Thu"]


def _workspace(workspace_id: int) -> Workspace:
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        session.expunge(workspace)
        return workspace


def test_the_owner_sets_the_target_and_business_hours(client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "owner@bakery.example", "Bakery")
    settings = f"/w/{workspace_id}/settings"
    page = client.get(settings)
    assert 'id="target-minutes"' in page.text and "Target: a first answer within 1 hour, round the clock." in page.text
    saved = post_form(client, f"{settings}/response-policy", {
        "target_minutes": "90", "clock": "business", "days": GULF_WEEK, "opens": "09:00", "closes": "17:00"},
        page=settings, follow_redirects=True)
    assert saved.status_code == 200 and "Response target saved." in saved.text
    assert ("Target: a first answer within 90 minutes of business time (Monday, Tuesday, Wednesday, Thursday, "
            "Sunday, 09:00 to 17:00 in each channel") in saved.text
    assert _workspace(workspace_id).business_hours == {"days": ["Mon", "Tue", "Wed", "Thu", "Sun"],
                                                       "opens": "09:00", "closes": "17:00"}
    refused = post_form(client, f"{settings}/response-policy", {
        "target_minutes": "60", "clock": "business", "days": ["Sun"], "opens": "18:00", "closes": "08:00"},
        page=settings)
    assert refused.status_code == 422 and "business hours close after they open, not 18:00-08:00" in refused.text
    assert 'value="18:00"' in refused.text  # what was typed is kept
    no_days = post_form(client, f"{settings}/response-policy", {"target_minutes": "60", "clock": "business"},
                        page=settings)
    assert no_days.status_code == 422 and "choose at least one business day" in no_days.text
    assert _workspace(workspace_id).response_target_minutes == 90  # nothing saved
    round_the_clock = post_form(client, f"{settings}/response-policy", {
        "target_minutes": "30", "clock": "always", "days": GULF_WEEK}, page=settings, follow_redirects=True)
    assert "Target: a first answer within 30 minutes, round the clock." in round_the_clock.text
    assert _workspace(workspace_id).business_hours is None
    # In Arabic the hours are written in Arabic digits.
    post_form(client, f"{settings}/response-policy", {"target_minutes": "120", "clock": "business",
                                                      "days": GULF_WEEK, "opens": "10:00", "closes": "22:00"},
              page=settings)
    post_form(client, f"{settings}/preferences", {"lang": "ar"}, page=settings)
    arabic = client.get(settings)
    assert 'dir="rtl"' in arabic.text and "١٠:٠٠" in arabic.text and "٢٢:٠٠" in arabic.text
    # Someone who is not an owner cannot change it.
    sign_up(other_client, "someone@else.example", "Elsewhere")
    assert post_form(other_client, f"{settings}/response-policy", {"target_minutes": "5"},
                     page="/").status_code in (403, 404)


def test_late_items_are_marked_and_the_dashboard_shows_the_share(client: TestClient) -> None:
    workspace_id = sign_up(client, "owner@bakery.example", "Bakery")
    assert workspace_id
    now = datetime.now(UTC)
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        riyadh = factories.channel(session, workspace, "riyadh-bakery", token="t", timezone="Asia/Riyadh").id
    SERVER.comments = [
        Comment(remote_id="old", author="noura", text="وين ألقى منيو الفطور؟", created_at=now - timedelta(hours=5)),
        Comment(remote_id="new", author="sara", text="Do you have gluten-free bread?",
                created_at=now - timedelta(minutes=10)),
    ]
    job.fetch_channel(riyadh)
    inbox = client.get(f"/w/{workspace_id}/inbox")
    late = re.findall(r'<article class="card inbox-item[^"]*" id="item-\d+" data-item="\d+" data-label="(\w+)"'
                      r'[^>]*>\s*<header class="row item-head">(.*?)</header>', inbox.text, re.S)
    marks = {("past the target" in head) for _label, head in late}
    assert marks == {True, False}, late
    assert 'data-target-minutes="60"' in inbox.text and "Answered within 1 hour:" in inbox.text
    dashboard = client.get(f"/w/{workspace_id}")
    assert dashboard.status_code == 200
    row = re.search(r'<tr class="response-row" data-channel="\d+" data-within="([^"]*)" data-late="(\d+)">\s*'
                    r'<td><bdi>riyadh-bakery</bdi>', dashboard.text)
    assert row is not None and row.groups() == ("0.0000", "1"), dashboard.text[-3000:]
    assert "1 past the target" in dashboard.text
    # Five hours of a round-the-clock target is within it: nothing late any more.
    settings = f"/w/{workspace_id}/settings"
    post_form(client, f"{settings}/response-policy", {"target_minutes": "360", "clock": "always"}, page=settings)
    assert "past the target" not in client.get(f"/w/{workspace_id}/inbox").text.split("saved-title")[0]
    assert 'data-late="0"' in client.get(f"/w/{workspace_id}").text
    # In Arabic every figure of the table is in Arabic digits, the counts in words and plurals included.
    post_form(client, f"{settings}/preferences", {"lang": "ar"}, page=settings)
    table = client.get(f"/w/{workspace_id}").text.split('class="response-row"', 1)[1].split("</table>", 1)[0]
    cells = re.findall(r"<td[^>]*>(.*?)</td>", table, re.S)
    assert cells and not any(re.search(r"[0-9]", re.sub(r"<[^>]+>", "", cell)) for cell in cells), cells
    assert "٠" in table
