"""A workspace's curation feeds: added, fetched (many at a time, each through the outbound guard), their fresh
items kept once (the same link from two feeds is one suggestion), in the workspace's languages, and one of them
drafted into the library as a share crediting its author. Pages, the API and the command line come through
here; the caller owns the transaction (fetching happens outside it, saving inside)."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
from sqlalchemy.orm import Session

from cocktailparty import language
from cocktailparty.config import get_settings
from cocktailparty.curation import fetch as fetching
from cocktailparty.curation import follows, repository
from cocktailparty.curation.parse import ParsedFeed, ParsedItem, parse
from cocktailparty.db import release_connection
from cocktailparty.errors import CocktailError, InputError, NotFound
from cocktailparty.library import service as library
from cocktailparty.models import Feed, FeedItem, LibraryItem, Workspace
from cocktailparty.models.base import note_error
from cocktailparty.names import without_controls
from cocktailparty.occasions.service import settings_of
from cocktailparty.translation import translations

CATEGORIES = ("curated", "news")
CONCURRENCY = 16  # feeds fetched at once
SHORT = 40  # characters: shorter than this, a post's declared language is believed when detection cannot tell


def N_(text: str) -> str:  # the name Babel's extractor looks for
    return text


VIA = N_("via %(author)s")


class FeedRefused(InputError):
    """One feed could not be fetched or read: the message names the feed."""


@dataclass(frozen=True)
class Outcome:
    feed_id: int
    name: str
    url: str
    new_items: int = 0
    not_modified: bool = False
    error: CocktailError | None = None


def check_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError("feeds.bad_url", "%(url)s is not a web address such as https://example.com/feed.xml",
                         url=repr(url))
    if parts.username or parts.password:
        raise InputError("feeds.userinfo", "a feed address cannot carry a user name or password")
    if len(url) > 2000:
        raise InputError("feeds.long_url", "the feed address is longer than 2,000 characters")
    return url


def add_feed(session: Session, workspace: Workspace, url: str, name: str = "", category: str = "curated") -> Feed:
    url = check_url(url)
    if category not in CATEGORIES:
        raise InputError("feeds.bad_category", "a feed's items are curated or news, not %(category)s",
                         category=repr(category))
    if repository.feed_by_url(session, workspace.id, url) is not None:
        raise InputError("feeds.duplicate", "the feed %(url)s is already there", url=url)
    name = without_controls(name).strip() or urlsplit(url).hostname or url
    feed = Feed(workspace_id=workspace.id, url=url, name=name[:200], category=category)
    session.add(feed)
    session.flush()
    return feed


def add_follow(session: Session, workspace: Workspace, target: str, name: str = "",
               category: str = "curated") -> Feed:
    """Follow a public Mastodon account or hashtag, or a Bluesky account: its new posts become suggestions like a
    feed's items, crediting their author by @handle."""
    found = follows.parse_target(target)
    check_url(found.url)
    if category not in CATEGORIES:
        raise InputError("feeds.bad_category", "a feed's items are curated or news, not %(category)s",
                         category=repr(category))
    if repository.feed_by_url(session, workspace.id, found.url) is not None:
        raise InputError("follows.duplicate", "%(name)s is already followed", name=found.name)
    name = without_controls(name).strip() or found.name
    feed = Feed(workspace_id=workspace.id, url=found.url, kind=found.kind, name=name[:200], category=category)
    session.add(feed)
    session.flush()
    return feed


def delete_feed(session: Session, workspace: Workspace, feed_id: int) -> None:
    feed = session.get(Feed, feed_id)
    if feed is None or feed.workspace_id != workspace.id:
        raise NotFound("feeds.unknown", "no such feed in this workspace")
    session.delete(feed)
    session.flush()


def item_key(item: ParsedItem) -> str:
    """The same story from two feeds is one item: its link without tracking parameters, fragment or final
    slash, host lower-cased (or its id, or its title, when it has no link)."""
    if item.link:
        parts = urlsplit(item.link.strip())
        query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_")])
        basis = urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme,
                            (parts.hostname or "").lower(), parts.path.rstrip("/"), query, ""))
    else:
        basis = item.guid or item.title
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


Result = tuple[fetching.Fetched, ParsedFeed | None] | CocktailError


def fetch_all(session: Session, workspace: Workspace, languages: tuple[str, ...] | None = None,
              feeds: list[Feed] | None = None) -> list[Outcome]:
    """Fetch every feed (CONCURRENCY at a time), then keep their fresh items. A feed that fails keeps its
    items and says why in `last_error`; the others are saved all the same."""
    feeds = repository.feeds_of(session, workspace.id) if feeds is None else feeds
    ids = [feed.id for feed in feeds]
    # The network takes its time (CONCURRENCY sources at once, up to 20 s each): no database connection, nor
    # SQLite's write lock, is held meanwhile. The rows are read again after (one removed meanwhile is skipped).
    release_connection(session)
    results = dict(zip(ids, fetch_sources(feeds), strict=True))
    kept = sorted(repository.feeds_by_id(session, workspace.id, ids), key=lambda feed: ids.index(feed.id))
    return keep_results(session, workspace, kept, [results[feed.id] for feed in kept], languages)


