"""Issue 12 in a real browser (Chromium), in English and Arabic: an occasion on the calendar with its Hijri date
and its greeting drafted into the library; a curated item from a local feed server shared with a comment; a
giveaway on a local Mastodon opened, its entries collected from the replies, drawn after the deadline and
verified from the published data alone."""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from mastodon import Mastodon
from playwright.sync_api import Page, expect
from sqlalchemy import select

from cocktailparty import db
from cocktailparty.cli.giveaways import read_accounts
from cocktailparty.demo.local_mastodon import LocalMastodon
from cocktailparty.giveaways.draw import verify
from cocktailparty.models import Giveaway, LibraryItem

sys.path.insert(0, str(Path(__file__).parents[1] / "curation"))
from browser_steps import connect_mastodon, sign_up
from feed_server import Doc, FeedServer, rss


def _library_texts() -> list[str]:
    with db.session_scope() as session:
        return [item.text for item in session.scalars(select(LibraryItem).order_by(LibraryItem.id))]


def test_eid_on_the_calendar_and_its_greeting_in_both_languages(page: Page, screenshots: Path) -> None:
    workspace = sign_up(page)
    page.goto(f"/w/{workspace}/calendar?view=month&date=2027-03-01")
    eid = page.locator('section[data-day="2027-03-09"] li[data-occasion="eid_al_fitr"]')
    expect(eid).to_contain_text("Eid al-Fitr")
    expect(eid).to_contain_text("1 Shawwal 1448 AH")
    eid.locator("summary").click()
    expect(eid.locator('.occasion-greeting[lang="en"]')).to_contain_text("Eid Mubarak!")
    page.screenshot(path=str(screenshots / "occasions-calendar-en.png"))
    eid.locator('.occasion-greeting[lang="ar"] button').click()
    expect(page.locator(".flash.ok")).to_contain_text("The greeting is in the library as a celebration draft.")
    assert _library_texts()[0].startswith("عيد مبارك!")

    page.click("button[name=lang][value=ar]")
    page.goto(f"/w/{workspace}/calendar?view=month&date=2027-03-01")
    eid = page.locator('section[data-day="2027-03-09"] li[data-occasion="eid_al_fitr"]')
    expect(eid).to_contain_text("عيد الفطر")
    expect(eid).to_contain_text("١ شوال ١٤٤٨ هـ")
    eid.locator("summary").click()
    eid.locator('.occasion-greeting[lang="en"] button').click()
    expect(page.locator(".flash.ok")).to_contain_text("أُضيفت التهنئة إلى المكتبة")
    page.screenshot(path=str(screenshots / "occasions-calendar-ar.png"))
    assert _library_texts()[1].startswith("Eid Mubarak!")


def test_a_curated_item_shared_from_a_local_feed_in_arabic(page: Page, screenshots: Path) -> None:
    server = FeedServer()
    try:
        server.docs["/rss"] = Doc(rss("Coffee Weekly", [
            ("How to brew coffee with a V60 at home", "https://roast.example/v60", "@sam@roast.example",
             "A step by step guide for the pour-over method.")]))
        workspace = sign_up(page)
        page.click("button[name=lang][value=ar]")
        page.goto(f"/w/{workspace}/feeds")
        page.fill("#feed-url", server.url("/rss"))
        page.fill("#feed-name", "قهوة")
        page.click("form[action$='/feeds'] button")
        expect(page.locator(".flash.ok")).to_contain_text("أُضيف المصدر")
        page.click("form[action$='/feeds/fetch'] button")
        item = page.locator(".feed-item", has_text="How to brew coffee with a V60 at home")
        expect(item).to_contain_text("بقلم @sam@roast.example")
        item.locator("input[name=comment]").fill("دليل رائع لمحبي القهوة")
        item.locator("form[action$='/share'] button").click()
        expect(page.locator(".flash.ok")).to_contain_text("أُضيفت المشاركة إلى المكتبة")
        page.screenshot(path=str(screenshots / "feeds-ar.png"))
        assert _library_texts() == ["دليل رائع لمحبي القهوة\n\nHow to brew coffee with a V60 at home\n\n"
                                    "via @sam@roast.example https://roast.example/v60"]
    finally:
        server.close()


