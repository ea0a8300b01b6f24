"""Curation feeds against a local feed server (127.0.0.1, allowed in tests by COCKTAIL_ALLOW_PRIVATE_ADDRESSES):
RSS, Atom and JSON Feed read, the same story from two feeds kept once, languages detected and filtered, authors
credited, conditional requests answered 304, a bad or oversized feed refused with its name and reason, the guard
refusing 127.0.0.1 and a redirect to it when on, and a share drafted into the library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from feed_server import Doc, FeedServer, atom, rss
from sqlalchemy import select

from cocktailparty import db
from cocktailparty.curation import service
from cocktailparty.language import detect
from cocktailparty.models import FeedItem, LibraryItem
from cocktailparty.workspaces.service import get_or_create
from outbound_fakes import PUBLIC, FakeDns, Listener, OddServer

STORY = "https://news.example/2026/12/coffee-study"


def _serve_three(feeds: FeedServer) -> None:
    feeds.docs["/rss"] = Doc(rss("Coffee Weekly", [
        ("A new study on coffee and sleep", STORY + "?utm_source=rss", "Dana Lee",
         "Researchers found that the time you drink coffee matters more than how much."),
        ("Un article en français", "https://fr.example/article", "Jean", "Le café est une boisson très appréciée."),
    ]), etag='"v1"')
    feeds.docs["/atom"] = Doc(atom("Roasters", [
        ("A new study on coffee and sleep", STORY + "/", "Dana Lee", "The same story from another feed."),
        ("How to brew with a V60", "https://roast.example/v60", "@sam@roast.example",
         "A step by step guide for the pour-over method at home."),
    ]), content_type="application/atom+xml", last_modified="Sun, 06 Dec 2026 10:00:00 GMT")
    feeds.docs["/json"] = Doc(json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "قهوة اليوم", "home_page_url": "https://ar.example/",
        "authors": [{"name": "@qahwa", "url": "https://ar.example/@qahwa"}],
        "items": [{"id": "1", "url": "https://ar.example/1", "title": "أفضل طرق تحضير القهوة العربية في البيت",
                   "content_text": "دليل بسيط لتحضير القهوة العربية بالهيل والزعفران.",
                   "date_published": "2026-12-05T08:00:00+03:00"}],
    }, ensure_ascii=False).encode(), content_type="application/feed+json")


def _items() -> list[FeedItem]:
    with db.session_scope() as session:
        found = list(session.scalars(select(FeedItem).order_by(FeedItem.id)))
        session.expunge_all()
        return found


def test_three_kinds_of_feed_duplicates_languages_and_credit(rollback_env: Path, feeds: FeedServer) -> None:
    _serve_three(feeds)
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        for path, category in (("/rss", "curated"), ("/atom", "curated"), ("/json", "news")):
            service.add_feed(session, workspace, feeds.url(path), category=category)
        outcomes = service.fetch_all(session, workspace, languages=("ar", "en"))
    assert [(o.new_items, o.error) for o in outcomes] == [(1, None), (1, None), (1, None)]
    items = _items()
    assert sorted((i.title, i.lang, i.state, i.author, i.category) for i in items) == sorted([
        ("A new study on coffee and sleep", "en", "suggested", "Dana Lee", "curated"),
        ("Un article en français", "other", "filtered", "Jean", "curated"),
        ("How to brew with a V60", "en", "suggested", "@sam@roast.example", "curated"),
        ("أفضل طرق تحضير القهوة العربية في البيت", "ar", "suggested", "@qahwa", "news"),
    ])  # the study is there once: the Atom feed's copy (same link, no tracking, a final slash) was dropped

    with db.session_scope(write=True) as session:  # fetched again: 304s, and nothing new
        again = service.fetch_all(session, get_or_create(session, "Acme"), languages=("ar", "en"))
    assert [o.not_modified for o in again] == [True, True, False] and feeds.not_modified["/rss"] == 1
    assert feeds.not_modified["/atom"] == 1 and len(_items()) == 4


def test_a_share_credits_the_author(rollback_env: Path, feeds: FeedServer) -> None:
    _serve_three(feeds)
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        service.add_feed(session, workspace, feeds.url("/json"), category="news")
        service.fetch_all(session, workspace, languages=("ar",))
        [item] = session.scalars(select(FeedItem)).all()
        draft = service.share(session, workspace, item.id, "مقال مفيد لمحبي القهوة")
        assert draft.category == "news"
        assert draft.text == ("مقال مفيد لمحبي القهوة\n\nأفضل طرق تحضير القهوة العربية في البيت\n\n"
                              "عبر @qahwa https://ar.example/1")
        assert item.state == "shared" and len(session.scalars(select(LibraryItem)).all()) == 1


def test_bad_and_oversized_feeds_are_named_and_the_others_saved(rollback_env: Path, feeds: FeedServer) -> None:
    _serve_three(feeds)
    feeds.docs["/page"] = Doc(b"<html><body>Hello</body></html>", content_type="text/html")
    feeds.docs["/huge"] = Doc(b"<rss>" + b" " * (10 * 2**20) + b"</rss>")
    feeds.docs["/moved"] = Doc(b"", status=301, location="/rss")
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        for path, name in (("/page", "A page"), ("/huge", "Huge"), ("/moved", "Moved"), ("/missing", "Gone")):
            service.add_feed(session, workspace, feeds.url(path), name)
        outcomes = {o.name: o for o in service.fetch_all(session, workspace, languages=("en",))}
    assert str(outcomes["A page"].error) == f"feed A page ({feeds.url('/page')}): not an RSS, Atom or JSON feed"
    assert "more than 5 MB; the answer was not read" in str(outcomes["Huge"].error)
    assert str(outcomes["Gone"].error).endswith("the server answered HTTP 404")
    assert outcomes["Moved"].error is None and outcomes["Moved"].new_items == 1  # followed, within the limits
    with db.session_scope() as session:
        from cocktailparty.models import Feed

        errors = {feed.name: feed.last_error for feed in session.scalars(select(Feed))}
    assert errors["Moved"] is None and "not an RSS, Atom or JSON feed" in (errors["A page"] or "")


def test_the_guard_refuses_a_local_feed_and_a_redirect_to_one(rollback_env: Path, feeds: FeedServer, guard_on: None,
                                                                fake_dns: FakeDns, odd_server: OddServer,
                                                                listener: Listener) -> None:
    _serve_three(feeds)
    fake_dns.answer("public.example", [PUBLIC])
    fake_dns.bridge(PUBLIC, odd_server.port)
    odd_server.redirect_to(f"http://127.0.0.1:{listener.port}/feed")
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        service.add_feed(session, workspace, feeds.url("/rss"), "Local")
        service.add_feed(session, workspace, "http://public.example/feed", "Bouncer")
        outcomes = {o.name: o for o in service.fetch_all(session, workspace, languages=("en",))}
    assert "CocktailParty only calls servers on the public internet" in str(outcomes["Local"].error)
    assert "only calls servers on the public internet" in str(outcomes["Bouncer"].error)
    assert feeds.hits["/rss"] == 0 and listener.accepted == 0 and len(odd_server.seen) == 1
    assert not _items()


@pytest.mark.parametrize(("url", "code"), [("ftp://x.example/feed", "feeds.bad_url"), ("not a url", "feeds.bad_url"),
                                           ("https://me:pw@x.example/feed", "feeds.userinfo")])
def test_bad_addresses(rollback_env: Path, url: str, code: str) -> None:
    from cocktailparty.errors import InputError

    with db.session_scope(write=True) as session, pytest.raises(InputError) as caught:
        service.add_feed(session, get_or_create(session, "Acme"), url)
    assert caught.value.code == code


def test_language_detection() -> None:
    assert detect("أفضل طرق تحضير القهوة") == "ar"
    assert detect("How to brew coffee at home with a V60") == "en"
    assert detect("Le café est une boisson très appréciée en France") == "other"
    assert detect("V60") == "other"
