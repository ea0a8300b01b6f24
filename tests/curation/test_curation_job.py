"""The periodic refresh of feeds, called directly as the worker will: every due feed of every workspace fetched
and its items kept in that workspace; run again at once, nothing is due and nothing fetched; an hour later the
feeds are asked again (conditionally: 304) and nothing is kept twice; a failing feed is counted and the others
saved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from feed_server import Doc, FeedServer, rss
from sqlalchemy import func, select

from cocktailparty import db
from cocktailparty.curation import service
from cocktailparty.curation.job import refresh_due_feeds
from cocktailparty.models import FeedItem
from cocktailparty.workspaces.service import get_or_create


def _count(workspace_name: str) -> int:
    with db.session_scope() as session:
        workspace = get_or_create(session, workspace_name)
        return int(session.scalar(select(func.count()).select_from(FeedItem)
                                  .where(FeedItem.workspace_id == workspace.id)) or 0)


def test_due_feeds_refreshed_once(rollback_env: Path, feeds: FeedServer) -> None:
    feeds.docs["/a"] = Doc(rss("Coffee", [("How to brew coffee at home", "https://n.example/1", "Dana",
                                           "A guide to the pour-over method for your kitchen.")]), etag='"a1"')
    feeds.docs["/b"] = Doc(rss("Tea", [("The history of tea in the Gulf", "https://t.example/1", "Sam",
                                        "Where the tea we drink every day comes from.")]), etag='"b1"')
    feeds.docs["/broken"] = Doc(b"<html>no</html>", content_type="text/html")
    with db.session_scope(write=True) as session:
        service.add_feed(session, get_or_create(session, "Acme"), feeds.url("/a"))
        service.add_feed(session, get_or_create(session, "Acme"), feeds.url("/broken"))
        service.add_feed(session, get_or_create(session, "Other"), feeds.url("/b"))
        service.add_feed(session, get_or_create(session, "Other"), feeds.url("/a"))

    first = refresh_due_feeds()
    assert (first.sources, first.new_items, first.failed) == (4, 3, 1)
    assert (_count("Acme"), _count("Other")) == (1, 2)
    hits = dict(feeds.hits)

    again = refresh_due_feeds()
    assert (again.sources, again.new_items) == (0, 0) and dict(feeds.hits) == hits

    later = refresh_due_feeds(datetime.now(UTC) + timedelta(hours=1, minutes=1))
    assert (later.sources, later.new_items, later.failed) == (4, 0, 1)
    assert feeds.not_modified["/a"] == 2 and feeds.not_modified["/b"] == 1
    assert (_count("Acme"), _count("Other")) == (1, 2)
