"""A workspace's response target and business hours: checked in one service function, kept on the workspace, and
read by the response times and the late marks in each channel's own time zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cocktailparty.channels import service as channels
from cocktailparty.connectors.base import Comment
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError
from cocktailparty.inbox import service
from cocktailparty.inbox.response import ResponseTimes
from cocktailparty.models import Role, Workspace
from cocktailparty.workspaces.service import get_or_create

RIYADH = ZoneInfo("Asia/Riyadh")
THURSDAY_NIGHT = datetime(2026, 12, 10, 23, 0, tzinfo=RIYADH)  # a Thursday


@pytest.mark.parametrize(("arguments", "code", "words"), [
    ((4,), "inbox.bad_target", "between 5 and 10,080 minutes, not 4"),
    ((10_081,), "inbox.bad_target", "not 10,081"),
    ((60, ["Sun", "Funday"]), "inbox.bad_weekday", "unknown day 'Funday'"),
    ((60, []), "inbox.no_business_days", "at least one business day"),
    ((60, ["Sun"], "9am", "17:00"), "inbox.bad_hour", "'9am' is not a time of day"),
    ((60, ["Sun"], "09:00", "24:30"), "inbox.bad_hour", "'24:30'"),
    ((60, ["Sun"], "24:00", "24:00"), "inbox.bad_hour", "'24:00'"),  # 24:00 only closes
    ((60, ["Sun"], "17:00", "09:00"), "inbox.hours_backwards", "not 17:00-09:00"),
])
def test_a_refused_policy_says_why_and_changes_nothing(app_env: Path, arguments: tuple[object, ...], code: str,
                                                       words: str) -> None:
    with session_scope() as session:
        workspace = get_or_create(session, "Bakery")
        with pytest.raises(InputError) as refused:
            service.set_response_policy(workspace, *arguments)  # type: ignore[arg-type]
        assert refused.value.code == code and words in refused.value.message
        assert (workspace.response_target_minutes, workspace.business_hours) == (60, None)


def test_the_policy_is_kept_and_read_back(app_env: Path) -> None:
    with session_scope(write=True) as session:
        workspace = get_or_create(session, "Bakery")
        policy = service.set_response_policy(workspace, 90, ["thursday", "Sun", "mon", "TUE", "wed", "Sun"],
                                             "9:00", "24:00")
        assert policy.target == timedelta(minutes=90) and policy.hours is not None
        assert str(policy.hours) == "Mon,Tue,Wed,Thu,Sun 09:00-24:00"
    with session_scope() as session:
        stored = session.query(Workspace).filter_by(name="Bakery").one()
        assert stored.business_hours == {"days": ["Mon", "Tue", "Wed", "Thu", "Sun"], "opens": "09:00",
                                         "closes": "24:00"}
        assert stored.response_target_minutes == 90
        assert service.response_policy(stored).hours == policy.hours
    with session_scope(write=True) as session:
        workspace = get_or_create(session, "Bakery")
        assert service.set_response_policy(workspace, 30).hours is None  # round the clock again
        assert workspace.business_hours is None


def test_response_times_and_late_marks_follow_the_channels_zones(app_env: Path) -> None:
    asked = THURSDAY_NIGHT.astimezone(UTC)
    sunday_half_past_nine = datetime(2026, 12, 13, 9, 30, tzinfo=RIYADH).astimezone(UTC)
    with session_scope() as session:
        workspace = get_or_create(session, "Bakery")
        riyadh = channels.add(session, workspace, network="testnet", name="riyadh", token="t", verify=False,
                              timezone="Asia/Riyadh")
        london = channels.add(session, workspace, network="testnet", name="london", token="t", verify=False,
                              timezone="Europe/London")
        question = "متى تفتحون يوم الأحد؟"
        items = [*service.record(session, riyadh, [Comment("r1", "noura", question, asked)], None, asked),
                 *service.record(session, london, [Comment("l1", "james", "When do you open on Sunday?", asked)],
                                 None, asked)]
        assert [item.label for item in items] == ["question", "question"]
        service.set_response_policy(workspace, 60, ["Sun", "Mon", "Tue", "Wed", "Thu"], "09:00", "17:00")
        # Sunday 09:30 in Riyadh is 06:30 in London: half an hour of business time waited in Riyadh, none in London.
        assert service.late_among(session, workspace, items, sunday_half_past_nine) == set()
        eleven = sunday_half_past_nine + timedelta(hours=1, minutes=30)  # 11:00 Riyadh, 08:00 London
        assert service.late_among(session, workspace, items, eleven) == {items[0].id}
        overall, by_channel, _ = service.response_times(session, workspace, Role.OWNER, eleven, days=30)
        assert (overall.items, overall.late) == (2, 1)
        assert by_channel[riyadh.id].late == 1 and by_channel[london.id].late == 0
        # Round the clock, both are days late.
        service.set_response_policy(workspace, 60)
        assert service.late_among(session, workspace, items, sunday_half_past_nine) == {item.id for item in items}


def test_the_first_answer_is_the_first_response(app_env: Path, classifier: object) -> None:
    from cocktailparty.worker import runner

    now = datetime.now(UTC)
    with session_scope() as session:
        workspace = get_or_create(session, "Bakery")
        channel = channels.add(session, workspace, network="testnet", name="riyadh", token="good-token", verify=False,
                               timezone="Asia/Riyadh")
        [item] = service.record(session, channel, [Comment("q1", "noura", "متى تفتحون اليوم؟",
                                                           now - timedelta(minutes=30))], None, now)
        item_id = item.id
        found = service.get_or_raise(session, workspace, item_id, Role.OWNER)
        service.reply(session, workspace, found, "من الساعة ٩ صباحًا", classifier)  # type: ignore[arg-type]
    assert runner.run_until_idle(timedelta(seconds=60), max_wait=5)["published"] == 1
    with session_scope() as session:
        first = service.get_or_raise(session, get_or_create(session, "Bakery"), item_id, Role.OWNER).answered_at
        assert first is not None and now - timedelta(seconds=1) <= first <= datetime.now(UTC)
        workspace = get_or_create(session, "Bakery")
        found = service.get_or_raise(session, workspace, item_id, Role.OWNER)
        service.reply(session, workspace, found, "وننتظركم حتى منتصف الليل", classifier)  # type: ignore[arg-type]
    assert runner.run_until_idle(timedelta(seconds=60), max_wait=5)["published"] == 1
    with session_scope() as session:
        workspace = get_or_create(session, "Bakery")
        assert service.get_or_raise(session, workspace, item_id, Role.OWNER).answered_at == first  # not the second
        overall = service.response_times(session, workspace, Role.OWNER, datetime.now(UTC))[0]
        assert overall.answered == 1 and overall.median_seconds is not None and overall.median_seconds >= 30 * 60


def test_the_inbox_headers_figures_are_kept_until_an_item_of_the_workspace_changes(app_env: Path) -> None:
    # recent_response_times and open_count keep their figures per process under the workspace's inbox stamp, which
    # the database raises on every write to its items, and measure again when it moves or the policy changes: never
    # an answer the full measure would not give. Each block below is a transaction of its own that commits.
    now = datetime(2026, 12, 7, 12, 0, 30, tzinfo=UTC)
    with session_scope(write=True) as session:
        workspace = get_or_create(session, "Bakery")
        channel = channels.add(session, workspace, network="testnet", name="shop", token="t", verify=False,
                               timezone="UTC")
        item_id = service.record(session, channel, [
            Comment("1", "sara", "When do you open on Friday?", now - timedelta(hours=3))], None, now)[0].id

    def kept() -> tuple[ResponseTimes, int]:
        with session_scope() as session:
            workspace = get_or_create(session, "Bakery")
            return (service.recent_response_times(session, workspace, Role.OWNER, now, days=7),
                    service.open_count(session, workspace, Role.OWNER))

    def measured() -> tuple[ResponseTimes, int]:
        with session_scope() as session:
            workspace = get_or_create(session, "Bakery")
            return (service.response_times(session, workspace, Role.OWNER, now.replace(second=0), days=7)[0],
                    service.inbox_for(session, workspace, Role.OWNER).count_open())

    first = kept()
    assert first == measured() and first[0].within_target == 0.0 and first[1] == 1
    again = kept()
    assert again[0] is first[0]  # nothing changed: the kept figure
    with session_scope(write=True) as session:
        item = service.get_or_raise(session, get_or_create(session, "Bakery"), item_id, Role.OWNER)
        item.answered_at = now - timedelta(hours=2, minutes=30)  # answered in 30 minutes
    assert kept() == measured() and kept()[0].within_target == 1.0
    with session_scope(write=True) as session:
        channel = channels.get_or_raise(session, get_or_create(session, "Bakery"), "shop")
        service.record(session, channel, [Comment("2", "ali", "الطلب ما وصل", now - timedelta(hours=2))], None, now)
    assert kept() == measured() and kept()[0].within_target == 0.5 and kept()[1] == 2
    with session_scope(write=True) as session:
        service.set_state(session, service.get_or_raise(session, get_or_create(session, "Bakery"), item_id,
                                                        Role.OWNER), "done")
    assert kept() == measured() and kept()[1] == 1
    with session_scope(write=True) as session:
        service.set_response_policy(get_or_create(session, "Bakery"), 10_080)
    assert kept() == measured() and kept()[0].within_target == 1.0
    with session_scope(write=True) as session:
        # A transaction that wrote reads its own writes, not a figure kept before them (on PostgreSQL the stamp
        # moves only when it commits).
        workspace = get_or_create(session, "Bakery")
        service.record(session, channels.get_or_raise(session, workspace, "shop"),
                       [Comment("3", "noor", "Is the shop open?", now - timedelta(hours=1))], None, now)
        assert service.open_count(session, workspace, Role.OWNER) == 2