def fetch_sources(feeds: list[Feed]) -> list[Result]:
    """The network half of a fetch, CONCURRENCY at a time: what each feed or follow answered, or why not. Reads
    the feeds' addresses and validators only, so the caller may hold no transaction meanwhile."""
    jobs = [_Job(feed.kind, feed.url, feed.etag, feed.last_modified, feed.cursor) for feed in feeds]
    appview = get_settings().bluesky_appview_url
    with fetching.client() as http, ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        return list(pool.map(lambda job: _fetch_one(http, job, appview), jobs))


def keep_results(session: Session, workspace: Workspace, feeds: list[Feed], results: list[Result],
                 languages: tuple[str, ...] | None = None) -> list[Outcome]:
    """The saving half: each feed's validators or error, and its fresh items in the workspace's languages."""
    if languages is None:
        languages = settings_of(session, workspace).languages
    outcomes = []
    now = datetime.now(UTC)
    for feed, result in zip(feeds, results, strict=True):
        feed.last_fetched_at = now
        if isinstance(result, CocktailError):
            refused = FeedRefused("feeds.refused", "feed %(name)s (%(url)s): %(reason)s", name=feed.name,
                                  url=feed.url, reason=result.detail)
            note_error(feed, refused.detail)
            outcomes.append(Outcome(feed.id, feed.name, feed.url, error=refused))
            continue
        fetched, parsed = result
        note_error(feed, None)
        feed.etag, feed.last_modified, feed.cursor = fetched.etag, fetched.last_modified, fetched.cursor
        if parsed is None:
            outcomes.append(Outcome(feed.id, feed.name, feed.url, not_modified=True))
            continue
        outcomes.append(Outcome(feed.id, feed.name, feed.url, new_items=_keep(session, workspace, feed, parsed,
                                                                                languages)))
    session.flush()
    return outcomes


@dataclass(frozen=True)
class _Job:
    kind: str
    url: str
    etag: str
    last_modified: str
    cursor: str


def _fetch_one(http: httpx.Client, job: _Job, appview: str) -> Result:
    try:
        if job.kind != follows.FEED:
            cursor, parsed = follows.read(http, follows.target_of(job.kind, job.url), job.cursor, appview)
            return fetching.Fetched(b"", "application/json", "", "", cursor), parsed
        fetched = fetching.fetch(http, job.url, job.etag, job.last_modified)
        return fetched, (parse(fetched.body, fetched.content_type) if fetched.body is not None else None)
    except CocktailError as error:
        return error


def _keep(session: Session, workspace: Workspace, feed: Feed, parsed: ParsedFeed, languages: tuple[str, ...]) -> int:
    fresh: dict[str, ParsedItem] = {}
    for item in parsed.items:
        if item.link or item.title:
            fresh.setdefault(item_key(item), item)
    known = repository.known_keys(session, workspace.id, fresh)
    added = 0
    for key, item in fresh.items():
        if key in known:
            continue
        lang = language.detect(f"{item.title} {item.summary}")
        if lang == "other" and item.lang in ("ar", "en") and len(item.summary) < SHORT:
            lang = item.lang  # too short to tell: the language its author declared
        session.add(FeedItem(
            workspace_id=workspace.id, feed_id=feed.id, key=key, link=item.link, title=item.title or item.link[:300],
            summary=item.summary, author=item.author or parsed.title or feed.name,
            author_url=item.author_url or (parsed.link if not item.author else ""), lang=lang,
            category=feed.category, state="suggested" if lang in languages else "filtered",
            published_at=item.published))
        added += lang in languages
    return added


def credit(item: FeedItem) -> str:
    """Who to credit: their @handle as written, or their name, and the link."""
    return item.author


def share(session: Session, workspace: Workspace, item_id: int, comment: str = "") -> LibraryItem:
    """Draft a share of the item in the library: the manager's comment, the title, the credit and the link."""
    item = repository.item_in(session, workspace.id, item_id)
    if item is None:
        raise NotFound("feeds.item_unknown", "no such suggestion in this workspace")

    words = translations(item.lang if item.lang in ("ar", "en") else "en").gettext
    via = words(VIA) % {"author": credit(item)} if item.author else ""
    parts = [comment.strip(), item.title, " ".join(part for part in (via, item.link) if part)]
    text = "\n\n".join(part for part in parts if part)
    draft = library.add(session, workspace, text=text, category=item.category)
    item.state = "shared"
    session.flush()
    return draft


def dismiss(session: Session, workspace: Workspace, item_id: int) -> None:
    item = repository.item_in(session, workspace.id, item_id)
    if item is None:
        raise NotFound("feeds.item_unknown", "no such suggestion in this workspace")
    item.state = "dismissed"
    session.flush()
