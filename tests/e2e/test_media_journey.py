"""Pictures in a post, in a real browser, in English and in Arabic: upload through the composer (with its
progress bar), alt text asked and warned about, the previews of every network (looked at as screenshots), a
picture too large for Bluesky refused with its fix, the fix applied, then the post published to a Mastodon
server with its alt text."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from browser_steps import connect_mastodon, sign_up
from PIL import Image
from playwright.sync_api import Page, expect
from sqlalchemy import select, update

from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.demo.local_mastodon import LocalMastodon
from cocktailparty.models import Post, PostMedia, Workspace
from cocktailparty.worker import runner

ZONE = "Asia/Riyadh"
TEXT = {"en": "New Year party at the office: thank you all for a wonderful year!",
        "ar": "حفلة رأس السنة في المكتب: شكراً لكم جميعاً على سنة رائعة!"}
ALT = {"en": "The team raising glasses under paper lanterns",
       "ar": "الفريق يرفع الكؤوس تحت فوانيس ورقية"}


def _bluesky_channel(workspace_id: int) -> int:
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        return channels.add(session, workspace, network="bluesky", name="bakery-sky", handle="bakery.example",
                            password="app-password", base_url="https://bsky.social", timezone=ZONE, verify=False).id


@pytest.mark.timeout(900)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_pictures_in_a_post(classifier: object, page: Page, mastodon: LocalMastodon, screenshots: Path,
                            tmp_path: Path, lang: str) -> None:
    # `classifier` first: the model is trained into the shared cache before the app's first live check needs it.
    page.set_default_timeout(60_000)  # uploads and re-encodes on a shared, loaded machine
    expect.set_options(timeout=60_000)
    workspace = sign_up(page, f"noura-{lang}@bakery.example")
    if lang == "ar":
        page.click("button[name=lang][value=ar]")
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
    mastodon_id = connect_mastodon(page, workspace, mastodon)
    bluesky_id = _bluesky_channel(workspace)
    photo = tmp_path / ("حفلة المكتب.jpg" if lang == "ar" else "office party.jpg")
    Image.effect_noise((2400, 1600), 90).convert("RGB").save(photo, "JPEG", quality=97)  # ~3 MB: over Bluesky's 1 MB

    page.goto(f"/w/{workspace}/compose")
    page.select_option("#composer-channel", value=str(bluesky_id))
    when = (datetime.now(UTC) + timedelta(hours=3)).astimezone(ZoneInfo(ZONE))
    page.fill("#composer-date", when.date().isoformat())
    page.fill("#composer-time", when.strftime("%H:%M"))
    page.fill("#composer-text", TEXT[lang])
    page.set_input_files("#media-input", str(photo))
    item = page.locator("#media-attached .media-item")
    expect(item).to_have_count(1)
    expect(item.locator("img.media-thumb")).to_be_visible()
    # No alt text yet: every network that takes one warns.
    expect(page.locator("#media-check [data-network=mastodon] [data-code='media.no_alt_text']")).to_be_visible()
    page.fill(".media-alt", ALT[lang])
    expect(page.locator("#media-check [data-code='media.no_alt_text']")).to_have_count(0)
    bluesky = page.locator("#media-check [data-network=bluesky]")
    expect(bluesky.locator("[data-code='media.image_too_large']")).to_contain_text(photo.name)
    expect(page.locator("#media-check [data-network=x] img.cropped")).to_be_visible()
    expect(page.locator("#media-check [data-network=x] .preview-text")).to_have_attribute("dir", "auto")
    page.screenshot(path=screenshots / f"composer-media-previews.{lang}.png", full_page=True)

    # Scheduling on Bluesky is refused, naming the file and the limit; the picture stays attached.
    page.click("button[value=schedule]")
    expect(page.locator(".flash.error")).to_contain_text(photo.name)
    expect(page.locator(".flash.error")).to_contain_text("Bluesky")
    expect(page.locator("#media-attached .media-alt")).to_have_value(ALT[lang])
    page.screenshot(path=screenshots / f"composer-media-refused.{lang}.png", full_page=True)
    fit = page.locator("#media-check [data-network=bluesky] .media-fit")
    expect(fit).to_be_visible()
    fit.click()
    expect(page.locator("#media-attached .media-item .media-name")).to_contain_text("(Bluesky)")
    expect(page.locator("#media-check [data-network=bluesky] .media-problem")).to_have_count(0)
    expect(page.locator("#media-attached .media-alt")).to_have_value(ALT[lang])  # the alt text moved with it
    page.screenshot(path=screenshots / f"composer-media-fixed.{lang}.png", full_page=True)

    # Published on Mastodon with its alt text.
    page.select_option("#composer-channel", value=str(mastodon_id))
    page.click("button[value=schedule]")
    page.wait_for_url(re.compile(r"/calendar\?view=week"))
    page.wait_for_load_state("networkidle")  # the calendar writes its feed token: no write of ours meanwhile
    with db.session_scope() as session:
        post = session.scalars(select(Post).where(Post.text == TEXT[lang])).one()
        assert session.scalars(select(PostMedia.alt_text).where(PostMedia.post_id == post.id)).all() == [ALT[lang]]
        now = datetime.now(UTC)
        session.execute(update(Post).where(Post.id == post.id).values(due_at=now, next_attempt_at=now))
    summary = runner.run_until_idle(timedelta(seconds=60), max_wait=5)
    assert summary["published"] == 1
    account = httpx.get(f"{mastodon.base_url}/api/v1/accounts/lookup", params={"acct": "bakery"}).json()
    statuses = httpx.get(f"{mastodon.base_url}/api/v1/accounts/{account['id']}/statuses").json()
    assert len(statuses) == 1
    assert [media["description"] for media in statuses[0]["media_attachments"]] == [ALT[lang]]

    page.goto(f"/w/{workspace}/media")
    expect(page.locator(".media-card")).to_have_count(2)  # the original and its Bluesky copy
    expect(page.locator(".media-card", has_text="(Bluesky)")).to_contain_text("#")
    page.screenshot(path=screenshots / f"media-library.{lang}.png", full_page=True)
