"""The correction loop in a real browser, in English and in Arabic: a person corrects a category where it is
shown (the composer, the posts list), the next classification of the same post uses the correction, a value
label on a confident promotion asks for a reason and waits for an owner (counted as promotional meanwhile),
the owner accepts it, and the dashboard counts the relabelled posts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from browser_steps import sign_up
from playwright.sync_api import Page, expect

from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.models import Post, PostState, Workspace

SOON = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
STORY_EN = "Meet Huda, who bakes our sourdough every morning at dawn"
STORY_AR = "تعرّفوا على هدى التي تخبز خبز العجين المخمّر كل صباح عند الفجر"
PROMO_EN = "50% off all croissants today, order now!"
PROMO_AR = "خصم ٥٠٪ على جميع المعجنات اليوم! اطلب الآن"


def _promotions(workspace_id: int) -> dict[str, int]:
    """A channel with a scheduled promotion in each language, classified as promotional."""
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        channel = channels.add(session, workspace, network="testnet", name="brand", token="t", verify=False)
        ids = {}
        for hours, text in ((1, PROMO_EN), (2, PROMO_AR)):
            post = Post(workspace_id=workspace_id, channel_id=channel.id, text=text, media=[], category="promotional",
                        category_source="classifier", confidence=0.9, state=PostState.SCHEDULED,
                        due_at=SOON + timedelta(hours=hours), next_attempt_at=SOON + timedelta(hours=hours))
            session.add(post)
            session.flush()
            ids[text] = post.id
        return ids


def _teach_in_the_composer(page: Page, workspace_id: int, text: str, saved: str) -> None:
    """Correct the category of a post being written, then see the next classification of it use the correction."""
    page.goto(f"/w/{workspace_id}/compose")
    page.fill("#composer-text", text)
    badge = page.locator(".check-category .badge")
    expect(badge).not_to_have_attribute("data-category", "news")
    page.click(".composer-correct summary")
    page.select_option("#composer-correct-category", "news")
    page.click("#composer-correct")
    expect(page.locator("#composer-correct-result .correction-saved")).to_contain_text(saved)
    page.fill("#composer-text", text + " ")  # the live check classifies the post again
    expect(badge).to_have_attribute("data-category", "news")


def _relabel_in_the_list(page: Page, workspace_id: int, post_id: int, needs_reason: str, waits: str) -> None:
    page.goto(f"/w/{workspace_id}/posts")
    row = page.locator(f"tr.post-row[data-post='{post_id}']")
    row.locator(".correct-category summary").click()
    row.locator("select[name=category]").select_option("question")
    row.locator("button").click()
    expect(page.locator(".flash.error")).to_contain_text(needs_reason)  # a reason is asked for
    row = page.locator(f"tr.post-row[data-post='{post_id}']")
    row.locator(".correct-category summary").click()
    row.locator("select[name=category]").select_option("question")
    row.locator("input[name=reason]").fill("a poll about croissants")
    row.locator("button").click()
    expect(page.locator(".flash.warn").first).to_contain_text(waits)
    # Still counted as promotional, and waiting for an owner (Noura is the owner: she accepts).
    row = page.locator(f"tr.post-row[data-post='{post_id}']")
    expect(row.locator(".badge")).to_have_attribute("data-category", "promotional")
    expect(row.locator(".relabelled")).to_be_visible()
    page.locator(".pending-relabels .relabel-pending:has(button.accept-relabel)").first.locator(
        "button.accept-relabel").click()
    row = page.locator(f"tr.post-row[data-post='{post_id}']")
    expect(row.locator(".badge")).to_have_attribute("data-category", "question")


def test_the_correction_loop_in_english_and_arabic(page: Page, screenshots: Path) -> None:
    workspace_id = sign_up(page)
    posts = _promotions(workspace_id)

    _teach_in_the_composer(page, workspace_id, STORY_EN, "the classifier learns from it")
    page.screenshot(path=screenshots / "correction-composer.en.png", full_page=True)
    _relabel_in_the_list(page, workspace_id, posts[PROMO_EN], "needs a reason", "until an owner accepts")
    page.goto(f"/w/{workspace_id}")
    expect(page.locator(".relabelled-count")).to_have_attribute("data-relabelled", "1")

    page.click("button[name=lang][value=ar]")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    _teach_in_the_composer(page, workspace_id, STORY_AR, "يتعلّم منه المصنِّف")
    page.screenshot(path=screenshots / "correction-composer.ar.png", full_page=True)
    _relabel_in_the_list(page, workspace_id, posts[PROMO_AR], "يحتاج إلى سبب", "حتى يقبل مالك")
    page.screenshot(path=screenshots / "correction-posts.ar.png", full_page=True)
    page.goto(f"/w/{workspace_id}")
    expect(page.locator(".relabelled-count")).to_have_attribute("data-relabelled", "2")
    # Arabic says two posts with the dual, not with a digit.
    expect(page.locator(".relabelled-count")).to_contain_text("منشوران")
