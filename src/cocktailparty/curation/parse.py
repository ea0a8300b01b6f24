"""A fetched feed's items: RSS and Atom through feedparser, JSON Feed (1.0 and 1.1) read here (feedparser does not
read it). Pure: bytes in, our own dataclasses out; anything that is not a feed is a FeedUnreadable."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from cocktailparty.errors import InputError

MAX_ITEMS = 200  # read from one feed at a time: the newest


class FeedUnreadable(InputError):
    default_code = "feeds.unreadable"


@dataclass(frozen=True)
class ParsedItem:
    guid: str
    link: str
    title: str
    summary: str
    author: str  # a name or @handle, "" when the feed gives none
    author_url: str
    published: datetime | None
    lang: str = ""  # the language the source declares ("" when it declares none)


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    link: str
    items: list[ParsedItem]


_TAG = re.compile(r"<[^>]+>")


def plain(text: str, limit: int = 1000) -> str:
    """Markup stripped, entities decoded, spaces squeezed: what a share can quote."""
    return " ".join(html.unescape(_TAG.sub(" ", text or "")).split())[:limit]


def parse(body: bytes, content_type: str = "") -> ParsedFeed:
    start = body.lstrip()[:1]
    if "json" in content_type.lower() or start == b"{":
        return _json_feed(body)
    parsed = feedparser.parse(body)
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        raise FeedUnreadable("feeds.not_a_feed", "not an RSS, Atom or JSON feed")
    feed = parsed.feed
    items = []
    for entry in parsed.entries[:MAX_ITEMS]:
        author = entry.get("author") or (entry.get("author_detail") or {}).get("name") or ""
        items.append(ParsedItem(
            guid=str(entry.get("id") or entry.get("link") or entry.get("title") or "")[:500],
            link=str(entry.get("link") or "")[:2000],
            title=plain(entry.get("title", ""), 300),
            summary=plain(entry.get("summary", "")),
            author=plain(author, 200),
            author_url=str((entry.get("author_detail") or {}).get("href") or "")[:2000],
            published=_when(entry.get("published_parsed") or entry.get("updated_parsed")),
        ))
    return ParsedFeed(plain(feed.get("title", ""), 200), str(feed.get("link") or ""), items)


def _when(parsed: Any) -> datetime | None:
    try:
        if not parsed:
            return None
        year, month, day, hour, minute, second = parsed[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _json_feed(body: bytes) -> ParsedFeed:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise FeedUnreadable("feeds.bad_json", "not valid JSON") from None
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise FeedUnreadable("feeds.not_json_feed", "JSON, but not a JSON Feed (no jsonfeed.org version)")
    raw_items = data.get("items")
    if not isinstance(raw_items, list):
        raise FeedUnreadable("feeds.no_items", "a JSON Feed without an items list")
    feed_authors = _authors(data)
    items = []
    for raw in raw_items[:MAX_ITEMS]:
        if not isinstance(raw, dict):
            continue
        author, author_url = (_authors(raw) or feed_authors or [("", "")])[0]
        published = None
        if isinstance(raw.get("date_published"), str):
            try:
                published = datetime.fromisoformat(raw["date_published"].replace("Z", "+00:00"))
            except ValueError:
                published = None
        items.append(ParsedItem(
            guid=str(raw.get("id") or raw.get("url") or "")[:500], link=str(raw.get("url") or "")[:2000],
            title=plain(str(raw.get("title") or ""), 300),
            summary=plain(str(raw.get("summary") or raw.get("content_text") or raw.get("content_html") or "")),
            author=plain(author, 200), author_url=author_url[:2000], published=published))
    return ParsedFeed(plain(str(data.get("title") or ""), 200), str(data.get("home_page_url") or ""), items)


def _authors(holder: dict[str, Any]) -> list[tuple[str, str]]:
    found = holder.get("authors") or ([holder["author"]] if isinstance(holder.get("author"), dict) else [])
    return [(str(a.get("name") or ""), str(a.get("url") or "")) for a in found if isinstance(a, dict)]
