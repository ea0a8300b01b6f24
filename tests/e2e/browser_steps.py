"""Steps the browser tests share: signing up a new user with a new workspace, connecting a Mastodon channel."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect
from sqlalchemy import select

from cocktailparty import db
from cocktailparty.demo.local_mastodon import LocalMastodon
from cocktailparty.models import Channel

PASSWORD = "a long enough password"
ZONE = "Asia/Riyadh"


def sign_up(page: Page, email: str = "noura@bakery.example") -> int:
    """Sign up Noura with the Riyadh Bakery workspace; the new workspace's id."""
    page.goto("/signup")
    page.fill("#name", "Noura")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.fill("#workspace", "Riyadh Bakery")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/w/\d+$"))
    found = re.search(r"/w/(\d+)$", page.url)
    assert found
    return int(found.group(1))


def connect_mastodon(page: Page, workspace: int, mastodon: LocalMastodon) -> int:
    """Connect the local Mastodon server's 'bakery' account as a channel; the channel's id."""
    token = mastodon.create_account("bakery")
    page.goto(f"/w/{workspace}/channels")
    page.select_option("#network", "mastodon")
    page.fill("#name", "bakery")
    page.fill("#base_url", mastodon.base_url)
    page.fill("#timezone", ZONE)
    page.fill("#token", token)
    page.click(".connect-form button[type=submit]")
    row = page.locator("tr.channel", has_text="bakery")
    expect(row).to_be_visible()
    expect(row).to_contain_text("@bakery")
    assert token not in page.content(), "the token must never be shown again"
    with db.session_scope() as session:
        channel = session.scalars(select(Channel).where(Channel.name == "bakery")).one()
        return channel.id