def test_a_giveaway_drawn_and_verified(page: Page, mastodon: LocalMastodon, screenshots: Path,
                                       tmp_path: Path) -> None:
    workspace = sign_up(page)
    channel_id = connect_mastodon(page, workspace, mastodon)
    bakery = Mastodon(access_token=_token_of(mastodon, "bakery"), api_base_url=mastodon.base_url)
    post = bakery.status_post("Giveaway! Reply to enter, tag a friend.")
    for name in ("amal", "badr", "chadi"):
        fan = Mastodon(access_token=mastodon.create_account(name), api_base_url=mastodon.base_url)
        fan.status_post(f"@bakery me please! @{name}_friend @friend2", in_reply_to_id=post.id)

    page.goto(f"/w/{workspace}/giveaways")
    page.fill("#g-title", "Eid cake giveaway")
    page.select_option("#g-channel", str(channel_id))
    page.fill("#g-post", str(post.id))
    soon = datetime.now(ZoneInfo("Asia/Riyadh")) + timedelta(hours=2)
    page.fill("#g-deadline", soon.strftime("%Y-%m-%dT%H:%M"))
    page.fill("#g-winners", "2")
    page.select_option("#g-entry", "tag")
    page.fill("#g-tags", "2")
    page.click("form[action$='/giveaways'] button")
    commitment = page.locator("code.commitment").inner_text()
    assert re.fullmatch(r"[0-9a-f]{64}", commitment)
    page.click("form[action$='/collect'] button")
    expect(page.locator(".flash.ok")).to_contain_text("3 new entries.")
    expect(page.locator("ol.entries li")).to_have_count(3)

    with db.session_scope(write=True) as session:  # the deadline passes
        giveaway = session.scalar(select(Giveaway))
        assert giveaway is not None
        giveaway.deadline = datetime.now(UTC) - timedelta(minutes=1)
    page.reload()
    page.click("form[action$='/draw'] button")
    expect(page.locator("ol.winners li")).to_have_count(2)
    seed = page.locator("code.seed").inner_text()
    winners = [text.removeprefix("@") for text in page.locator("ol.winners li").all_inner_texts()]
    page.screenshot(path=str(screenshots / "giveaway-drawn.png"))
    with page.expect_download() as download:
        page.click("a[href$='entries.csv']")
    entries = tmp_path / "entries.csv"
    download.value.save_as(entries)
    assert verify(seed, commitment, read_accounts(entries), 2).winners == winners


def _token_of(mastodon: LocalMastodon, username: str) -> str:
    """The channel's account token: the channel was connected with it (read back from the encrypted store)."""
    from cocktailparty.channels.service import config_of
    from cocktailparty.models import Channel

    with db.session_scope() as session:
        channel = session.scalars(select(Channel).where(Channel.handle.contains(username))).first()
        assert channel is not None
        token = config_of(channel).token
        assert token
        return token


def test_a_team_moment_appears_only_after_consent_in_arabic(page: Page, screenshots: Path) -> None:
    workspace = sign_up(page)
    page.click("button[name=lang][value=ar]")
    page.goto(f"/w/{workspace}/team")
    page.fill("#tm-name", "هدى")
    page.select_option("#tm-lang", "ar")
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date()
    page.fill("#tm-birthday", tomorrow.replace(year=1992).isoformat())
    page.click("form[action$='/team'] button")
    expect(page.locator(".flash.ok")).to_contain_text("لن تُكتب أي مسودة عنه قبل موافقته")
    expect(page.locator("ul.due li")).to_have_count(0)
    person = page.locator("article.team-member", has_text="هدى")
    person.locator('tr[data-kind="birthday"] button[value=grant]').click()
    expect(page.locator(".flash.ok")).to_contain_text("سُجّلت الموافقة")
    expect(page.locator("ul.due li")).to_have_count(1)
    page.click("form[action$='/team/drafts'] button")
    expect(page.locator(".flash.ok")).to_contain_text("أُضيفت مسودة واحدة إلى المكتبة")
    page.screenshot(path=str(screenshots / "team-ar.png"))
    assert _library_texts() == ["عيد ميلاد سعيد يا هدى! يتمنى لك الفريق كله عاماً رائعاً."]
