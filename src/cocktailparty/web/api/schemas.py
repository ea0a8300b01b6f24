"""What the JSON API takes and gives: Pydantic models, bounded so that no input can reach the
database as something it cannot store (ids beyond a 32-bit column, years beyond what UTC can hold; the NUL
characters PostgreSQL refuses are refused for every field at once, by web/nul.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

from cocktailparty.connectors.base import Poll
from cocktailparty.dashboard.service import Gauge
from cocktailparty.models import CategoryCorrection, Channel, CorrectionState, LibraryItem, MediaFile, Post, PostState
from cocktailparty.posts import polls
from cocktailparty.taxonomy import kind_of
from cocktailparty.web.i18n import last_error_here

FIRST_YEAR, LAST_YEAR = 1970, 2999
MAX_ID = 2**31 - 1  # an INTEGER column on PostgreSQL
MAX_TEXT = 65_536  # above every network's own limit (Facebook's is 63,206)

Category = Literal["promotional", "curated", "news", "contest", "question", "educational", "culture", "celebration",
                   "reply"]
Kind = Literal["promotional", "value"]
State = Literal["draft", "scheduled", "publishing", "published", "failed", "cancelled"]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


def in_range(moment: datetime) -> datetime:
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValueError(f"the year must be between {FIRST_YEAR} and {LAST_YEAR}")
    return moment


def _day_in_range(day: date) -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(f"the year must be between {FIRST_YEAR} and {LAST_YEAR}")
    return day


def _not_blank(text: str) -> str:
    if not text.strip():
        raise ValueError("the text is empty")
    return text


Moment = Annotated[AwareDatetime, AfterValidator(in_range)]
Day = Annotated[date, AfterValidator(_day_in_range)]
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT), AfterValidator(_not_blank)]
Note = Annotated[str, Field(max_length=2000)]


class Issue(BaseModel):
    """One invalid field, in FastAPI's standard shape."""

    model_config = ConfigDict(extra="allow")

    loc: list[str | int] = Field(description="Where: body, query or path, then the field.")
    msg: str
    type: str


class Error(BaseModel):
    """Every error: what went wrong, in a sentence in the language asked for (Accept-Language: en or ar);
    invalid input may instead list each field's problem. `code` and `params` say it for programs."""

    detail: str | list[Issue]
    code: str | None = None
    params: dict[str, str | int | float | bool | None] | None = None


class Refusal(BaseModel):
    """The guardrail refused: why, how to make it fit, and the numbers behind the fix."""

    detail: str = Field(description="Why the mix would break.")
    fix: str = Field(description="What to do instead: value posts before it, or a later time.")
    value_posts_needed: int = Field(description="Value posts just before it that would let it through (0: none).")
    fits_after: datetime | None = Field(description="The earliest later time it fits, when there is one.")


