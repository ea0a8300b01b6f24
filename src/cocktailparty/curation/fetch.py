"""Fetching a feed through the outbound guard: every address checked (after each redirect and DNS answer too),
at most 5 redirects, an answer over 5 MB or slower than 20 s refused, conditional requests (ETag, Last-Modified)
so an unchanged feed costs a 304. Errors become FeedFetchFailed, worded without the server's own text."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from cocktailparty.errors import InputError
from cocktailparty.outbound import GuardedTransport, OutboundRefused, Policy, refusal_in
from cocktailparty.outbound.policy import MB

# Plain http is allowed: many public feeds have no https, and a feed request carries no secret to overhear. The
# address checks are the same as for https.
POLICY = Policy(allow_http=True, follow_redirects=True, max_answer_bytes=5 * MB, connect_seconds=5.0,
                total_seconds=20.0)
MAX_REDIRECTS = 5
USER_AGENT = "CocktailParty feed reader (+https://github.com/cocktailparty)"


class FeedFetchFailed(InputError):
    default_code = "feeds.fetch_failed"


@dataclass(frozen=True)
class Fetched:
    body: bytes | None  # None: not modified since the last fetch
    content_type: str
    etag: str
    last_modified: str
    cursor: str = ""  # a follow's newest post id (Mastodon's since_id)


def client(policy: Policy = POLICY) -> httpx.Client:
    """One client for many feeds (its pool is shared by the threads of a refresh)."""
    return httpx.Client(transport=GuardedTransport(policy, limits=httpx.Limits(max_connections=32)),
                        follow_redirects=True, max_redirects=MAX_REDIRECTS,
                        timeout=httpx.Timeout(policy.total_seconds, connect=policy.connect_seconds),
                        headers={"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, "
                                 "application/feed+json, application/json;q=0.9, application/xml;q=0.8, */*;q=0.5"})


def fetch(http: httpx.Client, url: str, etag: str = "", last_modified: str = "") -> Fetched:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        response = http.get(url, headers=headers)
        if response.status_code == 304:
            return Fetched(None, "", etag, last_modified)
        if response.status_code >= 400:
            raise FeedFetchFailed("feeds.http_status", "the server answered HTTP %(status)s",
                                  status=str(response.status_code))
        return Fetched(response.content, response.headers.get("content-type", ""),
                       response.headers.get("etag", "")[:500], response.headers.get("last-modified", "")[:100])
    except (OutboundRefused, httpx.HTTPError) as error:
        raise worded(error) from None


def worded(error: Exception) -> Exception:
    """A failed request as the feeds say it (redirects, time, a refused address, unreachable), never in the
    server's own words; the one translation the feeds and the follows share."""
    if isinstance(error, OutboundRefused):
        return error
    if isinstance(error, httpx.TooManyRedirects):
        return FeedFetchFailed("feeds.redirects", "more than %(n)s redirects", n=MAX_REDIRECTS)
    if isinstance(error, httpx.TimeoutException):
        return FeedFetchFailed("feeds.timeout", "no complete answer within %(seconds)s s",
                               seconds=int(POLICY.total_seconds))
    refused = refusal_in(error) if isinstance(error, httpx.HTTPError) else None
    return refused if refused is not None else FeedFetchFailed("feeds.unreachable", "could not reach the server")
