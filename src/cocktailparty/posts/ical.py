"""The calendar as an iCalendar feed (RFC 5545), for Google Calendar, Outlook or Apple Calendar."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar, Event

from cocktailparty.i18n import category_name
from cocktailparty.models import Post

EVENT_LENGTH = timedelta(minutes=15)


def calendar_of(posts: list[Post], channel_names: dict[int, str], name: str = "CocktailParty") -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//CocktailParty//calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for post in posts:
        if post.due_at is None:
            continue
        event = Event()
        # A stable UID: re-importing or refreshing the feed updates events instead of duplicating them.
        event.add("uid", f"post-{post.id}@cocktailparty")
        event.add("dtstamp", post.updated_at)
        event.add("dtstart", post.due_at)
        event.add("dtend", post.due_at + EVENT_LENGTH)
        channel = channel_names.get(post.channel_id, "")
        event.add("summary", f"[{category_name(post.category, 'en')}] {channel}: {post.text[:60]}")
        event.add("description", f"{post.text}\n\nstate: {post.state}")
        event.add("categories", [post.category])
        calendar.add_component(event)
    return bytes(calendar.to_ical())
