"""The calendar pages: month and week views, moving posts through the guardrail, suggestions for empty slots,
the iCalendar feed behind a signed link, isolation between workspaces, roles and Arabic."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from html import unescape

from fastapi.testclient import TestClient
from sqlalchemy import select

import factories
from cocktailparty import db
from cocktailparty.calendar import service as calendar
from cocktailparty.classify import Classifier
from cocktailparty.i18n import GREGORIAN_MONTHS_AR
from cocktailparty.members import service as members
from cocktailparty.models import Channel, LibraryItem, Post, PostState, User, Workspace
from cocktailparty.posts import service as posts
from webclient import post_form, sign_up

SCRIPT = "<script>alert('x')</script> Which Eid sweet is your favourite?"


def _next_month() -> date:
    """The 10th of next month: every post placed around it is still ahead."""
    today = datetime.now(UTC).date()
    return (today.replace(day=1) + timedelta(days=40)).replace(day=10)


def _at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), UTC)


def _channel(workspace_id: int, name: str = "brand", slots: list[str] | None = None) -> int:
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        return factories.channel(session, workspace, name, token="t", slots=slots).id


def _post(workspace_id: int, channel_id: int, text: str, at: datetime, classifier: Classifier,
          category: str | None = None) -> int:
    with db.session_scope() as session:
        workspace, channel = session.get(Workspace, workspace_id), session.get(Channel, channel_id)
        assert workspace is not None and channel is not None
        return posts.schedule(session, workspace, channel, text, at, classifier, category=category).id


def _due(post_id: int) -> tuple[datetime | None, datetime | None]:
    with db.session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None
        return post.due_at, post.next_attempt_at


def _calendar(client: TestClient, workspace_id: int, **query: str) -> str:
    page = client.get(f"/w/{workspace_id}/calendar", params=query)
    assert page.status_code == 200, page.text
    return page.text


def _card(page: str, post_id: int) -> str:
    found = re.search(rf'<li class="cal-card [^"]*" data-post-id="{post_id}".*?</li>', page, re.S)
    assert found, f"no card for post {post_id}"
    return found.group(0)


def test_month_and_week_show_posts_coloured_by_category_with_escaped_text(
    client: TestClient, classifier: Classifier
) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = _channel(workspace_id, "Bakery X")
    day = _next_month()
    question = _post(workspace_id, channel_id, SCRIPT, _at(day, 9), classifier, "question")
    offer = _post(workspace_id, channel_id, "All cakes 20% off this weekend, order now", _at(day, 15), classifier)

    month = _calendar(client, workspace_id, view="month", date=day.isoformat())
    assert "<script>alert(" not in month and "&lt;script&gt;alert(" in month
    card = _card(month, question)
    assert 'class="cal-card question state-scheduled"' in card and 'dir="auto"' in card and "Bakery X" in card
    assert 'draggable="true"' in card and '>09:00 <span class="zone">(UTC)</span><' in card and "scheduled" in card
    assert 'class="cal-card promotional state-scheduled"' in _card(month, offer)
    assert f'data-day="{day.isoformat()}"' in month and day.strftime("%b %Y") in month
    # Time order within the day, and the no-JS move form on each card.
    assert month.index(f'data-post-id="{question}"') < month.index(f'data-post-id="{offer}"')
    assert f'action="/w/{workspace_id}/calendar/posts/{question}/move"' in month

    week = _calendar(client, workspace_id, view="week", date=day.isoformat())
    assert len(re.findall(r'<section class="cal-day', week)) == 7
    assert 'class="cal-card question' in week and "&lt;script&gt;" in week and "<script>alert(" not in week
    # Another week shows neither post.
    later = _calendar(client, workspace_id, view="week", date=(day + timedelta(days=7)).isoformat())
    assert f'data-post-id="{question}"' not in later
    # The channel filter.
    other_channel = _channel(workspace_id, "Bakery FB")
    filtered = _calendar(client, workspace_id, view="month", date=day.isoformat(), channel=str(other_channel))
    assert f'data-post-id="{question}"' not in filtered
    assert client.get(f"/w/{workspace_id}/calendar", params={"view": "year"}).status_code == 422


def test_the_grid_starts_the_week_on_monday_in_english_and_sunday_in_arabic() -> None:
    first, last = calendar.grid_range("month", date(2026, 12, 15), calendar.first_weekday("en"))
    assert (first, last) == (date(2026, 11, 30), date(2027, 1, 3)) and first.weekday() == 0
    first, last = calendar.grid_range("month", date(2026, 12, 15), calendar.first_weekday("ar"))
    assert (first, last) == (date(2026, 11, 29), date(2027, 1, 2)) and first.weekday() == 6
    assert calendar.grid_range("week", date(2026, 12, 17), 6) == (date(2026, 12, 13), date(2026, 12, 19))


def test_another_workspace_is_never_shown_nor_moved(
    client: TestClient, other_client: TestClient, classifier: Classifier
) -> None:
    mine = sign_up(client, "sara@example.com", "Mine")
    theirs = sign_up(other_client, "omar@example.com", "Theirs")
    assert mine and theirs
    their_channel = _channel(theirs, "theirs")
    day = _next_month()
    their_post = _post(theirs, their_channel, "Secret launch plans", _at(day), classifier, "question")
    _post(mine, _channel(mine), "Our own question?", _at(day), classifier, "question")

    page = _calendar(client, mine, view="month", date=day.isoformat())
    assert "Secret launch plans" not in page and f'data-post-id="{their_post}"' not in page
    assert client.get(f"/w/{theirs}/calendar").status_code == 404
    assert client.get(f"/w/{mine}/calendar", params={"channel": str(their_channel)}).status_code == 404
    before = _due(their_post)
    moved = post_form(client, f"/w/{mine}/calendar/posts/{their_post}/move",
                      {"day": (day + timedelta(days=1)).isoformat()}, page=f"/w/{mine}/calendar")
    assert moved.status_code == 404
    assert _due(their_post) == before


def _mix(workspace_id: int, channel_id: int, classifier: Classifier, start: date) -> dict[str, int]:
    """45 days of daily posts: promotions on days 17, 20 and 40 after `start`, value posts on the others (the
    first weeks of value posts keep the 30-day window under the cap once the promotions come)."""
    ids = {}
    for offset in range(45):
        if offset not in (17, 20, 40):
            ids[f"value{offset}"] = _post(workspace_id, channel_id, f"Tip number {offset}",
                                          _at(start + timedelta(days=offset)), classifier, "educational")
    for name, offset in (("p1", 17), ("p2", 20), ("p3", 40)):
        ids[name] = _post(workspace_id, channel_id, f"Offer {name}: 20% off", _at(start + timedelta(days=offset)),
                          classifier, "promotional")
    return ids


def test_moving_a_promotion_next_to_others_is_refused_with_the_reason(
    client: TestClient, classifier: Classifier
) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = _channel(workspace_id)
    start = datetime.now(UTC).date() + timedelta(days=2)
    ids = _mix(workspace_id, channel_id, classifier, start)
    before = _due(ids["p3"])
    new_day = start + timedelta(days=18)  # between p1 and p2: three promotions in ten posts

    # Drag and drop (a fetch with HX-Request): 409 and the reason, as a fragment.
    page = f"/w/{workspace_id}/calendar"
    dropped = post_form(client, f"{page}/posts/{ids['p3']}/move", {"day": new_day.isoformat()}, page=page,
                        headers={"HX-Request": "true"})
    assert dropped.status_code == 409
    assert "Refused by the mix guardrail" in dropped.text and "cap" in dropped.text and "To fix" in dropped.text
    assert "<html" not in dropped.text
    # The form on the card: the calendar again, with the reason, and nothing moved.
    posted = post_form(client, f"{page}/posts/{ids['p3']}/move", {"at": f"{new_day.isoformat()}T09:00",
                                                                   "view": "month", "date": new_day.isoformat()},
                       page=page)
    assert posted.status_code == 409 and "Refused by the mix guardrail" in posted.text
    assert 'id="calendar-grid"' in posted.text
    assert _due(ids["p3"]) == before
    # Moving a promotion a day on works: the post is not counted at its old time against its new one.
    nudge = start + timedelta(days=21)
    assert post_form(client, f"{page}/posts/{ids['p2']}/move", {"day": nudge.isoformat()}, page=page,
                     headers={"HX-Request": "true"}).status_code == 200
    assert _due(ids["p2"])[0] == _at(nudge)
    # And to a day where it fits.
    fits = start + timedelta(days=43)
    assert post_form(client, f"{page}/posts/{ids['p3']}/move", {"day": fits.isoformat()}, page=page,
                     headers={"HX-Request": "true"}).status_code == 200
    assert _due(ids["p3"])[0] == _at(fits)


def test_moving_a_value_post_away_that_holds_promotion_under_the_cap_is_refused(
    client: TestClient, classifier: Classifier
) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = _channel(workspace_id)
    start = datetime.now(UTC).date() + timedelta(days=2)
    ids = _mix(workspace_id, channel_id, classifier, start)
    page = f"/w/{workspace_id}/calendar"
    # A tip from the quiet weeks can go anywhere: no window passes the cap for it.
    answer = post_form(client, f"{page}/posts/{ids['value3']}/move",
                       {"day": (start + timedelta(days=44)).isoformat()}, page=page, headers={"HX-Request": "true"})
    assert answer.status_code == 200
    # p3 at noon on day 26, eleven posts from p1 on: every ten posts hold at most two promotions...
    answer = post_form(client, f"{page}/posts/{ids['p3']}/move",
                       {"at": f"{(start + timedelta(days=26)).isoformat()}T12:00"}, page=page,
                       headers={"HX-Request": "true"})
    assert answer.status_code == 200, answer.text
    # ...but taking a tip out from between p1 and p3 would put three promotions in ten posts.
    before = _due(ids["value22"])
    answer = post_form(client, f"{page}/posts/{ids['value22']}/move",
                       {"day": (start + timedelta(days=44)).isoformat()}, page=page, headers={"HX-Request": "true"})
    assert answer.status_code == 409 and "without this post" in unescape(answer.text)
    assert _due(ids["value22"]) == before


def test_a_valid_move_changes_due_and_next_attempt(client: TestClient, classifier: Classifier) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = _channel(workspace_id)
    day = _next_month()
    post_id = _post(workspace_id, channel_id, "What is your favourite bread?", _at(day, 14), classifier, "question")
    page = f"/w/{workspace_id}/calendar"

    # Dropped on another day: the same time of day there; the answer is the moved card.
    target = day + timedelta(days=3)
    answer = post_form(client, f"{page}/posts/{post_id}/move", {"day": target.isoformat(), "view": "month"},
                       page=page, headers={"HX-Request": "true"})
    assert answer.status_code == 200 and f'data-post-id="{post_id}"' in answer.text
    assert answer.text.strip().startswith("<li") and "<html" not in answer.text
    assert _due(post_id) == (_at(target, 14), _at(target, 14))

    # The form on the card: a local date and time; back to the calendar with a message.
    answer = post_form(client, f"{page}/posts/{post_id}/move",
                       {"at": f"{day.isoformat()}T08:30", "view": "week", "date": day.isoformat()}, page=page,
                       follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"].endswith(f"view=week&date={day.isoformat()}")
    moved = datetime.combine(day, time(8, 30), UTC)
    assert _due(post_id) == (moved, moved)
    assert "Moved to" in client.get(answer.headers["location"]).text

    # Not into the past, and only scheduled posts.
    past = post_form(client, f"{page}/posts/{post_id}/move", {"day": "2020-01-01"}, page=page)
    assert past.status_code == 422 and "into the past" in past.text
    with db.session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None
        post.state = PostState.PUBLISHED
    answer = post_form(client, f"{page}/posts/{post_id}/move", {"day": target.isoformat()}, page=page)
    assert answer.status_code == 422 and _due(post_id) == (moved, moved)


def test_a_viewer_sees_the_calendar_but_cannot_move(
    client: TestClient, other_client: TestClient, classifier: Classifier
) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = _channel(workspace_id)
    day = _next_month()
    post_id = _post(workspace_id, channel_id, "Good morning, Riyadh!", _at(day), classifier, "celebration")
    with db.session_scope() as session:
        owner = session.scalar(select(User).where(User.email == "sara@example.com"))
        assert owner is not None
        access = members.access(session, owner, workspace_id)
        assert access is not None
        _, token = members.invite(session, access, "viewer@example.com", "viewer")
    assert sign_up(other_client, "viewer@example.com", invitation=token) == workspace_id

    page = _calendar(other_client, workspace_id, view="month", date=day.isoformat())
    card = _card(page, post_id)
    assert "Good morning, Riyadh!" in card and 'draggable="true"' not in card and "/move" not in card
    assert "Suggest posts for empty slots" not in page
    answer = post_form(other_client, f"/w/{workspace_id}/calendar/posts/{post_id}/move",
                       {"day": (day + timedelta(days=1)).isoformat()}, page=f"/w/{workspace_id}/calendar")
    assert answer.status_code == 403
    assert _due(post_id)[0] == _at(day)


def test_suggestions_fill_empty_slots_and_add_schedules_one(client: TestClient, classifier: Classifier) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    _channel(workspace_id, "brand", slots=["Mon 10:00", "Wed 10:00", "Fri 10:00"])
    _channel(workspace_id, "no slots")  # planned on the default slots, and the page says so
    with db.session_scope() as session:
        draft = LibraryItem(workspace_id=workspace_id, text="Which <b>Eid</b> sweet do you bake?",
                            category="question")
        session.add(draft)
        session.flush()
        draft_id = draft.id
    day = _next_month()
    plain = _calendar(client, workspace_id, view="month", date=day.isoformat())
    assert "suggested" not in plain and "Suggest posts for empty slots" in plain

    page = _calendar(client, workspace_id, view="month", date=day.isoformat(), suggest="1")
    assert 'class="cal-card suggested' in page
    assert page.count("Which &lt;b&gt;Eid&lt;/b&gt; sweet") == 1  # a draft is offered once, on either channel
    assert "<bdi>no slots</bdi> has no posting slots" in page and f"/w/{workspace_id}/settings#channel-" in page
    assert "Empty slot: write a post of this category." in page and f"/w/{workspace_id}/compose?channel=" in page
    form = re.search(r'<form method="post" action="/w/\d+/calendar/suggestions".*?</form>', page, re.S)
    assert form
    fields = dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', form.group(0)))
    assert fields["item_id"] == str(draft_id)

    answer = post_form(client, f"/w/{workspace_id}/calendar/suggestions",
                       {k: unescape(v) for k, v in fields.items() if k != "csrf_token"},
                       page=f"/w/{workspace_id}/calendar", follow_redirects=False)
    assert answer.status_code == 303
    with db.session_scope() as session:
        scheduled = session.scalar(select(Post).where(Post.text == "Which <b>Eid</b> sweet do you bake?"))
        assert scheduled is not None and scheduled.state == PostState.SCHEDULED
        assert scheduled.category == "question" and scheduled.channel_id == int(fields["channel_id"])
        assert scheduled.due_at == datetime.fromisoformat(unescape(fields["at"]))
        assert session.get(LibraryItem, draft_id) is None  # a draft goes out once
    again = _calendar(client, workspace_id, view="month", date=day.isoformat(), suggest="1")
    assert f'name="item_id" value="{draft_id}"' not in again
    assert f'data-post-id="{scheduled.id}"' in again


def test_adding_a_suggestion_goes_through_the_guardrail(client: TestClient, classifier: Classifier) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = _channel(workspace_id)
    start = datetime.now(UTC).date() + timedelta(days=2)
    _mix(workspace_id, channel_id, classifier, start)
    with db.session_scope() as session:
        offer = LibraryItem(workspace_id=workspace_id, text="Half price today only", category="promotional")
        session.add(offer)
        session.flush()
        offer_id = offer.id
    at = _at(start + timedelta(days=18), 12)
    answer = post_form(client, f"/w/{workspace_id}/calendar/suggestions",
                       {"channel_id": str(channel_id), "item_id": str(offer_id), "at": at.isoformat()},
                       page=f"/w/{workspace_id}/calendar", headers={"HX-Request": "true"})
    assert answer.status_code == 409 and "Refused by the mix guardrail" in answer.text
    with db.session_scope() as session:
        assert session.scalar(select(Post).where(Post.text == "Half price today only")) is None
        assert session.get(LibraryItem, offer_id) is not None


def test_the_ical_feed_needs_the_right_token_for_the_right_workspace(
    client: TestClient, other_client: TestClient, classifier: Classifier
) -> None:
    mine = sign_up(client, "sara@example.com", "Mine")
    theirs = sign_up(other_client, "omar@example.com", "Theirs")
    assert mine and theirs
    day = _next_month()
    _post(mine, _channel(mine), "Tell us your favourite cake", _at(day), classifier, "question")
    _post(theirs, _channel(theirs), "Their hidden post", _at(day), classifier, "question")
    page = _calendar(client, mine)
    found = re.search(r'id="feed-url" readonly value="([^"]+)"', page)
    assert found
    feed_url = unescape(found.group(1))
    token = feed_url.split("token=")[1]
    assert feed_url.startswith(f"http://testserver/w/{mine}/calendar.ics?token=")

    # Calendar apps have no cookie: a fresh client.
    with TestClient(client.app, base_url="http://testserver") as calendar_app:
        feed = calendar_app.get(feed_url.removeprefix("http://testserver"))
        assert feed.status_code == 200 and feed.headers["content-type"].startswith("text/calendar")
        body = feed.text
        assert "BEGIN:VEVENT" in body and "Tell us your favourite cake" in body and "Their hidden post" not in body
        assert calendar_app.get(f"/w/{mine}/calendar.ics", params={"token": token[:-1] + "x"}).status_code == 404
        assert calendar_app.get(f"/w/{mine}/calendar.ics").status_code == 404
        assert calendar_app.get(f"/w/{theirs}/calendar.ics", params={"token": token}).status_code == 404


def test_arabic_shows_arabic_month_names_and_digits(client: TestClient, classifier: Classifier) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    day = _next_month()
    _post(workspace_id, _channel(workspace_id), "سؤال اليوم: ما حلاك المفضل؟", _at(day, 9), classifier, "question")
    post_form(client, "/language", {"lang": "ar", "next": f"/w/{workspace_id}/calendar"},
              page=f"/w/{workspace_id}/calendar")
    page = _calendar(client, workspace_id, view="month", date=day.isoformat())
    assert 'dir="rtl"' in page and GREGORIAN_MONTHS_AR[day.month - 1] in page
    assert "١٠" in page and "٠٩:٠٠" in page  # the 10th, and the post's time, in Arabic-Indic digits
    assert "سؤال اليوم" in page
    # The Arabic grid starts on Sunday.
    first_day = re.search(r'<section class="cal-day[^"]*" data-day="([0-9-]+)"', page)
    assert first_day and date.fromisoformat(first_day.group(1)).weekday() == 6
    week = _calendar(client, workspace_id, view="week", date=day.isoformat())
    assert GREGORIAN_MONTHS_AR[day.month - 1] in week


def test_each_member_has_a_feed_link_that_ends_when_reset_or_when_they_leave(
    client: TestClient, other_client: TestClient, classifier: Classifier
) -> None:
    workspace_id = sign_up(client, "sara@example.com", "Mine")
    assert workspace_id
    _post(workspace_id, _channel(workspace_id), "Tell us your favourite cake", _at(_next_month()), classifier,
          "question")
    answer = post_form(client, f"/w/{workspace_id}/settings/team/invite", {"email": "omar@example.com",
                       "role": "viewer"}, page=f"/w/{workspace_id}/settings")
    invitation = re.search(r"/invitations/([\w-]+)", answer.text)
    assert invitation
    sign_up(other_client, "omar@example.com", invitation=invitation.group(1))

    def feed_link(browser: TestClient) -> str:
        found = re.search(r'id="feed-url" readonly value="([^"]+)"', _calendar(browser, workspace_id))
        assert found
        return unescape(found.group(1)).removeprefix("http://testserver")

    mine, theirs = feed_link(client), feed_link(other_client)
    assert mine != theirs and feed_link(client) == mine  # one link per member, the same on every visit
    with TestClient(client.app, base_url="http://testserver") as calendar_app:
        assert calendar_app.get(mine).status_code == 200 and calendar_app.get(theirs).status_code == 200
        # Omar leaves the team: his saved link stops working; Sara's goes on.
        with db.session_scope() as session:
            omar = session.scalar(select(User).where(User.email == "omar@example.com"))
            assert omar
        post_form(client, f"/w/{workspace_id}/settings/team/{omar.id}/remove", {}, page=f"/w/{workspace_id}/settings")
        assert calendar_app.get(theirs).status_code == 404
        assert calendar_app.get(mine).status_code == 200
        # Sara resets hers: the old link stops, the new one works.
        reset = post_form(client, f"/w/{workspace_id}/calendar/feed/reset", {}, page=f"/w/{workspace_id}/calendar")
        assert reset.status_code == 200
        fresh = feed_link(client)
        assert fresh != mine
        assert calendar_app.get(mine).status_code == 404 and calendar_app.get(fresh).status_code == 200
