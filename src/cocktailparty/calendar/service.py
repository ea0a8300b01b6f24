"""What the calendar shows and does: a month or a week of posts placed on their channel's local days,
the planner's suggestions for empty slots,
and the workspace's iCalendar feed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Literal
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from cocktailparty.calendar import repository
from cocktailparty.channels.repository import channel_in, channels_of
from cocktailparty.classify import Classifier
from cocktailparty.errors import InputError, NotFound
from cocktailparty.models import Channel, Post, PostState, Workspace
from cocktailparty.moments.service import attachments_for
from cocktailparty.planning.service import plan_channel
from cocktailparty.posts import service as posts
from cocktailparty.posts.ical import calendar_of

View = Literal["month", "week"]
VIEWS: tuple[View, ...] = ("month", "week")
# A day cell shows this many posts, then "+N more" (the week view of that day shows them all, up to its cap).
SHOWN_PER_DAY: dict[View, int] = {"month": 5, "week": 40}
# Every time zone is within 14 hours of UTC: the visible local days fit in this margin around them.
ZONE_MARGIN = timedelta(hours=14)
# The feed holds the recent past and the year ahead, not every post the workspace ever made.
FEED_PAST = timedelta(days=90)
FEED_AHEAD = timedelta(days=366)


def first_weekday(lang: str) -> int:
    """The weekday a displayed week starts on (0 = Monday): Sunday for Arabic, as in Saudi Arabia and the
    Gulf, where the working week starts on Sunday; Monday (ISO 8601) for English."""
    return 6 if lang == "ar" else 0


@dataclass(frozen=True)
class Card:
    """A post as the calendar shows it: times in its channel's zone, a short excerpt of the text."""

    id: int
    channel_id: int
    channel_name: str
    zone: str
    due_at: datetime
    category: str
    state: str
    text: str
    movable: bool  # scheduled and still ahead

    @property
    def local(self) -> datetime:
        return self.due_at.astimezone(ZoneInfo(self.zone))


@dataclass(frozen=True)
class Suggestion:
    """An empty slot and what the planner would put in it: a library item, or a category to write."""

    channel_id: int
    channel_name: str
    zone: str
    at: datetime  # UTC
    category: str
    source: str  # "draft", "evergreen" or "empty"
    item_id: int | None = None
    text: str | None = None

    @property
    def local(self) -> datetime:
        return self.at.astimezone(ZoneInfo(self.zone))


@dataclass
class Day:
    day: date
    in_range: bool  # in the month shown (a month grid shows the ends of the weeks around it too)
    is_today: bool
    shown: list[Card] = field(default_factory=list)  # the first posts of the day, up to `limit`
    more: int = 0  # the posts beyond them, counted only
    suggestions: list[Suggestion] = field(default_factory=list)
    limit: int = 5


@dataclass
class CalendarPage:
    workspace_id: int
    view: View
    anchor: date
    first: date  # first and last day of the grid
    last: date
    weeks: list[list[Day]]
    weekdays: list[int]  # weekday numbers (0 = Monday) in the order the columns show them
    channels: list[Channel]
    channel_id: int | None  # the channel filter, None for all channels
    posts: int = 0
    suggested: bool = False
    suggestions: int = 0
    default_slots: list[Channel] = field(default_factory=list)  # channels planned on the default slots
    changes_at: datetime | None = None  # when a card shown changes with time alone (a post's time passes)

    @property
    def shown_channels(self) -> list[Channel]:
        return [channel for channel in self.channels if self.channel_id is None or channel.id == self.channel_id]

    @property
    def month_start(self) -> date:
        return self.anchor.replace(day=1)

    @property
    def month_end(self) -> date:
        return (self.month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)

    @property
    def previous(self) -> date:
        if self.view == "week":
            return self.anchor - timedelta(days=7)
        return (self.month_start - timedelta(days=1)).replace(day=1)

    @property
    def next(self) -> date:
        if self.view == "week":
            return self.anchor + timedelta(days=7)
        return (self.month_start + timedelta(days=32)).replace(day=1)

    def url(self, *, view: str | None = None, day: date | None = None, suggest: bool = False) -> str:
        """A link to another view or range of the calendar, keeping the channel filter."""
        query: dict[str, str] = {"view": view or self.view, "date": (day or self.anchor).isoformat()}
        if self.channel_id is not None:
            query["channel"] = str(self.channel_id)
        if suggest:
            query["suggest"] = "1"
        return f"/w/{self.workspace_id}/calendar?{urlencode(query)}"

    @property
    def keep(self) -> dict[str, str]:
        """What a form on the page sends back so the page it returns to shows the same range."""
        return {"view": self.view, "date": self.anchor.isoformat(),
                "channel": "" if self.channel_id is None else str(self.channel_id)}


