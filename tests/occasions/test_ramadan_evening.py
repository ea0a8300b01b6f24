"""Ramadan's evening slots over whole real months: with the setting on, every slot of every day of Ramadan (its
first and last day taken from hijridate's Umm al-Qura calendar) moves to after iftar, keeping its spacing, and
no slot of the days around it moves; with the setting off, nothing moves."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from hijridate import Hijri

import factories
from cocktailparty import db
from cocktailparty.occasions import service
from cocktailparty.planning.service import plan_channel
from cocktailparty.workspaces.service import get_or_create

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _ramadan(year: int) -> tuple[date, date]:
    first = Hijri(year, 9, 1).to_gregorian()
    after = Hijri(year, 10, 1).to_gregorian()
    return date(first.year, first.month, first.day), date(after.year, after.month, after.day) - timedelta(days=1)


@pytest.mark.parametrize("hijri_year", [1448, 1449])
def test_every_day_of_ramadan_and_no_other(rollback_env: Path, hijri_year: int) -> None:
    first, last = _ramadan(hijri_year)
    assert 29 <= (last - first).days + 1 <= 30
    with db.session_scope(write=True) as session:
        workspace = get_or_create(session, "Acme")
        channel = factories.channel(session, workspace, timezone="Asia/Riyadh",
                                    slots=[f"{day} {at}" for day in DAYS for at in ("10:00", "12:30")])
        around = (first - timedelta(days=3), last + timedelta(days=3))

        def by_day() -> dict[date, list[time]]:
            found: dict[date, list[time]] = {}
            for entry in plan_channel(session, workspace, channel, *around).entries:
                found.setdefault(entry.at_local.date(), []).append(entry.at_local.time())
            return found

        assert set(map(tuple, by_day().values())) == {(time(10), time(12, 30))}
        service.update_settings(session, workspace, country="SA", languages=["ar"], international=[],
                                no_promotion=[], ramadan_evening=True, ramadan_evening_at="21:15",
                                today=first - timedelta(days=30))
        shifted = by_day()
        assert len(shifted) == (around[1] - around[0]).days + 1
        for day, times in shifted.items():
            expected = [time(21, 15), time(23, 45)] if first <= day <= last else [time(10), time(12, 30)]
            assert times == expected, day
        assert sum(times[0] == time(21, 15) for times in shifted.values()) == (last - first).days + 1
        # 21:15 in Riyadh is 18:15 UTC: the slot the worker publishes at is the local evening.
        evening = next(e for e in plan_channel(session, workspace, channel, first, first).entries)
        assert (evening.at_utc.hour, evening.at_utc.minute) == (18, 15)

        service.update_settings(session, workspace, country="SA", languages=["ar"], international=[],
                                no_promotion=[], ramadan_evening=False, today=first - timedelta(days=30))
        assert set(map(tuple, by_day().values())) == {(time(10), time(12, 30))}
