"""The Mastodon importer: outbox.json streamed or read whole, HTML to text, reply/boost/quote."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from importer_helpers import ARCHIVES, read_all, zip_folder

from cocktailparty.audit.importers import detect_importer, iter_posts
from cocktailparty.audit.importers.mastodon import html_to_text
from cocktailparty.errors import ArchiveError

FOLDER = ARCHIVES / "mastodon"


def test_kinds_of_every_activity() -> None:
    posts = read_all(FOLDER)
    assert [post.kind for post in posts] == ["post", "reply", "post", "repost", "post", "quote"]
    assert {post.network for post in posts} == {"mastodon"}


def test_html_becomes_text_with_paragraphs_line_breaks_entities_and_full_links() -> None:
    first = read_all(FOLDER)[0]
    assert first.text == (
        "أهلاً بكم في حسابنا الجديد على ماستودون!\n\nTips & news, every week.\nRead more: https://example.com/blog/tips"
    )
    assert first.created_at == datetime(2024, 3, 10, 9, 0, tzinfo=UTC)
    assert (first.likes, first.shares) == (5, 2)


def test_mention_reply_thread_boost_and_poll_text() -> None:
    posts = read_all(FOLDER)
    assert posts[1].text == "@sara شكراً سارة، وصلتنا ملاحظتك وبنرد عليك اليوم"
    assert posts[2].text.startswith("2/")  # a reply to our own post continues a thread
    assert posts[3].text == "https://news.example/users/city/statuses/555"
    assert posts[4].text == "Which do you prefer for Eid?\n\nMa'amoul\nكعك العيد"


def test_zip_and_bare_outbox(tmp_path: Path) -> None:
    archive = zip_folder(FOLDER, tmp_path / "archive-20240320.zip")
    assert detect_importer(archive).name == "mastodon"
    assert read_all(archive) == read_all(FOLDER) == read_all(FOLDER / "outbox.json")


def test_outbox_with_items_before_a_nested_header_is_read_whole(tmp_path: Path) -> None:
    outbox = json.loads((FOLDER / "outbox.json").read_text(encoding="utf-8"))
    reordered = {
        "orderedItems": outbox["orderedItems"],
        "@context": [["nested"]],
        "type": "OrderedCollection",
    }
    reordered = {"@context": [["nested"]], **reordered}
    (tmp_path / "outbox.json").write_text(json.dumps(reordered), encoding="utf-8")
    assert read_all(tmp_path) == read_all(FOLDER)


def test_bad_published_date_names_the_activity_and_field(tmp_path: Path) -> None:
    activity = {"type": "Announce", "id": "a", "published": "last week", "object": "https://x.example/1"}
    (tmp_path / "outbox.json").write_text(json.dumps({"type": "OrderedCollection", "orderedItems": [activity]}))
    with pytest.raises(ArchiveError, match=r"outbox\.json: activity 1, field published: not an ISO 8601 date"):
        list(iter_posts(tmp_path))


def test_html_to_text_keeps_plain_text_and_decodes_entities() -> None:
    assert html_to_text("plain") == "plain"
    assert html_to_text("<p>a &lt;b&gt; &amp; c</p><p></p><p>d</p>") == "a <b> & c\n\nd"
