"""The inbox: what people said to the workspace's channels, its filters, and the team's work on an item
(assign, notes, done) and its reply, which the publisher sends under the item exactly once."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from cocktailparty.channels.repository import channels_of
from cocktailparty.inbox import service
from cocktailparty.inbox.repository import InboxFilter
from cocktailparty.inbox.response import Policy, ResponseTimes
from cocktailparty.models import InboxItem, InboxNote, SavedReply
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess, ApiEditor
from cocktailparty.web.api.schemas import MAX_ID, BusinessHoursOut, Id, PostOut, Text
from cocktailparty.web.deps import DbSession
from cocktailparty.worker.tasks import enqueue_inbox_fetch
from cocktailparty.workspaces.classifier import classifier_for

router = APIRouter(tags=["inbox"])

Label = Literal["question", "complaint", "praise", "lead", "spam", "other"]
InboxStateName = Literal["open", "waiting", "done"]
ActionName = Literal["like", "hide", "unhide", "delete_comment"]
ItemId = Annotated[int, Path(ge=1, le=MAX_ID, description="The inbox item's id.")]


class NoteOut(BaseModel):
    id: int
    author_id: int | None
    text: str
    created_at: datetime

    @classmethod
    def of(cls, note: InboxNote) -> NoteOut:
        return cls(id=note.id, author_id=note.author_id, text=note.text, created_at=note.created_at)


class InboxItemOut(BaseModel):
    id: int
    channel_id: int
    network: str
    kind: str = Field(description="comment, mention or message (a direct message).")
    remote_id: str = Field(description="The item's id on its network.")
    author: str
    text: str
    language: str = Field(description="ar, en or other.")
    label: Label
    state: InboxStateName
    assignee_id: int | None
    in_reply_to: str | None = Field(description="The network id of what it answers.")
    post_id: int | None = Field(description="Our post at the root of its thread, when it is one of ours.")
    reply_post_id: int | None = Field(description="Our reply: a post of category `reply`.")
    answered_at: datetime | None = Field(default=None, description="When our first answer went out (the "
                                         "first-response time is counted to it).")
    url: str | None
    created_at: datetime
    liked_at: datetime | None = Field(description="When we liked it on its network.")
    hidden_at: datetime | None = Field(description="When we hid it on its network (null: shown).")
    deleted_at: datetime | None = Field(description="When we deleted it on its network.")
    actions: list[ActionName] = Field(description="What POST /inbox/{id}/actions can do to it now, as its network "
                                      "allows.")
    late: bool = Field(default=False, description="Needs an answer and is still open past the workspace's response "
                       "target (counted in business hours, in its channel's time zone).")

    @classmethod
    def of(cls, item: InboxItem, late: bool = False) -> InboxItemOut:
        return cls(
            id=item.id, channel_id=item.channel_id, network=item.network, kind=item.kind, remote_id=item.remote_id,
            author=item.author, text=item.text, language=item.language, label=item.label,  # type: ignore[arg-type]
            state=item.state, assignee_id=item.assignee_id, in_reply_to=item.in_reply_to,  # type: ignore[arg-type]
            post_id=item.post_id, reply_post_id=item.reply_post_id, answered_at=item.answered_at, url=item.url,
            created_at=item.created_at,
            liked_at=item.liked_at, hidden_at=item.hidden_at, deleted_at=item.deleted_at,
            actions=list(service.actions_for(item)), late=late,  # type: ignore[arg-type]
        )


class InboxItemDetail(InboxItemOut):
    notes: list[NoteOut]


class ReplyIn(BaseModel):
    text: Text | None = Field(default=None, description="The reply; or give `saved_reply_id`.")
    saved_reply_id: Id | None = None
    order: Annotated[str, Field(max_length=100)] = Field(default="", description="Fills {order} in a saved reply.")


class ReplyOut(BaseModel):
    item: InboxItemOut
    post: PostOut


class AssignIn(BaseModel):
    user_id: Id | None = Field(description="A member of the workspace, or null to unassign.")


class NoteIn(BaseModel):
    text: Text


class StateIn(BaseModel):
    state: InboxStateName


class ActionIn(BaseModel):
    action: ActionName = Field(description="like, hide, unhide (show again) or delete_comment, where the item's "
                               "network allows it (its `actions`).")


class SavedReplyIn(BaseModel):
    name: Annotated[str, Field(min_length=1, max_length=120)]
    language: Literal["ar", "en"]
    text: Text


class SavedReplyOut(BaseModel):
    id: int
    name: str
    language: str
    text: str

    @classmethod
    def of(cls, saved: SavedReply) -> SavedReplyOut:
        return cls(id=saved.id, name=saved.name, language=saved.language, text=saved.text)


class FetchOut(BaseModel):
    queued_channels: int


@router.get("/inbox", responses=responses.READ)
def list_inbox(
    access: ApiAccess,
    session: DbSession,
    channel_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    label: Label | None = None,
    state: InboxStateName | None = None,
    assignee_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    order: Literal["urgent", "newest"] = "urgent",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
) -> list[InboxItemOut]:
    """The inbox across channels: open before answered, complaints, questions and leads first (or newest
    first with `order=newest`)."""
    where = InboxFilter(channel_id=channel_id, label=label, state=state, assignee_id=assignee_id, order=order)
    items = service.inbox_for(session, access.workspace, access.role).page(where, limit, offset)
    late = service.late_among(session, access.workspace, items, datetime.now(UTC))
    return [InboxItemOut.of(item, item.id in late) for item in items]


@router.post("/inbox/fetch", status_code=202, responses=responses.WRITE)
def fetch_inbox(access: ApiEditor, session: DbSession) -> FetchOut:
    """Queue a fetch of every connected channel now (the worker runs it)."""
    ids = [channel.id for channel in channels_of(session, access.workspace.id) if channel.secret]
    enqueue_inbox_fetch(ids)
    return FetchOut(queued_channels=len(ids))


class ResponseTimesOut(BaseModel):
    channel_id: int | None = Field(description="null: every channel.")
    assignee_id: int | None = None
    items: int = Field(description="Questions, complaints and leads asked in the period.")
    answered: int
    median_first_response_seconds: float | None = Field(description="In business time when the workspace has "
                                                        "business hours.")
    within_target: float | None = Field(description="Share answered within the target of those due (answered, or "
                                        "open past the target).")
    late: int = Field(description="Still unanswered past the target.")

    @classmethod
    def of(cls, found: ResponseTimes, channel_id: int | None = None,
           assignee_id: int | None = None) -> ResponseTimesOut:
        return cls(channel_id=channel_id, assignee_id=assignee_id, items=found.items, answered=found.answered,
                   median_first_response_seconds=found.median_seconds, within_target=found.within_target,
                   late=found.late)


class ResponseTimesReport(BaseModel):
    target_seconds: float = Field(description="The workspace's target (PUT /workspace/response-policy).")
    business_hours: BusinessHoursOut | None = Field(description="The hours the clock runs in, read in each "
                                                    "channel's time zone; null: round the clock.")
    overall: ResponseTimesOut
    channels: list[ResponseTimesOut]
    teammates: list[ResponseTimesOut]


@router.get("/inbox/response-times", responses=responses.READ)
def response_times(access: ApiAccess, session: DbSession,
                   days: Annotated[int, Query(ge=1, le=366)] = 30) -> ResponseTimesReport:
    """First-response times of the last `days` days, and the share answered within the target, per channel
    and per teammate (the assignee)."""
    overall, channels, teammates = service.response_times(session, access.workspace, access.role, datetime.now(UTC),
                                                            days)
    policy: Policy = service.response_policy(access.workspace)
    hours = access.workspace.business_hours if policy.hours is not None else None
    return ResponseTimesReport(
        target_seconds=policy.target.total_seconds(),
        business_hours=BusinessHoursOut.model_validate(hours) if hours else None, overall=ResponseTimesOut.of(overall),
        channels=[ResponseTimesOut.of(found, channel_id=key) for key, found in sorted(channels.items())],
        teammates=[ResponseTimesOut.of(found, assignee_id=key) for key, found in teammates.items()],
    )


@router.get("/inbox/saved-replies", responses=responses.READ)
def list_saved_replies(access: ApiAccess, session: DbSession) -> list[SavedReplyOut]:
    inbox = service.inbox_for(session, access.workspace, access.role)
    return [SavedReplyOut.of(saved) for saved in inbox.saved_replies()]


@router.post("/inbox/saved-replies", status_code=201, responses=responses.WRITE)
def add_saved_reply(body: SavedReplyIn, access: ApiEditor, session: DbSession) -> SavedReplyOut:
    """A snippet in one language; {name} and {order} are filled when it is used."""
    return SavedReplyOut.of(service.add_saved_reply(session, access.workspace, body.name, body.language, body.text))


@router.get("/inbox/{item_id}", responses=responses.ONE)
def get_item(item_id: ItemId, access: ApiAccess, session: DbSession) -> InboxItemDetail:
    item = service.get_or_raise(session, access.workspace, item_id, access.role)
    notes = service.inbox_for(session, access.workspace, access.role).notes_of([item.id])[item.id]
    late = item.id in service.late_among(session, access.workspace, [item], datetime.now(UTC))
    return InboxItemDetail(**InboxItemOut.of(item, late).model_dump(), notes=[NoteOut.of(note) for note in notes])


@router.post("/inbox/{item_id}/reply", status_code=201, responses=responses.GUARDED)
def reply(item_id: ItemId, body: ReplyIn, access: ApiEditor, session: DbSession) -> ReplyOut:
    """Answer the item: a post of category `reply`, scheduled now and threaded under the item by the
    publisher (promotional when it pushes an offer: the mix counts it so)."""
    item = service.get_or_raise(session, access.workspace, item_id, access.role)
    text = body.text or ""
    if not text and body.saved_reply_id is not None:
        saved = service.inbox_for(session, access.workspace, access.role).saved_reply(body.saved_reply_id)
        if saved is not None:
            text = service.fill(saved, item, body.order)
    post = service.reply(session, access.workspace, item, text, classifier_for(access.workspace.id),
                         datetime.now(UTC))
    return ReplyOut(item=InboxItemOut.of(item), post=PostOut.of(post))


@router.post("/inbox/{item_id}/assign", responses=responses.WRITE_ONE)
def assign(item_id: ItemId, body: AssignIn, access: ApiEditor, session: DbSession) -> InboxItemOut:
    item = service.get_or_raise(session, access.workspace, item_id, access.role)
    return InboxItemOut.of(service.assign(session, access.workspace, item, body.user_id))


@router.post("/inbox/{item_id}/notes", status_code=201, responses=responses.WRITE_ONE)
def add_note(item_id: ItemId, body: NoteIn, access: ApiEditor, session: DbSession) -> NoteOut:
    """An internal note: the team sees it, the network never does."""
    item = service.get_or_raise(session, access.workspace, item_id, access.role)
    return NoteOut.of(service.add_note(session, item, access.user, body.text))


@router.post("/inbox/{item_id}/state", responses=responses.WRITE_ONE)
def set_state(item_id: ItemId, body: StateIn, access: ApiEditor, session: DbSession) -> InboxItemOut:
    """Open, waiting (answered, waiting for the other side) or done."""
    item = service.get_or_raise(session, access.workspace, item_id, access.role)
    return InboxItemOut.of(service.set_state(session, item, body.state))


@router.post("/inbox/{item_id}/actions", responses=responses.NETWORK)
def act(item_id: ItemId, body: ActionIn, access: ApiEditor, session: DbSession) -> InboxItemOut:
    """Like, hide, show again or delete the comment on its network, now (422 where the network does not allow
    it; 502 when the network refused, with its reason)."""
    item = service.get_or_raise(session, access.workspace, item_id, access.role)
    return InboxItemOut.of(service.act(session, access.workspace, item, body.action))
