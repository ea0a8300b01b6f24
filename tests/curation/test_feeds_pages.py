"""The feeds page and the library's suggestions: a feed added and fetched from the local feed server, an item
shared with a comment in one click (the author credited), an error shown naming the feed; viewers read only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from feed_server import Doc, FeedServer, rss
from sqlalchemy import select

from cocktailparty import db
from cocktailparty.models import FeedItem, LibraryItem
from cocktailparty.web import ratelimit
from cocktailparty.web.app import create_app
from webclient import post_form, sign_up


@pytest.fixture
def client(app_env: Path) -> Iterator[TestClient]:
    ratelimit.reset()
    with TestClient(create_app(), base_url="http://testserver") as test_client:
        yield test_client
    ratelimit.reset()


def test_add_fetch_and_share_from_the_library(client: TestClient, feeds: FeedServer) -> None:
    feeds.docs["/rss"] = Doc(rss("Coffee Weekly", [("A new study on coffee &amp; sleep", "https://n.example/1",
                                                    "@dana@coffee.example", "What the study found about sleep.")]))
    feeds.docs["/broken"] = Doc(b"<html>no</html>", content_type="text/html")
    workspace_id = sign_up(client, "sara@example.com")
    url = f"/w/{workspace_id}/feeds"
    added = post_form(client, url, {"url": feeds.url("/rss"), "name": "Coffee", "category": "curated"}, page=url,
                      follow_redirects=True)
    assert "Feed added." in added.text
    post_form(client, url, {"url": feeds.url("/broken"), "name": "Broken", "category": "news"}, page=url)
    fetched = post_form(client, f"{url}/fetch", {}, page=url, follow_redirects=True)
    assert "1 new suggestion." in fetched.text
    assert f"feed Broken ({feeds.url('/broken')}): not an RSS, Atom or JSON feed" in fetched.text
    assert "A new study on coffee &amp; sleep" in fetched.text and "By @dana@coffee.example" in fetched.text

    library = client.get(f"/w/{workspace_id}/library").text
    assert "Suggestions from your feeds" in library and "A new study on coffee &amp; sleep" in library
    with db.session_scope() as session:
        [item] = session.scalars(select(FeedItem)).all()
    shared = post_form(client, f"{url}/items/{item.id}/share", {"comment": "Worth a read <3", "back": "library"},
                       page=url, follow_redirects=True)
    assert str(shared.url).endswith("/library") and "The share is in the library as a draft." in shared.text
    with db.session_scope() as session:
        [draft] = session.scalars(select(LibraryItem)).all()
        assert draft.category == "curated"
        assert draft.text == ("Worth a read <3\n\nA new study on coffee & sleep\n\n"
                              "via @dana@coffee.example https://n.example/1")
    assert "Suggestions from your feeds" not in client.get(f"/w/{workspace_id}/library").text


def test_bad_address_in_arabic(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    url = f"/w/{workspace_id}/feeds"
    post_form(client, "/language", {"lang": "ar", "next": url}, page=url)
    page = client.get(url).text
    assert "المصادر" in page and "أضف المصدر" in page
    bad = post_form(client, url, {"url": "ftp://x.example/feed", "name": "", "category": "curated"}, page=url)
    assert bad.status_code == 422 and "ftp://x.example/feed" in bad.text


def test_follow_from_the_page_in_arabic(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    url = f"/w/{workspace_id}/feeds"
    followed = post_form(client, f"{url}/follows", {"target": "@alice@mastodon.example", "category": "curated"},
                         page=url, follow_redirects=True)
    assert "Followed. Fetch it to see its suggestions." in followed.text
    assert "@alice@mastodon.example" in followed.text and "Mastodon account" in followed.text
    post_form(client, "/language", {"lang": "ar", "next": url}, page=url)
    page = client.get(url).text
    assert "حساب ماستودون" in page and "تابِع" in page
    bad = post_form(client, f"{url}/follows", {"target": "#coffee", "category": "news"}, page=url)
    assert bad.status_code == 422 and "#coffee" in bad.text and 'value="#coffee"' in bad.text


def test_no_database_connection_is_held_while_the_feeds_answer(client: TestClient, feeds: FeedServer) -> None:
    """Fetching now waits on every feed's server (up to 20 s each): meanwhile the request holds no connection (on
    SQLite, not the write lock the worker and every other form wait for)."""
    feeds.docs["/rss"] = Doc(rss("أخبار القهوة", [("دراسة جديدة", "https://n.example/1", "@dana", "ما وجدته.")]))
    workspace_id = sign_up(client, "sara@example.com")
    url = f"/w/{workspace_id}/feeds"
    post_form(client, url, {"url": feeds.url("/rss"), "name": "قهوة", "category": "curated"}, page=url)
    held: list[int] = []
    feeds.on_get = lambda: held.append(db.get_engine().pool.checkedout())
    fetched = post_form(client, f"{url}/fetch", {}, page=url, follow_redirects=True)
    assert "1 new suggestion." in fetched.text and held == [0]