class BusinessHoursOut(BaseModel):
    days: list[Literal["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]] = Field(description="The days the team "
                                                                              "answers.")
    opens: str = Field(description="Opening time, HH:MM, in each channel's own time zone.")
    closes: str = Field(description="Closing time, HH:MM (24:00: midnight at the end of the day).")


class ResponsePolicyOut(BaseModel):
    target_minutes: int = Field(description="The inbox's first-response target, counted in business hours.")
    business_hours: BusinessHoursOut | None = Field(description="When the response clock runs; null: round the "
                                                    "clock.")


class WorkspaceOut(BaseModel):
    id: int
    name: str
    preset: str
    cap: float = Field(description="The largest promotional share allowed in any window.")
    window_posts: int
    window_days: int
    role: Literal["owner", "editor", "viewer"] = Field(description="The token's user's role here, as it is now.")
    inbox_retention_days: int = Field(description="Fetched inbox items older than this many days are deleted.")
    response_policy: ResponsePolicyOut


class ChannelOut(BaseModel):
    """A channel; its credentials are never given back."""

    id: int
    name: str
    network: str
    handle: str | None
    base_url: str | None
    timezone: str
    slots: list[str]
    preset: str | None = Field(description="The channel's own preset (null: the workspace's).")
    cap: float | None

    @classmethod
    def of(cls, channel: Channel) -> ChannelOut:
        return cls(id=channel.id, name=channel.name, network=channel.network, handle=channel.handle,
                   base_url=channel.base_url, timezone=channel.timezone, slots=list(channel.slots or []),
                   preset=channel.preset, cap=channel.cap)


class PostOut(BaseModel):
    id: int
    channel_id: int
    text: str
    category: str
    kind: Kind
    category_source: str = Field(description="classifier, or manual when the category was given.")
    confidence: float | None
    state: State
    due_at: datetime | None
    published_at: datetime | None
    remote_url: str | None
    attempts: int
    last_error: str | None = Field(description="Why the last try failed, in the language asked for.")
    poll: PollOut | None = None
    poll_votes: PollVotesOut | None = Field(default=None, description="The votes, read once the poll closed.")
    override_reason: str | None = Field(description="Why a guardrail refusal was overridden, if it was.")
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, post: Post) -> PostOut:
        return cls(
            id=post.id, channel_id=post.channel_id, text=post.text, category=post.category,
            kind=kind_of(post.category), category_source=post.category_source, confidence=post.confidence,
            state=PostState(post.state).value, due_at=post.due_at, published_at=post.published_at,
            remote_url=post.remote_url, attempts=post.attempts, last_error=last_error_here(post) or None,
            override_reason=post.override_reason, created_at=post.created_at, updated_at=post.updated_at,
            poll=_poll_out(post), poll_votes=_votes_out(post),
        )


def _poll_out(post: Post) -> PollOut | None:
    poll = polls.poll_of(post)
    return None if poll is None else PollOut(options=list(poll.options), minutes=poll.duration_minutes,
                                             ends_at=post.poll_ends_at)


def _votes_out(post: Post) -> PollVotesOut | None:
    votes = polls.votes_of(post)
    if votes is None:
        return None
    return PollVotesOut(options=[PollOptionOut(option=title, votes=count) for title, count in votes.options],
                        voters=votes.voters, read_at=votes.read_at, follow_up_id=votes.follow_up)


