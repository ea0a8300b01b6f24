"""Following a public Mastodon account and a hashtag as curation sources, against the local mastodon-mock server:
the account's public posts and the hashtag's become suggestions crediting their author by @handle; replies,
boosts, posts behind a content warning and unlisted ones are left out; a post found through both follows is
kept once; a language the workspace does not write is filtered; the next refresh asks only for newer posts
(since_id); every request is one the official API description (tests/fixtures/specs/mastodon) declares, with
parameters it declares; the guard refuses the server when private addresses are not allowed."""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from mastodon_mock_server import Account, Faults, MockServer
from sqlalchemy import select

from cocktailparty import db
from cocktailparty.curation import fetch as fetching
from cocktailparty.curation import service
from cocktailparty.errors import InputError
from cocktailparty.models import Feed, FeedItem
from cocktailparty.workspaces.service import get_or_create

SPEC = Path(__file__).parents[2] / "fixtures" / "specs" / "mastodon" / "schema.json"


@pytest.fixture
def requests_seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[httpx.Request]]:
    """Every request the curation client sends (the real client, with a hook that writes each one down)."""
    seen: list[httpx.Request] = []
    real = fetching.client

    def recording(*args: Any, **kwargs: Any) -> httpx.Client:
        http = real(*args, **kwargs)
        http.event_hooks["request"].append(seen.append)
        return http

    monkeypatch.setattr(fetching, "client", recording)
    yield seen


def _items() -> list[FeedItem]:
    with db.session_scope() as session:
        found = list(session.scalars(select(FeedItem).order_by(FeedItem.id)))
        session.expunge_all()
        return found


def _check_against_spec(requests: list[httpx.Request]) -> None:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    templates = [(re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), path) for path in spec["paths"]]
    for request in requests:
        assert request.method == "GET"
        path = request.url.path
        matches = [template for pattern, template in templates if pattern.match(path)]
        assert matches, f"{path} is not in the Mastodon API description"
        declared = {p["name"] for t in matches for p in spec["paths"][t]["get"].get("parameters", [])
                    if p["in"] == "query"}
        assert set(request.url.params) <= declared, (path, set(request.url.params) - declared)
    read_status = {"id", "url", "uri", "content", "created_at", "language", "visibility", "sensitive",
                   "spoiler_text", "in_reply_to_id", "reblog", "account"}
    assert read_status <= set(spec["components"]["schemas"]["Status"]["properties"])
    assert {"id", "acct", "username", "url"} <= set(spec["components"]["schemas"]["Account"]["properties"])


def test_an_account_and_a_hashtag_followed(app_env: Path, mastodon_server: MockServer,
                                           new_account: Callable[[str], Account],
                                           requests_seen: list[httpx.Request]) -> None:
    tag = f"qahwa{secrets.token_hex(3)}"
    carol, dave = new_account(f"carol{secrets.token_hex(3)}"), new_account(f"dave{secrets.token_hex(3)}")
    kept = carol.client.status_post(f"How to brew a better cup of coffee at home, step by step #{tag}",
                                    visibility="public", language="en")
    arabic = carol.client.status_post("أفضل طرق تحضير القهوة العربية في البيت بالهيل والزعفران",
                                      visibility="public", language="ar")
    carol.client.status_post("Le café est une boisson très appréciée en France et ailleurs", visibility="public",
                             language="fr")
    carol.client.status_post("Only for followers, not for sharing", visibility="unlisted")
    carol.client.status_post("Spoilers for the coffee finale", visibility="public", spoiler_text="spoilers")
    carol.client.status_post("A reply is not a share", visibility="public", in_reply_to_id=kept["id"])
    dave.client.status_reblog(kept["id"])
    from_dave = dave.client.status_post(f"Our favourite beans of the year #{tag} and why we love them",
                                        visibility="public", language="en")

    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        account = service.add_follow(session, workspace, f"{mastodon_server.base_url}/@{carol.username}")
        hashtag = service.add_follow(session, workspace, f"{mastodon_server.base_url}/tags/{tag.upper()}",
                                     category="news")
        assert (account.kind, account.name) == ("mastodon_account", f"@{carol.username}@127.0.0.1")
        assert (hashtag.kind, hashtag.url) == ("mastodon_tag", f"{mastodon_server.base_url}/tags/{tag}")
        with pytest.raises(InputError) as again:
            service.add_follow(session, workspace, f"{mastodon_server.base_url}/@{carol.username}/")
        assert again.value.code == "follows.duplicate"
        outcomes = service.fetch_all(session, workspace, languages=("ar", "en"))
        first_cursors = [account.cursor, hashtag.cursor]
    assert [(o.name, o.new_items, o.error) for o in outcomes] == [
        (account.name, 2, None), (hashtag.name, 1, None)]
    items = _items()
    by_link = {item.link: item for item in items}
    assert sorted((i.author, i.lang, i.state, i.category) for i in items) == sorted([
        (f"@{carol.username}@127.0.0.1", "en", "suggested", "curated"),  # also tagged: kept once, as found first
        (f"@{carol.username}@127.0.0.1", "ar", "suggested", "curated"),
        (f"@{carol.username}@127.0.0.1", "other", "filtered", "curated"),
        (f"@{dave.username}@127.0.0.1", "en", "suggested", "news"),
    ])
    assert by_link[kept["url"]].title.startswith("How to brew a better cup of coffee")
    assert by_link[arabic["url"]].summary == "أفضل طرق تحضير القهوة العربية في البيت بالهيل والزعفران"
    assert by_link[from_dave["url"]].author_url == from_dave["account"]["url"]

    with db.session_scope(write=True) as session:  # a share credits the author by @handle
        draft = service.share(session, get_or_create(session, "Acme"), by_link[kept["url"]].id, "Worth a read")
        assert draft.text.endswith(f"via @{carol.username}@127.0.0.1 {kept['url']}")

    requests_seen.clear()
    newer = carol.client.status_post("A new tip: grind your beans just before brewing", visibility="public")
    with db.session_scope(write=True) as session:
        again_outcomes = service.fetch_all(session, get_or_create(session, "Acme"), languages=("ar", "en"))
        cursors = [feed.cursor for feed in session.scalars(select(Feed).order_by(Feed.id))]
    assert [o.new_items for o in again_outcomes] == [1, 0]
    assert cursors == [str(newer["id"]), str(from_dave["id"])]
    assert all(first_cursors) and sorted(
        request.url.params.get("since_id") for request in requests_seen
        if request.url.path.endswith("/statuses") or "/timelines/" in request.url.path) == sorted(first_cursors)
    _check_against_spec(requests_seen)