def check_view(view: str) -> View:
    if view not in VIEWS:
        raise InputError("calendar.unknown_view", "unknown calendar view %(view)s; expected month or week",
                         view=repr(view))
    return "week" if view == "week" else "month"


def grid_range(view: View, anchor: date, week_start: int) -> tuple[date, date]:
    """The first and last day the grid shows: whole weeks around the month, or the week of `anchor`."""
    if view == "week":
        first = anchor - timedelta(days=(anchor.weekday() - week_start) % 7)
        return first, first + timedelta(days=6)
    month_start = anchor.replace(day=1)
    month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    first = month_start - timedelta(days=(month_start.weekday() - week_start) % 7)
    last = month_end + timedelta(days=(week_start - 1 - month_end.weekday()) % 7)
    return first, last


def build(
    session: Session,
    workspace: Workspace,
    view: View,
    anchor: date,
    *,
    week_start: int,
    now: datetime,
    channel_id: int | None = None,
    suggest: bool = False,
) -> CalendarPage:
    """The whole page: its frame, the posts on its days, and the planner's suggestions when asked."""
    page = frame(session, workspace, view, anchor, week_start=week_start, now=now, channel_id=channel_id)
    place_posts(session, page, now)
    if suggest:
        add_suggestions(session, workspace, page, now)
    return page


def frame(
    session: Session,
    workspace: Workspace,
    view: View,
    anchor: date,
    *,
    week_start: int,
    now: datetime,
    channel_id: int | None = None,
) -> CalendarPage:
    """The page without its posts: the channels, the days of the grid and the links around it."""
    channels = channels_of(session, workspace.id)
    if channel_id is not None and all(channel.id != channel_id for channel in channels):
        raise NotFound("channel.not_found", "no such channel")
    first, last = grid_range(view, anchor, week_start)
    today = now.date()
    days = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        in_range = view == "week" or day.month == anchor.month
        days.append(Day(day, in_range, day == today, limit=SHOWN_PER_DAY[view]))
    return CalendarPage(
        workspace_id=workspace.id, view=view, anchor=anchor, first=first, last=last,
        weeks=[days[i : i + 7] for i in range(0, len(days), 7)],
        weekdays=[(week_start + i) % 7 for i in range(7)], channels=channels, channel_id=channel_id,
    )


def place_posts(session: Session, page: CalendarPage, now: datetime) -> None:
    """Put the first posts of each day on it, and count the rest (one query, whatever the days hold)."""
    shown = page.shown_channels
    by_id = {channel.id: channel for channel in shown}
    days = {cell.day: cell for week in page.weeks for cell in week}
    start = datetime.combine(page.first, time.min, UTC) - ZONE_MARGIN
    end = datetime.combine(page.last + timedelta(days=1), time.min, UTC) + ZONE_MARGIN
    offsets = {channel.id: utc_offsets(channel.timezone, start, end) for channel in shown}
    chosen: list[tuple[Day, int]] = []
    taken: dict[date, int] = {}
    for post_id, day in repository.posts_by_day(session, offsets, start, end):
        cell = days.get(day)
        if cell is None:
            continue  # in the margin around the grid
        page.posts += 1
        if taken.get(day, 0) >= cell.limit:
            cell.more += 1  # a busy day: counted, not shown
            continue
        taken[day] = taken.get(day, 0) + 1
        chosen.append((cell, post_id))
    details = repository.post_details(session, page.workspace_id, [post_id for _, post_id in chosen])
    for cell, post_id in chosen:
        if post_id not in details:
            continue  # deleted between the two reads
        channel_id, due_at, category, state, text = details[post_id]
        channel = by_id[channel_id]
        movable = state == PostState.SCHEDULED and due_at > now
        cell.shown.append(Card(post_id, channel.id, channel.name, channel.timezone, due_at, category, state, text,
                               movable=movable))
        if movable and (page.changes_at is None or due_at < page.changes_at):
            page.changes_at = due_at  # from then on it shows as no longer movable


