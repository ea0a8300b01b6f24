"""Giveaways: open one (its commitment to publish), collect the entries from the replies, draw after the
deadline (the seed published with the winners), the entries as CSV."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from cocktailparty.giveaways import repository, service
from cocktailparty.models import Giveaway
from cocktailparty.posts import compose
from cocktailparty.translation import describe
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess, ApiEditor
from cocktailparty.web.api.schemas import MAX_ID, Error, LibraryItemOut
from cocktailparty.web.deps import DbSession
from cocktailparty.web.i18n import current_lang

router = APIRouter(tags=["giveaways"])
GiveawayId = Annotated[int, Path(ge=1, le=MAX_ID)]


class GiveawayIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channel_id: int = Field(ge=1, le=MAX_ID)
    title: str = Field(min_length=1, max_length=200)
    post_remote_id: str = Field(min_length=1, max_length=255, description="The contest post's id on the network.")
    deadline: datetime = Field(description="With a time zone; entries after it do not count.")
    winners: int = Field(default=1, ge=1, le=service.MAX_WINNERS)
    entry: Literal["reply", "hashtag", "tag"] = "reply"
    hashtag: str = Field(default="", max_length=100)
    tag_count: int = Field(default=0, ge=0, le=20)
    staff: list[Annotated[str, Field(max_length=255)]] = Field(default_factory=list, max_length=500)


class GiveawayOut(BaseModel):
    id: int
    title: str
    channel_id: int | None
    post_remote_id: str
    entry: str
    hashtag: str
    tag_count: int
    deadline: datetime
    winners_count: int
    commitment: str = Field(description="SHA-256 of the seed (UTF-8), lower-case hex: publish it at the opening.")
    seed: str | None = Field(description="Published by the draw, after the deadline.")
    winners: list[str]
    entries_sha256: str | None
    drawn_at: datetime | None

    @classmethod
    def of(cls, giveaway: Giveaway) -> GiveawayOut:
        return cls(id=giveaway.id, title=giveaway.title, channel_id=giveaway.channel_id,
                   post_remote_id=giveaway.post_remote_id, entry=giveaway.entry_kind, hashtag=giveaway.hashtag,
                   tag_count=giveaway.tag_count, deadline=giveaway.deadline, winners_count=giveaway.winners_count,
                   commitment=giveaway.commitment, seed=giveaway.seed, winners=service.winners_of(giveaway),
                   entries_sha256=giveaway.entries_sha256, drawn_at=giveaway.drawn_at)


class RefusedReply(BaseModel):
    account: str
    reply_id: str
    reason: str


class CollectedOut(BaseModel):
    added: int
    entries: int
    refused: list[RefusedReply]


class AnnouncementIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lang: Literal["ar", "en"] = "en"


@router.get("/giveaways", responses=responses.READ)
def list_giveaways(access: ApiAccess, session: DbSession) -> list[GiveawayOut]:
    """The workspace's giveaways, newest first."""
    return [GiveawayOut.of(giveaway) for giveaway in repository.giveaways_of(session, access.workspace.id)]


@router.post("/giveaways", status_code=201, responses=responses.WRITE_ONE)
def open_giveaway(body: GiveawayIn, access: ApiEditor, session: DbSession) -> GiveawayOut:
    """Open a giveaway on a contest post: its secret seed is made and its commitment returned, to publish now."""
    channel = compose.channel_in(session, access.workspace, body.channel_id)
    return GiveawayOut.of(service.open_giveaway(
        session, access.workspace, channel=channel, title=body.title, post_remote_id=body.post_remote_id,
        deadline=body.deadline, winners=body.winners, entry=body.entry, hashtag=body.hashtag,
        tag_count=body.tag_count, staff=body.staff))


@router.get("/giveaways/{giveaway_id}", responses=responses.ONE)
def get_giveaway(giveaway_id: GiveawayId, access: ApiAccess, session: DbSession) -> GiveawayOut:
    return GiveawayOut.of(service.get_or_raise(session, access.workspace, giveaway_id))


@router.post("/giveaways/{giveaway_id}/collect", responses=responses.WRITE_ONE)
def collect(giveaway_id: GiveawayId, access: ApiEditor, session: DbSession) -> CollectedOut:
    """Read the replies to the contest post and keep those the rules count (one per account)."""
    giveaway = service.get_or_raise(session, access.workspace, giveaway_id)
    collected = service.collect_entries(session, access.workspace, giveaway)
    lang = current_lang.get()
    return CollectedOut(added=collected.added, entries=len(repository.entries_of(session, giveaway.id)),
                        refused=[RefusedReply(account=reply.account, reply_id=reply.remote_id,
                                              reason=describe(reason, lang))
                                 for reply, reason in collected.refused])


DRAW_REFUSED: dict[int | str, dict[str, Any]] = {409: {"model": Error, "description": "Before the deadline."}}


@router.post("/giveaways/{giveaway_id}/draw", responses={**responses.WRITE_ONE, **DRAW_REFUSED})
def draw(giveaway_id: GiveawayId, access: ApiEditor, session: DbSession) -> GiveawayOut:
    """After the deadline: the winners, with the seed published. Drawing again returns the same draw."""
    giveaway = service.get_or_raise(session, access.workspace, giveaway_id)
    service.draw(session, access.workspace, giveaway)
    return GiveawayOut.of(giveaway)


@router.post("/giveaways/{giveaway_id}/announcement", status_code=201, responses=responses.WRITE_ONE)
def announcement(giveaway_id: GiveawayId, body: AnnouncementIn, access: ApiEditor,
                 session: DbSession) -> LibraryItemOut:
    """The winners' announcement, put in the library as a contest draft."""
    giveaway = service.get_or_raise(session, access.workspace, giveaway_id)
    return LibraryItemOut.of(service.draft_announcement(session, access.workspace, giveaway, body.lang))


@router.get("/giveaways/{giveaway_id}/entries.csv", responses=responses.ONE,
            response_class=Response)
def entries_csv(giveaway_id: GiveawayId, access: ApiAccess, session: DbSession) -> Response:
    """The entries as CSV: account, reply_id, entered_at, text."""
    giveaway = service.get_or_raise(session, access.workspace, giveaway_id)
    return Response(service.entries_csv(session, giveaway), media_type="text/csv; charset=utf-8")
