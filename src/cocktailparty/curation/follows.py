"""Following public accounts and hashtags on Mastodon and Bluesky as curation sources, read through the networks'
public APIs (no log-in) with the same guarded client, limits and errors as a feed:

- a Mastodon account: GET /api/v1/accounts/lookup?acct=, then GET /api/v1/accounts/:id/statuses (no replies, no
  boosts; since_id the newest status seen);
- a Mastodon hashtag: GET /api/v1/timelines/tag/:hashtag (since_id likewise);
- a Bluesky account: app.bsky.feed.getAuthorFeed on the configured AppView (`COCKTAIL_BLUESKY_APPVIEW_URL`);
  a self-hosted PDS without an AppView answers that it has none, and its own com.atproto.identity.resolveHandle
  and com.atproto.repo.listRecords are read instead.

Each post becomes a ParsedItem crediting its author by @handle; boosts, replies, posts behind a content warning
and non-public posts are left out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

import httpx

from cocktailparty.curation.fetch import FeedFetchFailed, worded
from cocktailparty.curation.parse import ParsedFeed, ParsedItem, plain
from cocktailparty.errors import InputError
from cocktailparty.outbound import OutboundRefused

if TYPE_CHECKING:
    from atproto_client import models

FEED = "feed"
MASTODON_ACCOUNT, MASTODON_TAG, BLUESKY_ACCOUNT = "mastodon_account", "mastodon_tag", "bluesky_account"
KINDS = (FEED, MASTODON_ACCOUNT, MASTODON_TAG, BLUESKY_ACCOUNT)
BLUESKY_WEB = "https://bsky.app"
PAGE = 40  # posts read per refresh (Mastodon's largest page; Bluesky allows 100)
TITLE = 200  # characters of a post shown as a suggestion's title; the whole post is its summary

_USER = r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?"
_HOST = r"[A-Za-z0-9.-]+\.[A-Za-z]{2,63}"
_TAG = r"\w{1,100}"
_HANDLE = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
MASTODON_HANDLE = re.compile(rf"^@?({_USER})@({_HOST})$")
MASTODON_HASHTAG = re.compile(rf"^#({_TAG})@({_HOST})$")
BLUESKY_HANDLE = re.compile(rf"^@?({_HANDLE})$")
_PROFILE_PATH = re.compile(rf"^/@({_USER}(?:@{_HOST})?)/?$")
_TAG_PATH = re.compile(rf"^/tags/({_TAG})/?$")
_BSKY_PATH = re.compile(rf"^/profile/({_HANDLE})/?$")


class FollowUnreadable(FeedFetchFailed):
    default_code = "follows.unreadable"


@dataclass(frozen=True)
class Target:
    """What a follow reads: its kind, its public page (which names it in the workspace), a name to show, the
    Mastodon server to ask ("" for Bluesky) and who or what: an acct, a hashtag, a Bluesky handle."""

    kind: str
    url: str
    name: str
    server: str
    ident: str


def parse_target(text: str) -> Target:
    """A follow as people write it: @user@server, #hashtag@server, @handle.bsky.social, or the public page's
    address (https://server/@user, https://server/tags/hashtag, https://bsky.app/profile/handle)."""
    text = text.strip()
    if text.startswith(("http://", "https://")):
        return _from_page(text)
    found = MASTODON_HANDLE.match(text)
    if found:
        return _mastodon_account(f"https://{found.group(2).lower()}", found.group(1))
    found = MASTODON_HASHTAG.match(text)
    if found:
        return _mastodon_tag(f"https://{found.group(2).lower()}", found.group(1))
    found = BLUESKY_HANDLE.match(text)
    if found and "." in found.group(1):
        return _bluesky(found.group(1))
    raise InputError("follows.bad_target", "%(given)s is not an account or hashtag to follow: write @user@server or "
                     "#hashtag@server (Mastodon), @handle.bsky.social (Bluesky), or the address of its public page",
                     given=repr(text[:200]))


def target_of(kind: str, url: str) -> Target:
    """A saved follow's target, read back from its kind and page."""
    target = _from_page(url)
    if target.kind != kind:
        raise InputError("follows.kind_mismatch", "the follow %(url)s is not a %(kind)s", url=url, kind=kind)
    return target


def _from_page(url: str) -> Target:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host or parts.username or parts.password or parts.query:
        raise InputError("follows.bad_page", "%(url)s is not the public page of an account or hashtag", url=repr(url))
    if host in ("bsky.app", "www.bsky.app"):
        found = _BSKY_PATH.match(parts.path)
        if found:
            return _bluesky(found.group(1))
    else:
        server = f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")
        found = _PROFILE_PATH.match(parts.path)
        if found:
            return _mastodon_account(server, found.group(1))
        found = _TAG_PATH.match(parts.path)
        if found:
            return _mastodon_tag(server, found.group(1))
    raise InputError("follows.bad_page", "%(url)s is not the public page of an account or hashtag", url=repr(url))


def _mastodon_account(server: str, acct: str) -> Target:
    host = urlsplit(server).hostname or ""
    name = f"@{acct}" if "@" in acct else f"@{acct}@{host}"
    return Target(MASTODON_ACCOUNT, f"{server}/@{acct}", name, server, acct)


def _mastodon_tag(server: str, tag: str) -> Target:
    tag = tag.lower()
    return Target(MASTODON_TAG, f"{server}/tags/{tag}", f"#{tag}@{urlsplit(server).hostname}", server, tag)


def _bluesky(handle: str) -> Target:
    handle = handle.lower()
    return Target(BLUESKY_ACCOUNT, f"{BLUESKY_WEB}/profile/{handle}", f"@{handle}", "", handle)


# --- Reading --------------------------------------------------------------------------------------------------


def read(http: httpx.Client, target: Target, cursor: str, appview: str) -> tuple[str, ParsedFeed]:
    """The target's newest public posts (after `cursor`, where the network has one) and the cursor to keep."""
    if target.kind == MASTODON_ACCOUNT:
        account = _json(http, f"{target.server}/api/v1/accounts/lookup", {"acct": target.ident})
        if not isinstance(account, dict) or not isinstance(account.get("id"), str | int):
            raise _not_understood()
        statuses = _json(http, f"{target.server}/api/v1/accounts/{quote(str(account['id']), safe='')}/statuses",
                         {"exclude_replies": "true", "exclude_reblogs": "true", "limit": str(PAGE),
                          **({"since_id": cursor} if cursor else {})})
        return _mastodon_posts(target, statuses, cursor)
    if target.kind == MASTODON_TAG:
        statuses = _json(http, f"{target.server}/api/v1/timelines/tag/{quote(target.ident, safe='')}",
                         {"limit": str(PAGE), **({"since_id": cursor} if cursor else {})})
        return _mastodon_posts(target, statuses, cursor)
    if target.kind == BLUESKY_ACCOUNT:
        return "", _bluesky_posts(http, target, appview.rstrip("/"))
    raise InputError("follows.bad_kind", "%(kind)s is not a kind of follow", kind=repr(target.kind))


class _NoAppView(Exception):
    """The Bluesky service asked has no AppView to answer app.bsky.* queries (a self-hosted PDS)."""


def _json(http: httpx.Client, url: str, params: dict[str, str]) -> Any:
    """GET and read JSON, with the same limits and worded errors as a feed (the server's own text never shown)."""
    try:
        response = http.get(url, params=params, headers={"Accept": "application/json"})
    except (OutboundRefused, httpx.HTTPError) as error:
        raise worded(error) from None
    if response.status_code >= 400:
        if "/xrpc/app.bsky." in url and _says_no_appview(response):
            raise _NoAppView
        if response.status_code == 404 or _not_found(response):
            raise FollowUnreadable("follows.not_found", "the server has no such public account or hashtag")
        if response.status_code in (401, 403, 422):
            raise FollowUnreadable("follows.not_public", "the server shows this only to people logged in to it "
                                   "(HTTP %(status)s)", status=str(response.status_code))
        raise FeedFetchFailed("feeds.http_status", "the server answered HTTP %(status)s",
                              status=str(response.status_code))
    try:
        return response.json()
    except ValueError:
        raise _not_understood() from None


def _not_found(response: httpx.Response) -> bool:
    # XRPC says "no such account" with a 400 and a code (the PDS's resolveHandle: InvalidRequest "Unable to
    # resolve handle"; read to choose our words, never shown).
    try:
        body = response.json()
    except ValueError:
        return False
    if not isinstance(body, dict):
        return False
    return body.get("error") in ("ActorNotFound", "RepoNotFound", "HandleNotFound") or (
        body.get("error") == "InvalidRequest" and str(body.get("message", "")).startswith("Unable to resolve handle"))


def _says_no_appview(response: httpx.Response) -> bool:
    # A PDS without an AppView answers app.bsky.* with MethodNotImplemented, or with InvalidRequest "No service
    # configured for app.bsky..." (read to decide what to call next; never shown).
    if response.status_code not in (400, 501):
        return False
    try:
        body = response.json()
    except ValueError:
        return False
    if not isinstance(body, dict):
        return False
    return body.get("error") == "MethodNotImplemented" or (
        body.get("error") == "InvalidRequest" and str(body.get("message", "")).startswith("No service configured"))


def _not_understood() -> FollowUnreadable:
    return FollowUnreadable("follows.bad_answer", "the server's answer is not what its API describes")


def _title(text: str) -> str:
    return text if len(text) <= TITLE else text[: TITLE - 1].rstrip() + "…"


def _when(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def _mastodon_posts(target: Target, statuses: Any, cursor: str) -> tuple[str, ParsedFeed]:
    if not isinstance(statuses, list):
        raise _not_understood()
    host = urlsplit(target.server).hostname or ""
    items = []
    for status in statuses:
        if not isinstance(status, dict) or not isinstance(status.get("account"), dict):
            continue
        if (status.get("reblog") or status.get("visibility") != "public" or status.get("sensitive")
                or status.get("spoiler_text") or status.get("in_reply_to_id")):
            continue  # boosts, replies, content warnings and posts not meant for everyone are not suggested
        text = plain(str(status.get("content") or ""))
        link = str(status.get("url") or status.get("uri") or "")
        if not text or not link:
            continue
        account = status["account"]
        acct = str(account.get("acct") or account.get("username") or "")
        items.append(ParsedItem(
            guid=str(status.get("uri") or link)[:500], link=link[:2000], title=_title(text), summary=text,
            author=(f"@{acct}" if "@" in acct else f"@{acct}@{host}")[:200],
            author_url=str(account.get("url") or "")[:2000], published=_when(status.get("created_at")),
            lang=str(status.get("language") or "")[:8]))
    newest = next((str(status["id"]) for status in statuses if isinstance(status, dict) and status.get("id")), "")
    return (newest or cursor)[:200], ParsedFeed(target.name, target.url, items)


def _bluesky_posts(http: httpx.Client, target: Target, service: str) -> ParsedFeed:
    # atproto's models (every lexicon, as pydantic classes) take tens of megabytes: loaded when a Bluesky account is
    # first read, not by every process that imports the curation service (the web app does, for its pages).
    from atproto_client import models

    handle = target.ident
    found: list[tuple[str, str, models.AppBskyFeedPost.Record]] = []  # (uri, author handle, record)
    try:
        answer = _json(http, f"{service}/xrpc/app.bsky.feed.getAuthorFeed",
                       {"actor": handle, "filter": "posts_no_replies", "limit": str(PAGE)})
        feed = _model(answer, models.AppBskyFeedGetAuthorFeed.Response)
        for entry in feed.feed:
            if entry.reason is not None or not isinstance(entry.post.record, models.AppBskyFeedPost.Record):
                continue  # a repost of someone else's post, or a record this reader does not know
            found.append((entry.post.uri, entry.post.author.handle, entry.post.record))
    except _NoAppView:
        resolved = _model(_json(http, f"{service}/xrpc/com.atproto.identity.resolveHandle", {"handle": handle}),
                          models.ComAtprotoIdentityResolveHandle.Response)
        listed = _model(_json(http, f"{service}/xrpc/com.atproto.repo.listRecords",
                              {"repo": resolved.did, "collection": "app.bsky.feed.post", "limit": str(PAGE)}),
                        models.ComAtprotoRepoListRecords.Response)
        found = [(record.uri, handle, record.value) for record in listed.records
                 if isinstance(record.value, models.AppBskyFeedPost.Record)]
    items = []
    for uri, author, record in found:
        text = " ".join(record.text.split())
        if record.reply is not None or not text or _has_warning(record):
            continue
        link = f"{BLUESKY_WEB}/profile/{author}/post/{uri.rsplit('/', 1)[-1]}"
        items.append(ParsedItem(guid=uri[:500], link=link, title=_title(text), summary=text[:1000],
                                author=f"@{author}"[:200], author_url=f"{BLUESKY_WEB}/profile/{author}",
                                published=_when(record.created_at), lang=(record.langs or [""])[0][:8]))
    return ParsedFeed(target.name, target.url, items)


def _has_warning(record: models.AppBskyFeedPost.Record) -> bool:
    labels = record.labels
    return bool(labels is not None and getattr(labels, "values", None))


def _model(data: Any, model: Any) -> Any:
    """The answer read with the model the atproto SDK generates from the official lexicon."""
    from atproto_client.models.utils import get_or_create  # with the models (see _bluesky_posts)

    try:
        return get_or_create(data, model, strict=True)
    except Exception:  # the SDK raises pydantic's and its own errors for an answer that breaks the lexicon
        raise _not_understood() from None