@lru_cache(maxsize=256)
def utc_offsets(zone_name: str, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """The zone's UTC offsets in seconds over [start, end): (from when, offset), the first from `start`,
    one more at each change (daylight saving time), found to the microsecond."""
    zone = ZoneInfo(zone_name)

    def offset(moment: datetime) -> int:
        found = moment.astimezone(zone).utcoffset()
        return int(found.total_seconds()) if found is not None else 0

    changes = [(start, offset(start))]
    step = timedelta(hours=1)
    moment = start
    while moment < end:
        after = min(moment + step, end)
        if offset(after) != changes[-1][1]:
            low, high = moment, after  # the offset changes in (low, high]
            while high - low > timedelta(microseconds=1):
                middle = low + (high - low) / 2
                if offset(middle) == changes[-1][1]:
                    low = middle
                else:
                    high = middle
            changes.append((high, offset(high)))
        moment = after
    return changes


def add_suggestions(session: Session, workspace: Workspace, page: CalendarPage, now: datetime) -> None:
    page.suggested = True
    days = {cell.day: cell for week in page.weeks for cell in week}
    found, page.default_slots = suggestions(session, workspace, page.shown_channels, page.first, page.last, now)
    for suggestion in found:
        cell = days.get(suggestion.local.date())
        if cell is not None:
            cell.suggestions.append(suggestion)
            page.suggestions += 1


def card_of(post: Post, channel: Channel, now: datetime) -> Card:
    assert post.due_at is not None
    return Card(post.id, channel.id, channel.name, channel.timezone, post.due_at, post.category, post.state,
                post.text[: repository.EXCERPT], movable=post.state == PostState.SCHEDULED and post.due_at > now)


# --- Suggestions for empty slots ---------------------------------------------------------------------------


def suggestions(
    session: Session, workspace: Workspace, channels: list[Channel], first: date, last: date, now: datetime
) -> tuple[list[Suggestion], list[Channel]]:
    """The planner's choice for every empty slot still ahead in [first, last], channel by channel, and the
    channels without posting slots of their own (planned on the default slots)."""
    found: list[tuple[Channel, datetime, str, str, int | None]] = []
    start = max(first, now.date() - timedelta(days=1))  # a local day may still be yesterday in UTC
    for channel in channels if start <= last else []:
        for entry in plan_channel(session, workspace, channel, start, last).entries:
            if entry.source != "scheduled" and entry.at_utc > now:
                item_id = int(entry.item_id) if entry.item_id else None
                found.append((channel, entry.at_utc, entry.category, entry.source, item_id))
    items = repository.library_items(session, workspace.id, [i for *_, i in found if i is not None])
    result = []
    drafts: set[int] = set()
    # Each channel is planned on its own, so a draft any channel may take can come up once per channel: it
    # goes out once, so only its earliest slot offers it; the others ask for a post of the same category.
    for channel, at, category, source, item_id in sorted(found, key=lambda f: (f[1], f[0].name)):
        if source == "draft" and item_id is not None:
            if item_id in drafts:
                source, item_id = "empty", None
            else:
                drafts.add(item_id)
        item = items.get(item_id) if item_id is not None else None
        result.append(Suggestion(channel.id, channel.name, channel.timezone, at, category, source,
                                 item.id if item else None, item.text if item else None))
    return result, [channel for channel in channels if not channel.slots]


def add_suggestion(
    session: Session,
    workspace: Workspace,
    channel_id: int,
    item_id: int,
    at: datetime,
    classifier: Classifier,
    now: datetime,
) -> tuple[Post, Channel]:
    """Schedule a library item in the slot the planner suggested, through the guardrail like any post.
    A draft goes out once, so it leaves the library; an evergreen item counts one more use."""
    channel = channel_in(session, workspace.id, channel_id)
    item = repository.library_item(session, workspace.id, item_id)
    if channel is None or item is None or item.channel_id not in (None, channel.id):
        raise NotFound("calendar.suggestion_not_found", "no such channel or library item")
    if at <= now:
        raise InputError("calendar.slot_passed", "this slot has passed: suggest again for the slots ahead")

    post = posts.schedule(session, workspace, channel, item.text, at, classifier, category=item.category,
                          attachments=attachments_for(session, workspace, item))
    if item.evergreen:
        item.uses += 1
        item.last_used_at = max(at, item.last_used_at) if item.last_used_at else at
    else:
        session.delete(item)
    session.flush()
    return post, channel


# --- The iCalendar feed ------------------------------------------------------------------------------------


def feed(session: Session, workspace: Workspace, now: datetime) -> bytes:
    channels = channels_of(session, workspace.id)
    found = repository.feed_posts(session, workspace.id, [channel.id for channel in channels],
                                  now - FEED_PAST, now + FEED_AHEAD)
    names = {channel.id: channel.name for channel in channels}
    return calendar_of(found, names, f"CocktailParty: {workspace.name}")
