"""Steps the browser tests share: signing up a new user with a new workspace."""

from __future__ import annotations

import re

from playwright.sync_api import Page

PASSWORD = "a long enough password"


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
