"""Following a public Bluesky account as a curation source, against the reference PDS (which has no AppView): the
AppView's app.bsky.feed.getAuthorFeed is asked first, with parameters its lexicon declares; the PDS answers that
it has no AppView, and the account's posts are read from the PDS itself (resolveHandle, listRecords). Posts
become suggestions crediting the author by @handle, with their bsky.app link; replies are left out; a language
the workspace does not write is filtered; a second refresh adds nothing; an unknown handle is named. Through an
AppView (a small local one over the same PDS, answering in the lexicon's shape), getAuthorFeed alone is read and a
repost is not suggested."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from atproto_client import models
from bluesky_pds import Account, LocalPds
from sqlalchemy import select
from test_bluesky_connector import _ref, write_post, xrpc_get

from cocktailparty import db
from cocktailparty.config import get_settings
from cocktailparty.curation import fetch as fetching
from cocktailparty.curation import service
from cocktailparty.models import FeedItem
from cocktailparty.workspaces.service import get_or_create

PARAMS = {
    "app.bsky.feed.getAuthorFeed": models.AppBskyFeedGetAuthorFeed.Params,
    "com.atproto.identity.resolveHandle": models.ComAtprotoIdentityResolveHandle.Params,
    "com.atproto.repo.listRecords": models.ComAtprotoRepoListRecords.Params,
}


@pytest.fixture
def on_local_pds(app_env: Path, local_pds: LocalPds, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[httpx.Request]]:
    monkeypatch.setenv("COCKTAIL_BLUESKY_APPVIEW_URL", local_pds.url)
    get_settings.cache_clear()
    seen: list[httpx.Request] = []
    real = fetching.client

    def recording(*args: Any, **kwargs: Any) -> httpx.Client:
        http = real(*args, **kwargs)
        http.event_hooks["request"].append(seen.append)
        return http

    monkeypatch.setattr(fetching, "client", recording)
    yield seen
    get_settings.cache_clear()


def _check_against_lexicons(requests: list[httpx.Request]) -> None:
    """Each XRPC call is a query the lexicons define, with parameters they declare (the atproto SDK's models are
    generated from the official lexicons), of the right types."""
    for request in requests:
        method = request.url.path.removeprefix("/xrpc/")
        model = PARAMS[method]
        declared = {field.alias or name for name, field in model.model_fields.items()}
        assert set(request.url.params) <= declared, (method, set(request.url.params) - declared)
        values: dict[str, Any] = dict(request.url.params)
        if "limit" in values:
            values["limit"] = int(values["limit"])
        model.model_validate(values)


def test_a_bluesky_account_followed(on_local_pds: list[httpx.Request], local_pds: LocalPds, fresh_account: Account,
                                    other_account: Account) -> None:
    first = write_post(local_pds, fresh_account, {"text": "Five tips for brewing coffee at home this winter",
                                                  "langs": ["en"]})
    arabic = write_post(local_pds, fresh_account, {"text": "أفضل طرق تحضير القهوة العربية في البيت",
                                                   "langs": ["ar"]})
    write_post(local_pds, fresh_account, {"text": "Le café est une boisson très appréciée en France",
                                          "langs": ["fr"]})
    ref = _ref(local_pds, first["uri"])
    write_post(local_pds, fresh_account, {"text": "A reply is not a share", "reply": {"root": ref, "parent": ref}})
    write_post(local_pds, other_account, {"text": "Someone else's post about coffee and tea"})

    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        follow = service.add_follow(session, workspace, f"@{fresh_account.handle}")
        assert (follow.kind, follow.url) == ("bluesky_account", f"https://bsky.app/profile/{fresh_account.handle}")
        [outcome] = service.fetch_all(session, workspace, languages=("ar", "en"))
    assert (outcome.new_items, outcome.error) == (2, None)
    with db.session_scope() as session:
        items = {item.summary: item for item in session.scalars(select(FeedItem))}
        session.expunge_all()
    assert sorted((i.lang, i.state) for i in items.values()) == [("ar", "suggested"), ("en", "suggested"),
                                                                 ("other", "filtered")]
    english = items["Five tips for brewing coffee at home this winter"]
    rkey = first["uri"].rsplit("/", 1)[-1]
    assert english.link == f"https://bsky.app/profile/{fresh_account.handle}/post/{rkey}"
    assert (english.author, english.author_url) == (f"@{fresh_account.handle}",
                                                    f"https://bsky.app/profile/{fresh_account.handle}")
    assert items["أفضل طرق تحضير القهوة العربية في البيت"].link.endswith(arabic["uri"].rsplit("/", 1)[-1])
    methods = [request.url.path.removeprefix("/xrpc/") for request in on_local_pds]
    assert methods == ["app.bsky.feed.getAuthorFeed", "com.atproto.identity.resolveHandle",
                       "com.atproto.repo.listRecords"]
    _check_against_lexicons(on_local_pds)

    with db.session_scope(write=True) as session:
        [again] = service.fetch_all(session, get_or_create(session, "Acme"), languages=("ar", "en"))
        draft = service.share(session, get_or_create(session, "Acme"), english.id, "")
    assert (again.new_items, again.error) == (0, None)
    assert draft.text.endswith(f"via @{fresh_account.handle} {english.link}")


def test_an_unknown_handle_is_named(on_local_pds: list[httpx.Request]) -> None:
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        service.add_follow(session, workspace, "@nobody-here.test")
        [outcome] = service.fetch_all(session, workspace, languages=("en",))
    assert str(outcome.error).endswith("the server has no such public account or hashtag")


class LocalAppView:
    """A small AppView over the local PDS, for the path a real deployment takes (public.api.bsky.app): it answers
    app.bsky.feed.getAuthorFeed with the author's records from the PDS shaped as the lexicon's feedViewPost
    (a post view: uri, cid, author, record, indexedAt), plus a repost of someone else's post (with its
    reasonRepost) that a follow must not suggest. Parameters outside the lexicon are refused with a 400."""

    def __init__(self, pds: LocalPds, repost_of: dict[str, Any], reposter_handle: str) -> None:
        self.seen: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                url = httpx.URL(self.path)
                outer.seen.append(url.path)
                if url.path != "/xrpc/app.bsky.feed.getAuthorFeed":
                    return self._send(501, {"error": "MethodNotImplemented", "message": "not here"})
                params = dict(url.params)
                try:
                    models.AppBskyFeedGetAuthorFeed.Params.model_validate({**params, "limit": int(params["limit"])})
                except Exception:
                    return self._send(400, {"error": "InvalidRequest", "message": "bad parameters"})
                handle = params["actor"]
                did = xrpc_get(pds, "com.atproto.identity.resolveHandle", handle=handle)["did"]
                records = xrpc_get(pds, "com.atproto.repo.listRecords", repo=did, collection="app.bsky.feed.post",
                                   limit="50")["records"]
                author = {"did": did, "handle": handle}
                feed: list[dict[str, Any]] = [
                    {"post": {"uri": r["uri"], "cid": r["cid"], "author": author, "record": r["value"],
                              "indexedAt": r["value"]["createdAt"]}}
                    for r in records if params.get("filter") != "posts_no_replies" or "reply" not in r["value"]]
                reposted = repost_of
                feed.insert(0, {"post": {"uri": reposted["uri"], "cid": reposted["cid"],
                                         "author": {"did": reposted["uri"].split("/")[2], "handle": reposter_handle},
                                         "record": reposted["value"], "indexedAt": reposted["value"]["createdAt"]},
                                "reason": {"$type": "app.bsky.feed.defs#reasonRepost", "by": author,
                                           "indexedAt": reposted["value"]["createdAt"]}})
                self._send(200, {"feed": feed})

            def _send(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_through_an_appview(app_env: Path, local_pds: LocalPds, fresh_account: Account, other_account: Account,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    write_post(local_pds, fresh_account, {"text": "Three questions to ask before buying a coffee grinder",
                                          "langs": ["en"]})
    theirs = write_post(local_pds, other_account, {"text": "A post someone else wrote and ours reposted"})
    first = write_post(local_pds, fresh_account, {"text": "Why we roast on Thursdays"})
    ref = _ref(local_pds, first["uri"])
    write_post(local_pds, fresh_account, {"text": "A reply", "reply": {"root": ref, "parent": ref}})
    reposted = xrpc_get(local_pds, "com.atproto.repo.getRecord", repo=other_account.did,
                        collection="app.bsky.feed.post", rkey=theirs["uri"].rsplit("/", 1)[-1])
    appview = LocalAppView(local_pds, reposted, other_account.handle)
    try:
        monkeypatch.setenv("COCKTAIL_BLUESKY_APPVIEW_URL", appview.url)
        get_settings.cache_clear()
        with db.session_scope(write=True) as session:
            workspace = get_or_create(session, "Acme")
            service.add_follow(session, workspace, f"https://bsky.app/profile/{fresh_account.handle}")
            [outcome] = service.fetch_all(session, workspace, languages=("en",))
            summaries = sorted((item.summary, item.author) for item in session.scalars(select(FeedItem)))
    finally:
        appview.close()
        get_settings.cache_clear()
    assert (outcome.new_items, outcome.error) == (2, None)
    assert summaries == [("Three questions to ask before buying a coffee grinder", f"@{fresh_account.handle}"),
                         ("Why we roast on Thursdays", f"@{fresh_account.handle}")]
    assert appview.seen == ["/xrpc/app.bsky.feed.getAuthorFeed"]  # nothing else asked: the AppView answered
