"""Curation feeds: add, list, fetch all (each feed's outcome, a refused or unreadable one named), the suggestions,
and one drafted into the library as a share crediting its author."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from cocktailparty.curation import repository, service
from cocktailparty.models import Feed, FeedItem
from cocktailparty.translation import describe
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess, ApiEditor
from cocktailparty.web.api.schemas import MAX_ID, LibraryItemOut
from cocktailparty.web.deps import DbSession
from cocktailparty.web.i18n import current_lang, last_error_here

router = APIRouter(tags=["feeds"])
ItemId = Annotated[int, Path(ge=1, le=MAX_ID)]


class FeedIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(min_length=1, max_length=2000)
    name: str = Field(default="", max_length=200)
    category: Literal["curated", "news"] = "curated"


class FollowIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    target: str = Field(min_length=1, max_length=2000, description="@user@server or #hashtag@server (Mastodon), "
                        "@handle (Bluesky), or the address of the account's or hashtag's public page.")
    name: str = Field(default="", max_length=200)
    category: Literal["curated", "news"] = "curated"


class FeedOut(BaseModel):
    id: int
    kind: Literal["feed", "mastodon_account", "mastodon_tag", "bluesky_account"]
    url: str
    name: str
    category: str
    last_fetched_at: datetime | None
    last_error: str | None

    @classmethod
    def of(cls, feed: Feed) -> FeedOut:
        return cls(id=feed.id, kind=feed.kind, url=feed.url, name=feed.name,  # type: ignore[arg-type]
                   category=feed.category, last_fetched_at=feed.last_fetched_at,
                   last_error=last_error_here(feed) or None)


class FetchOut(BaseModel):
    feed_id: int
    feed: str
    new_items: int
    not_modified: bool
    error: str | None


class SuggestionOut(BaseModel):
    id: int
    feed_id: int
    title: str
    link: str
    summary: str
    author: str = Field(description="Who to credit: their @handle or name.")
    author_url: str
    lang: str
    category: str
    published_at: datetime | None

    @classmethod
    def of(cls, item: FeedItem) -> SuggestionOut:
        return cls(id=item.id, feed_id=item.feed_id, title=item.title, link=item.link, summary=item.summary,
                   author=item.author, author_url=item.author_url, lang=item.lang, category=item.category,
                   published_at=item.published_at)


class ShareIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    comment: str = Field(default="", max_length=1000)


@router.get("/feeds", responses=responses.READ)
def list_feeds(access: ApiAccess, session: DbSession) -> list[FeedOut]:
    return [FeedOut.of(feed) for feed in repository.feeds_of(session, access.workspace.id)]


@router.post("/feeds", status_code=201, responses=responses.WRITE)
def add_feed(body: FeedIn, access: ApiEditor, session: DbSession) -> FeedOut:
    """Add an RSS, Atom or JSON feed; its items become curated (or news) suggestions."""
    return FeedOut.of(service.add_feed(session, access.workspace, body.url, body.name, body.category))


@router.post("/feeds/follows", status_code=201, responses=responses.WRITE)
def add_follow(body: FollowIn, access: ApiEditor, session: DbSession) -> FeedOut:
    """Follow a public Mastodon account or hashtag, or a Bluesky account; its new public posts become suggestions
    crediting their author by @handle."""
    return FeedOut.of(service.add_follow(session, access.workspace, body.target, body.name, body.category))


@router.post("/feeds/fetch", responses=responses.WRITE)
def fetch_feeds(access: ApiEditor, session: DbSession) -> list[FetchOut]:
    """Fetch every feed now; a feed refused or unreadable says why, the others are saved."""
    lang = current_lang.get()
    return [FetchOut(feed_id=outcome.feed_id, feed=outcome.name, new_items=outcome.new_items,
                     not_modified=outcome.not_modified,
                     error=describe(outcome.error, lang) if outcome.error else None)
            for outcome in service.fetch_all(session, access.workspace)]


@router.get("/feeds/suggestions", responses=responses.READ)
def suggestions(
    access: ApiAccess,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> list[SuggestionOut]:
    """Items suggested for sharing, newest first."""
    return [SuggestionOut.of(item) for item in repository.suggestions(session, access.workspace.id, limit, offset)]


@router.post("/feeds/suggestions/{item_id}/share", status_code=201, responses=responses.WRITE_ONE)
def share(item_id: ItemId, body: ShareIn, access: ApiEditor, session: DbSession) -> LibraryItemOut:
    """Draft a share of the item in the library: your comment, its title, the author credited, the link."""
    return LibraryItemOut.of(service.share(session, access.workspace, item_id, body.comment))
