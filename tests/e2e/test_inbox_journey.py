"""The conversation in a real browser, in English and in Arabic: a second account comments under a post the
worker published on a Mastodon server; the comment reaches the inbox as a question, is answered from the
inbox, the answer is on the server under the comment exactly once, and the dashboard counts it. A hostile
comment (markup, a bidi override) is shown as text."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from browser_steps import connect_mastodon, sign_up
from mastodon import Mastodon
from playwright.sync_api import Page, expect
from sqlalchemy import select

from cocktailparty import db
from cocktailparty.classify import Classifier
from cocktailparty.connectors.mastodon.text import plain_text
from cocktailparty.demo.local_mastodon import LocalMastodon
from cocktailparty.models import Channel, InboxItem, Post, PostState
from cocktailparty.worker import runner

LEASE = timedelta(seconds=60)
CASES = {
    "en": ("Do you have sugar-free cakes for a birthday?", "Question", "Yes! Order by Thursday and we bake it.",
           "Send reply", "published"),
    "ar": ("هل عندكم كيك بدون سكر لعيد ميلاد؟", "سؤال", "نعم! اطلبوا قبل الخميس ونخبزه لكم.",
           "أرسل الرد", "تم النشر"),
}


def _published_post(channel_id: int, workspace: int, text: str) -> str:
    """A post of ours, published by the worker to the server; its id there."""
    now = datetime.now(UTC)
    with db.session_scope() as session:
        post = Post(workspace_id=workspace, channel_id=channel_id, text=text, category="question",
                    state=PostState.SCHEDULED, due_at=now, next_attempt_at=now)
        session.add(post)
        session.flush()
        post_id = post.id
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    with db.session_scope() as session:
        published = session.get(Post, post_id)
        assert published is not None and published.remote_id
        return published.remote_id


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_comment_is_answered_from_the_inbox(page: Page, mastodon: LocalMastodon, screenshots: Path,
                                              classifier: Classifier, lang: str) -> None:
    # (`classifier`: the model is trained into the cache before the app needs it)
    comment_text, label, answer, send, published_word = CASES[lang]
    workspace = sign_up(page)
    channel_id = connect_mastodon(page, workspace, mastodon)
    if lang == "ar":
        page.click("button[name=lang][value=ar]")
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
    status_id = _published_post(channel_id, workspace,
                                "ما هي الحلوى التي تذكركم بطفولتكم؟ What sweet reminds you of home?")

    # A second account comments under it (no mention: only the post's context shows it), and one more writes
    # something hostile.
    fan = Mastodon(access_token=mastodon.create_account("fan"), api_base_url=mastodon.base_url)
    comment = fan.status_post(comment_text, in_reply_to_id=status_id)
    fan.status_post("<script>alert('x')</script> \u202eevil\u202c <b>bold</b>?", in_reply_to_id=status_id)

    page.goto(f"/w/{workspace}/inbox")
    page.click("#fetch-now")
    expect(page.locator("#flash")).not_to_be_empty()
    runner.run_until_idle(LEASE, max_wait=2)  # the worker runs the fetch job
    page.goto(f"/w/{workspace}/inbox")
    with db.session_scope() as session:
        item_id = session.scalars(select(InboxItem.id).where(InboxItem.remote_id == str(comment.id))).one()
    item = page.locator(f"article.inbox-item[data-item='{item_id}']")
    expect(item).to_have_attribute("data-label", "question")
    expect(item.locator(".badge")).to_have_text(label)
    expect(item.locator(".comment-text")).to_have_text(comment_text)
    expect(item.locator(".our-post")).to_contain_text("ما هي الحلوى")
    hostile = page.locator("article.inbox-item", has_text="alert('x')")
    expect(hostile.locator(".comment-text")).to_contain_text("<script>alert('x')</script>")
    assert "\u202e" not in (hostile.locator(".comment-text").text_content() or "")
    assert hostile.locator(".comment-text script, .comment-text b").count() == 0
    page.screenshot(path=screenshots / f"inbox.{lang}.png", full_page=True)

    # The answer, from the inbox: scheduled at once, published by the worker under the comment.
    item.locator("details.reply-box").evaluate("box => box.open = true")
    item.locator("textarea[name=text]").fill(answer)
    item.get_by_role("button", name=send).click()
    page.wait_for_url(re.compile(rf"/inbox.*#item-{item_id}$"))
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    assert runner.run_until_idle(LEASE, max_wait=1)["published"] == 0

    descendants = fan.status_context(comment.id).descendants
    ours = [status for status in descendants if status.account.username == "bakery"]
    assert len(ours) == 1, "the reply is on the server exactly once"
    assert str(ours[0].in_reply_to_id) == str(comment.id)
    assert plain_text(ours[0].content) == f"@fan {answer}"

    page.goto(f"/w/{workspace}/inbox")
    reply_line = page.locator(f"article.inbox-item[data-item='{item_id}'] .our-reply")
    expect(reply_line).to_contain_text(answer)
    expect(reply_line.locator(".state")).to_have_text(published_word)
    expect(page.locator(f"article.inbox-item[data-item='{item_id}']")).to_have_attribute("data-state", "waiting")

    # The dashboard's mix counts the reply on the give side.
    page.goto(f"/w/{workspace}")
    with db.session_scope() as session:
        name = session.get(Channel, channel_id).name  # type: ignore[union-attr]
    figure = page.locator(f".gauge-card[data-channel='{name}'] .replies-figure")
    expect(figure).to_have_attribute("data-replies", "1")
    page.screenshot(path=screenshots / f"dashboard-with-reply.{lang}.png", full_page=True)

    # Done: it leaves the open list.
    page.goto(f"/w/{workspace}/inbox?state=open")
    expect(page.locator(f"article.inbox-item[data-item='{item_id}']")).to_have_count(0)
    page.goto(f"/w/{workspace}/inbox")
    page.locator(f"article.inbox-item[data-item='{item_id}'] button[value=done]").click()
    expect(page.locator(f"article.inbox-item[data-item='{item_id}']")).to_have_attribute("data-state", "done")
    if lang == "ar":
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