def test_an_unknown_account_and_the_guard(app_env: Path, mastodon_server: MockServer, guard_on: None) -> None:
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        service.add_follow(session, workspace, f"{mastodon_server.base_url}/@nobody_here")
        [outcome] = service.fetch_all(session, workspace, languages=("en",))
    assert "only calls servers on the public internet" in str(outcome.error)


def test_an_unknown_account_is_named(app_env: Path, mastodon_server: MockServer) -> None:
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        service.add_follow(session, workspace, f"{mastodon_server.base_url}/@nobody_here")
        [outcome] = service.fetch_all(session, workspace, languages=("en",))
    assert str(outcome.error) == (f"feed @nobody_here@127.0.0.1 ({mastodon_server.base_url}/@nobody_here): the "
                                  "server has no such public account or hashtag")


@pytest.mark.parametrize(("given", "kind", "url"), [
    ("@alice@mastodon.social", "mastodon_account", "https://mastodon.social/@alice"),
    ("#Coffee@Mastodon.Social", "mastodon_tag", "https://mastodon.social/tags/coffee"),
    ("#قهوة@mastodon.social", "mastodon_tag", "https://mastodon.social/tags/قهوة"),
    ("https://mastodon.social/@bob@other.example", "mastodon_account", "https://mastodon.social/@bob@other.example"),
    ("@Dana.bsky.social", "bluesky_account", "https://bsky.app/profile/dana.bsky.social"),
    ("https://bsky.app/profile/dana.bsky.social", "bluesky_account", "https://bsky.app/profile/dana.bsky.social"),
])
def test_targets_as_people_write_them(given: str, kind: str, url: str) -> None:
    from cocktailparty.curation.follows import parse_target

    found = parse_target(given)
    assert (found.kind, found.url) == (kind, url)


@pytest.mark.parametrize("given", ["alice", "@alice", "#coffee", "https://mastodon.social/about",
                                   "https://bsky.app/profile/", "@a@b@c.example", "ftp://x.example/@a"])
def test_targets_that_are_not(given: str) -> None:
    from cocktailparty.curation.follows import parse_target

    with pytest.raises(InputError):
        parse_target(given)


def test_a_closed_timeline_and_an_oversized_answer(app_env: Path, mastodon_server: MockServer,
                                                   faults: Faults) -> None:
    """A server that shows its hashtag timeline only to its users (Mastodon's answer when timeline previews are
    off) is named without its own words; an answer over 5 MB is refused unread, and the other follow is saved."""
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        service.add_follow(session, workspace, f"{mastodon_server.base_url}/tags/closedtag")
        service.add_follow(session, workspace, f"{mastodon_server.base_url}/tags/hugetag")
        faults.add("GET", "/api/v1/timelines/tag/closedtag", status=401,
                   body={"error": "This method requires an authenticated user SECRET-WORDS"})
        faults.add("GET", "/api/v1/timelines/tag/hugetag", status=200, body=["x" * (6 * 2**20)])
        closed, huge = service.fetch_all(session, workspace, languages=("en",))
    assert str(closed.error).endswith("the server shows this only to people logged in to it (HTTP 401)")
    assert "SECRET-WORDS" not in str(closed.error)
    assert "more than 5 MB; the answer was not read" in str(huge.error)
