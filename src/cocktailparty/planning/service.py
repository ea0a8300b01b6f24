"""Planning from the database: a channel's slots, the library, avoid days and the posts already
scheduled become a PlanRequest for the pure planner."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from cocktailparty.errors import InputError
from cocktailparty.library import repository as library_repository
from cocktailparty.mix import get_preset
from cocktailparty.models import Channel as ChannelRow
from cocktailparty.models import Workspace
from cocktailparty.occasions.service import evening_shift
from cocktailparty.plan.calendar import Calendar
from cocktailparty.plan.inputs import (
    AvoidDay,
    Channel,
    Draft,
    Evergreen,
    Library,
    Period,
    PlanRequest,
    ScheduledPost,
    WeeklySlot,
)
from cocktailparty.plan.planner import plan_calendar
from cocktailparty.posts.repository import WorkspacePosts
from cocktailparty.workspaces import repository as workspaces_repository
from cocktailparty.workspaces.service import preset_for

# Used when a channel has no posting slots of its own yet.
DEFAULT_SLOTS = ("Sun 10:00", "Tue 18:00", "Thu 12:00")


def plan_channel(session: Session, workspace: Workspace, channel: ChannelRow, first: date, last: date,
                 preset_name: str | None = None) -> Calendar:
    if last < first:
        raise InputError("plan.bad_period", "--to %(last)s is before --from %(first)s", last=last, first=first)
    preset = preset_for(workspace, channel)
    if preset_name:
        preset = get_preset(preset_name)
    slots = tuple(WeeklySlot.parse(slot) for slot in (channel.slots or DEFAULT_SLOTS))
    key = str(channel.id)
    items = library_repository.items_for_channel(session, workspace.id, channel.id)
    library = Library(
        drafts=tuple(Draft(str(i.id), i.category, key if i.channel_id else None) for i in items if not i.evergreen),
        evergreen=tuple(
            Evergreen(str(i.id), i.category, i.min_gap_days, i.max_uses,
                      i.expires_at.date() if i.expires_at else None,
                      i.last_used_at.date() if i.last_used_at else None, i.uses, key if i.channel_id else None)
            for i in items if i.evergreen
        ),
    )
    avoid = workspaces_repository.avoid_days_for_channel(session, workspace.id, channel.id)
    start = datetime.combine(first, time.min).astimezone()
    # What can share a rolling window with a post of the period: the period and one window after it, by
    # days and by count (a channel with years scheduled ahead must not load them all).
    end = datetime.combine(last + timedelta(days=preset.window_days + 1), time.min).astimezone()
    scheduled = WorkspacePosts(session, workspace.id).counted_for_planning(channel.id, start, end, preset.window_posts)
    evening_days, evening_at = evening_shift(session, workspace, first, last)
    request = PlanRequest(
        channels=(Channel(key, channel.timezone, slots, preset, evening_days=evening_days,
                          evening_at=evening_at if evening_days else None),),
        period=Period(first, last),
        library=library,
        avoid_days=tuple(AvoidDay(a.day, key if a.channel_id else None, a.reason) for a in avoid),
        scheduled=tuple(ScheduledPost(key, p.due_at, p.category, str(p.id)) for p in scheduled if p.due_at),
    )
    return plan_calendar(request)
