"""The composer's previews in a real browser: one preview per network at a time. Text alone shows the text
previews; with a picture attached the media previews (text and pictures together) take their place, not below
the old text-only ones; taking the picture off brings the text previews back. "Also schedule on" leaves out the
channel chosen above it."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_steps import sign_up
from PIL import Image
from playwright.sync_api import Page, expect

from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.models import Workspace

TEXT = "Behind the scenes: our bakers start at 4 am ☕ خلف الكواليس"


def _channels(workspace_id: int) -> tuple[int, int]:
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        sky = channels.add(session, workspace, network="bluesky", name="bakery-sky", handle="bakery.example",
                           password="app-password", base_url="https://bsky.social", verify=False).id
        x = channels.add(session, workspace, network="x", name="bakery-x", token="t", verify=False).id
        return sky, x


@pytest.mark.timeout(300)
def test_pictures_replace_the_text_previews_instead_of_stacking_under_them(classifier: object, page: Page,
                                                                          tmp_path: Path) -> None:
    page.set_default_timeout(30_000)
    workspace = sign_up(page)
    _channels(workspace)
    photo = tmp_path / "ovens.jpg"
    Image.new("RGB", (640, 400), (180, 120, 60)).save(photo, "JPEG")

    page.goto(f"/w/{workspace}/compose")
    page.fill("#composer-text", TEXT)
    expect(page.locator("#check .check-previews [data-network=x]")).to_be_visible()
    expect(page.locator("#media-check .media-preview")).to_have_count(0)

    page.set_input_files("#media-input", str(photo))
    expect(page.locator("#media-check [data-network=x] img")).to_be_visible()
    page.fill("#composer-text", TEXT + " 🥐")
    expect(page.locator("#media-check [data-network=x] .preview-text")).to_contain_text("🥐")
    # One preview of each network on the page: the text-only ones are gone, not left above the new ones.
    expect(page.locator("#check .check-previews")).to_have_count(0)
    for network in ("x", "bluesky", "mastodon", "telegram", "facebook"):
        expect(page.locator(f".composer-check [data-network={network}]:is(.preview, .media-preview)")).to_have_count(1)

    page.click(".media-detach")
    expect(page.locator("#media-check .media-preview")).to_have_count(0)
    expect(page.locator("#check .check-previews [data-network=x]")).to_contain_text("🥐")


@pytest.mark.timeout(300)
def test_also_schedule_on_leaves_out_the_chosen_channel(classifier: object, page: Page) -> None:
    page.set_default_timeout(30_000)
    workspace = sign_up(page)
    sky, x = _channels(workspace)
    page.goto(f"/w/{workspace}/compose")
    chosen = page.locator("#composer-channel").input_value()
    also = page.locator(".composer-also")
    expect(also.locator(f"label:has(input[value='{chosen}'])")).to_be_hidden()
    other = str(x) if chosen == str(sky) else str(sky)
    expect(also.locator(f"label:has(input[value='{other}'])")).to_be_visible()
    page.check(f".composer-also input[value='{other}']")
    page.select_option("#composer-channel", value=other)
    expect(also.locator(f"label:has(input[value='{other}'])")).to_be_hidden()
    expect(also.locator(f"input[value='{other}']")).not_to_be_checked()
    expect(also.locator(f"label:has(input[value='{chosen}'])")).to_be_visible()


@pytest.mark.timeout(300)
def test_a_draft_keeps_its_picture_and_the_post_page_changes_it(classifier: object, page: Page,
                                                               tmp_path: Path) -> None:
    page.set_default_timeout(30_000)
    workspace = sign_up(page)
    _channels(workspace)
    photo = tmp_path / "ovens.jpg"
    Image.new("RGB", (640, 400), (180, 120, 60)).save(photo, "JPEG")
    page.goto(f"/w/{workspace}/compose")
    page.fill("#composer-text", TEXT)
    page.set_input_files("#media-input", str(photo))
    page.fill(".media-alt", "Three bakers at the ovens before dawn")
    page.click("button[value=draft]")
    page.wait_for_url(f"**/w/{workspace}/library")

    page.goto(f"/w/{workspace}/posts?state=draft")
    page.locator("a[href*='/posts/']", has_text="Behind the scenes").first.click()
    item = page.locator("#media-attached .media-item")
    expect(item).to_have_count(1)
    expect(item.locator(".media-alt")).to_have_value("Three bakers at the ovens before dawn")
    expect(item.locator("img.media-thumb")).to_be_visible()
    item.locator(".media-alt").fill("Two bakers at the ovens")
    page.click("#save-post")
    expect(page.locator("#media-attached .media-alt")).to_have_value("Two bakers at the ovens")
    page.click(".media-detach")
    page.click("#save-post")
    expect(page.locator(".flash.ok")).to_be_visible()
    expect(page.locator("#media-attached .media-item")).to_have_count(0)
