"""A new user's day in a real browser: sign up, connect a Mastodon channel, compose an Arabic promotion
and see the guardrail warn, schedule a value post, find it on the calendar, let the worker publish it,
see it on the server and on the dashboard, then read every page in Arabic, right to left."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
from browser_steps import ZONE, connect_mastodon, sign_up
from playwright.sync_api import Page, expect
from sqlalchemy import select, update

from cocktailparty import db
from cocktailparty.demo.local_mastodon import LocalMastodon
from cocktailparty.models import Post, PostState
from cocktailparty.worker import runner

PROMOTION_AR = "خصم ٣٠٪ على كل الحلويات هذا الأسبوع! اطلبوا الآن من التطبيق"
VALUE_AR = "ما هي الحلوى التي تذكركم بطفولتكم؟ شاركونا في الردود"
PAGES = ("", "/compose", "/calendar?view=month", "/calendar?view=week", "/library", "/channels", "/audit", "/settings")


def _published_history(channel_id: int, workspace: int) -> None:
    """Ten posts out this week, two of them promotions: the 80/20 window is full, so one more
    promotion breaks it."""
    now = datetime.now(UTC)
    categories = ["educational", "question", "promotional", "culture", "news", "curated", "question",
                  "promotional", "celebration", "educational"]
    with db.session_scope() as session:
        for index, category in enumerate(categories):
            at = now - timedelta(days=5) + timedelta(hours=10 * index)
            session.add(Post(workspace_id=workspace, channel_id=channel_id, text=f"منشور سابق {index}",
                             category=category, category_source="manual", state=PostState.PUBLISHED, due_at=at,
                             published_at=at))


def _compose(page: Page, workspace: int, channel_id: int, text: str, at: datetime) -> None:
    page.goto(f"/w/{workspace}/compose")
    page.select_option("#composer-channel", value=str(channel_id))
    local = at.astimezone(ZoneInfo(ZONE))
    page.fill("#composer-date", local.date().isoformat())
    page.fill("#composer-time", local.strftime("%H:%M"))
    page.fill("#composer-text", text)


def test_a_new_users_journey_in_english_and_arabic(page: Page, mastodon: LocalMastodon, screenshots: Path) -> None:
    workspace = sign_up(page)
    channel_id = connect_mastodon(page, workspace, mastodon)
    _published_history(channel_id, workspace)

    # An Arabic promotion: classified live as promotional, and the guardrail warns with the fix.
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).replace(second=0, microsecond=0)
    _compose(page, workspace, channel_id, PROMOTION_AR, tomorrow)
    expect(page.locator("#check [data-category=promotional]")).to_be_visible()
    warning = page.locator("#check .guardrail-warning")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("value post")
    page.screenshot(path=screenshots / "composer-guardrail.en.png", full_page=True)
    page.click("button[value=schedule]")
    expect(page.locator(".guardrail-warning").first).to_be_visible()
    with db.session_scope() as session:
        assert session.scalar(select(Post.id).where(Post.text == PROMOTION_AR)) is None

    # A value post: scheduled, then on the calendar's week.
    soon = (datetime.now(UTC) + timedelta(hours=2)).replace(second=0, microsecond=0)
    _compose(page, workspace, channel_id, VALUE_AR, soon)
    expect(page.locator("#check [data-kind=value]")).to_be_visible()
    page.click("button[value=schedule]")
    page.wait_for_url(re.compile(r"/calendar\?view=week"))
    with db.session_scope() as session:
        post = session.scalars(select(Post).where(Post.text == VALUE_AR)).one()
        assert post.state == PostState.SCHEDULED and post.category == "question"
    card = page.locator(f".cal-card[data-post-id='{post.id}']")
    expect(card).to_be_visible()
    expect(card).to_contain_text("ما هي الحلوى")

    # Time passes (the post falls due now), and the worker publishes it to the Mastodon server.
    with db.session_scope() as session:
        now = datetime.now(UTC)
        session.execute(update(Post).where(Post.id == post.id).values(due_at=now, next_attempt_at=now))
    summary = runner.run_until_idle(timedelta(seconds=60), max_wait=5)
    assert summary["published"] == 1
    account = httpx.get(f"{mastodon.base_url}/api/v1/accounts/lookup", params={"acct": "bakery"}).json()
    statuses = httpx.get(f"{mastodon.base_url}/api/v1/accounts/{account['id']}/statuses").json()
    assert len(statuses) == 1 and "ما هي الحلوى" in statuses[0]["content"]
    page.goto(f"/w/{workspace}")
    published = page.locator(f"tr.published-post[data-post='{post.id}']")
    expect(published).to_contain_text("published")

    for path in PAGES:
        page.goto(f"/w/{workspace}{path}")
        page.screenshot(path=screenshots / f"{_shot_name(path)}.en.png", full_page=True)

    # Arabic: the switch is remembered, the layout is mirrored.
    page.click("button[name=lang][value=ar]")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    page.goto(f"/w/{workspace}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    brand = page.locator(".brand").bounding_box()
    menu = page.locator(".mainnav").bounding_box()
    assert brand and menu and brand["x"] > menu["x"], "in Arabic the brand sits at the right, the menu after it"
    expect(page.locator(".mainnav")).to_contain_text("لوحة")
    for path in PAGES:
        page.goto(f"/w/{workspace}{path}")
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        page.screenshot(path=screenshots / f"{_shot_name(path)}.ar.png", full_page=True)
    _compose(page, workspace, channel_id, PROMOTION_AR, tomorrow)
    expect(page.locator("#check .guardrail-warning")).to_be_visible()
    page.screenshot(path=screenshots / "composer-guardrail.ar.png", full_page=True)


def _shot_name(path: str) -> str:
    return {"": "dashboard"}.get(path, path.strip("/").replace("?view=", "-"))