class PostPage(BaseModel):
    items: list[PostOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class PollIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    options: list[Annotated[str, Field(max_length=200)]] = Field(
        min_length=1, max_length=10, description="Two to four options; each network's own length applies.")
    minutes: int = Field(default=24 * 60, ge=1, le=60 * 24 * 31, description="How long the poll runs once published.")

    def poll(self) -> Poll:
        return Poll(tuple(self.options), self.minutes)


class PollOut(BaseModel):
    options: list[str]
    minutes: int
    ends_at: datetime | None = Field(description="When it closes (known once published).")


class PollOptionOut(BaseModel):
    option: str
    votes: int


class PollVotesOut(BaseModel):
    options: list[PollOptionOut]
    voters: int | None = Field(description="People who voted, where the network says.")
    read_at: datetime
    follow_up_id: int | None = Field(description="The library draft telling the audience the result.")


class AttachmentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    media_id: Id = Field(description="A file of the workspace's media library (`POST /media` adds one).")
    alt_text: Annotated[str, Field(max_length=2000)] = Field(
        default="", description="What the picture shows, in the post's language (kept by X, Mastodon, Bluesky, "
                                "Facebook; a Telegram album without text shows it as the picture's caption).")


Attachments = Annotated[list[AttachmentIn], Field(max_length=10, description=(
    "Pictures or a video from the media library, in order, each with its alt text; the channel's network judges "
    "them (count, size, sides, format) with the text."))]


class ScheduleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channel_id: Id
    text: Text
    at: Moment = Field(description="When to publish: ISO 8601 with a time zone.")
    category: Category | None = Field(default=None, description="Set by hand; classified when omitted.")
    force: bool = Field(default=False, description="Schedule even if the guardrail refuses (needs `reason`).")
    reason: Note | None = Field(default=None, description="Why the guardrail is overridden; it is recorded.")
    category_reason: Note | None = Field(default=None, description=(
        "Why `category` is right where the classifier is sure the post is promotional (needed then: the post "
        "counts as promotional until an owner accepts the relabel)."))
    poll: PollIn | None = Field(default=None, description=(
        "A native poll where the network has polls (X, Mastodon, Telegram); elsewhere 422 post.poll_not_supported."))
    media: Attachments = Field(default_factory=list)


class DraftIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channel_id: Id
    text: Text
    category: Category | None = Field(default=None, description="Set by hand; classified when omitted.")
    category_reason: Note | None = Field(default=None, description="As for scheduling.")
    media: Attachments = Field(default_factory=list)


class ScheduleManyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channel_ids: list[Id] = Field(min_length=1, max_length=50, description="The channels, each judged on its own.")
    text: Text
    at: Moment = Field(description="When to publish: ISO 8601 with a time zone.")
    category: Category | None = Field(default=None, description="Set by hand; classified when omitted.")
    force: bool = Field(default=False, description="Schedule even where a guardrail refuses (needs `reason`).")
    reason: Note | None = Field(default=None, description="Why the guardrail is overridden; it is recorded.")
    category_reason: Note | None = Field(default=None, description="As for one post.")
    poll: PollIn | None = Field(default=None, description="As for one post; every channel must take it.")


class PostList(BaseModel):
    items: list[PostOut]


class ChannelAnswerOut(BaseModel):
    channel_id: int
    channel: str
    ok: bool = Field(description="This channel would have taken the post.")
    code: str | None = Field(description="Why it refused, for programs (null when it would have taken it).")
    detail: str | None = Field(description="Why it refused, in words.")


class ChannelsRefusal(BaseModel):
    detail: str = Field(description="Nothing was scheduled, and why.")
    code: str
    channels: list[ChannelAnswerOut] = Field(description="Each channel's answer, in the order given.")


class EditIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Text | None = Field(default=None, description="The new text (omitted: unchanged).")
    at: Moment | None = Field(default=None, description="The new time; a draft given one is scheduled.")
    category: Category | None = Field(default=None, description="Set by hand (omitted: kept, or classified again "
                                                                "when the text changes and it was classified).")
    force: bool = Field(default=False, description="Even if the guardrail refuses (needs `reason`).")
    reason: Note | None = Field(default=None, description="Why the guardrail is overridden; it is recorded.")
    category_reason: Note | None = Field(default=None, description="As for scheduling.")
    media: Attachments | None = Field(default=None, description=(
        "The post's files with their alt text (omitted: kept as they are; an empty list removes them)."))


class RetryIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    force: bool = Field(default=False, description="Even if the guardrail refuses (needs `reason`).")
    reason: Note | None = Field(default=None, description="Why the guardrail is overridden; it is recorded.")


class DuplicateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    channel_ids: list[Id] = Field(default_factory=list, max_length=50,
                                  description="Where the copies go (empty: the post's own channel).")
    at: Moment | None = Field(default=None, description="Schedule the copies then; omitted: drafts.")
    force: bool = Field(default=False, description="Even if the guardrail refuses (needs `reason`).")
    reason: Note | None = Field(default=None, description="Why the guardrail is overridden; it is recorded.")


class MoveIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    at: Moment = Field(description="The new time: ISO 8601 with a time zone.")


class ClassifyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Text


class ClassificationOut(BaseModel):
    category: Category
    kind: Kind
    confidence: float
    explanation: str = Field(description="Why, in words: the signals and phrases that decided it.")
    unsure: bool = Field(description="The classifier's calibrated confidence is low: treat the category as a guess.")


class MixOut(BaseModel):
    """One channel's promotional share in its last window (the posts due by now), against its cap."""

    channel_id: int
    channel_name: str
    preset: str
    cap: float
    window_posts: int
    posts: int = Field(description="Counted posts in the last window (fewer than window_posts on a new channel).")
    promotional: int
    replies: int = Field(default=0, description="Answers to the audience among the counted posts (the give side).")
    share: float | None = Field(description="promotional / posts; null with no posts yet.")
    level: Literal["ok", "near", "over"] = Field(description="near: the next promotion would pass the cap.")
    next_due: datetime | None

    @classmethod
    def of(cls, gauge: Gauge) -> MixOut:
        return cls(channel_id=gauge.channel.id, channel_name=gauge.channel.name, preset=gauge.preset_name,
                   cap=gauge.cap, window_posts=gauge.window_posts, posts=gauge.posts, promotional=gauge.promotional,
                   replies=gauge.replies, share=gauge.share, level=gauge.level, next_due=gauge.next_due)  # type: ignore[arg-type]


class LibraryItemOut(BaseModel):
    id: int
    channel_id: int | None = Field(description="Only for this channel; null: any channel.")
    text: str
    category: str
    kind: Kind
    evergreen: bool
    min_gap_days: int
    max_uses: int | None
    uses: int
    last_used_at: datetime | None
    expires_at: datetime | None
    created_at: datetime

    @classmethod
    def of(cls, item: LibraryItem) -> LibraryItemOut:
        return cls(id=item.id, channel_id=item.channel_id, text=item.text, category=item.category,
                   kind=kind_of(item.category), evergreen=item.evergreen, min_gap_days=item.min_gap_days,
                   max_uses=item.max_uses, uses=item.uses, last_used_at=item.last_used_at,
                   expires_at=item.expires_at, created_at=item.created_at)


class LibraryIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Text
    category: Category | None = Field(default=None, description="Set by hand; classified when omitted.")
    channel_id: Id | None = Field(default=None, description="Only for this channel; omitted: any channel.")
    evergreen: bool = Field(default=False, description="Reuse it: an evergreen post, not a one-off draft.")
    min_gap_days: int = Field(default=30, ge=0, le=3650, description="Evergreen: days between two uses.")
    max_uses: int | None = Field(default=None, ge=1, le=100_000, description="Evergreen: uses in all.")
    expires: Day | None = Field(default=None, description="Evergreen: the first day it may no longer go out.")


class PostCorrectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    category: Category = Field(description="What the post really is.")
    reason: Note | None = Field(default=None, description=(
        "Why; needed when the classifier is sure the post is promotional (the correction then waits for an owner "
        "and the post counts as promotional until one accepts it)."))


class TextCorrectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Text = Field(description="A text that is no post here (an audit's row): the classifier learns it.")
    category: Category
    reason: Note | None = Field(default=None, description="Why; needed as for a post.")


class CorrectionOut(BaseModel):
    id: int
    post_id: int | None
    text: str
    category: str = Field(description="What the person says it is.")
    previous: str = Field(description="What it was called before.")
    override: bool = Field(description="Against a confident promotional verdict: waits for an owner.")
    reason: str | None
    state: Literal["accepted", "pending", "rejected"]
    user_id: int | None
    decided_by: int | None
    created_at: datetime

    @classmethod
    def of(cls, correction: CategoryCorrection) -> CorrectionOut:
        return cls(id=correction.id, post_id=correction.post_id, text=correction.text, category=correction.category,
                   previous=correction.previous, override=correction.override, reason=correction.reason,
                   state=CorrectionState(correction.state).value, user_id=correction.user_id,
                   decided_by=correction.decided_by, created_at=correction.created_at)


class CorrectionList(BaseModel):
    items: list[CorrectionOut]


class MediaOut(BaseModel):
    id: int
    name: str
    mime_type: str
    kind: Literal["image", "video"]
    size: int = Field(description="Bytes, as stored (pictures lose their metadata first).")
    width: int
    height: int
    duration_ms: int | None = Field(description="A video's or an animation's length.")
    tags: str
    created_at: datetime
    url: str = Field(description="A signed address of the file, valid for COCKTAIL_MEDIA_URL_SECONDS; it opens this "
                                 "file of this workspace only.")
    used_in: list[int] = Field(default_factory=list, description="The ids of the posts that use the file.")

    @classmethod
    def of(cls, media: MediaFile, url: str, used_in: list[int] | None = None) -> MediaOut:
        return cls(id=media.id, name=media.name, mime_type=media.mime_type, kind=media.kind,  # type: ignore[arg-type]
                   size=media.size, width=media.width, height=media.height, duration_ms=media.duration_ms,
                   tags=media.tags, created_at=media.created_at, url=url, used_in=used_in or [])


class AttachmentOut(BaseModel):
    media: MediaOut
    alt_text: str


class RemovedOut(BaseModel):
    removed: list[str] = Field(description="The names of the files removed.")
