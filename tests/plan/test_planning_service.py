"""Planning a channel from the database: its slots, the library and the posts already scheduled."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import factories
from cocktailparty.db import session_scope
from cocktailparty.planning.service import plan_channel
from cocktailparty.workspaces.service import get_or_create


def test_the_plan_uses_the_library_and_respects_scheduled_posts(rollback_env: Path) -> None:
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel = factories.channel(session, workspace, timezone="Asia/Riyadh", slots=["Sun 10:00", "Wed 18:30"])
        factories.library_item(session, workspace, "Which Eid sweet?", category="question")
        factories.library_item(session, workspace, "Dates 101", category="educational", evergreen=True,
                               min_gap_days=14)
        factories.post(session, workspace, channel, "Sale", category="promotional",
                       at=datetime(2026, 12, 6, 7, 0, tzinfo=UTC))
        calendar = plan_channel(session, workspace, channel, date(2026, 12, 1), date(2026, 12, 31))
    sources = [entry.source for entry in calendar.entries]
    assert sources.count("draft") == 1 and sources.count("evergreen") == 2 and "scheduled" in sources
    assert all(entry.at_local.hour in (10, 18) for entry in calendar.entries)  # local slot times in Riyadh
    promotional = [e for e in calendar.entries if e.category == "promotional"]
    assert len(promotional) <= 2
